import Foundation
import Testing
import GuidanceCore

/// A whole session driven by a file of lines through a pipe: no terminal, no colour, no clock.
@Suite("Piped sessions")
struct PipedSessionTests {
    static func expectedAnswers() throws -> JSONObject {
        var answers = try #require(JSONParser.parse(Fixtures.designAnswersV2)["answers"]?.objectValue)
        answers["exit_plan"] = .string("Keep current clients happy until their contracts end")
        return answers
    }

    /// The question ids in the order `Fixtures.directorLines` answers them.
    static func questionOrder() throws -> [String] {
        let script = try ScriptLoader.load(id: "director", folder: URL(fileURLWithPath: GuidanceProcess.prompts)).get()
        let answered = try expectedAnswers()
        return script.questions.map(\.question.id).filter { answered[$0] != nil }
    }

    @Test func aFileOfLinesRunsAWholeDirectorMeeting() throws {
        let folder = try TemporaryFolder()
        let input = Fixtures.directorLines.joined(separator: "\n") + "\n"
        let result = try GuidanceProcess.run(["new", "--date", "2027-02-01", "--sessions", folder.path + "/sessions",
                                              "--prompts", GuidanceProcess.prompts], input: input)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("That was the last question."))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when piped")
        let session = try folder.onlySession()
        #expect(session["status"] == .string("complete"))
        #expect(session["meeting_date"] == .string("2027-02-01"))
        let stored = try #require(session["answers"]?.objectValue)
        let expected = try Self.expectedAnswers()
        #expect(Set(stored.keys) == Set(expected.keys))
        for key in expected.keys {
            #expect(stored[key]?["value"] == expected[key], "answer \(key)")
            #expect(stored[key]?["at"]?.stringValue?.hasSuffix("Z") == true)
        }
    }

    @Test func endOfInputSavesAndResumeCarriesOn() throws {
        let folder = try TemporaryFolder()
        let sessions = folder.path + "/sessions"
        let lines = Fixtures.directorLines
        let first = try GuidanceProcess.run(["new", "--date", "2027-02-01", "--sessions", sessions, "--prompts", GuidanceProcess.prompts],
                                            input: lines[..<9].joined(separator: "\n") + "\n")
        #expect(first.code == 0)
        #expect(first.stdout.contains("Saved. To carry on later: guidance resume 2027-02-01-"))
        let partial = try folder.onlySession()
        #expect(partial["status"] == .string("in_progress"))
        #expect(partial["answers"]?["roles"] != nil)
        #expect(partial["position"]?["question"] == .string("segment_why"))
        #expect(partial["position"]?["draft"]?["Dental practices"] != nil, "a part typed before the end is kept")
        let second = try GuidanceProcess.run(["resume", "--sessions", sessions, "--prompts", GuidanceProcess.prompts],
                                             input: lines[9...].joined(separator: "\n") + "\n")
        #expect(second.code == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Welcome back"))
        let done = try folder.onlySession()
        #expect(done["status"] == .string("complete"))
        let expected = try Self.expectedAnswers()
        for key in expected.keys { #expect(done["answers"]?[key]?["value"] == expected[key], "answer \(key)") }
    }

    @Test func aRefusedLineStopsAPipedSessionAndResumeCarriesOnFromIt() throws {
        let folder = try TemporaryFolder()
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        var lines = Fixtures.directorLines
        let focus = lines.firstIndex(of: "Dental practices 50, Hospitality 10, Retail 20, Legal 20") ?? 0
        lines[focus] = "Dental practices 60, Hospitality 10, Retail 20, Legal 20"
        let first = try GuidanceProcess.run(["new", "--date", "2027-02-01"] + common, input: lines.joined(separator: "\n") + "\n")
        #expect(first.code == 65)
        #expect(first.stdout.contains("✗ The shares add up to 110%; they must total exactly 100%."))
        #expect(first.stderr.contains("guidance: stopped at line \(focus + 1) of the input, which was refused (see above)"))
        let stopped = try folder.onlySession()
        #expect(stopped["answers"]?["focus"] == nil)
        #expect(stopped["answers"]?["exit_plan"] != nil, "the answers before the refused line are saved")
        #expect(stopped["position"]?["question"] == .string("focus"))
        lines[focus] = "Dental practices 50, Hospitality 10, Retail 20, Legal 20"
        let second = try GuidanceProcess.run(["resume"] + common, input: lines[focus...].joined(separator: "\n") + "\n")
        #expect(second.code == 0, "\(second.stderr)")
        let done = try folder.onlySession()
        #expect(done["status"] == .string("complete"))
        #expect(done["answers"]?["focus"]?["value"] == (try Self.expectedAnswers())["focus"])
    }

    @Test func slashCommandsWorkThroughAPipe() throws {
        let folder = try TemporaryFolder()
        let input = ["Grow dental", "/back", "", "/skip", "/topics", "/goto focus", "/show", "/nonsense", "/plna", "/quit"].joined(separator: "\n") + "\n"
        let result = try GuidanceProcess.run(["new", "--date", "2027-02-01", "--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts], input: input)
        #expect(result.code == 0)
        #expect(result.stdout.contains("Back to the previous question"))
        #expect(result.stdout.contains("Left unanswered for now"))
        #expect(result.stdout.contains("▸ 2. Segments and growth segment"))
        #expect(result.stdout.contains("\"/nonsense\" is not a command. Type /help to see them."))
        #expect(result.stdout.contains("\"/plna\" is not a command. Did you mean /plan? Type /help to see them."))
        #expect(result.stdout.contains("Saved. To carry on later: guidance resume"))
        let session = try folder.onlySession()
        #expect(session["answers"]?["goals"]?["value"] == .array([.string("Grow dental")]))
        #expect(session["skipped"] == .array([.string("segments")]))
    }
}
