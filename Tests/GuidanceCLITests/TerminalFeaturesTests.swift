import Foundation
import Testing
import GuidanceCore

/// Terminal-only behaviour: colour, history, the resume offer, answers files in a terminal, the meeting clock.
@Suite("Terminal features")
struct TerminalFeaturesTests {
    func start(_ arguments: [String], folder: TemporaryFolder, extra: [String: String] = [:]) throws -> PseudoTerminal {
        var environment = PseudoTerminal.standardEnvironment
        environment["HOME"] = folder.path
        environment["TZ"] = "UTC"
        for (key, value) in extra { environment[key] = value }
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        return try PseudoTerminal(executable: try BinaryLocator.guidance(), arguments: arguments + common, environment: environment)
    }

    static let green = "\u{1B}[32m"

    @Test func colourOnlyWhenAllowed() throws {
        for (environment, flags, coloured) in [([String: String](), [String](), true), (["NO_COLOR": "1"], [], false), ([:], ["--no-color"], false)] {
            let folder = try TemporaryFolder()
            let tty = try start(["new", "--date", "2027-02-01"] + flags, folder: folder, extra: environment)
            try tty.waitFor("1/9 Strategic why")
            tty.sendLine("Grow")
            try tty.waitFor("2/9 Segments and growth segment [")
            tty.sendControl("d")
            #expect(try tty.waitForExit() == 0)
            #expect(tty.output.contains(Self.green) == coloured, "environment \(environment), flags \(flags)")
        }
    }

    @Test func historyIsKeptAcrossRuns() throws {
        let folder = try TemporaryFolder()
        let first = try start(["new", "--date", "2027-02-01"], folder: folder)
        try first.waitFor("1/9 Strategic why")
        first.sendLine("Win ten dental practices")
        try first.waitFor("2/9 Segments and growth segment [")
        first.sendControl("d")
        #expect(try first.waitForExit() == 0)
        let second = try start(["new", "--date", "2027-02-02"], folder: folder)
        try second.waitFor("1/9 Strategic why")
        second.send("\u{1B}[A")  // Up arrow
        second.sendLine("")
        try second.waitFor("✓ Win ten dental practices")
        try second.waitFor("2/9 Segments and growth segment [")
        second.sendControl("d")
        #expect(try second.waitForExit() == 0)
    }

    @Test func ctrlDTypedAheadBeforeTheShellStartsDoesNotBreakTheNextCtrlD() throws {
        let folder = try TemporaryFolder()
        var environment = PseudoTerminal.standardEnvironment
        environment["HOME"] = folder.path
        let binary = try BinaryLocator.guidance().path
        let command = "sleep 1; exec '\(binary)' new --date 2027-02-01 --sessions '\(folder.path)/sessions' --prompts '\(GuidanceProcess.prompts)'"
        let tty = try PseudoTerminal(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", command], environment: environment)
        tty.send("Grow\r\u{04}")  // typed while the terminal is still in line mode
        try tty.waitFor("2/9 Segments and growth segment [")
        tty.sendControl("d")
        try tty.waitFor("Saved. To carry on later")
        #expect(try tty.waitForExit() == 0)
        #expect(try folder.onlySession()["answers"]?["goals"]?["value"] == .array([.string("Grow")]))
    }

    @Test func guidanceAloneOffersToResumeAnUnfinishedSession() throws {
        let folder = try TemporaryFolder()
        let first = try start(["new", "--date", "2027-02-01"], folder: folder)
        try first.waitFor("1/9 Strategic why")
        first.sendLine("Grow dental")
        try first.waitFor("2/9 Segments and growth segment [")
        first.sendControl("d")
        #expect(try first.waitForExit() == 0)
        let again = try start([], folder: folder)
        try again.waitFor("You have an unfinished session 2027-02-01-")
        try again.waitFor("Resume it? [Y/n]")
        again.sendLine("Dental practices")
        try again.waitFor("Type y to carry on with that session, or n to start a new director meeting.")
        try again.waitFor("Resume it? [Y/n]", count: 2)
        again.sendLine("")
        try again.waitFor("Welcome back: 1 answer so far")
        try again.waitFor("2/9 Segments and growth segment [")
        again.sendLine("/quit")
        #expect(try again.waitForExit() == 0)
    }

    @Test func anAnswersFileInATerminalContinuesAtTheFirstUnansweredQuestion() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("answers.json", Fixtures.designAnswersV2)
        let tty = try start(["new", "--answers", file], folder: folder)
        try tty.waitFor("22 answers came from")
        try tty.waitFor("at the first question still to answer.")
        try tty.waitFor("How should marketing treat those customers while we wind down?")
        tty.sendLine("Look after them until contracts end")
        try tty.waitFor("That was the last question.")
        try tty.waitFor("press Enter to finish.")
        tty.sendLine("")
        #expect(try tty.waitForExit() == 0)
        let session = try folder.onlySession()
        #expect(session["status"] == .string("complete"))
        #expect(session["answers"]?["exit_plan"]?["value"] == .string("Look after them until contracts end"))
    }

