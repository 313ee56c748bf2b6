import Foundation

/// Makes the agenda of the next session from a script and, when there is one, the last session's answers and plan.
public enum AgendaBuilder {
    /// The agenda for `script` (`reviews`: the last plan's monthly reviews, read against `reviewedPlan`, the plan as
    /// first made, whose actuals "Since last time" shows); `previous` gives last time's answers and actions, `beforePrevious` the changes shown,
    /// and `previousPlan` (the plan made from `previous`) what was due by the meeting and the decisions still waiting.
    ///
    /// Only the questions that apply are asked: a question marked as the marketer's own is left out, and so is
    /// one whose condition fails on last time's answers or whose wording would quote an empty list.
    public static func agenda(script: Script, meetingDate: CalendarDate?, meetingMinute: Int? = nil, previous: Session?,
                              beforePrevious: Session? = nil, previousPlan: Plan? = nil, reviewedPlan: Plan? = nil,
                              reviews: [MonthlyReview] = []) -> Agenda {
        let last = previous?.values ?? [:]
        let types = Dictionary(script.questions.map { ($0.question.id, $0.question.type) }, uniquingKeysWith: { a, _ in a })
        // Before the meeting, "this session's answers" are not given yet: last time's stand in for them.
        let context = Template.Context(answers: last, previous: last, types: types)
        let facts = previous.map { GuidanceFacts(answers: $0.values, meetingDate: $0.meetingDate) }
        let topics = script.topics.map { topic in
            Agenda.Topic(title: topic.title, minutes: topic.minutes, intro: topic.intro, questions: topic.questions.compactMap { question in
                self.question(question, last: last, context: context, facts: facts)
            })
        }
        let changes = (previous != nil && beforePrevious != nil)
            ? ChangeSummary.lines(from: beforePrevious?.values ?? [:], to: last) : []
        var agenda = Agenda(title: script.title, mode: script.mode, meetingDate: meetingDate, previousSessionID: previous?.id,
                            topics: topics, openActions: facts?.actions ?? [], changes: changes)
        agenda.meetingMinute = meetingMinute
        if let previous, let facts {
            agenda.sinceLastTime = sinceLastTime(previous: previous, plan: previousPlan, dueBy: meetingDate)
            if let reviewed = reviewedPlan ?? previousPlan, !reviews.isEmpty {
                agenda.sinceLastTime?.add(PlanStatus(plan: reviewed, reviews: reviews), plan: reviewed)
            }
            agenda.thinkAbout = thinkAbout(facts: facts, plan: previousPlan, since: previous.meetingDate, dueBy: meetingDate)
        }
        return agenda
    }

    /// One question as the director reads it, or `nil` when it does not apply.
    ///
    /// When the `again` wording quotes last time's answer to this very question, the answer is already in
    /// the question and is not repeated; otherwise the plain question carries last time's answer beside it.
    /// Records are never quoted through `again` (their template words name fields): they are told in words.
    static func question(_ question: Question, last: [String: JSONValue], context: Template.Context,
                         facts: GuidanceFacts?) -> Agenda.Question? {
        guard question.audience == .everyone else { return nil }
        if facts != nil, let when = question.when, !when.holds(in: last) { return nil }
        var context = context
        if case .each(let over, _, _) = question.type { context.item = "each " + singular(over) }
        let answer = question.carried(last[question.id]) == nil ? nil : last[question.id]
        let said = answer.map { AgendaWords.answer($0, of: question, facts: facts) }
        let records = if case .records = question.type { true } else { false }
        if let said, said != AgendaWords.none, !records, let again = question.again, let text = wording(again, in: context) {
            let quoted = Template.placeholders(in: again).contains { $0.source == "previous" && $0.key == question.id }
            return Agenda.Question(text: text, lastAnswer: quoted ? nil : said)
        }
        guard let text = wording(question.ask, in: context) else { return nil }
        return Agenda.Question(text: text, lastAnswer: said)
    }

