import Foundation
import Testing
import GuidanceCore

/// The questions a believable plan needs (customers, targets, holidays, days off, key dates, needed-by
/// and market-change dates, changes with no end, the director and the marketer), through the real binary.
@Suite("Meeting facts for a believable plan")
struct MeetingFactsTests {
    /// A stored copy of the version-2 example; returns the common options and the session id.
    func storeV2(_ folder: TemporaryFolder) throws -> (common: [String], id: String) {
        try folder.storeDesignSession(Fixtures.designAnswersV2)
    }

    @Test func everyNewQuestionIsAskedAndEchoedInAPipedMeeting() throws {
        let folder = try TemporaryFolder()
        let input = Fixtures.directorLines.joined(separator: "\n") + "\n"
        let result = try GuidanceProcess.run(["new", "--date", "2027-02-01", "--sessions", folder.path + "/sessions",
                                              "--prompts", GuidanceProcess.prompts], input: input)
        #expect(result.code == 0, "\(result.stderr)")
        let expected = [
            "How many customers do we have in Dental practices today? (0 for a new segment.)",
            "  ✓ Dental practices: 3 customers, Hospitality: 40 customers, Retail: 25 customers, Legal: 18 customers",
            "  Target 1: For which grow segment?",
            "  ✓ Dental practices (measure new practices signed, amount 4)",
            "Which public holidays does the team take? GB-EAW (England and Wales), GB-SCT (Scotland), GB-NIR (Northern Ireland), IE (Ireland), US (United States federal holidays), or none.",
            "  ✓ GB-EAW (England and Wales)",
            "  ✓ Tuesday 6 April 2027",
            "  ✓ Practice managers' conference (date Thursday 22 April 2027, kind event, segments Dental practices)",
            "  Internal change 2: Until which date? (Type permanent if it has no end.)",
            "  + To: no end",
            "  ✓ Jo leaves (from Wednesday 31 March 2027, to Monday 31 May 2027, segments Retail, capacity -50%); Kim joins (from Thursday 1 April 2027, to no end, segments all, capacity 25%)",
            "  ✓ A competitor closed its Leeds office (when Monday 8 March 2027, segments Dental practices, kind opportunity, response Local awareness campaign in Leeds)",
            "  ✓ Case study pack (stage consideration, segment Dental practices, needed by Friday 12 March 2027)",
            "  ✓ Sam Patel <sam@example.com>",
            "  ✓ Alex Brown <alex@example.com>",
        ]
        let lines = result.stdout.components(separatedBy: "\n")
        for line in expected { #expect(lines.contains(line), "missing: \(line)") }
        let stored = try #require(try folder.onlySession()["answers"])
        #expect(stored["internal_changes"]?["value"]?.arrayValue?.last?["to"] == .null)
        #expect(stored["marketer"]?["value"] == .object(JSONObject([("name", .string("Alex Brown")), ("email", .string("alex@example.com"))])))
        #expect(stored["days_off"]?["value"] == .array([.string("2027-04-06")]))
    }

    @Test func theSelfScriptAsksTheSameQuestionsAsAssumptions() throws {
        let folder = try TemporaryFolder()
        let input = Fixtures.directorLines.joined(separator: "\n") + "\n"
        let result = try GuidanceProcess.run(["new", "--script", "self", "--date", "2027-02-01", "--sessions", folder.path + "/sessions",
                                              "--prompts", GuidanceProcess.prompts], input: input)
        #expect(result.code == 0, "\(result.stderr)")
        for line in ["  ✓ assumption: GB-EAW (England and Wales)", "  ✓ assumption: Sam Patel <sam@example.com>", "  ✓ assumption: Alex Brown <alex@example.com>"] {
            #expect(result.stdout.contains(line + "\n"), "missing: \(line)")
        }
        let session = try folder.onlySession()
        #expect(session["status"] == .string("complete"))
        let stored = try #require(session["answers"]?.objectValue)
        let expected = try PipedSessionTests.expectedAnswers()
        #expect(Set(stored.keys) == Set(expected.keys))
        for key in expected.keys { #expect(stored[key]?["value"] == expected[key], "answer \(key)") }
    }

    @Test func aNameAloneIsAPersonAndNoneMeansNoDaysOff() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try storeV2(folder)
        let result = try GuidanceProcess.run(["resume", id] + common, input: "/edit director\nSam Patel\n/edit days_off\nnone\n/quit\n")
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  ✓ Sam Patel\n"))
        #expect(result.stdout.contains("  Enter: Tuesday 6 April 2027\n"), "Enter keeps the days given")
        let answers = try #require(try folder.onlySession()["answers"])
        #expect(answers["director"]?["value"] == .object(JSONObject([("name", .string("Sam Patel"))])))
        #expect(answers["days_off"]?["value"] == .array([]))
    }

    @Test func enterMeansNoDaysOffWhenNoneWereGiven() throws {
        let folder = try TemporaryFolder()
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let result = try GuidanceProcess.run(["new", "--date", "2027-02-01"] + common, input: "/edit days_off\n\n/quit\n")
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Separate dates with commas; Enter for none.\n  Enter: none\n"))
        #expect(result.stdout.contains("  ✓ none\n"))
        #expect(try folder.onlySession()["answers"]?["days_off"]?["value"] == .array([]))
    }

    struct Refusal: CustomStringConvertible, Sendable {
        var lines: [String]
        var message: String
        var description: String { lines.joined(separator: " | ") }
    }

    static let refusals: [Refusal] = [
        Refusal(lines: ["/edit director", "Sam Patel <sam@example>"],
                message: "\"sam@example\" is not an email address: it needs a name, an @ and a domain with a dot, such as sam@example.com; or type the name alone."),
        Refusal(lines: ["/edit marketer", "sam@example.com"],
                message: "\"sam@example.com\" has no name in it: type the name too, such as \"Sam Patel <sam@example.com>\", \"Sam Patel, sam@example.com\" or just \"Sam Patel\"."),
        Refusal(lines: ["/edit internal_changes", "Kim joins", "permanent"],
                message: "\"permanent\" is not a date: only an end date can be left open; type a date such as 2027-03-01."),
        Refusal(lines: ["/edit internal_changes", "Kim joins", "2027-04-01", "sometime"],
                message: "\"sometime\" is not a date I understand: type it as 2027-03-01 or 1/3/2027, or say \"next monday\", \"end of month\" or \"in 2 weeks\"; or type \"permanent\" when it has no end."),
        Refusal(lines: ["/edit days_off", "2027-04-06, someday"],
                message: "\"someday\" is not a date I understand: type it as 2027-03-01 or 1/3/2027, or say \"next monday\", \"end of month\" or \"in 2 weeks\"."),
        Refusal(lines: ["/edit days_off", "2027-04-06, 6 April 2027"],
                message: "Tuesday 6 April 2027 is in the list twice: name each day once."),
        Refusal(lines: ["/edit customers", "-1"],
                message: "\"-1\" is less than 0 customers: type 0 customers or more, such as 30 customers."),
        Refusal(lines: ["/edit targets", "Retail"],
                message: "\"Retail\" is not one of the options: type one of Dental practices."),
        Refusal(lines: ["/edit targets", "Dental practices", "new practices signed", "0"],
                message: "\"0\" is less than 1: type 1 or more, such as 30."),
        Refusal(lines: ["/edit holidays", "FR"],
                message: "\"FR\" is not one of the options: type one of GB-EAW (England and Wales), GB-SCT (Scotland), GB-NIR (Northern Ireland), "
                    + "IE (Ireland), US (United States federal holidays) or none (no public holidays)."),
        Refusal(lines: ["/edit holidays", "GB"],
                message: "\"GB\" could be GB-EAW, GB-SCT or GB-NIR: type more of the name, such as \"GB-EAW\"."),
        Refusal(lines: ["/edit key_dates", "Dentistry Show", "2027-04-22", "party"],
                message: "\"party\" is not one of the options: type one of event, launch, deadline or promotion."),
        Refusal(lines: ["/edit sales_needs", "Case study pack", "consideration", "Dental practices", "soon"],
                message: "\"soon\" is not a date I understand: type it as 2027-03-01 or 1/3/2027, or say \"next monday\", \"end of month\" or \"in 2 weeks\"."),
        Refusal(lines: ["/edit market_changes", "A competitor closed", "whenever"],
                message: "\"whenever\" is not a date I understand: type it as 2027-03-01 or 1/3/2027, or say \"next monday\", \"end of month\" or \"in 2 weeks\"."),
    ]

    @Test(arguments: refusals)
    func aBadAnswerIsRefusedWithItsReason(_ case: Refusal) throws {
        let folder = try TemporaryFolder()
        let (common, id) = try storeV2(folder)
        let before = try folder.onlySession()["answers"]
        let result = try GuidanceProcess.run(["resume", id] + common, input: `case`.lines.joined(separator: "\n") + "\n")
        #expect(result.code == 65)
        #expect(result.stdout.contains("  ✗ \(`case`.message)\n"), "\(result.stdout.suffix(600))")
        #expect(try folder.onlySession()["answers"] == before, "nothing changed")
    }

    @Test(arguments: [("Scotland", "GB-SCT"), ("england", "GB-EAW"), ("Wales", "GB-EAW"), ("Northern", "GB-NIR"), ("Ireland", "IE"),
                      ("united states", "US"), ("US", "US"), ("gb-nir", "GB-NIR"), ("none", "none")])
    func theHolidayCalendarIsTypedAsItsCodeOrItsPlace(_ typed: String, _ code: String) throws {
        let folder = try TemporaryFolder()
        let (common, id) = try storeV2(folder)
        let result = try GuidanceProcess.run(["resume", id] + common, input: "/edit holidays\n\(typed)\n/quit\n")
        #expect(result.code == 0, "\(result.stderr)")
        #expect(try folder.onlySession()["answers"]?["holidays"]?["value"] == .string(code))
    }

    @Test func anInternalChangeWithNoEndIsStoredAsNull() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try storeV2(folder)
        for word in ["permanent", "ongoing", "no end"] {
            let input = ["/edit internal_changes", "Kim joins", "2027-04-01", word, "", "25", "", "/quit"].joined(separator: "\n") + "\n"
            let result = try GuidanceProcess.run(["resume", id] + common, input: input)
            #expect(result.code == 0, "\(result.stderr)")
            #expect(result.stdout.contains("  + To: no end\n"), "\(word)")
            let record = try folder.onlySession()["answers"]?["internal_changes"]?["value"]?.arrayValue?.first
            #expect(record?["to"] == .null, "\(word)")
            #expect(record?.objectValue?.keys.contains("to") == true, "\(word): \"to\" is kept, as null")
        }
    }

