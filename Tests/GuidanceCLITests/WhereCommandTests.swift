import Foundation
import Testing
import GuidanceCore

/// `guidance where` and the folders the built binary uses: its checkout's when built there, the XDG folders when
/// installed (a copy of the binary in a PREFIX/bin beside PREFIX/share/guidance/prompts), and the overrides.
@Suite("Where things live")
struct WhereCommandTests {
    static let root = GuidanceProcess.packageRoot.standardizedFileURL.path
    static let history = "History:  /h/.local/state/guidance/history (the shell's line history; set XDG_STATE_HOME to move it)"

    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var arguments: [String] = []
        var environment: [String: String] = [:]
        var lines: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "built in the checkout: its own sessions and prompts", lines: [
            "Sessions: \(root)/sessions (the checkout's own, as this guidance was built in \(root); set GUIDANCE_SESSIONS or --sessions to change it)",
            "Prompts:  \(root)/prompts (the checkout's own, as this guidance was built in \(root); set GUIDANCE_PROMPTS or --prompts to change it)",
            history,
        ]),
        Case(name: "GUIDANCE_SESSIONS and GUIDANCE_PROMPTS",
             environment: ["GUIDANCE_SESSIONS": "/nowhere/s", "GUIDANCE_PROMPTS": "/nowhere/p"], lines: [
            "Sessions: /nowhere/s (from GUIDANCE_SESSIONS; without it guidance uses \(root)/sessions); it is made when the first session is stored",
            "Prompts:  /nowhere/p (from GUIDANCE_PROMPTS); there are no question scripts there, so give --prompts DIR",
            history,
        ]),
        Case(name: "--sessions and --prompts win", arguments: ["--sessions", "/nowhere/flag", "--prompts", "/nowhere/p2"],
             environment: ["GUIDANCE_SESSIONS": "/nowhere/s"], lines: [
            "Sessions: /nowhere/flag (given with --sessions); it is made when the first session is stored",
            "Prompts:  /nowhere/p2 (given with --prompts); there are no question scripts there, so give --prompts DIR",
            history,
        ]),
    ]

    @Test(arguments: cases)
    func whereNamesEachFolderAndWhy(_ c: Case) throws {
        var environment = c.environment
        environment["HOME"] = "/h"
        environment["XDG_STATE_HOME"] = ""
        let result = try GuidanceProcess.run(["where"] + c.arguments, environment: environment)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.split(separator: "\n").map(String.init) == c.lines)
    }

    @Test func theHelpNamesWhere() throws {
        let own = try GuidanceProcess.run(["where", "--help"])
        #expect(own.code == 0)
        #expect(own.stdout.hasPrefix("usage: guidance where\n\nPrints the folders guidance uses and why"))
        let overview = try GuidanceProcess.run(["--help"])
        #expect(overview.stdout.contains("  guidance where                the folders in use (sessions, prompts, line history) and why\n"))
        let extra = try GuidanceProcess.run(["where", "now"])
        #expect(extra.code == 64)
        #expect(extra.stderr.hasPrefix("guidance: \"now\" is one word too many for guidance where.\nusage: guidance where\n"))
    }

    /// A copy of the built binary in PREFIX/bin with the prompts in PREFIX/share/guidance/prompts, as `make install` lays it out.
    static func installedCopy(in folder: TemporaryFolder) throws -> URL {
        let bin = folder.url.appendingPathComponent("prefix/bin")
        let prompts = folder.url.appendingPathComponent("prefix/share/guidance")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: prompts, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("guidance")
        try FileManager.default.copyItem(at: BinaryLocator.guidance(), to: copy)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: GuidanceProcess.prompts), to: prompts.appendingPathComponent("prompts"))
        return copy
    }

    @Test func anInstalledGuidanceKeepsSessionsInTheUsersDataFolderFromAnyFolder() throws {
        let folder = try TemporaryFolder()
        let copy = try Self.installedCopy(in: folder)
        let home = folder.path + "/home"
        let environment = ["HOME": home, "XDG_DATA_HOME": "", "XDG_CONFIG_HOME": "", "XDG_STATE_HOME": ""]
        let place = try GuidanceProcess.run(["where"], environment: environment, executable: copy, in: "/")
        #expect(place.stdout.split(separator: "\n").map(String.init) == [
            "Sessions: \(home)/.local/share/guidance/sessions (the default for an installed guidance; set GUIDANCE_SESSIONS or --sessions to change it); it is made when the first session is stored",
            "Prompts:  \(folder.path)/prefix/share/guidance/prompts (installed with guidance; copy them to \(home)/.config/guidance/prompts to edit your own)",
            "History:  \(home)/.local/state/guidance/history (the shell's line history; set XDG_STATE_HOME to move it)",
        ])
        let answers = try folder.write("answers.json", Fixtures.designAnswers)
        let stored = try GuidanceProcess.run(["new", "--answers", answers], environment: environment, executable: copy, in: "/")
        #expect(stored.code == 0, "\(stored.stderr)")
        #expect(stored.stderr.isEmpty)
        #expect(folder.sessionFiles("home/.local/share/guidance/sessions").count == 1)
        let listed = try GuidanceProcess.run(["list"], environment: environment, executable: copy, in: folder.path)
        #expect(listed.stdout.contains("  2027-02-01  director meeting  "), "\(listed.stdout)")
        // The user's own prompts, once that folder exists, come before the installed ones.
        try FileManager.default.createDirectory(atPath: home + "/.config/guidance/prompts", withIntermediateDirectories: true)
        let own = try GuidanceProcess.run(["where"], environment: environment, executable: copy)
        #expect(own.stdout.contains("Prompts:  \(home)/.config/guidance/prompts (your own, used before the ones installed with guidance; set GUIDANCE_PROMPTS or --prompts to change it); there are no question scripts there, so give --prompts DIR"), "\(own.stdout)")
    }

    @Test func aMeetingInAnEmptyFolderSaysWhereTheEarlierSessionsAre() throws {
        let folder = try TemporaryFolder()
        let answers = try folder.write("answers.json", Fixtures.designAnswers)
        let data = folder.path + "/data"
        let environment = ["XDG_DATA_HOME": data]
        let prompts = ["--prompts", GuidanceProcess.prompts]
        let first = try GuidanceProcess.run(["new", "--answers", answers, "--sessions", data + "/guidance/sessions"] + prompts, environment: environment)
        #expect(first.code == 0, "\(first.stderr)")
        #expect(first.stderr.isEmpty, "the folder of earlier sessions itself is in use: nothing to say")
        let elsewhere = try GuidanceProcess.run(["new", "--answers", answers, "--sessions", folder.path + "/other"] + prompts, environment: environment)
        #expect(elsewhere.code == 0, "\(elsewhere.stderr)")
        #expect(elsewhere.stderr == "guidance: no sessions yet in \(folder.path)/other; your earlier sessions are in \(data)/guidance/sessions (use --sessions to choose)\n")
        #expect(folder.sessionFiles("other").count == 1, "it carries on")
        let again = try GuidanceProcess.run(["new", "--answers", answers, "--sessions", folder.path + "/other"] + prompts, environment: environment)
        #expect(again.stderr.isEmpty, "once the folder has a session, nothing to say")
        let piped = try GuidanceProcess.run(["--sessions", folder.path + "/third"] + prompts, input: "", environment: environment)
        #expect(piped.stderr.hasPrefix("guidance: no sessions yet in \(folder.path)/third; your earlier sessions are in"), "\(piped.stderr)")
    }
}
