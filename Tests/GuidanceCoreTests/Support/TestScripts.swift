import Foundation
import Testing
@testable import GuidanceCore

/// What the engine said to one typed line: an answer's outcome, a command's message, or a command refused.
enum EngineReply: Equatable, Sendable, CustomStringConvertible {
    /// The outcome of `answer(_:now:)` or `skip()`.
    case outcome(AnswerOutcome)
    /// The message of `back()`, `nextTopic()`, `undo()`, or of `goto`/`edit` when they succeed.
    case said(String)
    /// The message of `goto`/`edit` when they fail.
    case problem(String)

    /// An answer stored, with its echo.
    static func accepted(_ echo: String) -> EngineReply { .outcome(.accepted(echo: echo)) }
    /// One part of an answer stored, with its echo.
    static func part(_ echo: String) -> EngineReply { .outcome(.partAccepted(echo: echo)) }
    /// A line refused, with the message.
    static func refused(_ message: String) -> EngineReply { .outcome(.refused(message)) }
    /// A question left unanswered, with the message.
    static func skipped(_ message: String) -> EngineReply { .outcome(.skipped(message)) }

    /// Whether the line was refused (by an answer or a command).
    var isRefusal: Bool {
        switch self {
        case .outcome(.refused), .problem: true
        default: false
        }
    }

    var description: String {
        switch self {
        case .outcome(let o): "\(o)"
        case .said(let s): "said(\(s))"
        case .problem(let s): "problem(\(s))"
        }
    }
}

extension AnswerOutcome {
    /// Whether the line was refused.
    var isRefusal: Bool { if case .refused = self { true } else { false } }
}

/// Shared helpers for the engine tests: the real director script, small inline scripts, and a line feeder.
enum TestScripts {
    /// Why a test could not set itself up.
    struct SetupError: Error, CustomStringConvertible {
        let description: String
    }

    /// The meeting day every engine test uses: Monday 1 February 2027.
    /// (The fallback never happens: `InterviewTests.meetingDateIsFixed` checks the date.)
    static let meetingDate = CalendarDate(iso: "2027-02-01") ?? CalendarDate.today(in: TimeZone.current)

    /// The time stamp given to answers unless a test says otherwise.
    static let now = "2027-02-01T10:00:00Z"

