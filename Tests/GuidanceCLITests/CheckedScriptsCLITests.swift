import Foundation
import Testing

/// Through the binary: a meeting keeps a checked copy of its script in the cache folder, and an edited script is
/// what the next meeting asks, copy or not.
@Suite("Checked scripts through the binary")
struct CheckedScriptsCLITests {
    static let firstAsk = "What are the company's goals for the next three months, and why do they matter?"

    @Test func anEditedScriptIsWhatTheNextMeetingAsks() throws {
        let folder = try TemporaryFolder()
        let prompts = folder.path + "/prompts", cache = folder.path + "/cache"
        try FileManager.default.copyItem(atPath: GuidanceProcess.prompts, toPath: prompts)
        let env = ["XDG_CACHE_HOME": cache]
        let args = ["new", "--script", "director", "--sessions", folder.path + "/sessions", "--prompts", prompts]

        let first = try GuidanceProcess.run(args, environment: env)
        #expect(first.code == 0)
        #expect(first.stdout.contains(Self.firstAsk))
        let copies = try FileManager.default.contentsOfDirectory(atPath: cache + "/guidance")
        #expect(copies.count == 1 && copies[0].hasPrefix("script-") && copies[0].hasSuffix(".cache"))

        // Asked from the copy, the same words.
        let second = try GuidanceProcess.run(args, environment: env)
        #expect(second.stdout.contains(Self.firstAsk))

        let script = prompts + "/director.json"
        let text = try String(contentsOfFile: script, encoding: .utf8)
        try text.replacingOccurrences(of: Self.firstAsk, with: "What must the next quarter achieve?")
            .write(toFile: script, atomically: true, encoding: .utf8)
        let edited = try GuidanceProcess.run(args, environment: env)
        #expect(edited.stdout.contains("What must the next quarter achieve?"))
        #expect(!edited.stdout.contains(Self.firstAsk))

        // A script broken by hand is refused, copy or not.
        try "{\"id\": \"director\"".write(toFile: script, atomically: true, encoding: .utf8)
        let broken = try GuidanceProcess.run(args, environment: env)
        #expect(broken.code != 0)
        #expect(broken.stderr.contains("has problems"))
    }

    @Test func noCopyIsKeptWhenTheyAreTurnedOff() throws {
        let folder = try TemporaryFolder()
        let cache = folder.path + "/cache"
        let run = try GuidanceProcess.run(["new", "--script", "director", "--sessions", folder.path + "/sessions",
                                           "--prompts", GuidanceProcess.prompts],
                                          environment: ["XDG_CACHE_HOME": cache, "GUIDANCE_NO_SCRIPT_CACHE": "1"])
        #expect(run.code == 0)
        #expect(!FileManager.default.fileExists(atPath: cache))
    }
}
