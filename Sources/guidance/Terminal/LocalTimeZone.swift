import Foundation
import GuidanceCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The computer's time zone, as `TimeZone.current` gives it, without Foundation's reading of the whole environment.
enum LocalTimeZone {
    /// The zone named by the `/etc/localtime` link when no variable overrides it; else `TimeZone.current`.
    static var current: TimeZone {
        let env = ProcessEnvironment.values
        if let name = LocalTimeZoneName.name(tz: env["TZ"], tzFile: env["TZFILE"], link: localtimeLink()),
           let zone = TimeZone(identifier: name) {
            return zone
        }
        return TimeZone.current
    }

    /// Where `/etc/localtime` points; nil when it is not a link.
    private static func localtimeLink() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/etc/localtime", &buffer, Int(PATH_MAX))
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
