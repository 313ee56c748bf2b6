import Foundation
import Testing
import GuidanceCore

/// The agenda's date and time: the next guidance meeting of the last session's plan, or --date and --time.
@Suite("Agenda date")
struct AgendaDateTests {
    /// The design example stored in `folder` (plan from 1 March 2027: the next meeting is Thursday 1 April, 10:00).
    static func stored(_ folder: TemporaryFolder) throws -> [String] {
        let file = try folder.write("answers.json", Fixtures.designAnswers)
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        #expect(try GuidanceProcess.run(["new", "--answers", file] + common).code == 0)
        return common
    }

    static let dated: [(arguments: [String], line: String)] = [
        (["agenda", "--from", "latest"], "Date: Thursday 1 April 2027 at 10:00."),
        (["agenda", "--from", "latest", "--date", "2027-04-06"], "Date: Tuesday 6 April 2027."),
        (["agenda", "--from", "latest", "--date", "2027-04-06", "--time", "09:30"], "Date: Tuesday 6 April 2027 at 09:30."),
        (["agenda", "--from", "latest", "--time", "14:00"], "Date: Thursday 1 April 2027 at 14:00."),
    ]

    @Test("The date comes from the last plan's next meeting, or from --date and --time", arguments: 0..<dated.count)
    func dateOfTheMeeting(_ index: Int) throws {
        let (arguments, line) = Self.dated[index]
        let folder = try TemporaryFolder()
        let common = try Self.stored(folder)
        let result = try GuidanceProcess.run(arguments + common)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "\n").contains(line), "\(result.stdout.prefix(200))")
    }

    @Test func withNoSessionTheDateIsNotSetUnlessGiven() throws {
        let folder = try TemporaryFolder()
        let common = ["--sessions", folder.path + "/none", "--prompts", GuidanceProcess.prompts]
        #expect(try GuidanceProcess.run(["agenda"] + common).stdout.contains("\nDate: not set yet.\n"))
        #expect(try GuidanceProcess.run(["agenda", "--date", "2027-04-06", "--time", "10:30"] + common).stdout
            .contains("\nDate: Tuesday 6 April 2027 at 10:30.\n"))
    }

    @Test(arguments: [
        (["agenda", "--date", "2027-13-01"], "guidance: --date 2027-13-01 is not a real date: months run from 01 to 12, so type a date such as 2027-12-01."),
        (["agenda", "--date", "31/2/2027"], "guidance: --date 31/2/2027 is not a real date: February 2027 has 28 days, so pick a day from 1 to 28, such as 28/2/2027."),
        (["agenda", "--date", "2/31/2027", "--date-order", "mdy"], "guidance: --date 2/31/2027 is not a real date: February 2027 has 28 days, so pick a day from 1 to 28, such as 2/28/2027."),
        (["agenda", "--date", "5/31/2027"], "guidance: --date 5/31/2027 is not a date with the day first: 31 is not a month. Type it as 31/5/2027, or start guidance with --date-order mdy to type the month first."),
        (["agenda", "--date-order", "ymd"], "guidance: --date-order ymd is not a date order; use dmy (31/5/2027, the default) or mdy (5/31/2027)."),
        (["agenda", "--time", "9:30"], "guidance: --time 9:30 is not a time of day; write it as HH:MM, such as 10:00."),
        (["agenda", "--time", "25:00"], "guidance: --time 25:00 is not a time of day; write it as HH:MM, such as 10:00."),
    ])
    func refusesADateOrTimeItCannotRead(_ arguments: [String], _ message: String) throws {
        let folder = try TemporaryFolder()
        let result = try GuidanceProcess.run(arguments + ["--sessions", folder.path, "--prompts", GuidanceProcess.prompts])
        #expect(result.code == 64)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }
}
