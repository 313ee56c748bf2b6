import Foundation
import Testing
@testable import GuidanceCore

/// Sessions through their file form: json(), JSONWriter, JSONParser and Session(json:).
@Suite struct SessionJSONTests {
    static let design = TestScripts.designLines

    /// A session in a named state, made by typing lines into a director session.
    struct State: Sendable, CustomStringConvertible {
        let name: String
        let lines: [String]
        var description: String { name }
    }

    static let states: [State] = [
        State(name: "new", lines: []),
        State(name: "roles half typed", lines: Array(design[0..<5])),
        State(name: "a reason left blank", lines: Array(design[0..<8]) + [""]),
        State(name: "split half typed", lines: Array(design[0..<20]) + ["50", "10"]),
        State(name: "record half typed", lines: Array(design[0..<34])),
        State(name: "one record done", lines: Array(design[0..<36])),
        State(name: "skipped and next topic", lines: Array(design[0..<2]) + ["/skip", "/next"]),
        State(name: "marked for re-check", lines: design + ["/edit segments", "Dental practices, Retail, Legal"]),
        State(name: "complete", lines: design),
        State(name: "text with quotes and emoji", lines: ["Grow \"dental\" 🦷; Win back\\the city", "Cafés, Ünïcode"]),
    ]

    @Test(arguments: states)
    func aSessionSurvivesItsFile(_ state: State) throws {
        var interview = try TestScripts.director(after: state.lines, previous: state.name == "complete" ? [:] : ["goals": .array([.string("Old")])])
        interview.recordTime(seconds: 95.5, topicID: "why")
        interview.recordTime(seconds: 250, topicID: "segments")
        let session = interview.session
        let back = try TestScripts.roundTrip(session)
        #expect(back == session)
        #expect(JSONWriter.write(back.json()) == JSONWriter.write(session.json()))
        let resumed = Interview(script: interview.script, session: back, previous: interview.previous)
        #expect(resumed.session == session)
        #expect(resumed.prompt == interview.prompt)
    }

    @Test func theFileHoldsDraftSkippedRecheckAndMinutes() throws {
        var interview = try TestScripts.director(after: Self.design + ["/edit segments", "Dental practices, Retail, Legal", "", "gro"])
        interview.recordTime(seconds: 90, topicID: "segments")
        interview.recordTime(seconds: 30, topicID: "why")
        interview.recordTime(seconds: 0, topicID: "focus")
        interview.session.skipped = ["exit_plan"]
        let json = interview.session.json()
        #expect(json["position"] == (try TestScripts.json(#"{"question": "roles", "draft": {"Dental practices": "grow"}}"#)))
        #expect(json["answers"]?["roles"]?["recheck"] == .bool(true))
        #expect(json["answers"]?["growth_segment"]?["recheck"] == nil)
        #expect(json["answers"]?.objectValue?.keys == interview.session.answerOrder)
        #expect(json["skipped"] == .array([.string("exit_plan")]))
        #expect(json["minutes"] == (try TestScripts.json(#"{"segments": 1.5, "why": 0.5}"#)))
        #expect(json["minutes"]?.objectValue?.keys == ["segments", "why"])
        #expect(try TestScripts.roundTrip(interview.session) == interview.session)
    }

    @Test func aFinishedSessionHasNoQuestionInItsFile() throws {
        let interview = try TestScripts.director(after: Self.design)
        #expect(interview.session.json()["position"] == (try TestScripts.json(#"{"question": null}"#)))
        #expect(interview.session.json()["status"] == .string("complete"))
        #expect(interview.session.json()["previous"] == .null)
    }

    /// A change to a good session file (`nil` removes the member) and the message it gives.
    struct Damage: Sendable, CustomStringConvertible {
        let path: String
        let value: String?
        let message: String
        var description: String { "\(path) = \(value ?? "removed")" }
    }

