import Foundation
import Testing
@testable import GuidanceCore

/// `Timestamp.iso` by arithmetic against the same through `Calendar`, which it replaced for 1970 to 9999.
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
}
