import Foundation
import Testing

/// Piped lines above the line limit are refused at once, with the limit named, and stop the shell like any refused line.
@Suite("Line limit")
struct LineLimitTests {
    static let refusal = "  ✗ The line is longer than 65536 bytes, the most guidance reads as one line (an answer holds at most 2000 characters); it was not read.\n"

    func run(_ input: String, in folder: TemporaryFolder) throws -> GuidanceProcess.Result {
        try GuidanceProcess.run(["new", "--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts], input: input)
    }

    @Test(arguments: [65_537, 20_000_000])
    func aLineOverTheLimitIsRefusedAndStopsTheShell(length: Int) throws {
        let folder = try TemporaryFolder()
        let result = try run("Grow the dental segment\n" + String(repeating: "x", count: length) + "\nDental practices, Retail\n", in: folder)
        #expect(result.code == 65)
        #expect(result.stdout.contains("2/9 Segments and growth segment > \n" + Self.refusal))
        #expect(!result.stdout.contains("xxxx"))
        #expect(result.stderr.hasPrefix("guidance: stopped at line 2 of the input, which was refused (see above)"))
        let session = try folder.onlySession()
        #expect(session["answers"]?["goals"]?["value"] == .array([.string("Grow the dental segment")]))
        #expect(session["answers"]?["segments"] == nil)
    }

    @Test func aLineAtTheLimitIsReadAndJudgedAsAnAnswer() throws {
        let folder = try TemporaryFolder()
        let line = String(repeating: "x", count: 65_535) + "\r"
        let result = try run("Grow\n" + line + "\n", in: folder)
        #expect(result.code == 65)
        #expect(!result.stdout.contains(Self.refusal))
        #expect(result.stdout.contains("The answer is 65535 characters long"))
    }

    @Test func aLongLastLineWithoutALineEndIsRefusedToo() throws {
        let folder = try TemporaryFolder()
        let result = try run("Grow\n" + String(repeating: "é", count: 40_000), in: folder)
        #expect(result.code == 65)
        #expect(result.stdout.contains(Self.refusal))
    }
}
