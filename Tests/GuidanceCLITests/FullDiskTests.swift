import Foundation
import Testing
import GuidanceCore

/// The sessions folder on a real file system that fills up: nothing unsaved is ever called saved.
@Suite("Full disk", .enabled(if: SmallFileSystem.unavailableReason == nil, "\(SmallFileSystem.unavailableReason ?? "")"))
struct FullDiskTests {
    /// The director's answers with two long answers (1,900 characters), so the session file outgrows one page part-way.
    static let longLines: [String] = {
        var lines = Fixtures.directorLines
        lines[0] = "Grow " + String(repeating: "g", count: 1900)
        if let exit = lines.firstIndex(of: "Keep current clients happy until their contracts end") {
            lines[exit] = "Keep " + String(repeating: "k", count: 1900)
        }
        return lines
    }()

    @Test func aPipedSessionStopsAtTheFirstFailedSaveWithExit74AndKeepsWhatWasAcknowledged() throws {
        let disk = try SmallFileSystem(pages: 16)
        let sessions = disk.path + "/sessions"
        let common = ["--sessions", sessions, "--prompts", GuidanceProcess.prompts]
        // Three pages: the session file, the lock file, and the next save's temporary file while both fit in one page.
        try disk.fill(leaving: 3)
        let lines = Self.longLines
        let result = try GuidanceProcess.run(["new", "--date", "2027-02-01"] + common, input: lines.joined(separator: "\n") + "\n")
        #expect(result.code == 74, "\(result.stderr)")
        #expect(!result.stdout.contains("Saved"), "nothing is called saved: \(result.stdout.suffix(300))")
        #expect(!result.stdout.contains(" is saved."))
        #expect(result.stderr.contains("(No space left on device)"), "\(result.stderr)")
        let acknowledged = result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("  ✓ ") }.count
        let order = try PipedSessionTests.questionOrder()
        #expect(acknowledged > 0 && acknowledged < order.count, "the disk fills part-way: \(acknowledged) answers acknowledged")

        let stopped = try #require(result.stderr.firstMatch(of: /stopped at line (\d+) of the input, because it could not be saved \(see above\)/))
        let line = try #require(Int(stopped.1))
        #expect(result.stderr.contains("line \(line) and the lines after it were not stored. Make room on the disk or fix the folder, then carry on from line \(line) with: guidance resume 2027-02-01-"))

        let session = try disk.folder.onlySession()
        let stored = try #require(session["answers"]?.objectValue)
        #expect(Set(stored.keys) == Set(order.prefix(acknowledged)), "the file holds exactly the acknowledged answers")
        #expect(Self.temporaryFiles(sessions).isEmpty)

        disk.makeRoom()
        let resumed = try GuidanceProcess.run(["resume"] + common, input: lines[(line - 1)...].joined(separator: "\n") + "\n")
        #expect(resumed.code == 0, "\(resumed.stderr)")
        let done = try disk.folder.onlySession()
        #expect(done["status"] == .string("complete"))
        #expect(done["answers"]?["goals"]?["value"] == .array([.string(lines[0])]))
        #expect(done["answers"]?["actions"] != nil)
    }

    @Test(arguments: ["/quit", "Ctrl-D"])
    func aTerminalKeepsAnUnsavedAnswerRetriesAndNeverSaysSavedWhenTheLastSaveFails(leaving: String) throws {
        let disk = try SmallFileSystem(pages: 16)
        var environment = PseudoTerminal.standardEnvironment
        environment["HOME"] = disk.path
        environment["TZ"] = "UTC"
        let arguments = ["new", "--date", "2027-02-01", "--sessions", disk.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let tty = try PseudoTerminal(executable: try BinaryLocator.guidance(), arguments: arguments, environment: environment)
        try tty.waitFor("1/9 Strategic why")
        tty.sendLine("Grow dental")
        try tty.waitFor("✓ Grow dental")
        try tty.waitFor("Which customer segments")
        try disk.fill(leaving: 0)
        tty.sendLine("Dental practices, Hospitality, Retail, Legal")
        try tty.waitFor("! Not saved yet (kept in memory): Dental practices, Hospitality, Retail and Legal")
        try tty.waitFor("Your answers are kept in memory while guidance runs; it tries again at your next answer, and /save tries now.")
        try tty.waitFor("growth segment:")
        disk.makeRoom()
        tty.sendLine("Dental practices")
        try tty.waitFor("Saved now: the answers kept in memory are stored in session 2027-02-01-")
        try tty.waitFor("✓ Dental practices")
        try tty.waitFor("What is the role of Dental practices")
        try disk.fill(leaving: 0)
        tty.sendLine("grow")
        try tty.waitFor("! Not saved yet (kept in memory): Dental practices: grow")
        try tty.waitFor("Hospitality > ")
        if leaving == "/quit" { tty.sendLine("/quit") } else { tty.sendControl("d") }
        try tty.waitFor("the 1 answer marked \"not saved yet\" is lost")
        #expect(try tty.waitForExit() == 74)
        let screen = PseudoTerminal.plain(tty.output)
        #expect(!screen.contains("Saved. To carry on later"), "\(screen.suffix(600))")
        #expect(screen.contains("Make room on the disk or fix the folder, then carry on with: guidance resume 2027-02-01-"))

        let session = try disk.folder.onlySession()
        let stored = try #require(session["answers"]?.objectValue)
        #expect(Set(stored.keys) == ["goals", "segments", "growth_segment"])
        #expect(session["position"]?["draft"] == nil, "the unsaved part is not in the file")
        #expect(Self.temporaryFiles(disk.path + "/sessions").isEmpty)
    }

    /// Our temporary files (".<id>.json.<tag>.tmp") left in `folder`.
    static func temporaryFiles(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
    }
}
