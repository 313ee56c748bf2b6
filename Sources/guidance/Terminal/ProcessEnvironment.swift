import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The environment, read once from the C library's `environ`.
///
/// `ProcessInfo.processInfo.environment` builds a dictionary of every variable, about a million
/// instructions each time, and start-up used it four times (locations, date order, line editing,
/// colour). The program never changes its own environment, so one pass over `environ` serves the
/// whole run; every variable is there, so a variable read in a new place needs nothing added here.
enum ProcessEnvironment {
    /// Every variable, by name (for a name given twice, the first, as `getenv` finds it).
    static let values: [String: String] = {
        let list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
        guard let list else { return [:] }
        var count = 0
        while list[count] != nil { count += 1 }
        // Sized once, and each name and value made straight from its bytes (no whole "NAME=value" string to cut).
        var values = [String: String](minimumCapacity: count)
        // Last to first, each set without asking first: a name given twice ends with its first value, hashed once a variable.
        for index in (0..<count).reversed() {
            guard let pointer = list[index] else { continue }
            let length = strlen(pointer)
            pointer.withMemoryRebound(to: UInt8.self, capacity: length) { start in
                guard let equals = memchr(start, Int32(UInt8(ascii: "=")), length) else { return }
                let nameLength = UnsafeRawPointer(start).distance(to: UnsafeRawPointer(equals))
                let name = String(decoding: UnsafeBufferPointer(start: start, count: nameLength), as: UTF8.self)
                values[name] = String(decoding: UnsafeBufferPointer(start: start + nameLength + 1, count: length - nameLength - 1),
                                      as: UTF8.self)
            }
        }
        return values
    }()
}
