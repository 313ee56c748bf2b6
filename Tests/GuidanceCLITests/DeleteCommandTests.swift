import Foundation
import Testing
import GuidanceCore

/// `guidance delete` moves a session to the trash; `guidance list` leaves out sessions with no answers.
@Suite("Delete and list")
struct DeleteCommandTests {
    /// Alex's session with a review of month 1 and a calendar record beside it, and an empty session.
    static func folderWithSessions() throws -> (folder: TemporaryFolder, id: String, empty: String, common: [String]) {
        let folder = try TemporaryFolder()
        let (id, common) = try StatusCommandTests.alex(folder)
        let review = """
            {"format": "guidance-review/1", "session": "\(id)", "month": 1, "campaigns": [{"campaign": "Dentistry Show", "outcome": "going"}]}
            """
        #expect(try GuidanceProcess.run(["review", id, "--answers", "-"] + common, input: review).code == 0)
        #expect(try GuidanceProcess.run(["calendar", id, "-o", folder.path + "/plan.ics"] + common).code == 0)
        let started = try GuidanceProcess.run(["new", "--date", "2027-05-03"] + common)
        #expect(started.code == 0, "\(started.stderr)")
        let empty = try #require(folder.sessionFiles().map { $0.replacingOccurrences(of: ".json", with: "") }.first { $0 != id })
        return (folder, id, empty, common)
    }

    @Test func listLeavesOutSessionsWithNoAnswersUnlessAll() throws {
        let (folder, id, empty, common) = try Self.folderWithSessions()
        _ = folder  // kept alive: the folder goes when it does
        let listed = try GuidanceProcess.run(["list"] + common)
        #expect(listed.code == 0)
        #expect(listed.stdout.hasPrefix("\(id)  2027-02-01  director meeting  complete, "))
        #expect(!listed.stdout.contains(empty))
        #expect(listed.stdout.hasSuffix("(1 session with no answers is not listed: guidance list --all shows it; guidance delete ID moves one to the trash.)\n"))
        let all = try GuidanceProcess.run(["list", "--all"] + common)
        #expect(all.stdout == "\(empty)  2027-05-03  director meeting  in progress, 0 of 21 answered\n"
            + listed.stdout.components(separatedBy: "\n")[0] + "\n")
    }

    @Test func deleteWithYesMovesEveryFileOfTheSessionToTheTrash() throws {
        let (folder, id, _, common) = try Self.folderWithSessions()
        let sessions = folder.path + "/sessions"
        let part = String(id.suffix(4))
        let result = try GuidanceProcess.run(["delete", part, "--yes"] + common)
        #expect(result.code == 0, "\(result.stderr)")
        let files = ["\(id).json", "\(id).review-1", "\(id).calendar-state"]
        #expect(result.stdout == "Moved session \(id) to the trash: \(files.joined(separator: ", ")) now in \(sessions)/trash. "
            + "To bring it back, move those files back into \(sessions).\n")
        let trashed = try FileManager.default.contentsOfDirectory(atPath: sessions + "/trash").sorted()
        #expect(trashed == files.sorted())
        #expect(!FileManager.default.fileExists(atPath: "\(sessions)/\(id).json"))
        // The trash is not a session: list and show no longer see it, and it can be put back.
        #expect(try GuidanceProcess.run(["show", id] + common).code == 66)
        #expect(!(try GuidanceProcess.run(["list", "--all"] + common).stdout.contains(id)))
        for name in files { try FileManager.default.copyItem(atPath: "\(sessions)/trash/\(name)", toPath: "\(sessions)/\(name)") }
        #expect(try GuidanceProcess.run(["status", id] + common).code == 0)
        // Deleted again while the trash still holds copies: those are kept.
        #expect(try GuidanceProcess.run(["delete", id, "--yes"] + common).code == 0)
        let again = try FileManager.default.contentsOfDirectory(atPath: sessions + "/trash")
        #expect(again.contains("\(id).json") && again.contains("\(id).json.2"))
    }

    @Test func withoutATerminalDeleteNeedsYes() throws {
        let (folder, id, _, common) = try Self.folderWithSessions()
        let result = try GuidanceProcess.run(["delete", id] + common, input: "y\n")
        #expect(result.code == 64)
        #expect(result.stderr.hasPrefix("guidance: guidance delete asks before it deletes, and there is no terminal to ask on: add --yes to move session \(id) to the trash.\n"))
        #expect(FileManager.default.fileExists(atPath: "\(folder.path)/sessions/\(id).json"))
    }

    @Test func aSessionOpenInAnotherShellIsNotMoved() throws {
        let (folder, id, _, common) = try Self.folderWithSessions()
        let store = SessionStore(folder: URL(fileURLWithPath: folder.path + "/sessions", isDirectory: true))
        let lock = try store.lock(id: try SessionID(validating: id))
        defer { lock.release() }
        let result = try GuidanceProcess.run(["delete", id, "--yes"] + common)
        #expect(result.code == 75)
        #expect(result.stderr.hasPrefix("guidance: Session \(id) is open in another guidance shell"))
        #expect(FileManager.default.fileExists(atPath: "\(folder.path)/sessions/\(id).json"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder.path)/sessions/trash/\(id).review-1"))
    }

    @Test func onATerminalDeleteAsksFirst() throws {
        let (folder, id, _, _) = try Self.folderWithSessions()
        for (answer, moved) in [("", false), ("n", false), ("y", true)] {
            var environment = PseudoTerminal.standardEnvironment
            environment["HOME"] = folder.path
            let tty = try PseudoTerminal(executable: try BinaryLocator.guidance(),
                                         arguments: ["delete", id, "--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts],
                                         environment: environment)
            try tty.waitFor("Session \(id): director meeting of Monday 1 February 2027, ")
            try tty.waitFor("Type y to move it, or press Enter to keep it: ")
            tty.sendLine(answer)
            try tty.waitFor(moved ? "Moved session \(id) to the trash" : "Kept session \(id); nothing was moved.")
            #expect(try tty.waitForExit() == 0)
            #expect(FileManager.default.fileExists(atPath: "\(folder.path)/sessions/\(id).json") == !moved, "answer \(answer)")
        }
    }
}
