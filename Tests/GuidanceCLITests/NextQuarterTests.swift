import Foundation
import Testing
import GuidanceCore

/// The next quarter's meeting after Jodie's knows the calendar: Jo's change has ended, last quarter's
/// open action is asked first, and the plan's "Changes since last time" says what became of each.
@Suite("Next quarter's meeting")
struct NextQuarterTests {
    /// Jodie's first meeting (`Tests/Fixtures/cases/jodie.json`) with one action agreed, stored; the common options.
    static func jodiesFirstMeeting(in folder: TemporaryFolder) throws -> [String] {
        let fixture = GuidanceProcess.packageRoot.appendingPathComponent("Tests/Fixtures/cases/jodie.json")
        let text = try String(contentsOf: fixture, encoding: .utf8).replacingOccurrences(
            of: #""actions": []"#, with: #""actions": [{"action": "Send the plan draft", "owner": "Jodie", "due": "2027-02-05"}]"#)
        let file = try folder.write("jodie.json", text)
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let first = try GuidanceProcess.run(["new", "--answers", file] + common)
        #expect(first.code == 0, "\(first.stderr)")
        return common
    }

    @Test func inATerminalTheOpenActionComesFirstAndJosEndedChangeIsNotOffered() throws {
        let folder = try TemporaryFolder()
        let common = try Self.jodiesFirstMeeting(in: folder)
        var environment = PseudoTerminal.standardEnvironment
        environment["HOME"] = folder.path
        let tty = try PseudoTerminal(executable: try BinaryLocator.guidance(), arguments: ["new", "--date", "2027-04-01"] + common,
                                     environment: environment)
        try tty.waitFor("Send the plan draft (Jodie, due Friday 5 February 2027): done, carry on or drop?")
        #expect(!PseudoTerminal.plain(tty.output).contains("Topic 1 of 9"), "the open actions come before the first topic")
        tty.sendLine("carry on")
        try tty.waitFor("New due date for Send the plan draft?")
        tty.sendLine("2027-06-04")
        try tty.waitFor("Send the plan draft: carried on, due Friday 4 June 2027.")
        try tty.waitFor("Topic 1 of 9")
        // goals, segments, growth segment, roles, reasons, customers, targets, split, plan start (1 June), hours, budget,
        // currency, holidays, days off, key dates.
        for step in 1...15 {
            tty.sendLine("")
            try tty.waitFor("✓", count: step + 1)
        }
        try tty.waitFor("Brochure reprint is planned for month 2 of the current plan (April 2027). Will it be done before")
        tty.sendLine("yes")
        try tty.waitFor("Brochure reprint: done, not carried into the new plan.")
        tty.sendLine("")
        // The shell wraps the note at the terminal's 100 columns; on 1 April Jo's change has not ended yet.
        try tty.waitFor("  Jo leaves ends on Monday 31 May 2027, before the new plan starts. Does anything follow from it?\n  Type it as a new internal change, or Enter for none.")
        try tty.waitFor("Internal change 1 > ")
        #expect(!PseudoTerminal.plain(tty.output).contains("keep Jo leaves"))
        tty.sendLine("")
        try tty.waitFor("Our Harrogate competitor is closing passed on Monday 15 March 2027.")
        tty.sendLine("")
        try tty.waitFor("Price list and terms sheet was needed by Friday 19 March 2027; that date has passed.")
        tty.sendLine("")
        try tty.waitFor("Carried on from last time: Send the plan draft (owner Jodie, due Friday 4 June 2027).")
        for _ in 0..<3 { tty.sendLine("") }
        try tty.waitFor("That was the last question.")
        try tty.waitFor("press Enter to finish.")
        tty.sendLine("")
        #expect(try tty.waitForExit() == 0)

        let plan = try GuidanceProcess.run(["plan", "latest", "--format", "md"] + common)
        #expect(plan.code == 0, "\(plan.stderr)")
        for row in [
            "| Internal change: Jo leaves | from Wednesday 31 March 2027 to Monday 31 May 2027, hours -60% | ended on Monday 31 May 2027 |",
            "| Fundamental: Brochure reprint | in April 2027, budget 1,800 GBP, not approved | done |",
            "| Action: Send the plan draft | Jodie, due Friday 5 February 2027 | carried on, due Friday 4 June 2027 |",
        ] {
            #expect(plan.stdout.contains(row), "missing: \(row)\n\(plan.stdout.prefix(2000))")
        }
    }

    @Test func pipedTheSameMeetingStoresWhatBecameOfTheAction() throws {
        let folder = try TemporaryFolder()
        let common = try Self.jodiesFirstMeeting(in: folder)
        let lines = ["drop"] + Array(repeating: "", count: 15) + ["no", "3", "", "", "", "", "Call the printer", "Jodie", "2027-06-10", "", "", ""]
        let second = try GuidanceProcess.run(["new", "--date", "2027-04-01"] + common, input: lines.joined(separator: "\n") + "\n")
        #expect(second.code == 0, "\(second.stderr)")
        let out = second.stdout
        let opening = try #require(out.range(of: "Last quarter's open actions first: for each, done, carry on (with a new due date) or drop.")?.lowerBound)
        let firstTopic = try #require(out.range(of: "Topic 1 of 9")?.lowerBound)
        #expect(opening < firstTopic)
        for text in ["Send the plan draft: dropped.", "Brochure reprint: carried into month 3 of the new plan.",
                     "Enter: keep Brochure reprint (budget 1,800, month 3, approved no)",
                     "Jo leaves ends on Monday 31 May 2027, before the new plan starts."] {
            #expect(out.contains(text), "missing: \(text)")
        }
        #expect(!out.contains("keep Jo leaves"))
        let files = folder.sessionFiles()
        let second_ = try #require(files.last)
        let session = try JSONParser.parse(Data(contentsOf: folder.url.appendingPathComponent("sessions/" + second_)))
        #expect(session["answers"]?[ItemCheck.actionsKey]?["value"] == (try JSONParser.parse(
            #"[{"action": "Send the plan draft", "owner": "Jodie", "due": "2027-02-05", "outcome": "dropped"}]"#)))
        #expect(session["answers"]?["actions"]?["value"] == (try JSONParser.parse(#"[{"action": "Call the printer", "owner": "Jodie", "due": "2027-06-10"}]"#)))
        #expect(session["answers"]?["internal_changes"]?["value"] == .array([]))
        let shown = try GuidanceProcess.run(["show", second_.replacingOccurrences(of: ".json", with: "")] + common)
        #expect(shown.stdout.contains("\nLast quarter, reviewed at the start\n   action: Send the plan draft (Jodie, due Friday 5 February 2027): dropped\n"
            + "   fundamental: Brochure reprint: not done, moved to month 3 of this plan\n"), "\(shown.stdout)")
    }
}
