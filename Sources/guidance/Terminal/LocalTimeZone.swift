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
        if let name = systemName, let zone = TimeZone(identifier: name) { return zone }
        return TimeZone.current
    }

    /// The zone's name when it is the computer's own, named by the `/etc/localtime` link (no `TZ` or `TZFILE`).
    static let systemName: String? = {
        let env = ProcessEnvironment.values
        return LocalTimeZoneName.name(tz: env["TZ"], tzFile: env["TZFILE"], link: localtimeLink())
    }()

    /// Where `/etc/localtime` points; nil when it is not a link.
    private static func localtimeLink() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/etc/localtime", &buffer, Int(PATH_MAX))
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// The time zone of one run: the one `--tz` names, else the computer's, made only when something needs it.
///
/// Most commands need only today's date, and for the computer's own zone the C library gives the offset
/// from the same `/etc/localtime` file without Foundation making a zone (about half a million instructions).
final class RunTimeZone: @unchecked Sendable {
    private let given: TimeZone?
    private var made: TimeZone?

    /// `given` is the zone `--tz` named, nil for the computer's.
    init(given: TimeZone?) { self.given = given }

    /// The zone, made on first use.
    var timeZone: TimeZone {
        if let zone = given ?? made { return zone }
        let zone = LocalTimeZone.current
        made = zone
        return zone
    }

    /// Today's date in the zone.
    var today: CalendarDate {
        let now = Date()
        if given == nil, made == nil, LocalTimeZone.systemName != nil {
            var seconds = time_t(now.timeIntervalSince1970.rounded(.down))
            var parts = tm()
            if localtime_r(&seconds, &parts) != nil, let day = CalendarDate.today(secondsFromGMT: parts.tm_gmtoff, now: now) {
                return day
            }
        }
        return CalendarDate.today(in: timeZone, now: now)
    }
}