    /// The repository's `prompts` folder, found from this file's place.
    static var promptsFolder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // GuidanceCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository root
            .appendingPathComponent("prompts", isDirectory: true)
    }

    /// `prompts/director.json`, loaded and checked.
    static func director() throws -> Script {
        switch ScriptLoader.load(id: "director", folder: promptsFolder) {
        case .success(let script): return script
        case .failure(let problems): throw SetupError(description: "director.json did not load: \(problems)")
        }
    }

    /// A script from JSON text.
    static func inline(_ json: String) throws -> Script {
        switch ScriptLoader.load(json, file: "inline.json") {
        case .success(let script): return script
        case .failure(let problems): throw SetupError(description: "inline script did not load: \(problems)")
        }
    }

    /// A self-planning script: a topic asking `segments` (a list), then a topic with `questions` (JSON objects).
    static func withSegments(_ questions: String...) throws -> Script {
        try inline("""
        {"id": "inline", "version": 1, "mode": "self", "title": "Inline",
         "topics": [
          {"id": "seg", "title": "Segments", "minutes": 5, "questions": [
            {"id": "segments", "ask": "Which segments?", "type": "list", "help": "h", "example": "Dental practices, Retail"}]},
          {"id": "main", "title": "Main", "minutes": 5, "questions": [\(questions.joined(separator: ",\n"))]}
         ]}
        """)
    }

    /// One question as JSON for `withSegments`: `type` holds the `"type"` member and any others it needs.
    static func question(_ id: String, _ type: String, example: String = "an example") -> String {
        #"{"id": "\#(id)", "ask": "Question \#(id)?", "help": "Help for \#(id).", "example": "\#(example)", \#(type)}"#
    }

    /// The segments of the DESIGN.md example answers, as typed.
    static let segmentsLine = "Dental practices, Hospitality, Retail, Legal"

    /// A new interview over a new session of `script`.
    static func interview(_ script: Script, previous: [String: JSONValue] = [:]) -> Interview {
        let session = Session(id: "2027-02-01-test", script: script, meetingDate: meetingDate, now: now,
                              previousID: previous.isEmpty ? nil : "2026-11-02-prev")
        return Interview(script: script, session: session, previous: previous)
    }

    /// Answers "done" to each of last quarter's open actions that open the meeting.
    static func reviewOpenActions(_ interview: inout Interview) {
        for _ in 0..<AnswerRules.maximumItems where interview.prompt?.questionID == ItemCheck.actionsKey {
            _ = interview.answer("done", now: now)
        }
    }

    /// Types one line into `interview`: `/back`, `/skip`, `/next`, `/undo`, `/goto X`, `/edit X` are commands,
    /// `//x` types `/x`, anything else is an answer.
    @discardableResult
    static func type(_ line: String, into interview: inout Interview, now: String = now) -> EngineReply {
        switch line {
        case "/back": return .said(interview.back())
        case "/skip": return .outcome(interview.skip())
        case "/next": return .said(interview.nextTopic())
        case "/undo": return .said(interview.undo())
        default: break
        }
        if line.hasPrefix("/goto ") {
            switch interview.goto(topic: String(line.dropFirst(6))) {
            case .success(let s): return .said(s)
            case .failure(let p): return .problem(p.message)
            }
        }
        if line.hasPrefix("/edit ") {
            switch interview.edit(question: String(line.dropFirst(6))) {
            case .success(let s): return .said(s)
            case .failure(let p): return .problem(p.message)
            }
        }
        let text = line.hasPrefix("//") ? String(line.dropFirst()) : line
        return .outcome(interview.answer(text, now: now))
    }

    /// Types every line in order and returns what the engine said to each.
    @discardableResult
    static func feed(_ lines: [String], into interview: inout Interview, now: String = now) -> [EngineReply] {
        lines.map { type($0, into: &interview, now: now) }
    }

    /// The DESIGN.md example meeting, with the version-2 facts, typed line by line into `director.json`, up to the end.
    static let designLines: [String] = [
        "Replace the income of the shrinking hospitality segment",                  // goals
        segmentsLine,                                                               // segments
        "dent",                                                                     // growth_segment
        "grow", "exit", "maintain", "maintain",                                     // roles
        "New market the board chose to replace hospitality income", "", "", "",      // segment_why
        "Keep current clients happy until their contracts end",                     // exit_plan
        "3", "40", "25", "18",                                                      // customers
        "dent", "new practices signed", "4", "",                                    // targets
        "Dental 50, Hospitality 10, Retail 20, Legal 20",                           // focus
        "2027-03-01", "30", "12,000", "",                                           // parameters
        "GB-EAW", "2027-04-06",                                                     // holidays, days_off
        "Practice managers' conference", "2027-04-22", "event", "dent", "",          // key_dates
        "Website update", "6000", "3", "yes", "",                                   // fundamentals
        "Jo leaves", "2027-03-31", "2027-05-31", "Retail", "-50",                   // internal_changes
        "Kim joins", "2027-04-01", "permanent", "", "25", "",
        "A competitor closed its Leeds office", "2027-03-08", "dent", "opportunity", "Local awareness campaign in Leeds", "",
        "Case study pack", "consideration", "Dental", "2027-03-12", "",             // sales_needs
        "Send the plan draft", "Jodie", "2027-02-05", "",                           // actions
        "Sam Patel <sam@example.com>", "Alex Brown, alex@example.com",              // director, marketer
    ]

    /// The DESIGN.md example answers (the answers-file contract, `Tests/Fixtures/design-answers.json`), without `exit_plan`.
    static var designAnswersJSON: String {
        get throws {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Fixtures/design-answers.json")
            let file = try JSONParser.parse(try Data(contentsOf: url))
            guard let answers = file["answers"] else { throw SetupError(description: "the example file has no answers") }
            return JSONWriter.write(answers)
        }
    }

    /// The DESIGN.md example answers by question id: last session's answers in carry-forward tests.
    static func designAnswers() throws -> [String: JSONValue] {
        guard let object = try JSONParser.parse(try designAnswersJSON).objectValue else {
            throw SetupError(description: "the example answers are not an object")
        }
        return Dictionary(uniqueKeysWithValues: object.pairs.map { ($0.key, $0.value) })
    }

    /// The version-2 example answers (`Tests/Fixtures/design-answers-v2.json`) by question id: what
    /// `designLines` store (without `exit_plan`), and last session's answers in carry-forward tests.
    static func designAnswersV2() throws -> [String: JSONValue] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/design-answers-v2.json")
        guard let object = try JSONParser.parse(try Data(contentsOf: url))["answers"]?.objectValue else {
            throw SetupError(description: "the version-2 example has no answers object")
        }
        return Dictionary(uniqueKeysWithValues: object.pairs.map { ($0.key, $0.value) })
    }

    /// An interview over `director.json` that has been fed `lines`.
    ///
    /// A meeting after last time's opens with last quarter's open actions: each is answered "done"
    /// before `lines`, which then start at the first question.
    static func director(after lines: [String], previous: [String: JSONValue] = [:]) throws -> Interview {
        var interview = interview(try director(), previous: previous)
        reviewOpenActions(&interview)
        feed(lines, into: &interview)
        return interview
    }

    /// The session after a trip through its file form: json(), JSONWriter, JSONParser, Session(json:).
    static func roundTrip(_ session: Session) throws -> Session {
        try Session(json: JSONParser.parse(JSONWriter.write(session.json())))
    }

    /// A JSON value from its text (for tables).
    static func json(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }
}
