import Testing
@testable import GuidanceCore

/// A problem's place in a script, written out only when a problem is reported, reads as the script's parts do.
@Suite("Script places")
struct ScriptPlaceTests {
    @Test(arguments: [
        (ScriptPlace.text(""), ""),
        (.topic(3, id: nil), "topic 3"),
        (.topic(3, id: nil).named("budget"), "topic 3 (budget)"),
        (.question(.topic(1, id: "why"), 2, id: nil), "topic 1 (why), question 2"),
        (.question(.topic(1, id: "why"), 2, id: nil).named("goals"), "topic 1 (why), question goals"),
        (.field(.question(.topic(2, id: "t"), 1, id: "plans"), 4, id: nil), "topic 2 (t), question plans, field 4"),
        (.field(.item(.question(.topic(2, id: "t"), 1, id: "each")), 1, id: nil).named("amount"), "topic 2 (t), question each, item, field amount"),
        (.item(.question(.topic(1, id: nil), 12, id: nil)), "topic 1, question 12, item"),
        (ScriptPlace.text("x").named("y"), "x"),
    ])
    func aPlaceReadsAsTheScriptsParts(_ place: ScriptPlace, _ text: String) {
        #expect(place.description == text)
    }

    /// A problem inside a field of an unnamed question names both by number.
    @Test func aProblemInAFieldOfAnUnnamedQuestionIsPlacedByNumbers() throws {
        let text = """
        {"id": "s", "version": 1, "title": "S", "mode": "self", "topics": [{"id": "t", "title": "T", "minutes": 5, "questions": [
          {"ask": "A?", "help": "h", "example": "e", "type": "records", "fields": [{"id": "f", "ask": "F?", "help": "h", "example": "e", "type": "odd"}]}
        ]}]}
        """
        guard case .failure(let problems) = ScriptLoader.load(text, file: "s.json") else { Issue.record("no problem found"); return }
        #expect(problems.problems.map(\.place).contains("topic 1 (t), question 1, field f"))
    }
}
