import Foundation
import Testing
import GuidanceCore

/// Input a person types, through the binary: `--date` in words, a £ amount setting the currency,
/// and a plan start years in the past (noted from a pipe or a file, asked about at the keyboard).
@Suite("Typed input")
struct TypedInputCLITests {
    static func common(_ folder: TemporaryFolder) -> [String] {
        ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
    }

    @Test func newTakesTomorrowAsItsDate() throws {
        let folder = try TemporaryFolder()
        let zone = try #require(TimeZone(identifier: "UTC"))
        let tomorrow = CalendarDate.today(in: zone).adding(days: 1).iso
        let result = try GuidanceProcess.run(["new", "--date", "tomorrow", "--tz", "UTC"] + Self.common(folder))
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Saved. To carry on later: guidance resume \(tomorrow)-"), "\(result.stdout.suffix(200))")
        #expect(try folder.onlySession()["meeting_date"] == .string(tomorrow))
    }

    @Test(arguments: [
        (["--date", "31/5/2027"], [String: String](), "Monday 31 May 2027"),
        (["--date", "5/31/2027", "--date-order", "mdy"], [:], "Monday 31 May 2027"),
        (["--date", "5/31/2027"], ["GUIDANCE_DATE_ORDER": "mdy"], "Monday 31 May 2027"),
        (["--date", "1/3/2027"], [:], "Monday 1 March 2027"),
        (["--date", "end of March 2027"], [:], "Wednesday 31 March 2027"),
    ])
    func agendaTakesADateAsAPersonTypesIt(_ arguments: [String], _ environment: [String: String], _ day: String) throws {
        let folder = try TemporaryFolder()
        let result = try GuidanceProcess.run(["agenda", "--time", "10:30"] + arguments + Self.common(folder), environment: environment)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\nDate: \(day) at 10:30.\n"), "\(result.stdout.prefix(300))")
    }

    /// The director lines with the campaign budget typed as £7,500 and no line for the currency.
    static var poundLines: [String] {
        var lines = Fixtures.directorLines
        let budget = lines.firstIndex(of: "12000") ?? 0
        lines[budget] = "£7,500"
        lines.remove(at: budget + 1)  // "GBP": the currency question is not asked
        return lines
    }

    @Test func aPoundSignSetsTheCurrencyAndTheMeetingGoesOn() throws {
        let folder = try TemporaryFolder()
        let input = Self.poundLines.joined(separator: "\n") + "\n"
        let result = try GuidanceProcess.run(["new", "--date", "2027-02-01"] + Self.common(folder), input: input)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  ✓ 7,500 GBP (the plan's currency, from the £ typed)\n"))
        #expect(!result.stdout.contains("Which currency is the budget in?"))
        let session = try folder.onlySession()
        #expect(session["status"] == .string("complete"))
        #expect(session["answers"]?["campaign_budget"]?["value"] == .number(7500))
        #expect(session["answers"]?["currency"]?["value"] == .string("GBP"))
    }

    @Test func aPipedFileWithTheCurrencyLineStillRunsToTheEnd() throws {
        let folder = try TemporaryFolder()
        var lines = Fixtures.directorLines
        lines[lines.firstIndex(of: "12000") ?? 0] = "£7,500"  // and the "GBP" line after it stays
        let result = try GuidanceProcess.run(["new", "--date", "2027-02-01"] + Self.common(folder), input: lines.joined(separator: "\n") + "\n")
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  ✓ 7,500 GBP (the plan's currency, from the £ typed)\n"))
        #expect(result.stdout.contains("  ✓ GBP is the plan's currency already (from the amount typed).\n"))
        #expect(try folder.onlySession()["status"] == .string("complete"))
    }

    @Test func anAmountInAnotherCurrencyIsRefused() throws {
        let folder = try TemporaryFolder()
        var lines = Self.poundLines
        let fundamental = (lines.firstIndex(of: "Website update") ?? 0) + 1
        lines[fundamental] = "€6,000"
        let result = try GuidanceProcess.run(["new", "--date", "2027-02-01"] + Self.common(folder), input: lines.joined(separator: "\n") + "\n")
        #expect(result.code == 65)
        #expect(result.stdout.contains(
            "  ✗ You typed € but this plan is in GBP: type the amount in GBP, or change the currency first with /edit currency.\n"))
    }

    @Test func aPastPlanStartFromAPipeIsKeptWithANote() throws {
        let folder = try TemporaryFolder()
        var lines = Fixtures.directorLines
        let start = lines.firstIndex(of: "2027-03-01") ?? 0
        lines[start] = "1/1/2020"
        let input = lines[...(start + 1)].joined(separator: "\n") + "\n"
        let result = try GuidanceProcess.run(["new", "--date", "2027-02-01"] + Self.common(folder), input: input)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains(
            "  ✓ Wednesday 1 January 2020. Note: that is over 7 years before the meeting; if it is a slip, /edit plan_start changes it.\n"))
        #expect(try folder.onlySession()["answers"]?["plan_start"]?["value"] == .string("2020-01-01"))
    }

    @Test func aPastPlanStartInAnAnswersFileIsKeptWithAWarning() throws {
        let folder = try TemporaryFolder()
        let file = folder.path + "/answers.json"
        try Fixtures.designAnswersV2.replacingOccurrences(of: #""plan_start": "2027-03-01""#, with: #""plan_start": "2020-03-01""#)
            .write(toFile: file, atomically: true, encoding: .utf8)
        let result = try GuidanceProcess.run(["new", "--answers", file] + Self.common(folder))
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr.contains("guidance: \(file): plan_start: Sunday 1 March 2020 is over 6 years before the meeting. "
                                       + "It is kept; if it is a slip, change it with guidance resume and /edit plan_start.\n"))
        #expect(try folder.onlySession()["answers"]?["plan_start"]?["value"] == .string("2020-03-01"))
    }

    /// At the keyboard the plan start is asked about: no lets it be typed again, yes keeps it.
    @Test func aPastPlanStartAtTheKeyboardIsAskedAbout() throws {
        let folder = try TemporaryFolder()
        let all = try #require(JSONParser.parse(Fixtures.designAnswersV2).objectValue)
        let answers = try #require(all["answers"]?.objectValue)
        var early = JSONObject()
        for key in ["goals", "segments", "growth_segment", "roles", "segment_why", "exit_plan", "customers", "targets", "focus"] {
            early[key] = answers[key]
        }
        early["exit_plan"] = .string("Keep current clients happy until their contracts end")
        var file = all
        file["answers"] = .object(early)
        let path = folder.path + "/early.json"
        try JSONWriter.write(.object(file)).write(toFile: path, atomically: true, encoding: .utf8)
        let tty = try TerminalSessionTests().start(["new", "--answers", path] + Self.common(folder), home: folder.path)
        try tty.waitFor("On what date does the next three-month plan start?")
        tty.sendLine("1/1/2020")
        let question = "Is that the plan start you mean? (y/n)"
        try tty.waitFor("+ Wednesday 1 January 2020 is over 7 years before the meeting.")
        try tty.waitFor(question)
        tty.sendLine("n")
        try tty.waitFor("Not kept: type the plan start you mean, such as 2027-03-01.")
        tty.sendLine("1/1/2020")
        try tty.waitFor(question, count: 2)
        tty.sendLine("yes")
        try tty.waitFor("✓ Wednesday 1 January 2020")
        try tty.waitForPrompt(after: "How many hours a week")
        tty.sendControl("d")
        #expect(try tty.waitForExit() == 0)
        #expect(try folder.onlySession()["answers"]?["plan_start"]?["value"] == .string("2020-01-01"))
    }
}
