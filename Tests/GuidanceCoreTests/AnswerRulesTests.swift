import Foundation
import Testing
@testable import GuidanceCore

/// One set of rules decides what a typed answer may hold and what a stored one may hold.
@Suite("Answer rules")
struct AnswerRulesTests {
    @Test(arguments: [
        ("Jo leaves", nil),
        ("Tab\there", nil),
        ("Jo\u{01}leaves", "it holds a control character (such as an escape or a bell); remove it"),
        ("a\u{0}b", "it holds a control character (such as an escape or a bell); remove it"),
        ("\u{1B}[2J", "it holds a control character (such as an escape or a bell); remove it"),
        ("del\u{7F}", "it holds a control character (such as an escape or a bell); remove it"),
        ("csi\u{9B}31m", "it holds a control character (such as an escape or a bell); remove it"),
        (String(repeating: "x", count: 2000), nil),
        (String(repeating: "x", count: 2001), "it is 2001 characters long; keep it to 2000"),
    ] as [(String, String?)])
    func aTextIsKeptOrRefusedWithItsReason(_ text: String, _ problem: String?) {
        #expect(AnswerRules.problem(text) == problem)
    }

    /// Over many generated lines: whatever the shell's parsers accept, the loader's check accepts too.
    @Test func whatTheParsersAcceptTheLoaderAccepts() {
        var rng = SplitMix64(state: 7)
        let alphabet: [Unicode.Scalar] = ["a", "B", " ", ",", ";", "\t", "\u{0}", "\u{1}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}",
                                          "\u{9B}", "\u{202E}", "é", "\r", "-", "1"]
        var accepted = 0
        for _ in 0..<5000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...12, using: &rng) { scalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]) }
            let line = String(scalars)
            if case .success(let text) = ScalarParser.text(line) {
                accepted += 1
                #expect(AnswerValidator.checkStored(.string(text), as: .text, options: [:]).isAccepted, "text \(Array(line.unicodeScalars))")
            }
            if case .success(let items) = ScalarParser.list(line) {
                let value = JSONValue.array(items.map(JSONValue.string))
                #expect(AnswerValidator.checkStored(value, as: .list(separators: ",;"), options: [:]).isAccepted, "list \(Array(line.unicodeScalars))")
            }
        }
        #expect(accepted > 100)
    }

    @Test func aListOrRecordsAnswerKeepsAtMostTwoHundredItems() {
        let items = (1...201).map { JSONValue.string("Goal \($0)") }
        #expect(AnswerValidator.checkStored(.array(Array(items.prefix(200))), as: .list(separators: ";"), options: [:]).isAccepted)
        #expect(AnswerValidator.checkStored(.array(items), as: .list(separators: ";"), options: [:])
            == .failure(AnswerProblem("it has 201 items; keep it to 200")))
        let typed = (1...201).map { "Goal \($0)" }.joined(separator: "; ")
        guard case .failure(let problem) = ScalarParser.list(typed, separators: ";") else { Issue.record("201 items accepted"); return }
        #expect(problem.message.hasPrefix("That is 201 items: a list keeps at most 200"))
    }

    @Test func aSessionLargerThanTheReadLimitIsNeverWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = SessionStore(folder: folder)
        let id = try SessionID(validating: "2027-02-01-big1")
        let data = Data(count: SessionStore.maximumFileSize + 1)
        #expect(throws: StoreError.tooLarge(path: store.fileURL(for: id).path, bytes: data.count, limit: SessionStore.maximumFileSize)) {
            try store.save(data, id: id)
        }
        #expect(!store.exists(id: id))
        #expect(StoreError.tooLarge(path: "/s/x.json", bytes: data.count, limit: SessionStore.maximumFileSize).description
            == "The session would be 65 MB, more than the 64 MB limit of a session file, so it was not written to /s/x.json; shorten the longest answers and try again.")
    }

    @Test func aTopicClockStopsAtItsLimitHoweverLongTheShellWasOpen() throws {
        var interview = TestScripts.interview(try TestScripts.director())
        interview.recordTime(seconds: 41 * 3600, topicID: "goals")
        #expect(interview.session.minutes["goals"] == 2400)
        interview.recordTime(seconds: 60, topicID: "goals")
        #expect(interview.session.minutes["goals"] == 2400)
        interview.recordTime(seconds: .infinity, topicID: "focus")
        #expect(interview.session.minutes["focus"] == nil)
        if case .failure(let problem) = SessionCheck.check(interview.session, script: interview.script) { Issue.record("\(problem.message)") }
    }
}

extension Result where Success == JSONValue, Failure == AnswerProblem {
    /// Whether the value was accepted.
    var isAccepted: Bool { if case .success = self { true } else { false } }
}
