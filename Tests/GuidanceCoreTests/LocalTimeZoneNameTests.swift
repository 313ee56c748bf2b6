import Foundation
import Testing
@testable import GuidanceCore

/// The computer's zone is read from the `/etc/localtime` link only when no variable overrides it, as Foundation does.
@Suite struct LocalTimeZoneNameTests {
    @Test(arguments: [
        (nil, nil, "/usr/share/zoneinfo/Europe/London", "Europe/London"),
        (nil, nil, "../usr/share/zoneinfo/America/New_York", "America/New_York"),
        (nil, nil, "/usr/share/zoneinfo/Etc/UTC", "Etc/UTC"),
        (nil, nil, "/var/db/timezone/zoneinfo/Europe/Paris", nil),
        (nil, nil, "/usr/share/zoneinfo/", nil),
        (nil, nil, "/usr/share/zoneinfo//Europe/Paris", nil),
        (nil, nil, nil, nil),
        ("Asia/Tokyo", nil, "/usr/share/zoneinfo/Europe/London", nil),
        ("", nil, "/usr/share/zoneinfo/Europe/London", nil),
        (nil, "/tmp/zone", "/usr/share/zoneinfo/Europe/London", nil),
    ] as [(String?, String?, String?, String?)])
    func zoneName(tz: String?, tzFile: String?, link: String?, expected: String?) {
        #expect(LocalTimeZoneName.name(tz: tz, tzFile: tzFile, link: link) == expected)
    }
}

/// Today's date from an offset alone is the date a zone of that offset gives.
@Suite struct TodayFromOffsetTests {
    @Test func theDayFromAnOffsetIsTheDayOfAZoneWithIt() throws {
        var random = SplitMix64(state: 17)
        for _ in 0..<2000 {
            let now = Date(timeIntervalSince1970: Double(random.next() % 4_000_000_000))
            let offset = Int(random.next() % 100_800) - 50_400
            let zone = try #require(TimeZone(secondsFromGMT: offset))
            #expect(CalendarDate.today(secondsFromGMT: offset, now: now) == CalendarDate.today(in: zone, now: now), "\(now) \(offset)")
        }
    }

    @Test func beforeNineteenSeventyTheOffsetGivesNoDay() {
        #expect(CalendarDate.today(secondsFromGMT: -3600, now: Date(timeIntervalSince1970: 100)) == nil)
        #expect(CalendarDate.today(secondsFromGMT: 3600, now: Date(timeIntervalSince1970: 100)) == CalendarDate(iso: "1970-01-01"))
    }
}
