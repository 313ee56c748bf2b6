import Foundation
import Testing
@testable import GuidanceCore

/// `Timestamp.iso` and `CalendarDate.today` by arithmetic against the same through `Calendar`, which they
/// replaced for 1970 to 9999.
@Suite struct TimestampTests {
    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00Z"), (0.999, "1970-01-01T00:00:00Z"), (86_399.999, "1970-01-01T23:59:59Z"),
        (951_782_400, "2000-02-29T00:00:00Z"), (1_800_000_000, "2027-01-15T08:00:00Z"), (4_107_542_400, "2100-03-01T00:00:00Z"),
        (253_402_300_799.5, "9999-12-31T23:59:59Z"), (-1, "1969-12-31T23:59:59Z"), (253_402_300_800, "10000-01-01T00:00:00Z"),
    ])
    func writesTheUTCTime(_ seconds: Double, _ expected: String) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(Timestamp.iso(date) == expected)
        #expect(Timestamp.calendarISO(date) == expected)
    }

    @Test func agreesWithTheCalendarOnRandomTimes() {
        var random = SplitMix64(state: 1970)
        for _ in 0..<3000 {
            let whole = Double(random.next() % 253_402_300_800)
            let seconds = random.next() % 3 == 0 ? whole : whole + Double(random.next() % 1000) / 1000
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Timestamp.iso(date) == Timestamp.calendarISO(date), "\(seconds)")
        }
    }

    @Test(arguments: ["UTC", "Europe/London", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati", "Pacific/Pago_Pago",
                      "Australia/Lord_Howe", "America/St_Johns", "Asia/Kathmandu"])
    func todayAgreesWithTheCalendar(_ zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        var random = SplitMix64(state: 2027)
        var times = [0.0, 1, -1, 86_399.5, 253_402_300_799, 253_402_350_000, 1_774_746_000, 1_792_890_000]
        for _ in 0..<400 { times.append(Double(random.next() % 4_200_000_000) + Double(random.next() % 1000) / 1000) }
        for seconds in times {
            let now = Date(timeIntervalSince1970: seconds)
            #expect(CalendarDate.today(in: timeZone, now: now) == CalendarDate.calendarToday(in: timeZone, now: now), "\(zone) \(seconds)")
        }
    }
}
