import Foundation
import Testing
@testable import GuidanceCore

/// The shipped `prompts/` folder, found from this file: Tests/GuidanceCoreTests/../../prompts.
private let promptsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../prompts").standardizedFileURL

/// A one-topic script holding `questions` (the JSON text of the question objects, comma-separated).
private func script(_ questions: String, mode: String = "self", minutes: Int = 30) -> String {
    """
    {"format": "guidance-script/1", "id": "t", "version": 1, "mode": "\(mode)", "title": "T",
     "topics": [{"id": "t", "title": "Topic", "minutes": \(minutes), "questions": [\(questions)]}]}
    """
}

/// A question object with help and example; `extra` adds members, such as `"over": "segments"`.
private func question(_ id: String, _ type: String, _ extra: String = "", ask: String = "Ask?") -> String {
    let more = extra.isEmpty ? "" : ", " + extra
    return #"{"id": "\#(id)", "ask": "\#(ask)", "type": "\#(type)", "help": "Help.", "example": "Example"\#(more)}"#
}

/// The problems the loader reports for `text`, as `guidance check` prints them; empty when it loads.
private func problems(_ text: String) -> [String] {
    switch ScriptLoader.load(text, file: "test.json") {
    case .success: return []
    case .failure(let found): return found.problems.map(\.description)
    }
}

/// What one answer type looks like with its wording left out, to compare scripts that word questions differently.
private func shape(_ type: AnswerType) -> String {
    switch type {
    case .each(let over, let item, let optionalItems): return "each(\(over), \(shape(item)), \(optionalItems))"
    case .records(let fields):
        let parts = fields.map { "\($0.id): \(shape($0.type)) optional \($0.optional) default \(String(describing: $0.defaultValue))" }
        return "records(\(parts.joined(separator: "; ")))"
    case .choice(.labelled(let options, let names)):
        return "choice(labelled \(options), \(names.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }))"
    default: return String(describing: type)
    }
}

/// A shipped script, or a failed expectation listing its problems.
private func shipped(_ id: String) -> Script? {
    switch ScriptLoader.load(id: id, folder: promptsFolder) {
    case .success(let script): return script
    case .failure(let found):
        Issue.record("prompts/\(id).json has problems:\n\(found)")
        return nil
    }
}

@Suite struct ScriptLoaderTests {
    // MARK: the shipped scripts

    @Test(arguments: [("director", SessionMode.director), ("self", SessionMode.selfPlanning)])
    func shippedScriptLoads(_ id: String, _ mode: SessionMode) throws {
        let script = try #require(shipped(id))
        #expect(script.id == id)
        #expect(script.mode == mode)
        #expect(script.version == 1)
    }

    @Test func directorMeetingTakesThirtyMinutes() throws {
        let director = try #require(shipped("director"))
        #expect(director.minutes == 30)
    }

    @Test func selfAndDirectorAskTheSameQuestionsWithTheSameRules() throws {
        let director = try #require(shipped("director"))
        let selfScript = try #require(shipped("self"))
        #expect(selfScript.topics.map(\.id) == director.topics.map(\.id))
        #expect(selfScript.topics.map(\.minutes) == director.topics.map(\.minutes))
        #expect(selfScript.topics.map { $0.questions.map(\.id) } == director.topics.map { $0.questions.map(\.id) })
        for (mine, theirs) in zip(selfScript.questions.map(\.question), director.questions.map(\.question)) {
            #expect(shape(mine.type) == shape(theirs.type), "question \(mine.id)")
            #expect(mine.when == theirs.when, "question \(mine.id)")
            #expect(mine.optional == theirs.optional, "question \(mine.id)")
            #expect(mine.defaultValue == theirs.defaultValue, "question \(mine.id)")
            #expect(mine.audience == theirs.audience, "question \(mine.id)")
            #expect((mine.again == nil) == (theirs.again == nil), "question \(mine.id)")
            #expect(mine.ask != theirs.ask, "question \(mine.id) should be reworded for someone deciding alone")
        }
    }

    @Test func selfHelpAsksToConfirmEveryAnswer() throws {
        let selfScript = try #require(shipped("self"))
        for (_, question) in selfScript.questions {
            #expect(question.help.contains("confirm"), "question \(question.id): say the answer is an assumption to confirm")
        }
    }

    @Test func missingScriptFileIsNamed() {
        let path = promptsFolder.appendingPathComponent("nowhere.json").path
        let expected = "\(path): cannot read this file; check that the prompts folder holds nowhere.json"
        switch ScriptLoader.load(id: "nowhere", folder: promptsFolder) {
        case .success: Issue.record("a missing file loaded")
        case .failure(let found): #expect(found.description == expected)
        }
    }

