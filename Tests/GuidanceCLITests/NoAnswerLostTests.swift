import Foundation
import Testing
import GuidanceCore

/// Issue 7: a session the shell saved always loads, resumes and plans, and no acknowledged answer is thrown away.
@Suite("No answer lost, no session locked out")
struct NoAnswerLostTests {
    /// The director lines up to and including the sales topic (the wrap-up's actions are not answered yet).
    static let throughSales = Array(Fixtures.directorLines.prefix(while: { $0 != "Send the plan draft" }))

    static func run(_ arguments: [String], in folder: TemporaryFolder, input: String = "") throws -> GuidanceProcess.Result {
        try GuidanceProcess.run(arguments + ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts], input: input)
    }

    /// The id of the only session in the folder.
    static func onlyID(_ folder: TemporaryFolder) throws -> String {
        try #require(try folder.onlySession()["id"]?.stringValue)
    }

    @Test(arguments: [
        ("a segment added", "Dental practices, Hospitality, Retail, Legal, Schools"),
        ("a segment removed", "Dental practices, Hospitality, Retail"),
        ("segments renamed", "Dentists, Hotels, Shops"),
    ])
    func editingTheSegmentsLeavesASessionThatLoadsResumesAndPlans(_ change: String, _ segments: String) throws {
        let folder = try TemporaryFolder()
        let lines = Self.throughSales + ["/edit segments", segments, "/quit"]
        let saved = try Self.run(["new", "--date", "2027-02-01"], in: folder, input: lines.joined(separator: "\n") + "\n")
        #expect(saved.code == 0, "\(change): \(saved.stderr)")
        let id = try Self.onlyID(folder)
        let stored = try folder.onlySession()
        #expect(stored["answers"]?["roles"]?["recheck"] == .bool(true), "\(change): roles is kept and marked for re-check")
        for command in [["show", id], ["plan", id], ["plan", id, "--format", "csv"], ["calendar", id], ["agenda", "--from", id]] {
            let result = try Self.run(command, in: folder)
            #expect(result.code == 0, "\(change): guidance \(command.joined(separator: " ")): \(result.stderr)")
        }
        let resumed = try Self.run(["resume", id], in: folder, input: "/quit\n")
        #expect(resumed.code == 0, "\(change): \(resumed.stderr)")
        #expect(resumed.stdout.contains("Which segment is the growth segment"), "\(change): resume asks the questions to check")
    }

    @Test func aControlCharacterInARecordFieldIsRefusedAndTheRecordsAddedAreKept() throws {
        let folder = try TemporaryFolder()
        let upToFundamentals = Array(Fixtures.directorLines.prefix(while: { $0 != "Website update" }))
        let lines = upToFundamentals + ["Website update", "6000", "3", "yes", "Brochure\u{01}reprint", "1500", "2", "no", ""]
        let first = try Self.run(["new", "--date", "2027-02-01"], in: folder, input: lines.joined(separator: "\n") + "\n")
        #expect(first.code == 65, "the piped input stops at the refused line")
        #expect(first.stdout.contains("+ Added fundamentals item 1: Website update"))
        #expect(first.stdout.contains("✗ The answer holds a control character (such as an escape, a bell or a NUL byte), which cannot be kept: type it again without it."))
        let id = try Self.onlyID(folder)
        #expect(try folder.onlySession()["position"]?["draft"]?["records"]?.arrayValue?.first?["item"] == .string("Website update"), "record 1 is kept in the draft")
        // Leaving the question keeps what was added; the session loads.
        let skipped = try Self.run(["resume", id], in: folder, input: "/skip\n/quit\n")
        #expect(skipped.code == 0, "\(skipped.stderr)")
        #expect(skipped.stdout.contains("Kept the fundamentals item added so far."))
        let shown = try Self.run(["show", id], in: folder)
        #expect(shown.code == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Website update"))
    }

    @Test func aTopicClockOutOfRangeNeverLocksTheSessionOut() throws {
        let folder = try TemporaryFolder()
        let answers = try folder.write("answers.json", Fixtures.designAnswers)
        #expect(try Self.run(["new", "--answers", answers], in: folder).code == 0)
        let id = try Self.onlyID(folder)
        let path = folder.path + "/sessions/\(id).json"
        var json = try #require(try folder.onlySession().objectValue)
        json["minutes"] = .object(JSONObject([("goals", .number(2520)), ("segments", .number(-3)), ("focus", .number(Decimal(string: "1e30") ?? 0))]))
        try Data(JSONWriter.write(.object(json)).utf8).write(to: URL(fileURLWithPath: path))
        let shown = try Self.run(["show", id], in: folder)
        #expect(shown.code == 0, "a session is never refused for its clock: \(shown.stderr)")
        let resumed = try Self.run(["resume", id], in: folder, input: "/quit\n")
        #expect(resumed.code == 0, "\(resumed.stderr)")
        let minutes = try #require(try folder.onlySession()["minutes"]?.objectValue)
        #expect(minutes["goals"] == .number(2400))
        #expect(minutes["segments"] == .number(0))
        #expect(minutes["focus"] == .number(2400))
    }

    @Test func aListOverTheLimitIsRefusedBeforeItIsStored() throws {
        let folder = try TemporaryFolder()
        var file = try #require(try JSONParser.parse(Fixtures.designAnswers).objectValue)
        var answers = try #require(file["answers"]?.objectValue)
        answers["goals"] = .array((1...201).map { .string("Goal \($0)") })
        file["answers"] = .object(answers)
        let path = try folder.write("answers.json", JSONWriter.write(.object(file)))
        let result = try Self.run(["new", "--answers", path], in: folder)
        #expect(result.code == 65)
        #expect(result.stderr.contains("it has 201 items; keep it to 200"), "\(result.stderr)")
        #expect(folder.sessionFiles().isEmpty, "nothing was stored")
        let typed = (1...201).map { "Goal \($0)" }.joined(separator: "; ")
        let piped = try Self.run(["new", "--date", "2027-02-01"], in: folder, input: typed + "\n")
        #expect(piped.code == 65)
        #expect(piped.stdout.contains("✗ That is 201 items: a list keeps at most 200"), "\(piped.stdout)")
    }

    @Test(arguments: ["/goto 1", "/next", "/skip", "/edit goals"])
    func partsAcknowledgedBeforeLeavingAQuestionAreKept(_ leave: String) throws {
        let folder = try TemporaryFolder()
        let input = ["Grow", "A; B; C", "B", "grow", "maintain", leave, "/quit"].joined(separator: "\n") + "\n"
        let result = try Self.run(["new", "--date", "2027-02-01"], in: folder, input: input)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Kept the answers typed for A and B; the rest is still to give, so /edit roles comes back to it."), "\(leave)")
        let roles = try folder.onlySession()["answers"]?["roles"]
        #expect(roles?["value"] == .object(JSONObject([("A", .string("grow")), ("B", .string("maintain"))])), "\(leave)")
        #expect(try Self.run(["show", try Self.onlyID(folder)], in: folder).code == 0)
    }

    @Test(arguments: [["--force"], []])
    func anExportNeverReplacesGuidancesOwnFiles(_ force: [String]) throws {
        let folder = try TemporaryFolder()
        let answers = try folder.write("answers.json", Fixtures.designAnswers)
        #expect(try Self.run(["new", "--answers", answers], in: folder).code == 0)
        let id = try Self.onlyID(folder)
        // A lock file's name names no format, so that export says which (-o takes the format from the name).
        for (name, format) in [("\(id).json", [String]()), ("\(id).lock", ["--format", "md"]), ("plan.md", [])] {
            let target = folder.path + "/sessions/" + name
            let result = try Self.run(["plan", id, "-o", target] + format + force, in: folder)
            #expect(result.code == 73, "\(name)")
            #expect(result.stderr.contains("\(target) is in the sessions folder, which holds guidance's own files; write the export to another folder."))
        }
        #expect(try Self.run(["show", id], in: folder).code == 0, "the session file is untouched")
    }
}
