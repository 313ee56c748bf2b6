import Foundation

/// Keeping what fits when part of an answer typed in parts does not: nothing acknowledged is thrown away
/// because another part is bad (a draft damaged in its file, or rules that changed since it was typed).
extension Interview {
    /// A record typed earlier that does not fit its question now, with the field at fault when one is.
    struct RecordMisfit {
        /// The record's place among those typed, from 1.
        var number: Int
        /// The record as typed.
        var record: JSONObject
        /// The field whose value does not fit; `nil` when the record as a whole does not.
        var field: AnswerType.Field?
        /// Why, as a phrase.
        var problem: String
    }

    /// The records that fit the question now (in their normal form), and the first one that does not.
    func sortRecords(_ records: [JSONValue], fields: [AnswerType.Field]) -> (fit: [JSONValue], misfit: RecordMisfit?) {
        var fit: [JSONValue] = []
        var misfit: RecordMisfit?
        for (index, record) in records.enumerated() {
            switch AnswerValidator.checkStored(.array([record]), as: .records(fields: fields), options: context.items) {
            case .success(let normal): fit += normal.arrayValue ?? []
            case .failure(let problem):
                guard misfit == nil else { continue }
                misfit = blame(record.objectValue ?? JSONObject(), number: index + 1, fields: fields, problem: problem.message)
            }
        }
        return (fit, misfit)
    }

    /// Finds the field of `record` at fault: the first whose value does not fit its type, or the end of a span before its start.
    private func blame(_ record: JSONObject, number: Int, fields: [AnswerType.Field], problem: String) -> RecordMisfit {
        for field in fields {
            guard let value = record[field.id], value != .null || field.keepsNull else {
                if field.optional { continue }
                return RecordMisfit(number: number, record: record, field: field, problem: "it is missing")
            }
            if case .failure(let fieldProblem) = AnswerValidator.checkStored(value, as: field.type, options: context.items) {
                return RecordMisfit(number: number, record: record, field: field, problem: fieldProblem.message.withoutFullStop)
            }
        }
        if StoredValueChecker.recordProblem(record) != nil, let to = fields.first(where: { $0.id == "to" }) {
            return RecordMisfit(number: number, record: record, field: to, problem: "it is before the start")
        }
        return RecordMisfit(number: number, record: record, field: nil, problem: problem.withoutFullStop)
    }

    /// Keeps the records that fit and puts the one that does not back as the record being typed, without its bad field,
    /// so only that field is asked again. Returns the refusal to show.
    mutating func keepFittingRecords(_ q: Question, fields: [AnswerType.Field], fit: [JSONValue], misfit: RecordMisfit) -> AnswerOutcome {
        let noun = Self.recordNoun(q)
        var draft = RecordDraft(nil)
        draft.records = fit
        let kept = fit.isEmpty ? "" : (fit.count == 1 ? " The other \(noun) is kept." : " The other \(fit.count) \(noun)s are kept.")
        if let field = misfit.field {
            var current = Self.withBlanks(misfit.record, fields: fields)
            current[field.id] = nil
            draft.current = current
            session.draft = .object(draft.json)
            let label = Self.words(field.id)
            return .refused("The \(label) of \(noun) \(misfit.number) does not fit (\(misfit.problem)): type its \(label) again.\(kept)")
        }
        session.draft = fit.isEmpty ? nil : .object(draft.json)
        return .refused("\(noun.capitalizedFirst) \(misfit.number) does not fit (\(misfit.problem)) and was left out: type it again.\(kept)")
    }

    /// For a split or per-segment answer that does not fit: keeps the parts that do and refuses naming the first that does not.
    mutating func keepFittingParts(of q: Question, _ given: JSONValue) -> AnswerOutcome? {
        guard let parts = given.objectValue else { return nil }
        switch q.type {
        case .split(let over): return keepFittingParts(q, parts: parts, items: context.items[over] ?? [], item: .percent)
        case .each(let over, let item, _): return keepFittingParts(q, parts: parts, items: context.items[over] ?? [], item: item)
        default: return nil
        }
    }

    /// Removes the parts of a split or per-segment draft that do not fit (a name no longer among the items,
    /// a value of the wrong kind), keeping the rest; returns the refusal naming the first part removed.
    mutating func keepFittingParts(_ q: Question, parts: JSONObject, items: [String], item: AnswerType) -> AnswerOutcome? {
        var kept = JSONObject()
        var firstBad: (name: String, problem: String)?
        for (name, value) in parts.pairs {
            let problem: String?
            if !items.contains(name) {
                problem = "it is not one of the names in the list now"
            } else if value == .null {
                problem = nil
            } else if case .failure(let failure) = AnswerValidator.checkStored(value, as: item, options: context.items) {
                problem = failure.message.withoutFullStop
            } else {
                problem = nil
            }
            if let problem { if firstBad == nil { firstBad = (name, problem) } } else { kept[name] = value }
        }
        guard let firstBad else { return nil }
        session.draft = kept.isEmpty ? nil : .object(kept)
        let what = if case .split = q.type { "share" } else { "answer" }
        return .refused("The \(what) for \(firstBad.name) typed earlier does not fit (\(firstBad.problem)): type it again; the rest typed so far is kept.")
    }
}
