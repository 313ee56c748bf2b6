import Foundation
import Testing
@testable import GuidanceCore

/// `/goto`'s names for a topic: its number, its id and the words of its title; and what Tab offers after `/goto`.
@Suite struct TopicMatcherTests {
    static func topics() throws -> [Topic] { try TestScripts.director().topics }

    static let titles = "Strategic why, Segments and growth segment, Focus split, Plan parameters, Fundamentals, "
        + "Internal changes, Market changes, Sales alignment or Wrap-up"

    @Test(arguments: [
        ("internal", "horizon"), ("internal changes", "horizon"), ("Internal Changes", "horizon"), ("internal change", "horizon"),
        ("  internal   changes ", "horizon"), ("horizon", "horizon"), ("hor", "horizon"), ("int", "horizon"),
        ("market changes", "market"), ("market", "market"), ("6", "horizon"), ("strategic", "why"), ("why", "why"),
        ("growth segment", "segments"), ("growth", "segments"), ("plan", "parameters"), ("parameters", "parameters"),
        ("wrap-up", "wrapup"), ("wrap up", "wrapup"), ("wrapup", "wrapup"), ("up", "wrapup"), ("split", "focus"),
        ("alignment", "sales"), ("Sales alignment", "sales"), ("fundamentals", "fundamentals"), ("fund", "fundamentals"),
        ("Stratégic", "why"),
    ])
    func aTopicIsFoundByItsIDOrTitleWords(_ typed: String, _ id: String) throws {
        let topics = try Self.topics()
        let found = try TopicMatcher.match(typed, in: topics).get()
        #expect(topics[found].id == id, "\(typed)")
    }

    @Test(arguments: [
        ("changes", "\"changes\" could be Internal changes or Market changes: type more of the name, such as \"Internal changes\"."),
        ("s", "\"s\" could be Strategic why, Segments and growth segment or Sales alignment: type more of the name, such as \"Strategic why\"."),
        ("f", "\"f\" could be Focus split or Fundamentals: type more of the name, such as \"Focus split\"."),
        ("xyz", "\"xyz\" is not one of the topics: type one of \(titles)."),
        ("external changes", "\"external changes\" is not one of the topics: type one of \(titles)."),
        ("10", "There is no topic 10; the topics are numbered 1 to 9 (see /topics)."),
        ("0", "There is no topic 0; the topics are numbered 1 to 9 (see /topics)."),
        ("-1", "There is no topic -1; the topics are numbered 1 to 9 (see /topics)."),
        ("  ", "Nothing was typed: type one of the topics, such as \(titles)."),
    ])
    func anUnknownOrAmbiguousNameSaysWhichTopicsItCouldBe(_ typed: String, _ message: String) throws {
        #expect(TopicMatcher.match(typed, in: try Self.topics()) == .failure(AnswerProblem(message)))
    }

    @Test func anExactNameWinsOverTheStartOfAnother() throws {
        let script = try TestScripts.inline("""
            {"id": "inline", "version": 1, "mode": "self", "title": "Inline", "topics": [
              {"id": "planning", "title": "Planning ahead", "minutes": 5, "questions": [
                {"id": "a", "ask": "A?", "type": "text", "help": "h", "example": "x"}]},
              {"id": "money", "title": "Plan", "minutes": 5, "questions": [
                {"id": "b", "ask": "B?", "type": "text", "help": "h", "example": "x"}]}]}
            """)
        #expect(TopicMatcher.match("plan", in: script.topics) == .success(1))
        #expect(TopicMatcher.match("plann", in: script.topics) == .success(0))
        #expect(TopicMatcher.shortName(of: 0, in: script.topics) == "planning")
        #expect(TopicMatcher.shortName(of: 1, in: script.topics) == "plan")
    }

    @Test func theShortNameIsTheTitlesFirstWordWhenItLeadsThere() throws {
        let topics = try Self.topics()
        let names = topics.indices.map { TopicMatcher.shortName(of: $0, in: topics) }
        #expect(names == ["strategic", "segments", "focus", "plan", "fundamentals", "internal", "market", "sales", "wrap-up"])
        for (index, name) in names.enumerated() { #expect(TopicMatcher.match(name, in: topics) == .success(index)) }
    }

    @Test(arguments: [
        ([String](), "", ["strategic", "segments", "focus", "plan", "fundamentals", "internal", "market", "sales", "wrap-up"]),
        ([], "in", ["internal"]),
        ([], "ho", ["horizon"]),
        ([], "s", ["segments", "sales", "strategic", "segment", "split"]),
        ([], "ch", []),
        ([], "a", ["alignment"]),
        ([], "w", ["why", "wrapup", "wrap-up"]),
        ([], "zz", []),
        (["internal"], "", ["changes"]),
        (["internal"], "c", ["changes"]),
        (["Internal"], "x", []),
        (["growth"], "", ["segment"]),
        (["segments", "and"], "", ["growth"]),
        (["plan"], "", ["parameters"]),
        (["changes"], "", []),
        (["focus", "split"], "", []),
    ])
    func tabOffersTopicNames(_ before: [String], _ word: String, _ expected: [String]) throws {
        #expect(TopicMatcher.completions(typedBefore: before, word: word, in: try Self.topics()) == expected)
    }
}
