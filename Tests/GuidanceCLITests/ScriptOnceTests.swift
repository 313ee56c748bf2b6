import Foundation
import Testing
import GuidanceCore

/// A question script is read and checked once per run and kept: `plan` still refuses what the checks refuse.
@Suite("Scripts read once per run")
struct ScriptOnceTests {
    /// A copy of the prompts folder in `folder`, with `director.json` changed by `edit`.
    func prompts(in folder: TemporaryFolder, edit: (String) -> String) throws -> String {
        let source = URL(fileURLWithPath: GuidanceProcess.prompts)
        let target = URL(fileURLWithPath: folder.path).appendingPathComponent("prompts")
        try FileManager.default.copyItem(at: source, to: target)
        let director = target.appendingPathComponent("director.json")
        try edit(String(contentsOf: director, encoding: .utf8)).write(to: director, atomically: true, encoding: .utf8)
        return target.path
    }

    /// The DESIGN.md example stored with the real prompts; its id.
    func stored(_ folder: TemporaryFolder) throws -> String {
        let file = try folder.write("answers.json", Fixtures.designAnswers)
        let result = try GuidanceProcess.run(["new", "--answers", file, "--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts])
        #expect(result.code == 0, "\(result.stderr)")
        return try #require(folder.sessionFiles().first).replacingOccurrences(of: ".json", with: "")
    }

    @Test func planAndExportStillRefuseAScriptWithProblems() throws {
        let folder = try TemporaryFolder()
        let id = try stored(folder)
        // the first question's id made one that another question has: a problem only the reference checks find
        let broken = try prompts(in: folder) { $0.replacingOccurrences(of: "\"id\": \"segments\"", with: "\"id\": \"goals\"") }
        for command in [["plan", id], ["plan", id, "--format", "csv"], ["export", id, "--all", "-o", folder.path + "/out"]] {
            let result = try GuidanceProcess.run(command + ["--sessions", folder.path + "/sessions", "--prompts", broken])
            #expect(result.code == 65, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("The question script \(broken)/director.json has problems; run guidance check to see them all."),
                    "\(command): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func aSessionThatNoLongerFitsItsScriptIsStillRefused() throws {
        let folder = try TemporaryFolder()
        let id = try stored(folder)
        // "grow" no longer a role the script allows: the stored roles answer does not fit
        let changed = try prompts(in: folder) { $0.replacingOccurrences(of: "\"grow\"", with: "\"expand\"") }
        let result = try GuidanceProcess.run(["plan", id, "--sessions", folder.path + "/sessions", "--prompts", changed])
        #expect(result.code == 65, "\(result.stderr)")
        #expect(result.stderr.contains("sessions/\(id).json"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func theDirectorScriptReadOnceStillGivesTheAgenda() throws {
        let folder = try TemporaryFolder()
        let id = try stored(folder)
        // the session's script and the agenda's are the same file, read once: a changed topic title shows in the agenda
        let renamed = try prompts(in: folder) { $0.replacingOccurrences(of: "\"Strategic why\"", with: "\"The strategic why\"") }
        let result = try GuidanceProcess.run(["plan", id, "--format", "json", "--sessions", folder.path + "/sessions", "--prompts", renamed])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Agenda:\\n- The strategic why (3 min)\\n- Segments and growth segment (6 min)"), "\(result.stdout.suffix(3000))")
    }
}
