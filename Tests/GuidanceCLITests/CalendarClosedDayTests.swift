import Foundation
import Testing
import GuidanceCore

/// `guidance calendar` keeps every entry off public holidays, also when a date lies months from the plan.
@Suite("Calendar closed days")
struct CalendarClosedDayTests {
    @Test func entriesFarFromThePlanMoveOffTheirBankHolidays() throws {
        let folder = try TemporaryFolder()
        let answers = Fixtures.designAnswersV2
            .replacingOccurrences(of: "\"due\": \"2027-02-05\"", with: "\"due\": \"2026-12-25\"")
            .replacingOccurrences(of: "\"to\": \"2027-05-31\"", with: "\"to\": \"2027-08-30\"")
            .replacingOccurrences(of: "\"when\": \"2027-03-08\"", with: "\"when\": \"2027-08-30\"")
        let (common, id) = try folder.storeDesignSession(answers)
        let result = try GuidanceProcess.run(["calendar", id, "--tz", "Europe/London"] + common)
        #expect(result.code == 0, "\(result.stderr)")
        var days: [String: String] = [:]
        var uid = ""
        for line in result.stdout.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n") {
            if line.hasPrefix("UID:") { uid = String(line.dropFirst(4)) }
            if line.hasPrefix("DTSTART;VALUE=DATE:") { days[uid] = String(line.dropFirst(19)) }
        }
        // Christmas Day 2026 and the summer bank holiday 2027 are months from the plan (March to May 2027).
        #expect(days["deadline-action-1.\(id)@guidance"] == "20261224")
        #expect(days["internal-change-1-end.\(id)@guidance"] == "20270827")
        #expect(days["market-change-1.\(id)@guidance"] == "20270831")
        #expect(!days.values.contains("20261225") && !days.values.contains("20270830"))
    }
}
