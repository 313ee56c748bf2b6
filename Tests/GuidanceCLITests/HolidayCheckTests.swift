import Foundation
import Testing

/// `guidance check` on the public-holiday calendars beside the question scripts and the activity library.
@Suite("Holiday check")
struct HolidayCheckTests {
    /// A copy of the shipped prompts folder in `folder`, with `holidays.json` changed by `edit`.
    private func promptsCopy(in folder: TemporaryFolder, edit: (String) -> String) throws -> String {
        for name in ["director.json", "self.json", "activities.json"] {
            try folder.write("prompts/\(name)", String(contentsOfFile: GuidanceProcess.prompts + "/\(name)", encoding: .utf8))
        }
        let holidays = try String(contentsOfFile: GuidanceProcess.prompts + "/holidays.json", encoding: .utf8)
        try folder.write("prompts/holidays.json", edit(holidays))
        return folder.path + "/prompts"
    }

    @Test func shippedCalendarsPass() throws {
        let result = try GuidanceProcess.run(["check", "--prompts", GuidanceProcess.prompts])
        #expect(result.code == 0, "\(result.stdout)")
        #expect(result.stdout.contains("\(GuidanceProcess.prompts)/holidays.json: ok (5 calendars, 48 rules)\n"))
    }

    @Test func brokenCalendarsAreNamedWithFileAndPlace() throws {
        let folder = try TemporaryFolder()
        let prompts = try promptsCopy(in: folder) { text in
            text.replacingOccurrences(of: #"{"name": "St Andrew's Day", "rule": "fixed", "month": 11, "day": 30"#,
                                      with: #"{"name": "St Andrew's Day", "rule": "fixed", "month": 11, "day": 31"#)
                .replacingOccurrences(of: #""id": "IE""#, with: #""id": "GB-EAW""#)
                .replacingOccurrences(of: #""substitute": "nearest_weekday", "first_year": 2021"#,
                                      with: #""substitute": "nearest", "first_year": 2021"#)
        }
        let result = try GuidanceProcess.run(["check", "--prompts", prompts])
        #expect(result.code == 65)
        let file = "\(prompts)/holidays.json"
        let expected = [
            "\(file): calendar 2 (GB-SCT), holiday 7 (St Andrew's Day): November has no day 31; use a day from 1 to 30",
            "\(file): calendar 4 (GB-EAW): the id \"GB-EAW\" is also used by calendar 1; give each calendar its own id",
            "\(file): calendar 5 (US), holiday 5 (Juneteenth National Independence Day): \"substitute\" should be none, next_weekday or nearest_weekday, not \"nearest\"",
        ]
        #expect(result.stdout.contains(expected.joined(separator: "\n") + "\n"), "\(result.stdout)")
        #expect(!result.stdout.contains("holidays.json: ok"))
        #expect(result.stdout.contains("\(prompts)/director.json: ok (9 topics"))
    }

    @Test func holidaysUnderAnotherNameAreAProblem() throws {
        let folder = try TemporaryFolder()
        let prompts = try promptsCopy(in: folder) { $0 }
        try FileManager.default.moveItem(atPath: prompts + "/holidays.json", toPath: prompts + "/bank-holidays.json")
        let result = try GuidanceProcess.run(["check", "--prompts", prompts])
        #expect(result.code == 65)
        #expect(result.stdout.contains("\(prompts)/bank-holidays.json: this holds public-holiday calendars, but the planner only reads holidays.json; rename the file or remove it\n"))
    }
}