    @Test func theMarketerGivenOnceIsOfferedInTheNextSessionOfEitherScript() throws {
        let folder = try TemporaryFolder()
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        // An unfinished director session in which only the marketer was given.
        let first = try GuidanceProcess.run(["new", "--date", "2027-02-01"] + common,
                                            input: "/edit marketer\nAlex Brown <alex@example.com>\n/quit\n")
        #expect(first.code == 0, "\(first.stderr)")
        // A later self-planning session offers it: Enter keeps it.
        let second = try GuidanceProcess.run(["new", "--script", "self", "--date", "2027-05-03"] + common,
                                             input: "/edit marketer\n\n/quit\n")
        #expect(second.code == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Does the invitation still come from Alex Brown <alex@example.com>?\n  Enter: Alex Brown <alex@example.com>\n"))
        #expect(second.stdout.contains("  ✓ assumption: Alex Brown <alex@example.com>\n"))
        // The director is not carried from a session that never gave one.
        let third = try GuidanceProcess.run(["new", "--date", "2027-08-02"] + common, input: "/edit director\n/quit\n")
        #expect(third.stdout.contains("Who should the plan and the invitation to the next meeting go to: the director's name and email?"))
        #expect(!third.stdout.contains("Enter: Alex Brown"))
    }

    @Test func theLatestMarketerWinsOverAnOlderOne() throws {
        let folder = try TemporaryFolder()
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        _ = try GuidanceProcess.run(["new", "--date", "2027-02-01"] + common, input: "/edit marketer\nJo Old, jo@example.com\n/quit\n")
        _ = try GuidanceProcess.run(["new", "--script", "self", "--date", "2027-03-01"] + common, input: "/edit marketer\nAlex Brown\n/quit\n")
        let next = try GuidanceProcess.run(["new", "--date", "2027-05-03"] + common, input: "/edit marketer\n/quit\n")
        #expect(next.stdout.contains("Does the invitation still come from Alex Brown?\n  Enter: Alex Brown\n"))
    }
}
