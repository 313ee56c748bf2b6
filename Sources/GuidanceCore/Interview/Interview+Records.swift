import Foundation

extension Interview {
    /// The records finished so far and the fields of the record being typed.
    struct RecordDraft {
        var records: [JSONValue]
        var current: JSONObject

        init(_ json: JSONValue?) {
            records = json?["records"]?.arrayValue ?? []
            current = json?["current"]?.objectValue ?? JSONObject()
        }

        var json: JSONObject { JSONObject([("records", .array(records)), ("current", .object(current))]) }
        var isEmpty: Bool { records.isEmpty && current.isEmpty }

        /// The first field of the current record without a value (a blank optional field holds `null`).
        func fieldIndex(_ fields: [AnswerType.Field]) -> Int? {
            fields.firstIndex { current[$0.id] == nil }
        }
    }

    /// Words that mean "no records at all".
    static let noneWords: Set<String> = ["none", "no", "nothing", "-", "n/a"]

    mutating func answerRecord(_ q: Question, fields: [AnswerType.Field], line: String, now: String) -> AnswerOutcome {
        var draft = recordDraft(q)
        guard let fieldIndex = draft.fieldIndex(fields) else { return .refused("This record is already complete.") }
        let field = fields[fieldIndex]
        let noun = Self.recordNoun(q)
        if fieldIndex == 0 && draft.current.isEmpty {
            if line.isEmpty {
                if draft.records.isEmpty, let whole = wholeDefault(q) {
                    switch AnswerValidator.checkStored(whole, as: q.type, options: context.items) {
                    case .success(let normal): return commit(q, normal, now: now)
                    case .failure(let problem):
                        return .refused("The earlier answer no longer fits: \(problem.message.withoutFullStop). Type the items again one at a time, or \"none\" for none.")
                    }
                }
                return finishRecords(q, draft.records, now: now)
            }
            if draft.records.isEmpty, Self.noneWords.contains(line.lowercased()) {
                return commit(q, .array([]), now: now)
            }
            if draft.records.count >= AnswerRules.maximumItems {
                return .refused("That makes \(draft.records.count) \(noun)s, the most one answer keeps: press Enter on an empty line to finish.")
            }
        }
        if line.isEmpty {
            if let value = field.defaultValue {
                draft.current[field.id] = value
            } else if field.optional {
                draft.current[field.id] = .null
            } else {
                return .refused("This part needs an answer, such as \(example(for: field)); or /back to change the last part.")
            }
        } else {
            switch AnswerValidator.parseLine(line, as: field.type, in: context) {
            case .success(let value): draft.current[field.id] = value
            case .failure(let problem): return .refused(problem.message)
            }
        }
        if draft.fieldIndex(fields) == nil {
            var record = JSONObject()
            for field in fields {
                guard let value = draft.current[field.id], value != .null || field.keepsNull else { continue }
                record[field.id] = value
            }
            if let problem = StoredValueChecker.recordProblem(record) {
                return .refused("This \(noun) \(problem): type the \(Self.words(field.id)) again, or /back to change an earlier part.")
            }
            draft.records.append(.object(record))
            draft.current = JSONObject()
            guard SessionCheck.isSaneDraft(.object(draft.json)) else { return Self.unsafePart }
            remember("the last change to \(q.id)")
            session.draft = .object(draft.json)
            let summary = AnswerFormatter.describeRecord(.object(record), fields: fields)
            return .partAccepted(echo: "Added \(noun) \(draft.records.count): \(summary). Enter on an empty line when there are no more.")
        }
        guard SessionCheck.isSaneDraft(.object(draft.json)) else { return Self.unsafePart }
        remember("the last change to \(q.id)")
        session.draft = .object(draft.json)
        let shown = draft.current[field.id].map { $0 == .null && !field.keepsNull ? "(left blank)" : AnswerFormatter.describe($0, as: field.type) } ?? ""
        let label = Self.words(field.id)
        return .partAccepted(echo: shown.lowercased().hasPrefix(label) ? shown.capitalizedFirst : "\(label.capitalizedFirst): \(shown)")
    }

    /// Finishes a records answer with the records typed so far; one that no longer fits is asked again, the rest kept.
    private mutating func finishRecords(_ q: Question, _ records: [JSONValue], now: String) -> AnswerOutcome {
        guard case .records(let fields) = q.type else { return commit(q, .array(records), now: now) }
        let (fit, misfit) = sortRecords(records, fields: fields)
        if let misfit { return keepFittingRecords(q, fields: fields, fit: fit, misfit: misfit) }
        return commit(q, .array(fit), now: now)
    }

    /// The refusal of a part that would make a draft the loader refuses (a guard: the parsers keep the same rules).
    static let unsafePart = AnswerOutcome.refused("That part cannot be kept as typed (it is too long or holds a control character): type it again.")

    /// "fundamentals item", "internal change": what one record is called, from the question id.
    static func recordNoun(_ q: Question) -> String {
        let base = words(q.id)
        if base.hasSuffix("s") && !base.hasSuffix("als") { return String(base.dropLast()) }
        return base + " item"
    }

    /// A key in words: "capacity_pct" -> "capacity pct".
    static func words(_ key: String) -> String { key.replacingOccurrences(of: "_", with: " ") }
}

extension String {
    /// The string with its first letter in capitals.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// The sentence without its final full stop, to go inside another sentence.
    var withoutFullStop: String { hasSuffix(".") ? String(dropLast()) : self }
}