    static let damages: [Damage] = [
        Damage(path: "format", value: #""guidance-answers/1""#, message: #"it is not a guidance session file (its "format" is not "guidance-session/1")"#),
        Damage(path: "format", value: nil, message: #"it is not a guidance session file (its "format" is not "guidance-session/1")"#),
        Damage(path: "schema", value: nil, message: "it has no schema number"),
        Damage(path: "schema", value: #""1""#, message: "it has no schema number"),
        Damage(path: "schema", value: "2", message: "it was written by a newer guidance (schema 2); update guidance to open it"),
        Damage(path: "schema", value: "17", message: "it was written by a newer guidance (schema 17); update guidance to open it"),
        Damage(path: "id", value: nil, message: #"its "id" is missing or not text"#),
        Damage(path: "id", value: "7", message: #"its "id" is missing or not text"#),
        Damage(path: "script", value: nil, message: #"its "script" is missing or damaged"#),
        Damage(path: "script.version", value: #""one""#, message: #"its "script" is missing or damaged"#),
        Damage(path: "script.id", value: nil, message: #"its "script" is missing or damaged"#),
        Damage(path: "mode", value: #""boss""#, message: #"its "mode" is not director or self"#),
        Damage(path: "mode", value: nil, message: #"its "mode" is missing or not text"#),
        Damage(path: "meeting_date", value: #""2027-02-30""#, message: #"its "meeting_date" is not a YYYY-MM-DD date"#),
        Damage(path: "meeting_date", value: #""1 Feb 2027""#, message: #"its "meeting_date" is not a YYYY-MM-DD date"#),
        Damage(path: "started_at", value: nil, message: #"its "started_at" is missing or not text"#),
        Damage(path: "updated_at", value: "null", message: #"its "updated_at" is missing or not text"#),
        Damage(path: "status", value: #""done""#, message: #"its "status" is not in_progress or complete"#),
        Damage(path: "answers", value: nil, message: #"its "answers" are missing"#),
        Damage(path: "answers", value: "[]", message: #"its "answers" are missing"#),
        Damage(path: "answers.goals.at", value: nil, message: #"the answer "goals" is damaged (no value or time)"#),
        Damage(path: "answers.segments.value", value: nil, message: #"the answer "segments" is damaged (no value or time)"#),
    ]

    /// `json` with the member at the dotted `path` replaced (or removed).
    func damaged(_ json: JSONValue, path: [String], value: JSONValue?) -> JSONValue? {
        guard var object = json.objectValue, let key = path.first else { return value }
        if path.count == 1 {
            object[key] = value
        } else if let inner = object[key] {
            object[key] = damaged(inner, path: Array(path.dropFirst()), value: value)
        }
        return .object(object)
    }

    @Test(arguments: damages)
    func aDamagedFileIsRefusedWithItsReason(_ damage: Damage) throws {
        let session = try TestScripts.director(after: Array(Self.design[0..<3])).session
        let value = try damage.value.map(TestScripts.json)
        let json = try #require(damaged(session.json(), path: damage.path.split(separator: ".").map(String.init), value: value))
        let text = JSONWriter.write(json)
        #expect(throws: SessionFormatError(message: damage.message)) { try Session(json: JSONParser.parse(text)) }
    }

    @Test(arguments: ["[]", "\"guidance\"", "null", "12"])
    func aFileThatIsNotAnObjectIsRefused(_ text: String) throws {
        #expect(throws: SessionFormatError(message: "it is not a guidance session file (no JSON object)")) {
            try Session(json: JSONParser.parse(text))
        }
    }

    /// A draft damaged in its file never becomes a stored answer, and never costs the parts that fit:
    /// only the bad part is asked again.
    @Test(arguments: [
        ("focus", 20, #"{"Dental practices": "x", "Hospitality": 10, "Retail": 20}"#, "70",
         "The share for Dental practices typed earlier does not fit (it should be a whole percentage from 0 to 100): type it again; the rest typed so far is kept.",
         #"{"Hospitality": 10, "Retail": 20, "Legal": 70}"#, "", #"{"Dental practices": 0, "Hospitality": 10, "Retail": 20, "Legal": 70}"#),
        ("roles", 3, #"{"Dental practices": "fly", "Hospitality": "exit", "Retail": "maintain"}"#, "grow",
         "The answer for Dental practices typed earlier does not fit (\"fly\" is not one of the options: type one of grow, maintain or exit): type it again; the rest typed so far is kept.",
         #"{"Hospitality": "exit", "Retail": "maintain", "Legal": "grow"}"#, "grow",
         #"{"Dental practices": "grow", "Hospitality": "exit", "Retail": "maintain", "Legal": "grow"}"#),
        ("fundamentals", 32, #"{"records": [{"item": "Website update", "budget": "lots", "month": 3, "approved": true}], "current": {}}"#, "",
         "The budget of fundamentals item 1 does not fit (it should be an amount of money: a number from 0 to less than a million million with at most two decimals, such as 12000 or 1250.50): type its budget again.",
         #"{"records": [], "current": {"item": "Website update", "month": 3, "approved": true}}"#, "6000", nil),
    ])
    func aDamagedDraftKeepsWhatFitsAndAsksOnlyForTheBadPart(_ id: String, _ count: Int, _ draft: String, _ line: String, _ reason: String,
                                                             _ kept: String, _ retyped: String, _ stored: String?) throws {
        var session = try TestScripts.director(after: Array(Self.design[0..<count])).session
        #expect(session.position == id)
        session.draft = try TestScripts.json(draft)
        var interview = Interview(script: try TestScripts.director(), session: try TestScripts.roundTrip(session))
        #expect(interview.session.draft == (try TestScripts.json(draft)))
        #expect(interview.answer(line, now: TestScripts.now) == .refused(reason))
        #expect(interview.session.answers[id] == nil)
        #expect(interview.session.draft == (try TestScripts.json(kept)))
        #expect(interview.currentQuestion?.id == id)
        if case .failure(let problem) = SessionCheck.check(interview.session, script: interview.script) { Issue.record("\(problem.message)") }
        _ = interview.answer(retyped, now: TestScripts.now)
        if let stored {
            #expect(interview.session.answers[id]?.value == (try TestScripts.json(stored)))
        } else {
            #expect(interview.session.draft?["records"]?.arrayValue?.count == 1, "the record is complete again")
        }
    }

    @Test func optionalMembersMayBeMissing() throws {
        let session = try TestScripts.director(after: Array(Self.design[0..<3])).session
        var json = try #require(session.json().objectValue)
        for key in ["previous", "position", "skipped", "minutes"] { json[key] = nil }
        let read = try Session(json: .object(json))
        #expect(read.answers == session.answers)
        #expect(read.position == nil)
        #expect(read.draft == nil)
        #expect(read.skipped.isEmpty)
        #expect(read.minutes.isEmpty)
    }
}

// MARK: random walks

/// Types random lines: mostly answers that fit the current question, some that do not, and commands.
private struct RandomTypist {
    var rng: SplitMix64
    static let invalid = ["???", "150", "-5", "2027-02-30", "maybe", "Hotels 100", "lots", "Dental practices 60, Retail 60",
                          "4", "12,00", " ; ", "xyz", "Dental 50, Dental 50", "101%", "none",
                          "Jo\u{01}leaves", "a\u{0}b", "\u{1B}[2J", "Bell\u{07}", "Next\u{85}line", "\u{9B}31m"]
    static let segmentLists = ["Dental practices, Hospitality, Retail, Legal", "Dental practices, Retail, Legal",
                               "Dental practices, Hospitality, Retail, Legal, Accountants", "Retail, Legal", "Vets"]

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }

    mutating func line(for interview: Interview) -> String {
        switch Int.random(in: 0..<100, using: &rng) {
        case 0..<55: return valid(for: interview)
        case 55..<67: return pick(Self.invalid)
        case 67..<73: return "/back"
        case 73..<78: return "/skip"
        case 78..<85: return "/undo"
        case 85..<91: return "/edit " + pick(interview.script.questions.map(\.question.id) + ["segments", "segments", "xyz"])
        case 91..<94: return "/goto " + pick(["1", "2", "3", "4", "5", "9", "focus", "Plan", "market", "10"])
        case 94..<96: return "/next"
        default: return ""
        }
    }

    mutating func valid(for interview: Interview) -> String {
        guard let q = interview.currentQuestion else { return pick(["/back", "/edit segments", "/edit focus", "/goto 2"]) }
        let items = interview.context.items
        switch q.type {
        case .split(let over): return share(items[over] ?? [], draft: interview.session.draft?.objectValue ?? JSONObject())
        case .each(_, let item, _): return chance(15) ? "" : value(item, items)
        case .records(let fields):
            let record = Interview.RecordDraft(interview.session.draft)
            guard let index = record.fieldIndex(fields) else { return "" }
            if (index == 0 && record.current.isEmpty && chance(35)) { return "" }
            if fields[index].defaultValue != nil && chance(40) { return "" }
            return value(fields[index].type, items)
        default: return value(q.type, items)
        }
    }

    mutating func value(_ type: AnswerType, _ items: [String: [String]]) -> String {
        switch type {
        case .text: return pick(["Grow dental", "Keep clients happy", "Website update", "Jodie", "Case study pack"])
        case .list(let separators):
            if separators == ";" { return pick(["Grow dental", "Replace hospitality income; Win 10 practices", "A; B; C"]) }
            return pick(Self.segmentLists)
        case .choice(let source):
            let options = options(source, items)
            return options.isEmpty ? "x" : (chance(30) ? pick(options).lowercased() : pick(options))
        case .choices(let source):
            let options = options(source, items)
            if options.isEmpty || chance(30) { return "all" }
            return options.filter { _ in chance(50) }.joined(separator: ", ") + (chance(50) ? "" : ", " + pick(options))
        case .yesNo: return pick(["yes", "no", "y", "approved"])
        case .number(let min, let max, let whole, _):
            let low = min.flatMap { AnswerText.int($0) } ?? 0
            let high = max.flatMap { AnswerText.int($0) } ?? 100
            let n = Int.random(in: low...high, using: &rng)
            return !whole && n < high && chance(30) ? "\(n).5" : "\(n)"
        case .percent: return "\(Int.random(in: 0...100, using: &rng))%"
        case .money: return pick(["12,000", "£6k", "1250.50", "0", "500 GBP"])
        case .date: return pick(["2027-03-01", "next monday", "end of month", "in 2 weeks", "tomorrow", "2027-05-31"])
        case .month: return pick(["1", "2", "3", "month 2", "third"])
        case .endDate: return pick(["2027-05-31", "permanent", "ongoing", "no end", "end of next month"])
        case .dates: return pick(["2027-04-06", "none", "2027-04-06, 2027-05-28", "next friday; 2027-12-24"])
        case .person: return pick(["Sam Patel", "Sam Patel <sam@example.com>", "Alex Brown, alex@example.com", "Kate j@k.co"])
        case .split, .each, .records: return ""
        }
    }

    func options(_ source: OptionSource, _ items: [String: [String]]) -> [String] {
        switch source {
        case .fixed(let names), .labelled(let names, _): names
        case .answer, .answerWith: source.itemKey.flatMap { items[$0] } ?? []
        }
    }

    /// A whole split on one line, or the next share (Enter for the last one now and then).
    mutating func share(_ items: [String], draft: JSONObject) -> String {
        guard !items.isEmpty else { return "50" }
        if draft.isEmpty && chance(50) {
            var left = 100
            let parts = items.enumerated().map { index, name in
                let n = index == items.count - 1 ? left : Int.random(in: 0...left, using: &rng)
                left -= n
                return "\(name) \(n)"
            }
            return parts.joined(separator: ", ")
        }
        let left = 100 - draft.pairs.reduce(0) { $0 + ($1.value.intValue ?? 0) }
        if items.filter({ draft[$0] == nil }).count == 1 { return chance(50) ? "" : "\(left)" }
        return "\(Int.random(in: 0...max(left, 0), using: &rng))"
    }
}

extension SessionJSONTests {
    /// What is wrong with the interview's state now, in words; empty when every invariant holds.
    static func problems(in interview: Interview) throws -> [String] {
        var hard: [String] = []
        let session = interview.session
        if try TestScripts.roundTrip(session) != session { hard.append("the session does not survive its file") }
        if case .failure(let problem) = SessionCheck.check(session, script: interview.script) {
            hard.append("the saved session would not load: \(problem.message)")
        }
        let items = interview.context.items
        for (id, answer) in session.answers where !answer.recheck {
            guard let q = interview.script.question(id) else { hard.append("\(id) is not a question"); continue }
            if case .failure(let problem) = AnswerValidator.checkStored(answer.value, as: q.type, options: items) {
                hard.append("\(id) = \(JSONWriter.write(answer.value, pretty: false)) does not fit: \(problem.message)")
            }
        }
        if let focus = session.answers["focus"]?.value {
            let shares = focus.objectValue?.pairs.map { $0.value.intValue ?? -1 } ?? []
            if shares.contains(where: { !(0...100).contains($0) }) || shares.reduce(0, +) != 100 { hard.append("focus does not total 100") }
        }
        let open = interview.unansweredQuestions.isEmpty && interview.questionsToCheck.isEmpty
        if session.position != nil && session.status == .complete { hard.append("position and status disagree") }
        if session.position == nil && (session.status == .complete) != open { hard.append("a finished session is complete exactly when nothing is left to answer or check") }
        if let i = interview.index, !interview.isAsked(at: i) { hard.append("standing at \(session.position ?? "") which is not asked") }
        if session.draft != nil, interview.currentQuestion?.type.isCompound != true { hard.append("a draft outside a part question") }
        if (interview.prompt == nil) != interview.isFinished { hard.append("a prompt after the end, or none before it") }
        return hard
    }

    /// 300 seeded walks in ten batches of 30 (the batches run in parallel).
    @Test(arguments: 0..<10)
    func threeHundredRandomWalksKeepEveryInvariant(batch: Int) throws {
        let script = try TestScripts.director()
        var hard: [String] = []
        var finished = 0, rechecks = 0, splits = 0, refusals = 0
        for seed in (batch * 30 + 1)...(batch * 30 + 30) {
            var typist = RandomTypist(rng: SplitMix64(state: UInt64(seed)))
            var interview = TestScripts.interview(script)
            var typed: [String] = []
            var checked: Session?
            for _ in 0..<120 {
                let line = typist.line(for: interview)
                typed.append(line)
                if TestScripts.type(line, into: &interview).isRefusal { refusals += 1 }
                if interview.isFinished { finished += 1 }
                if interview.session.answers.values.contains(where: \.recheck) { rechecks += 1 }
                if interview.session.answers["focus"] != nil { splits += 1 }
                if checked == interview.session { continue }
                checked = interview.session
                hard += try Self.problems(in: interview).map { "seed \(seed), after \(typed.suffix(6)): \($0)" }
            }
        }
        #expect(hard.isEmpty, "\(hard.count) problems, first: \(hard.prefix(3))")
        #expect(rechecks > 0 && splits > 0 && refusals > 0)
    }
}
