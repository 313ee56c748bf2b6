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
        var values: [String: String] = [:]
        var entry: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
        while let pointer = entry?.pointee {
            let text = String(cString: pointer)
            if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
                let name = String(text[..<equals])
                if values[name] == nil { values[name] = String(text[text.index(after: equals)...]) }
            }
            entry = entry?.advanced(by: 1)
        }
        return values
    }()
}