    @Test func theClockGivesAGentleNoticeWhenATopicAndTheMeetingOverrun() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("answers.json", "{\"format\": \"guidance-answers/1\", \"script\": \"director\", \"meeting_date\": \"2027-02-01\", \"answers\": {\"goals\": [\"Grow\"]}}")
        let stored = try GuidanceProcess.run(["new", "--answers", file, "--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts])
        #expect(stored.code == 0)
        let name = try #require(folder.sessionFiles().first)
        let path = folder.path + "/sessions/" + name
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let minutes = "\"minutes\": {\"segments\": 7, \"why\": 25}"
        try Data(text.replacingOccurrences(of: "\"minutes\": {}", with: minutes).utf8).write(to: URL(fileURLWithPath: path))
        let tty = try start(["resume"], folder: folder)
        try tty.waitFor("2/9 Segments and growth segment [7:")
        tty.sendLine("Dental practices, Retail")
        try tty.waitFor("Segments and growth segment has used its 6 minutes. /next moves on to the next topic")
        try tty.waitFor("The meeting has reached 30 minutes.")
        tty.sendLine("/time")
        try tty.waitFor("Strategic why: 25:00 of 3:00  over")
        tty.sendLine("/quit")
        #expect(try tty.waitForExit() == 0)
    }

    /// A director session in a terminal with `XDG_STATE_HOME` at `state`: answers "Grow", then Ctrl-D.
    func answerGrowAndLeave(folder: TemporaryFolder, state: String) throws -> PseudoTerminal {
        let tty = try start(["new", "--date", "2027-02-01"], folder: folder, extra: ["XDG_STATE_HOME": state])
        try tty.waitFor("1/9 Strategic why")
        tty.sendLine("Grow")
        try tty.waitFor("2/9 Segments and growth segment [")
        tty.sendControl("d")
        #expect(try tty.waitForExit() == 0)
        return tty
    }

    @Test func aHistoryPathThatIsALinkIsNeitherFollowedNorChanged() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("notes.txt", "my own notes\n")
        #expect(chmod(target, 0o644) == 0)
        let history = folder.path + "/state/guidance/history"
        try FileManager.default.createDirectory(atPath: folder.path + "/state/guidance", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: history, withDestinationPath: target)
        let tty = try answerGrowAndLeave(folder: folder, state: folder.path + "/state")
        let message = "guidance: the line history \(history) is a link, which guidance does not follow or replace; this session keeps no history. Remove it (guidance then starts a new one) to keep history again."
        #expect(tty.output.components(separatedBy: message).count == 2, "said once: \(tty.output)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "my own notes\n")
        let mode = try #require(FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber)
        #expect(mode.intValue & 0o777 == 0o644)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: history) == target)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/state/guidance") == ["history"])
        #expect(try folder.onlySession()["answers"]?["goals"]?["value"] == .array([.string("Grow")]))
    }

    @Test func historyIsWrittenBesideAndRenamedWithMode0600() throws {
        let folder = try TemporaryFolder()
        let history = try folder.write("state/guidance/history", "")
        #expect(chmod(history, 0o644) == 0)
        _ = try answerGrowAndLeave(folder: folder, state: folder.path + "/state")
        #expect(try String(contentsOfFile: history, encoding: .utf8).contains("\nGrow\n"))
        let mode = try #require(FileManager.default.attributesOfItem(atPath: history)[.posixPermissions] as? NSNumber)
        #expect(mode.intValue & 0o777 == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/state/guidance") == ["history"])
    }
}