    /// A question's wording with its placeholders filled and the shell's typing hints taken out; `nil` when it
    /// quotes an answer that is not there, or an empty list in its main clause.
    static func wording(_ template: String, in context: Template.Context) -> String? {
        guard let trimmed = Template.withoutEmptyLists(template, in: context),
              let rendered = Template.render(trimmed, in: context) else { return nil }
        let text = withoutKeyboardHints(rendered)
        return text.isEmpty ? nil : text
    }

    /// "segments" as "segment", "key_dates" as "key date": the item an `each` question asks about.
    static func singular(_ id: String) -> String {
        let words = id.allUTF8Bytes({ $0 < 0x80 })  // ASCII: byte for byte, without Foundation's search
            ? String(decoding: id.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
            : id.replacingOccurrences(of: "_", with: " ")
        return words.hasSuffix("s") ? String(words.dropLast()) : words
    }

    /// The question without the shell's typing hints ("Enter keeps them", "(Enter leaves it blank.)",
    /// "One at a time; ..."): the director reads the agenda, not the keyboard instructions.
    static func withoutKeyboardHints(_ text: String) -> String {
        asciiWithoutKeyboardHints(text) ?? scalarWithoutKeyboardHints(text)
    }

    /// `withoutKeyboardHints(_:)` for any text, character by character.
    static func scalarWithoutKeyboardHints(_ text: String) -> String {
        var result = PlainScan.removingBracketedHints(from: text, openings: ["Enter", "One at a time"])
        // Sentences end at . ? or ! followed by a space.
        var sentences: [String] = []
        var current = ""
        for character in result {
            current.append(character)
            if character == " ", let last = current.dropLast().last, ".?!".contains(last) {
                sentences.append(current)
                current = ""
            }
        }
        sentences.append(current)
        let hints = ["Enter ", "One at a time", "Separate ", "Give one item"]
        let kept = sentences.filter { sentence in !hints.contains { sentence.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix($0) } }
        result = kept.joined()
        return result.trimmedOfWhitespace()
    }

    /// `withoutKeyboardHints(_:)` for ASCII text, worked on its bytes (where every character is one byte); `nil` for other text.
    ///
    /// The same steps: each "(Enter ...)" or "(One at a time ...)" goes with the white space before it, the text is
    /// cut into sentences after ". ", "? " and "! ", the sentences that start with a hint go, and the rest is trimmed.
    static func asciiWithoutKeyboardHints(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        func starts(_ word: String, at place: Int, in bytes: [UInt8]) -> Bool {
            bytes[place...].starts(with: word.utf8)
        }
        var cut: [UInt8] = []
        cut.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            var open = i
            while open < bytes.count, isSpace(bytes[open]) { open += 1 }
            if open < bytes.count, bytes[open] == UInt8(ascii: "("),
               starts("Enter", at: open + 1, in: bytes) || starts("One at a time", at: open + 1, in: bytes),
               let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: ")")) {
                i = close + 1
            } else {
                cut.append(bytes[i])
                i += 1
            }
        }
        var kept: [UInt8] = []
        kept.reserveCapacity(cut.count)
        var start = 0
        func keep(upTo end: Int) {
            var first = start
            while first < end, cut[first] == 0x20 || cut[first] == 0x09 { first += 1 }
            let hinted = ["Enter ", "One at a time", "Separate ", "Give one item"].contains { first < end && cut[first..<end].starts(with: $0.utf8) }
            if !hinted { kept.append(contentsOf: cut[start..<end]) }
            start = end
        }
        for index in cut.indices where cut[index] == 0x20 && index > start
            && [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(cut[index - 1]) {
            keep(upTo: index + 1)
        }
        keep(upTo: cut.count)
        guard let first = kept.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
              let last = kept.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        return String(decoding: kept[first...last], as: UTF8.self)
    }
}
