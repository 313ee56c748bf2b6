import Foundation
import Testing
import GuidanceCore

/// Text from people and files never reaches the terminal raw: escapes, bells, C1 controls and bidirectional overrides.
@Suite("Terminal escapes")
struct TerminalEscapeTests {
    /// Control characters that would act on a terminal: C0 (bar line feed, tab and CR before LF), DEL, C1, bidi controls.
    static func raw(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.compactMap { i in
            let s = scalars[i]
            if s == "\n" || s == "\t" || (s == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n") { return nil }
            let bad = s.value < 0x20 || (0x7F...0x9F).contains(s.value) || TerminalSafe.isBidiControl(s)
            return bad ? TerminalSafe.name(s) : nil
        }
    }

    func expectInert(_ result: GuidanceProcess.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Self.raw(result.stdout).isEmpty, "stdout: \(Self.raw(result.stdout))", sourceLocation: sourceLocation)
        #expect(Self.raw(result.stderr).isEmpty, "stderr: \(Self.raw(result.stderr))", sourceLocation: sourceLocation)
    }

    func answers(_ json: String) -> String {
        #"{"format": "guidance-answers/1", "script": "director", "meeting_date": "2027-02-01", "answers": {\#(json)}}"#
    }

    /// Hostile values in answers that name segments, in a file without a segments answer: all refused.
    static let hostile: [(json: String, shown: String)] = [
        (#""growth_segment": "A\u001b[2JB""#, #""growth_segment" = "A\u001b[2JB" is refused: it holds a control character (such as an escape or a bell); remove it."#),
        (#""focus": {"X\u0007": 100}"#, #""focus" = {"X\u0007":100} is refused: it holds a control character (such as an escape or a bell); remove it."#),
        (#""roles": {"X\u001b]52;c;aGk=\u0007": "grow"}"#, #""roles" = {"X\u001b]52;c;aGk=\u0007":"grow"} is refused: it holds a control character (such as an escape or a bell); remove it."#),
        (#""segment_why": {"Y\u009b": "why"}"#, #""segment_why" = {"Y<U+009B>":"why"} is refused: it holds a control character (such as an escape or a bell); remove it."#),
        (#""sales_needs": [{"stage": "consideration", "material": "Pack", "segment": "S\u001b[2J"}]"#,
         #""sales_needs" = [{"stage":"consideration","material":"Pack","segment":"S\u001b[2J"}] is refused: in record 1, "segment": it holds a control character (such as an escape or a bell); remove it."#),
        (#""market_changes": [{"change": "c", "segments": ["S\u0007"], "kind": "threat", "response": "r"}]"#,
         #""market_changes" = [{"change":"c","segments":["S\u0007"],"kind":"threat","response":"r"}] is refused: in record 1, "segments": it holds a control character (such as an escape or a bell); remove it."#),
        (#""growth_segment": "\#(String(repeating: "x", count: 100_000))""#,
         #""growth_segment" = "\#(String(repeating: "x", count: 116))... is refused: it is 100000 characters long; keep it to 2000."#),
    ]

    @Test(arguments: hostile.indices)
    func segmentAnswersWithoutASegmentListAreStillHeldToTheTextRules(index: Int) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("answers.json", answers(Self.hostile[index].json))
        let result = try GuidanceProcess.run(["new", "--answers", file, "--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts])
        #expect(result.code == 65)
        #expect(result.stderr == "guidance: \(file): \(Self.hostile[index].shown) Nothing was stored.\n")
        #expect(folder.sessionFiles().isEmpty)
        expectInert(result)
    }

    @Test func showTheEchoAndWarningsShowControlsVisibly() throws {
        let folder = try TemporaryFolder()
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let file = try folder.write("answers.json", answers(#""goals": ["Grow \u202eevil\u202c here"], "mo\u001b[2Jod\u009b": 1"#))
        let stored = try GuidanceProcess.run(["new", "--answers", file] + common)
        #expect(stored.code == 0, "\(stored.stderr)")
        #expect(stored.stderr == "guidance: \(file): Ignored \"mo^[[2Jod<U+009B>\": the director script does not ask it.\n")
        expectInert(stored)
        let id = String(try #require(folder.sessionFiles().first).dropLast(5))

        let show = try GuidanceProcess.run(["show", id] + common)
        #expect(show.code == 0)
        #expect(show.stdout.contains("   goals: Grow <U+202E>evil<U+202C> here\n"))
        expectInert(show)

        let typed = "Dental \u{1B}[2J\u{1B}]52;c;aGk=\u{07} \u{9B}31m \u{202E}x\n/show\n"
        let shell = try GuidanceProcess.run(["resume", id] + common, input: typed)
        #expect(shell.code == 65)
        #expect(shell.stdout.contains(" > Dental ^[[2J^[]52;c;aGk=^G <U+009B>31m <U+202E>x\n"))
        #expect(shell.stdout.contains("holds a control character"))
        expectInert(shell)

        let slash = try GuidanceProcess.run(["resume", id] + common, input: "/show\n")
        #expect(slash.stdout.contains("   goals: Grow <U+202E>evil<U+202C> here\n"))
        expectInert(slash)
    }

    @Test func exportsKeepBidiControlsAndFlagThem() throws {
        let folder = try TemporaryFolder()
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let file = try folder.write("answers.json", answers(#""goals": ["Grow \u202eevil\u202c here"]"#))
        #expect(try GuidanceProcess.run(["new", "--answers", file] + common).code == 0)
        let id = String(try #require(folder.sessionFiles().first).dropLast(5))
        let warning = "guidance: warning: the plan of session \(id) has bidirectional control characters in it (U+202C, U+202E), which can make a line read in another order than it is stored; they are kept as typed, so check the answers that hold them (guidance show marks them as <U+202E> and the like).\n"

        let path = folder.path + "/plan.md"
        let written = try GuidanceProcess.run(["plan", id, "--format", "md", "-o", path] + common)
        #expect(written.code == 0)
        #expect(written.stderr == warning + "Wrote the plan of session \(id) to \(path).\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Grow \u{202E}evil\u{202C} here"))

        let piped = try GuidanceProcess.run(["plan", id, "--format", "md"] + common)
        #expect(piped.stderr == warning)
        #expect(piped.stdout == (try String(contentsOfFile: path, encoding: .utf8)), "into a pipe, an export is its bytes")

        let all = try GuidanceProcess.run(["export", id, "--all", "-o", folder.path + "/out"] + common)
        #expect(all.code == 0)
        #expect(all.stderr.hasPrefix("guidance: warning: the export of session \(id) has bidirectional control characters in it (U+202C, U+202E)"))
        expectInert(all)
    }

    @Test func inAColourTerminalOnlyOurOwnColourCodesPass() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("answers.json", answers(#""goals": ["Grow \u202eevil"], "mo\u001b[2Jod\u001b]52;c;aGk=\u0007": 1"#))
        var environment = PseudoTerminal.standardEnvironment
        environment["HOME"] = folder.path
        let tty = try PseudoTerminal(executable: try BinaryLocator.guidance(), arguments: ["new", "--answers", file, "--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts], environment: environment)
        try tty.waitFor("2/9 Segments and growth segment [")
        tty.sendLine("/show")
        try tty.waitFor("goals: Grow <U+202E>evil")
        tty.sendLine("/quit")
        #expect(try tty.waitForExit() == 0)
        #expect(tty.output.contains("Ignored \"mo^[[2Jod^[]52;c;aGk=^G\""))
        #expect(tty.output.contains("\u{1B}[1m"), "colour is on")
        #expect(!tty.output.contains("\u{1B}[2J") && !tty.output.contains("\u{1B}]52") && !tty.output.contains("\u{07}") && !tty.output.contains("\u{202E}"))
    }
}
