import Foundation

extension Interview {
    /// Goes back one step: the last part typed of this question, or else the previous question.
    public mutating func back() -> String {
        pendingConfirm = nil
        guard let i = index else {
            guard let last = flat.indices.last(where: isAsked(at:)) else { return "There is no question to go back to." }
            session.position = flat[last].question.id
            session.status = .inProgress
            return "Back to the last question."
        }
        let q = flat[i].question
        if case .records(let fields) = q.type {
            var records = RecordDraft(session.draft)
            if !records.isEmpty {
                remember("the step back in \(q.id)")
                if records.current.isEmpty, case .object(let last)? = records.records.popLast() {
                    records.current = Self.withBlanks(last, fields: fields)
                }
                if let key = records.current.keys.last { records.current[key] = nil }
                session.draft = records.isEmpty ? nil : .object(records.json)
                return "Back one part: type it again."
            }
        } else if var draft = session.draft?.objectValue, !draft.isEmpty {
            remember("the step back in \(q.id)")
            if let key = draft.keys.last { draft[key] = nil }
            session.draft = draft.isEmpty ? nil : .object(draft)
            return "Back one part: type it again."
        }
        guard let previous = flat.indices.last(where: { $0 < i && isAsked(at: $0) }) else {
            return "This is the first question; there is nothing before it."
        }
        session.position = flat[previous].question.id
        session.draft = nil
        return validWholeDefault(flat[previous].question) == nil || session.answers[flat[previous].question.id] == nil
            ? "Back to the previous question."
            : "Back to the previous question; Enter keeps its answer."
    }

    /// Jumps to the first question of a topic named by its number, its id or words of its title (see `TopicMatcher`).
    public mutating func goto(topic name: String) -> Result<String, AnswerProblem> {
        pendingConfirm = nil
        let t: Int
        switch TopicMatcher.match(name, in: script.topics) {
        case .success(let found): t = found
        case .failure(let problem): return .failure(problem)
        }
        // Keeping the parts typed can change which questions are asked: decide on the session as it will be.
        var settled = self
        let kept = settled.settleDraft().map { $0 + " " } ?? ""
        guard let first = flat.indices.first(where: { flat[$0].topic == t && settled.isAsked(at: $0) }) else {
            return .failure(AnswerProblem("None of the questions of \(script.topics[t].title) apply now."))
        }
        self = settled
        let here = index.flatMap { needsAnswer(at: $0) ? flat[$0].question.id : nil }
        session.position = flat[first].question.id
        session.draft = nil
        session.status = .inProgress
        if let here, here != session.position { returnTo = returnTo ?? here }
        return .success(kept + "Now at \(script.topics[t].title).")
    }

    /// Jumps to one question, named by its id (or the start of it), to change its answer.
    public mutating func edit(question name: String) -> Result<String, AnswerProblem> {
        pendingConfirm = nil
        let ids = flat.map(\.question.id)
        let found: String
        switch NameMatcher.match(name.trimmedOfWhitespace(), among: ids, noun: "question") {
        case .success(let id): found = id
        case .failure(let problem): return .failure(problem)
        }
        guard let i = flat.firstIndex(where: { $0.question.id == found }) else {
            return .failure(AnswerProblem("There is no question called \(name)."))
        }
        // Keeping the parts typed can change which questions are asked: decide on the session as it will be.
        var settled = self
        let kept = settled.settleDraft().map { $0 + " " } ?? ""
        guard settled.isAsked(at: i) else {
            return .failure(AnswerProblem("The question \(found) is not asked with the answers given so far."))
        }
        self = settled
        let here = index.flatMap { needsAnswer(at: $0) ? flat[$0].question.id : nil }
        session.position = found
        session.draft = nil
        session.status = .inProgress
        if let here, here != found { returnTo = returnTo ?? here }
        let keeps = session.answers[found] != nil && validWholeDefault(flat[i].question) != nil
        return .success(kept + (keeps ? "Now at \(found); Enter keeps the current answer." : "Now at \(found)."))
    }

    /// Moves to the next topic, leaving the rest of this one unanswered.
    public mutating func nextTopic() -> String {
        pendingConfirm = nil
        guard let i = index else { return "The session is finished." }
        let t = flat[i].topic
        remember("the move to the next topic")
        let kept = settleDraft().map { $0 + " " } ?? ""
        for j in flat.indices where flat[j].topic == t && j >= i && needsAnswer(at: j) {
            let id = flat[j].question.id
            if !session.skipped.contains(id) { session.skipped.append(id) }
        }
        let lastOfTopic = flat.indices.last { flat[$0].topic == t } ?? i
        advance(from: lastOfTopic)
        return kept + (isFinished ? "That was the last topic." : "Moved on to \(currentTopic?.title ?? "the next topic").")
    }

    /// Takes back the last answer (or part, or skip): restores the session as it was before it.
    public mutating func undo() -> String {
        pendingConfirm = nil
        guard let snapshot = undoStack.popLast() else { return "There is nothing to undo in this sitting." }
        session.answers = snapshot.answers
        session.answerOrder = snapshot.answerOrder
        session.skipped = snapshot.skipped
        session.position = snapshot.position
        session.draft = snapshot.draft
        session.status = snapshot.status
        return "Took back \(snapshot.label)."
    }
}

extension Interview {
    /// A finished record with its blank optional fields put back as `null`, in field order, to be edited again.
    static func withBlanks(_ record: JSONObject, fields: [AnswerType.Field]) -> JSONObject {
        var result = JSONObject()
        for field in fields { result[field.id] = record[field.id] ?? .null }
        return result
    }
}
