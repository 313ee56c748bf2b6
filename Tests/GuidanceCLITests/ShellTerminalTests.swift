import Foundation
import Testing
import GuidanceCore

/// The shell in a pseudo-terminal: Tab after /goto and /edit, /show while adding records, resuming inside a
/// record, and the resume offer of `guidance` alone passing over a session open in another shell.
@Suite("Shell in a terminal")
struct ShellTerminalTests {
    func start(_ arguments: [String], folder: TemporaryFolder) throws -> PseudoTerminal {
        var environment = PseudoTerminal.standardEnvironment
        environment["HOME"] = folder.path
        environment["TZ"] = "UTC"
        environment["PAGER"] = "cat"
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        return try PseudoTerminal(executable: try BinaryLocator.guidance(), arguments: arguments + common, environment: environment)
    }

    /// Stores a director session dated `date` with one answer, left unfinished; returns its id.
    func unfinishedSession(_ folder: TemporaryFolder, date: String) throws -> String {
        let before = Set(folder.sessionFiles())
        let result = try GuidanceProcess.run(["new", "--date", date, "--sessions", folder.path + "/sessions",
                                              "--prompts", GuidanceProcess.prompts], input: "Grow\n")
        #expect(result.code == 0, "\(result.stderr)")
        let file = try #require(Set(folder.sessionFiles()).subtracting(before).first)
        return String(file.dropLast(".json".count))
    }

    /// The inode and modification time of the only session file: an atomic save replaces the file, so both change.
    func inode(_ folder: TemporaryFolder) throws -> String {
        let name = try #require(folder.sessionFiles().first)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path + "/sessions/" + name)
        let inode = try #require((attributes[.systemFileNumber] as? NSNumber)?.uint64Value)
        let modified = try #require(attributes[.modificationDate] as? Date)
        return "\(inode) \(modified.timeIntervalSince1970)"
    }

