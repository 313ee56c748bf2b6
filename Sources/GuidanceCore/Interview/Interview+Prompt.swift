import Foundation

extension Interview {
    /// The question the session stands at, ready to show; `nil` when finished.
    public var prompt: Prompt? {
        guard let i = index else { return nil }
        if let check = checkPrompt { return check }
        let (t, q) = flat[i]
        let topic = script.topics[t]
        let firstInTopic = flat.indices.first { flat[$0].topic == t && isAsked(at: $0) }
        var prompt = Prompt(questionID: q.id, topicIndex: t, topicCount: script.topics.count, topicID: topic.id,
                            topicTitle: topic.title, text: questionText(q), part: nil, partName: nil, note: nil, defaultAnswer: nil,
                            help: q.help, example: example(for: q), completions: completions(for: q.type),
                            startsTopic: firstInTopic == i && session.draft == nil)
        if session.answers[q.id]?.recheck == true {
            prompt.note = "An answer this one depends on has changed: check it still holds (Enter keeps it when it does)."
        }
        if currentConfirm != nil {
            prompt.part = PlanStartCheck.question
            prompt.partName = "Keep it?"
            prompt.completions = ["yes", "no"]
            return prompt
        }
        switch q.type {
        case .split(let over): describeSplitPart(q, over: over, into: &prompt)
        case .each(let over, let item, let optionalItems): describeEachPart(q, over: over, item: item, optionalItems: optionalItems, into: &prompt)
        case .records(let fields): describeRecordPart(q, fields: fields, into: &prompt)
        default:
            if let value = validWholeDefault(q) {
                prompt.defaultAnswer = AnswerFormatter.describe(value, as: q.type)
            } else if wholeDefault(q) != nil {
                prompt.note = "The earlier answer no longer fits the answers it depends on: type a new one."
            }
        }
        return prompt
    }

    /// The types of the questions the placeholders of `texts` quote, to describe their answers in words: all
    /// `Template.render` looks up, without a dictionary of every question's type made at every prompt.
    func types(quotedIn texts: String?...) -> [String: AnswerType] {
        var found: [String: AnswerType] = [:]
        for case let text? in texts where text.hasUTF8Byte(where: { $0 == UInt8(ascii: "{") }) {
            for placeholder in Template.placeholders(in: text) where found[placeholder.key] == nil {
                if let entry = flat.first(where: { $0.question.id == placeholder.key }) { found[placeholder.key] = entry.question.type }
            }
        }
        return found
    }

    /// The question in words: the carry-forward wording when last session answered it, quoting answers.
    public func questionText(_ q: Question) -> String {
        let offered = offered
        let context = Template.Context(answers: session.values, previous: offered, types: types(quotedIn: q.ask, q.again))
        if q.carried(offered[q.id]) != nil, let again = q.again, let text = Template.render(again, in: context) { return text }
        if let text = Template.render(q.ask, in: context) { return text }
        return PlainScan.replacingPlaceholders(in: q.ask, with: "(not answered yet)")
    }

    /// Words Tab offers for an answer of this type.
    func completions(for type: AnswerType) -> [String] {
        switch type {
        case .choice(.labelled(let options, let names)): return options + options.compactMap { names[$0] }
        case .choice(let source): return context.options(source) ?? []
        case .choices(let source): return (context.options(source) ?? []) + ["all"]
        case .yesNo: return ["yes", "no"]
        case .month: return ["1", "2", "3"] + (context.planStart.map { start in (0..<3).map { start.adding(months: $0).monthName } } ?? [])
        case .date, .dates: return Self.dateWords
        case .endDate: return Self.dateWords + ["permanent", "ongoing"]
        case .split(let over), .each(let over, _, _):
            var words = context.items[over] ?? []
            if case .each(_, let item, _) = type { words += completions(for: item) }
            return words
        default: return []
        }
    }

    /// Words Tab offers for a date.
    static let dateWords = ["today", "tomorrow", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "end", "of", "month"]

