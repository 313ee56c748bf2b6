import Foundation
import Testing
import GuidanceCore

/// A copy left by a save that was stopped before its rename: `list` notes it, `resume` offers it in a terminal.
@Suite("Leftover recovery")
struct LeftoverRecoveryTests {
    /// A session whose file holds 3 answers, beside a newer temporary copy holding 4 (as a kill during a save leaves it).
    static func sessionWithLeftover(in folder: TemporaryFolder) throws -> (id: String, common: [String]) {
        let sessions = folder.path + "/sessions"
        let common = ["--sessions", sessions, "--prompts", GuidanceProcess.prompts]
        let lines = Fixtures.directorLines
        let first = try GuidanceProcess.run(["new", "--date", "2027-02-01"] + common, input: lines[..<3].joined(separator: "\n") + "\n")
        try #require(first.code == 0, "\(first.stderr)")
        let file = try #require(folder.sessionFiles().first)
        let id = String(file.dropLast(".json".count))
        let saved = try Data(contentsOf: folder.url.appendingPathComponent("sessions/" + file))
        let second = try GuidanceProcess.run(["resume", id] + common, input: lines[3..<9].joined(separator: "\n") + "\n")
        try #require(second.code == 0, "\(second.stderr)")
        let sessionFile = sessions + "/" + file
        try FileManager.default.moveItem(atPath: sessionFile, toPath: sessions + "/.\(file).k1lled.tmp")
        try saved.write(to: URL(fileURLWithPath: sessionFile))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60), .posixPermissions: 0o600], ofItemAtPath: sessionFile)
        return (id, common)
    }

    static func temporaryFiles(_ folder: TemporaryFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/sessions")) ?? []).filter { $0.hasSuffix(".tmp") }
    }

    @Test func listNotesTheCopyAndListsOnlyTheSession() throws {
        let folder = try TemporaryFolder()
        let (id, common) = try Self.sessionWithLeftover(in: folder)
        let result = try GuidanceProcess.run(["list"] + common)
        #expect(result.code == 0)
        #expect(result.stdout == "\(id)  2027-02-01  director meeting  in progress, 3 of 21 answered\n")
        #expect(result.stderr == "note: session \(id) has a copy newer than its file (4 answers), left by a shell that stopped while saving; guidance resume \(id) in a terminal offers to restore it.\n")
        #expect(Self.temporaryFiles(folder).count == 1, "list keeps the copy")
    }

    @Test(arguments: [("y", "Restored: carrying on with the copy.", 4), ("n", "Removed the copy: carrying on with the session file.", 3)])
    func resumeInATerminalOffersTheCopy(answer: String, said: String, answers: Int) throws {
        let folder = try TemporaryFolder()
        let (id, common) = try Self.sessionWithLeftover(in: folder)
        var environment = PseudoTerminal.standardEnvironment
        environment["HOME"] = folder.path
        let tty = try PseudoTerminal(executable: try BinaryLocator.guidance(), arguments: ["resume", id] + common, environment: environment)
        try tty.waitFor("Session \(id) has a copy newer than its file, left at ")
        try tty.waitFor("by a shell that stopped while saving: 4 answers, where the session file has 3.")
        try tty.waitFor("Restore that copy? [Y/n]")
        tty.sendLine(answer)
        try tty.waitFor(said)
        try tty.waitFor("Welcome back: \(answers) answers so far.")
        tty.sendLine("/quit")
        #expect(try tty.waitForExit() == 0)
        #expect(Self.temporaryFiles(folder).isEmpty)
        #expect(try folder.onlySession()["answers"]?.objectValue?.count == answers)
    }

    @Test func aCopyOfASessionStoppedWhileBeingCreatedIsOfferedToo() throws {
        let folder = try TemporaryFolder()
        let (id, common) = try Self.sessionWithLeftover(in: folder)
        try FileManager.default.removeItem(atPath: folder.path + "/sessions/\(id).json")
        let list = try GuidanceProcess.run(["list"] + common)
        #expect(list.stdout.hasPrefix("No sessions yet"))
        #expect(list.stderr.contains("note: session \(id) has a copy newer than its file (4 answers)"))
        var environment = PseudoTerminal.standardEnvironment
        environment["HOME"] = folder.path
        let tty = try PseudoTerminal(executable: try BinaryLocator.guidance(), arguments: ["resume", id] + common, environment: environment)
        try tty.waitFor("by a shell that stopped while saving: 4 answers, and the session file is missing.")
        tty.sendLine("")
        try tty.waitFor("Welcome back: 4 answers so far.")
        try tty.waitFor("Retail > ")
        tty.sendControl("d")
        #expect(try tty.waitForExit() == 0)
        #expect(Self.temporaryFiles(folder).isEmpty)
        #expect(try folder.onlySession()["answers"]?.objectValue?.count == 4)
    }

    @Test func aPipedResumeKeepsTheSessionFileAndRemovesTheCopyWithANote() throws {
        let folder = try TemporaryFolder()
        let (id, common) = try Self.sessionWithLeftover(in: folder)
        let result = try GuidanceProcess.run(["resume", id] + common, input: "/quit\n")
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr == "guidance: removed a copy of session \(id) that a shell stopped while saving (4 answers, where the session file has 3); its last answer had not been acknowledged. Carrying on from the session file.\n")
        #expect(result.stdout.contains("Welcome back: 3 answers so far."))
        #expect(Self.temporaryFiles(folder).isEmpty)
    }
}
