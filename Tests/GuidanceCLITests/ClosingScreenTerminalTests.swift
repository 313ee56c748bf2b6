import Foundation
import Testing
import GuidanceCore

/// The end of a meeting in a terminal, and long output through the reader's pager.
@Suite("Closing screen and pager")
struct ClosingScreenTerminalTests {
    func start(_ arguments: [String], folder: TemporaryFolder, pager: String? = "cat") throws -> PseudoTerminal {
        var environment = PseudoTerminal.standardEnvironment
        environment["HOME"] = folder.path
        environment["TZ"] = "UTC"
        environment["PAGER"] = pager
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        return try PseudoTerminal(executable: try BinaryLocator.guidance(), arguments: arguments + common, environment: environment,
                                  rows: 60)
    }

    /// A terminal meeting with one question left (the exit plan), answered.
    func lastAnswer(_ folder: TemporaryFolder) throws -> PseudoTerminal {
        let file = try folder.write("answers.json", Fixtures.designAnswersV2)
        let tty = try start(["new", "--answers", file], folder: folder)
        try tty.waitFor("How should marketing treat those customers while we wind down?")
        tty.sendLine("Look after them until contracts end")
        try tty.waitFor("That was the last question.")
        return tty
    }

    @Test func theMeetingEndsWithWhatWasAgreedThePlanAndTheNextSteps() throws {
        let folder = try TemporaryFolder()
        let tty = try lastAnswer(folder)
        try tty.waitFor("press Enter to finish.")
        let screen = PseudoTerminal.plain(tty.output)
        for line in ["What was agreed", "  Growth segment: Dental practices",
                     "  Focus split: Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%",
                     "The plan draft", "  Hours planned against the split: Dental practices ", "decisions needed from your director:",
                     "Next", "  Next guidance meeting: ", "  Planning appointment: ", "   read the plan draft"] {
            #expect(screen.contains(line), "missing: \(line)\n\(screen.suffix(2500))")
        }
        let id = try #require(folder.sessionFiles().first).replacingOccurrences(of: ".json", with: "")
        #expect(screen.contains("  guidance export \(id) --all -o exports "))
        // Words that are not a command are answered, then /export writes the files, and Enter leaves.
        tty.sendLine("thanks")
        try tty.waitFor("The meeting's questions are done. Type /export")
        tty.sendLine("/export \(folder.path)/out")
        try tty.waitFor("Wrote 8 files:")
        try tty.waitFor("Press Enter to finish, or type another command.")
        tty.sendLine("")
        #expect(try tty.waitForExit() == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out")
        #expect(written.contains("\(id)-plan.html") && written.contains("\(id)-calendar.ics"))
        #expect(try folder.onlySession()["status"] == .string("complete"))
    }

    @Test func anEditFromTheClosingScreenGoesBackToTheQuestion() throws {
        let folder = try TemporaryFolder()
        let tty = try lastAnswer(folder)
        try tty.waitFor("press Enter to finish.")
        tty.sendLine("/edit exit_plan")
        try tty.waitFor("How should marketing treat those customers while we wind down?", count: 2)
        tty.sendLine("Refer them to a partner agency")
        try tty.waitFor("That was the last question.", count: 2)
        try tty.waitFor("press Enter to finish.", count: 2)
        // Ctrl-C at the closing prompt says what it did and that nothing is lost; it does not leave.
        tty.send("half typed")
        tty.sendControl("c")
        try tty.waitForPrompt(after: "(Line cleared. Everything is saved: press Enter or Ctrl-D to finish.)")
        tty.sendControl("d")
        #expect(try tty.waitForExit() == 0)
        #expect(try folder.onlySession()["answers"]?["exit_plan"]?["value"] == .string("Refer them to a partner agency"))
    }

    @Test func pipedTheClosingScreenIsPrintedAndNothingMoreIsRead() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("answers.json", Fixtures.designAnswersV2)
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let stored = try GuidanceProcess.run(["new", "--answers", file] + common)
        #expect(stored.code == 0, "\(stored.stderr)")
        let result = try GuidanceProcess.run(["resume", "latest"] + common, input: "Look after them\n/export \(folder.path)/out\n")
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("What was agreed\n  Strategic why: "))
        #expect(result.stdout.contains("\nNext\n  Next guidance meeting: "))
        #expect(!result.stdout.contains("press Enter to finish"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"), "the line after the last answer is not read")
    }

    /// A pager that marks every line it shows, so the test sees that the text went through it.
    static let markingPager = "sed 's/^/paged: /'"

    @Test func planAndShowGoThroughThePagerOnATerminalOnly() throws {
        let folder = try TemporaryFolder()
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let stored = try GuidanceProcess.run(["new", "--answers", try folder.write("answers.json", Fixtures.designAnswers)] + common)
        #expect(stored.code == 0, "\(stored.stderr)")
        for (command, first) in [("plan", "Tactical plan draft: 1 March to 31 May 2027"), ("show", "Session ")] {
            let tty = try start([command, "latest"], folder: folder, pager: Self.markingPager)
            try tty.waitFor("paged: \(first)")
            #expect(try tty.waitForExit() == 0)
            let piped = try GuidanceProcess.run([command, "latest"] + common, environment: ["PAGER": Self.markingPager])
            #expect(piped.code == 0)
            #expect(piped.stdout.hasPrefix(first) && !piped.stdout.contains("paged: "), "\(command) into a pipe: \(piped.stdout.prefix(200))")
        }
        // A file written with -o never meets the pager either.
        let tty = try start(["plan", "latest", "-o", folder.path + "/plan.txt"], folder: folder, pager: Self.markingPager)
        #expect(try tty.waitForExit() == 0)
        #expect(try String(contentsOfFile: folder.path + "/plan.txt", encoding: .utf8).hasPrefix("Tactical plan draft"))
    }

    @Test func slashPlanInTheShellGoesThroughThePager() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("answers.json", Fixtures.designAnswersV2)
        let tty = try start(["new", "--answers", file], folder: folder, pager: Self.markingPager)
        try tty.waitFor("How should marketing treat those customers while we wind down?")
        tty.sendLine("/plan")
        try tty.waitFor("paged: Tactical plan draft")
        tty.sendLine("/show")
        try tty.waitFor("paged: Session ")
        tty.sendLine("/quit")
        #expect(try tty.waitForExit() == 0)
    }

    @Test func withoutPagerSetLongOutputWaitsInLessUntilQ() throws {
        let folder = try TemporaryFolder()
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        #expect(try GuidanceProcess.run(["new", "--answers", try folder.write("answers.json", Fixtures.designAnswers)] + common).code == 0)
        let tty = try start(["plan", "latest"], folder: folder, pager: nil)
        try tty.waitFor("Tactical plan draft")
        // less shows one screen and its prompt (":" on the last line); the rest waits for the reader.
        try tty.waitFor("\r\n:\u{1B}[K")
        let whole = try GuidanceProcess.run(["plan", "latest"] + common)
        let last = try #require(whole.stdout.split(separator: "\n").last.map(String.init))
        #expect(!PseudoTerminal.plain(tty.output).contains(last), "the plan's last line is not shown yet")
        tty.send("q")
        #expect(try tty.waitForExit() == 0)
    }
}