    // MARK: broken scripts

    @Test func smallestScriptLoads() {
        #expect(problems(script(question("goals", "list") + ", " + question("focus", "split", #""over": "goals""#))) == [])
    }

    @Test(arguments: [(#""for": "marketer","#, Question.Audience.marketer), (#""for": "everyone","#, .everyone), ("", .everyone)])
    func aQuestionSaysWhoItIsFor(_ member: String, _ audience: Question.Audience) throws {
        let text = script(#"{"id": "currency", \#(member) "ask": "Currency?", "type": "text", "help": "Help.", "example": "GBP"}"#)
        guard case .success(let loaded) = ScriptLoader.load(text, file: "test.json") else {
            Issue.record("did not load: \(problems(text))")
            return
        }
        #expect(loaded.question("currency")?.audience == audience)
    }

    static let broken: [(String, String, [String])] = [
        ("for someone the script does not know", script(question("currency", "text", #""for": "director""#)),
         ["test.json: topic 1 (t), question currency: \"for\" should be \"marketer\" (the marketer's own question, "
            + "left off the director's agenda) or \"everyone\""]),
        ("for that is not text", script(question("currency", "text", #""for": true"#)),
         ["test.json: topic 1 (t), question currency: \"for\" should be \"marketer\" (the marketer's own question, "
            + "left off the director's agenda) or \"everyone\""]),
        ("JSON syntax error", "{\n  \"id\": \"t\"\n  \"title\": \"T\"\n}",
         ["test.json: line 3, column 3: expected ',' or '}' after an object member"]),
        ("missing help", script(#"{"id": "goals", "ask": "Goals?", "type": "text", "example": "Grow"}"#),
         ["test.json: topic 1 (t), question goals: \"help\" is missing; add it as text"]),
        ("unknown type", script(question("goals", "paragraph")),
         ["test.json: topic 1 (t), question goals: \"paragraph\" is not an answer type; use one of text, list, choice, "
            + "choices, yesno, number, percent, money, date, end_date, dates, month, person, split, each, records"]),
        ("option_names for an option that is not there",
         script(question("holidays", "choice", #""options": ["GB-EAW", "none"], "option_names": {"FR": "France"}"#)),
         ["test.json: topic 1 (t), question holidays: \"option_names\" names \"FR\", which is not one of the options"]),
        ("option_names that are not names",
         script(question("holidays", "choice", #""options": ["GB-EAW", "none"], "option_names": {"GB-EAW": ""}"#)),
         ["test.json: topic 1 (t), question holidays: \"option_names\" should be an object giving options their names in words, "
            + "such as {\"GB-EAW\": \"England and Wales\"}"]),
        ("options_with on a list question",
         script(question("segments", "list") + ", " + question("targets", "choice", #""options_from": "segments", "options_with": "grow""#)),
         ["test.json: topic 1 (t), question targets: its options are the items of \"segments\" answered \"grow\", so \"segments\" must be "
            + "an \"each\" question with \"grow\" among its options"]),
        ("options_with an empty value",
         script(question("targets", "choice", #""options_from": "roles", "options_with": """#)),
         ["test.json: topic 1 (t), question targets: \"options_with\" should be one of the answers of \"roles\", such as \"grow\""]),
        ("options_from a later question",
         script(question("growth_segment", "choice", #""options_from": "segments""#) + ", " + question("segments", "list")),
         ["test.json: topic 1 (t), question growth_segment: it takes its items from \"segments\", which is not an earlier question"]),
        ("split over a money question",
         script(question("campaign_budget", "money") + ", " + question("focus", "split", #""over": "campaign_budget""#)),
         ["test.json: topic 1 (t), question focus: it takes its items from \"campaign_budget\", which is a money question; "
            + "items must come from a list question"]),
        ("duplicate question id", script(question("goals", "text") + ", " + question("goals", "list")),
         ["test.json: topic 1 (t), question goals: the question id \"goals\" is used twice; each answer needs its own key"]),
        ("template quoting a later question",
         script(question("goals", "text", ask: "Still {{answers.segments}}?") + ", " + question("segments", "list")),
         ["test.json: topic 1 (t), question goals: \"{{answers.segments}}\" quotes a question that is not asked before this one"]),
        ("previous of a question the script never asks", script(question("goals", "text", #""again": "Still {{previous.aims}}?""#)),
         ["test.json: topic 1 (t), question goals: \"{{previous.aims}}\" quotes a question that is not asked before this one"]),
        ("malformed placeholder", script(question("goals", "text", ask: "Goals {{answer.goals}}?")),
         ["test.json: topic 1 (t), question goals: \"{{answer.goals}}\" is not a placeholder; use {{answers.KEY}}, {{previous.KEY}} or {{item}}"]),
        ("when without a test",
         script(question("segments", "list") + ", " + question("exit_plan", "text", #""when": {"key": "segments", "includes": "Retail"}"#)),
         ["test.json: topic 1 (t), question exit_plan: \"when\" needs one test: equals, not_equals, contains, answered or min_count"]),
        ("when that is not an object", script(question("goals", "text", #""when": "segments""#)),
         ["test.json: topic 1 (t), question goals: \"when\" should be an object such as {\"key\": \"roles\", \"contains\": \"exit\"}"]),
        ("when reading a later question",
         script(question("exit_plan", "text", #""when": {"key": "roles", "contains": "exit"}"#) + ", " + question("roles", "list")),
         ["test.json: topic 1 (t), question exit_plan: its condition reads \"roles\", which is not an earlier question"]),
        ("director minutes not 30", script(question("goals", "text"), mode: "director", minutes: 25),
         ["test.json: the topics' minutes add up to 25; a director meeting is 30 minutes, so make them add up to 30"]),
        ("number default that is text", script(question("hours", "number", #""default": "lots""#)),
         ["test.json: topic 1 (t), question hours: the default does not fit the question: it should be a number"]),
        ("choice default not among the options",
         script(question("currency", "choice", #""options": ["GBP", "EUR"], "default": "JPY""#)),
         ["test.json: topic 1 (t), question currency: the default does not fit the question: "
            + "\"JPY\" is not one of the options: type one of GBP or EUR."]),
        ("{{item}} outside an each question", script(question("goals", "text", ask: "Why {{item}}?")),
         ["test.json: topic 1 (t), question goals: {{item}} only works inside the item of an \"each\" question"]),
        ("split inside an each item",
         script(question("segments", "list") + ", "
                + question("roles", "each", #""over": "segments", "item": {"type": "split", "over": "segments"}"#)),
         ["test.json: topic 1 (t), question roles, item: a \"split\" answer cannot sit inside another; use a simple type here"]),
        ("records inside a record",
         script(question("actions", "records",
                         #""fields": [{"id": "steps", "ask": "Steps?", "type": "records", "help": "H.", "example": "E"}]"#)),
         ["test.json: topic 1 (t), question actions, field steps: a \"records\" answer cannot sit inside another; use a simple type here"]),
        ("record field default that does not fit",
         script(question("fundamentals", "records",
                         #""fields": [{"id": "budget", "ask": "Budget?", "type": "money", "help": "H.", "example": "E", "default": "lots"}]"#)),
         ["test.json: topic 1 (t), question fundamentals, field budget: the default does not fit the field: it should be an amount of money: a number from 0 to less than a million million with at most two decimals, such as 12000 or 1250.50"]),
        ("record with two fields of one id",
         script(question("actions", "records",
                         #""fields": [{"id": "a", "ask": "A?", "type": "text", "help": "H.", "example": "E"}, {"id": "a", "ask": "B?", "type": "text", "help": "H.", "example": "E"}]"#)),
         ["test.json: topic 1 (t), question actions: the field id \"a\" is used twice; give each field its own id"]),
        ("number whose min is above its max", script(question("hours", "number", #""min": 500, "max": 1"#)),
         ["test.json: topic 1 (t), question hours: \"min\" is more than \"max\", so no answer could ever fit; swap them"]),
        ("self script with a bad mode", script(question("goals", "text"), mode: "alone"),
         ["test.json: \"mode\" should be \"director\" or \"self\", not \"alone\""]),
    ]

    @Test(arguments: broken)
    func brokenScriptIsRefused(_ name: String, _ text: String, _ expected: [String]) {
        #expect(problems(text) == expected, "\(name)")
    }

    @Test func aScriptWhoseIdDiffersFromItsFileNameIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guidance-scripts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(script(question("goals", "text")).utf8).write(to: folder.appendingPathComponent("self.json"))
        guard case .failure(let found) = ScriptLoader.load(id: "self", folder: folder) else {
            Issue.record("a script called t in self.json loaded"); return
        }
        #expect(found.problems.map(\.message) == ["its \"id\" is \"t\" but the file is called self.json; make them the same"])
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() {
        let text = script(question("goals", "paragraph") + ", "
                          + #"{"id": "segments", "ask": "Segments?", "type": "list", "example": "Retail"}"#)
        #expect(problems(text) == [
            "test.json: topic 1 (t), question goals: \"paragraph\" is not an answer type; use one of text, list, choice, "
                + "choices, yesno, number, percent, money, date, end_date, dates, month, person, split, each, records",
            "test.json: topic 1 (t), question segments: \"help\" is missing; add it as text",
        ])
    }
}