    private func describeSplitPart(_ q: Question, over: String, into prompt: inout Prompt) {
        guard let items = context.items[over] else { prompt.note = "Answer \"\(over)\" first (/edit \(over))."; return }
        let draft = draftObject
        let total = draft.pairs.reduce(0) { $0 + min(max($1.value.intValue ?? 0, 0), 100) }
        let missing = items.filter { draft[$0] == nil }
        prompt.part = missing.first
        prompt.partName = missing.first
        if draft.isEmpty {
            if let whole = validWholeDefault(q) {
                prompt.defaultAnswer = AnswerFormatter.describe(whole, as: q.type)
            } else if wholeDefault(q) != nil {
                prompt.note = "The earlier split no longer fits the segments: type it again, on one line or one share at a time."
            }
            prompt.note = prompt.note ?? "Type the whole split on one line, or one share at a time: total so far 0%, 100% left."
        } else {
            prompt.note = "Total so far \(total)%, \(100 - total)% left."
            if missing.count == 1 { prompt.defaultAnswer = "\(100 - total)%" }
        }
    }

    private func describeEachPart(_ q: Question, over: String, item: AnswerType, optionalItems: Bool, into prompt: inout Prompt) {
        guard let items = context.items[over] else { prompt.note = "Answer \"\(over)\" first (/edit \(over))."; return }
        let draft = draftObject
        guard let current = pendingItem(items, draft: draft) else { return }
        prompt.part = current
        prompt.partName = current
        let offered = offered
        let context = Template.Context(answers: session.values, previous: offered, types: types(quotedIn: q.ask), item: current)
        let offersWhole = draft.isEmpty && validWholeDefault(q) != nil
        let carried = offersWhole && q.carried(offered[q.id]) != nil && q.again != nil
        if !carried, let text = Template.render(q.ask, in: context), q.ask.contains("{{item}}") { prompt.text = text }
        if draft.isEmpty, let whole = validWholeDefault(q) {
            prompt.defaultAnswer = AnswerFormatter.describe(whole, as: q.type)
        } else if let value = partDefault(q, item: current, type: item) {
            prompt.defaultAnswer = AnswerFormatter.describe(value, as: item)
        } else if optionalItems {
            prompt.defaultAnswer = "leave blank"
        }
    }

    /// The parts typed of the record being added ("Jo leaves (from Wednesday 31 March 2027)"); nil before any.
    static func recordSoFar(_ current: JSONObject, fields: [AnswerType.Field]) -> String? {
        let typed = JSONObject(current.pairs.filter { $0.value != .null }.map { ($0.key, $0.value) })
        guard !typed.isEmpty else { return nil }
        return AnswerFormatter.describeRecord(.object(typed), fields: fields)
    }

    private func describeRecordPart(_ q: Question, fields: [AnswerType.Field], into prompt: inout Prompt) {
        let draft = recordDraft(q)
        guard let fieldIndex = draft.fieldIndex(fields) else { return }
        let field = fields[fieldIndex]
        let noun = Self.recordNoun(q)
        prompt.partName = "\(noun.capitalizedFirst) \(draft.records.count + 1)"
        prompt.part = "\(noun.capitalizedFirst) \(draft.records.count + 1): \(field.ask)"
        prompt.typedSoFar = Self.recordSoFar(draft.current, fields: fields).map { "\(prompt.partName ?? "") so far: \($0)." }
        prompt.help = field.help
        prompt.example = example(for: field)
        prompt.completions = completions(for: field.type)
        if fieldIndex == 0 && draft.current.isEmpty {
            prompt.note = carryNote(q, draft: draft) ?? prompt.note
            if session.draft == nil, session.answers[q.id] == nil, !draft.records.isEmpty {
                let carried = draft.records.map { AnswerFormatter.describeRecord($0, fields: fields) }
                prompt.note = "Carried on from last time: \(carried.joined(separator: "; ")). Add the new ones; Enter on an empty line when there are no more."
            }
            if draft.records.isEmpty, let whole = validWholeDefault(q), whole != .array([]) {
                prompt.defaultAnswer = "keep \(AnswerFormatter.describe(whole, as: q.type))"
                prompt.note = prompt.note ?? "Type \"none\" if there are none this time."
            } else if draft.records.isEmpty, wholeDefault(q) != nil, validWholeDefault(q) == nil {
                prompt.note = "The earlier answer no longer fits the segments: type the items again, or \"none\"."
            } else {
                prompt.defaultAnswer = draft.records.isEmpty ? "none" : "no more"
            }
        } else if let value = field.defaultValue {
            prompt.defaultAnswer = AnswerFormatter.describe(value, as: field.type)
        } else if field.optional {
            prompt.defaultAnswer = "leave blank"
        }
    }
}
