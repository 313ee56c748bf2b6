import Foundation

/// What happens to the parts of an answer typed in parts when the person leaves the question part-way
/// (`/goto`, `/edit`, `/next`, `/skip`): what was acknowledged is kept, or the person is told plainly what is not.
extension Interview {
    /// Keeps what can be kept of the current question's draft and clears it; returns what happened, in words.
    @discardableResult
    mutating func settleDraft() -> String? {
        guard let i = index, let draft = session.draft else { return nil }
        let q = flat[i].question
        switch q.type {
        case .records(let fields): return settleRecords(q, draft: draft, fields: fields)
        case .each(_, let item, _): return settleEach(q, draft: draft.objectValue ?? JSONObject(), item: item)
        case .split: return settleSplit(q, draft: draft.objectValue ?? JSONObject())
        default:
            session.draft = nil
            return nil
        }
    }

    /// Records: every finished record is kept as the answer; a record half typed is not, and the person is told.
    private mutating func settleRecords(_ q: Question, draft: JSONValue, fields: [AnswerType.Field]) -> String? {
        let typed = RecordDraft(draft)
        let (records, misfit) = sortRecords(typed.records, fields: fields)
        session.draft = nil
        let noun = Self.recordNoun(q)
        var notes = ""
        if let misfit { notes += " \(noun.capitalizedFirst) \(misfit.number) was left out: \(misfit.problem)." }
        if !typed.current.isEmpty { notes += " The \(noun) being typed was not finished, so it is not kept." }
        guard !records.isEmpty else { return notes.isEmpty ? nil : String(notes.dropFirst()) }
        let old = session.answers[q.id]?.value
        let value = JSONValue.array(records)
        session.setAnswer(q.id, value, at: session.updatedAt)
        if old != value { markDependents(of: q.id) }
        return (records.count == 1 ? "Kept the \(noun) added so far." : "Kept the \(records.count) \(noun)s added so far.") + notes
    }

    /// One answer per segment: the parts typed are kept with any earlier answer for the other segments.
    /// When that does not cover every segment, the answer is kept marked to check, so it is asked again
    /// (Enter keeps each part given) and the plan says it is unfinished.
    private mutating func settleEach(_ q: Question, draft: JSONObject, item: AnswerType) -> String? {
        session.draft = nil
        let parts = draft.pairs.filter { $0.value != .null }
        guard !draft.isEmpty else { return nil }
        var merged = session.answers[q.id]?.value.objectValue ?? JSONObject()
        for (name, value) in draft.pairs { merged[name] = value == .null ? nil : value }
        let old = session.answers[q.id]?.value
        let value = JSONValue.object(merged)
        let complete: Bool
        if case .success = AnswerValidator.checkStored(value, as: q.type, options: context.items) { complete = true } else { complete = false }
        session.setAnswer(q.id, value, at: session.updatedAt)
        if old != value { markDependents(of: q.id) }
        let names = AnswerFormatter.joined(parts.map(\.key))
        guard !complete else { return parts.isEmpty ? nil : "Kept the answers typed for \(names)." }
        session.answers[q.id]?.recheck = true
        return "Kept the answers typed for \(parts.isEmpty ? "none of the segments" : names); the rest is still to give, so /edit \(q.id) comes back to it."
    }

    /// A split: shares that do not yet total 100% cannot stand as an answer, so the person is told which were dropped.
    private mutating func settleSplit(_ q: Question, draft: JSONObject) -> String? {
        session.draft = nil
        guard !draft.isEmpty else { return nil }
        let shares = draft.pairs.map { "\($0.key) \(AnswerFormatter.describe($0.value))%" }.joined(separator: ", ")
        let kept = session.answers[q.id] == nil ? "" : " The earlier split stands."
        return "The shares typed so far (\(shares)) are not kept: a split must total 100%.\(kept) /edit \(q.id) comes back to it."
    }
}