    @Test func leavingWithNothingNewDoesNotWriteTheSessionAgain() throws {
        let folder = try TemporaryFolder()
        // Piped (no clock): input that ends at the first question changes nothing the file holds.
        let process = Process()
        process.executableURL = try BinaryLocator.guidance()
        process.arguments = ["new", "--date", "2027-02-01", "--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        process.environment = ["PATH": "/usr/bin:/bin", "TZ": "UTC", "NO_COLOR": "1", "HOME": folder.path, "XDG_DATA_HOME": GuidanceProcess.noUserData]
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var waited = 0
        while folder.sessionFiles().isEmpty && waited < 1000 { usleep(10_000); waited += 1 }
        usleep(100_000)
        let first = try inode(folder)
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try inode(folder) == first, "nothing was typed: the file written at the start is kept as it is")
        // An answer is saved: the file is replaced.
        let id = try #require(folder.sessionFiles().first).replacingOccurrences(of: ".json", with: "")
        let resumed = try GuidanceProcess.run(["resume", id, "--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts],
                                              input: "Grow dental\n")
        #expect(resumed.code == 0, "\(resumed.stderr)")
        #expect(try inode(folder) != first)
        #expect(try folder.onlySession()["answers"]?["goals"]?["value"] == .array([.string("Grow dental")]))
    }

    @Test func tabAfterGotoOffersTopicsAndAfterEditOffersQuestions() throws {
        let folder = try TemporaryFolder()
        let tty = try start(["new", "--date", "2027-02-01"], folder: folder)
        try tty.waitFor("1/9 Strategic why [0:00/3:00] > ")
        tty.send("/goto ")
        tty.sendTab()
        tty.sendTab()
        try tty.waitFor("wrap-up")  // the list of topics
        try tty.waitFor("internal")
        tty.send("int")
        tty.sendTab()
        try tty.waitFor("> /goto internal")
        tty.sendTab()
        try tty.waitFor("> /goto internal changes")
        tty.sendLine("")
        try tty.waitFor("Now at Internal changes.")
        try tty.waitFor("6/9 Internal changes")
        tty.sendLine("/topics")
        try tty.waitFor("▸ 6. Internal changes  (/goto internal)  3 min")
        try tty.waitFor("· 9. Wrap-up  (/goto wrap-up)  3 min")
        try tty.waitFor("Internal change 1 > ", count: 2)
        tty.sendLine("/edit currency")  // a question whose own words are currency codes
        try tty.waitFor("Which currency is the budget in?")
        try tty.waitFor("4/9 Plan parameters [")
        let before = PseudoTerminal.plain(tty.output).count
        tty.send("/edit ")
        tty.sendTab()
        tty.sendTab()
        try tty.waitFor("capacity_hours_per_week")
        try tty.waitFor("growth_segment")
        #expect(!PseudoTerminal.plain(tty.output).dropFirst(before).contains("EUR"), "no currency codes after /edit")
        tty.send("camp")
        tty.sendTab()
        try tty.waitFor("> /edit campaign_budget")
        tty.sendLine("")
        try tty.waitFor("Now at campaign_budget.")
        tty.sendLine("/quit")
        #expect(try tty.waitForExit() == 0)
    }

    @Test func showWhileAddingRecordsAndResumingInsideARecordNameWhatWasTyped() throws {
        let folder = try TemporaryFolder()
        let tty = try start(["new", "--date", "2027-02-01"], folder: folder)
        try tty.waitFor("1/9 Strategic why [")
        tty.sendLine("/goto internal")
        try tty.waitFor("Internal change 1 > ")
        for part in ["Jo leaves", "2027-03-31", "2027-05-31", "", "-50"] {
            tty.sendLine(part)
        }
        try tty.waitFor("+ Added internal change 1: Jo leaves")
        try tty.waitFor("Internal change 2 > ")
        tty.sendLine("Kim joins")
        try tty.waitFor("+ Change: Kim joins")
        tty.sendLine("/show")
        try tty.waitFor("internal changes: (being answered) 1 added so far, 1 being typed")
        try tty.waitFor("1) Jo leaves (from Wednesday 31 March 2027, to Monday 31 May 2027, segments all, capacity -50%)")
        try tty.waitFor("2) Kim joins  [being typed]")
        #expect(!PseudoTerminal.plain(tty.output).contains("internal changes: (not answered yet)"))
        tty.sendLine("2027-04-01")
        try tty.waitFor("+ From: Thursday 1 April 2027")
        try tty.waitFor("Internal change 2 > ", count: 4)
        tty.sendControl("d")
        try tty.waitFor("Saved. To carry on later")
        #expect(try tty.waitForExit() == 0)

        let again = try start(["resume"], folder: folder)
        try again.waitFor("Are there changes inside the company")
        try again.waitFor("Internal change 2 so far: Kim joins (from Thursday 1 April 2027).")
        try again.waitFor("Internal change 2: Until which date?")
        try again.waitFor("Internal change 2 > ")
        again.sendLine("/quit")
        #expect(try again.waitForExit() == 0)
        let screen = PseudoTerminal.plain(again.output)
        let named = try #require(screen.range(of: "Internal change 2 so far: Kim joins"))
        let asked = try #require(screen.range(of: "Internal change 2: Until which date?"))
        #expect(named.lowerBound < asked.lowerBound, "the record is named before its next part is asked")
    }

    @Test func theResumeOfferPassesOverASessionOpenInAnotherShell() throws {
        let folder = try TemporaryFolder()
        let older = try unfinishedSession(folder, date: "2027-02-01")
        let newer = try unfinishedSession(folder, date: "2027-02-08")
        let other = try start(["resume", newer], folder: folder)
        try other.waitFor("2/9 Segments and growth segment [")

        let tty = try start([], folder: folder)
        try tty.waitFor("Session \(newer) is unfinished but open in another guidance shell, so it is left there.")
        try tty.waitFor("You have an unfinished session \(older) from")
        try tty.waitFor("Resume it? [Y/n] ")
        tty.sendLine("y")
        try tty.waitFor("Welcome back: 1 answer so far")
        try tty.waitFor("2/9 Segments and growth segment [")
        tty.sendLine("/quit")
        #expect(try tty.waitForExit() == 0)
        #expect(!tty.output.contains("You have an unfinished session \(newer)"))

        // With every unfinished session open elsewhere, a new meeting starts.
        let busy = try start(["resume", older], folder: folder)
        try busy.waitFor("2/9 Segments and growth segment [")
        let fresh = try start([], folder: folder)
        try fresh.waitFor("Session \(newer) is unfinished but open in another guidance shell, so it is left there.")
        try fresh.waitFor("Session \(older) is unfinished but open in another guidance shell, so it is left there.")
        try fresh.waitFor("1/9 Strategic why [")
        #expect(!fresh.output.contains("Resume it?"))
        fresh.sendControl("d")
        #expect(try fresh.waitForExit() == 0)
        for shell in [other, busy] {
            shell.sendLine("/quit")
            #expect(try shell.waitForExit() == 0)
        }
    }
}
