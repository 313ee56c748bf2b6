import Foundation

/// The session state machine: which question comes next, what an answer means, and moving around.
///
/// A plain value: every change returns what happened, and `session` is what the shell saves.
public struct Interview: Sendable {
    /// The script being followed.
    public let script: Script
    /// The session as it stands; save it after every change.
    public internal(set) var session: Session
    /// Last session's answers: defaults and quotes for this one.
    public let previous: [String: JSONValue]
    /// Every question in order, with its topic index.
    let flat: [(topic: Int, question: Question)]
    /// States to go back to with `undo`, newest last.
    var undoStack: [Snapshot] = []
    /// The question to come back to after `/edit` or `/goto` jumped away from one still to answer.
    var returnTo: String?
    /// The item of a check answered "carry on" or "not done", waiting for its new due date or month.
    var awaiting: JSONValue?
    /// The fundamentals the last plan's monthly reviews say are done, with the review that says so.
    public var reviewedDone: [String: String] = [:]
    /// How dates typed with slashes are read (31/5 day first by default).
    public var dateOrder: DateOrder = .dmy
    /// Whether an unusual answer (a plan start in the past or over a year ahead) is asked about before it is kept;
    /// off for input from a pipe, where it is kept with a note.
    public var confirmsUnusualAnswers = true
    /// An unusual answer waiting for the person's yes or no.
    var pendingConfirm: PendingConfirm?
    /// The currency just taken from a money answer, and the question that followed it: the same code typed there
    /// next (as the line for the currency question that was not asked) is taken as agreement, not as that answer.
    var currencyJustTaken: (code: String, before: String?)?

    /// What `undo` restores.
    struct Snapshot: Sendable {
        var answers: [String: Session.Answer]
        var answerOrder: [String]
        var skipped: [String]
        var position: String?
        var draft: JSONValue?
        var status: Session.Status
        var label: String
    }

    /// An interview over `session`, continuing where it stands.
    ///
    /// `reviewedDone`: the fundamentals the last plan's monthly reviews say are done, with the review that says so.
    public init(script: Script, session: Session, previous: [String: JSONValue] = [:], reviewedDone: [String: String] = [:]) {
        self.script = script
        self.session = session
        self.previous = previous
        self.reviewedDone = reviewedDone
        self.flat = script.questions
        if let position = session.position, !flat.contains(where: { $0.question.id == position }) {
            self.session.position = nil
            self.session.draft = nil
        }
        if self.session.position == nil || !isAsked(at: index ?? 0) {
            advance(from: index ?? -1, wrapFromStart: true)
        }
    }

    /// The index of the current question in `flat`, `nil` when finished.
    var index: Int? {
        guard let position = session.position else { return nil }
        return flat.firstIndex { $0.question.id == position }
    }

    /// Whether every question has been passed.
    public var isFinished: Bool { session.position == nil }

    /// The current question, `nil` when finished.
    public var currentQuestion: Question? { index.map { flat[$0].question } }

    /// The current topic, `nil` when finished.
    public var currentTopic: Topic? { index.map { script.topics[flat[$0].topic] } }

    /// What typed answers are checked against: list answers so far and the meeting date.
    public var context: AnswerContext {
        var items: [String: [String]] = [:]
        for (_, q) in flat {
            if let value = session.answers[q.id]?.value { AnswerContext.addItems(of: q, value: value, to: &items) }
        }
        return AnswerContext(items: items, today: session.meetingDate, dateOrder: dateOrder, planStart: planStartForReview,
                             currency: session.answers[Self.currencyKey]?.value.stringValue)
    }

    /// Whether the question at `i` is asked, given the answers so far.
    func isAsked(at i: Int) -> Bool {
        guard flat.indices.contains(i) else { return false }
        return flat[i].question.when?.holds(in: session.values) ?? true
    }

    /// Whether the question at `i` still wants an answer: unanswered and not skipped, or marked for re-check.
    func needsAnswer(at i: Int) -> Bool {
        guard isAsked(at: i) else { return false }
        let id = flat[i].question.id
        if session.skipped.contains(id) { return false }
        return session.answers[id]?.recheck ?? true
    }

    /// Moves to the next question that wants an answer after `i`, then from the start; finishes when none.
    mutating func advance(from i: Int, wrapFromStart: Bool = true) {
        session.draft = nil
        let after = flat.indices.filter { $0 > i }
        let before = wrapFromStart ? flat.indices.filter { $0 <= i } : []
        if let next = (after + before).first(where: needsAnswer(at:)) {
            session.position = flat[next].question.id
            session.status = .inProgress
        } else {
            session.position = nil
            session.status = unansweredQuestions.isEmpty && questionsToCheck.isEmpty ? .complete : .inProgress
        }
    }

    /// Opens a session that has passed its last question again: skipped questions are asked again,
    /// and when every question has an answer the session stands at the first one (Enter keeps each answer).
    public mutating func reopen() {
        guard isFinished else { return }
        session.skipped.removeAll()
        advance(from: -1)
        if isFinished, let first = flat.indices.first(where: isAsked(at:)) {
            session.position = flat[first].question.id
        }
    }

    /// Saves the state for `undo`.
    mutating func remember(_ label: String) {
        undoStack.append(Snapshot(answers: session.answers, answerOrder: session.answerOrder, skipped: session.skipped,
                                  position: session.position, draft: session.draft, status: session.status, label: label))
        if undoStack.count > 200 { undoStack.removeFirst() }
    }

    /// Stores a whole answer for question `q`, marks what depends on it for re-check, and moves on.
    mutating func commit(_ q: Question, _ given: JSONValue, now: String) -> AnswerOutcome {
        let value: JSONValue
        switch AnswerValidator.checkStored(given, as: q.type, options: context.items) {
        case .success(let normal): value = normal
        case .failure(let problem):
            if let kept = keepFittingParts(of: q, given) { return kept }
            session.draft = nil
            return .refused("The parts typed so far do not fit together (\(problem.message.withoutFullStop)); type the answer again.")
        }
        let old = session.answers[q.id]?.value
        remember("the last change to \(q.id)")
        session.setAnswer(q.id, value, at: now)
        if old != value { markDependents(of: q.id) }
        advance(from: index ?? -1)
        returnAfterJump(answered: q.id)
        return .accepted(echo: AnswerFormatter.describe(value, as: q.type))
    }

    /// After an answer given where `/edit` or `/goto` jumped to, goes back to the question the person left,
    /// once the answers the edit put in doubt have been checked.
    mutating func returnAfterJump(answered id: String) {
        guard let back = returnTo else { return }
        guard back != id, let j = flat.firstIndex(where: { $0.question.id == back }), needsAnswer(at: j) else {
            returnTo = nil
            return
        }
        // The next question in order comes first when it is before the one left (it will lead there),
        // and so does an answer the edit put in doubt; otherwise go back to where the person was.
        if let next = index {
            if next <= j { if next == j { returnTo = nil }; return }
            if session.answers[flat[next].question.id]?.recheck == true { return }
        }
        session.position = back
        session.status = .inProgress
        returnTo = nil
    }

    /// Marks answered questions that read `key` for re-check.
    mutating func markDependents(of key: String) {
        for (_, q) in flat where q.id != key && q.dependencies.contains(key) {
            session.answers[q.id]?.recheck = true
        }
    }

    /// The answer Enter keeps: this session's answer, else last session's, else the script's default.
    func wholeDefault(_ q: Question) -> JSONValue? {
        session.answers[q.id]?.value ?? q.carried(offered[q.id]) ?? q.defaultValue
    }

    /// The whole default when it passes today's rules (segments may have changed since).
    func validWholeDefault(_ q: Question) -> JSONValue? {
        guard let value = wholeDefault(q) else { return nil }
        // Last time's answers per segment do not cover a segment new this time: ask for it, item by item.
        if session.answers[q.id] == nil, case .each(let over, _, _) = q.type,
           let before = previous[over]?.arrayValue?.compactMap(\.stringValue), let now = context.items[over],
           now.contains(where: { !before.contains($0) && value[$0] == nil }) {
            return nil
        }
        if case .success(let normal) = AnswerValidator.checkStored(value, as: q.type, options: context.items) { return normal }
        return nil
    }

    /// Records time spent on a topic in a director meeting.
    public mutating func recordTime(seconds: Double, topicID: String) {
        guard seconds.isFinite, seconds > 0 else { return }
        // A topic left open for days stops counting at the limit the loader keeps to.
        let minutes = (Decimal(min(seconds, 1e9)) / 60).rounded(2)
        session.minutes[topicID] = Session.minutesInRange((session.minutes[topicID] ?? 0) + minutes)
    }
}

extension Interview {
    /// Marks the session as saved at `now`.
    public mutating func stamp(now: String) { session.updatedAt = now }

    /// Ids of answered questions still marked for re-check (an answer they depend on changed).
    public var questionsToCheck: [String] {
        flat.indices.filter { isAsked(at: $0) && session.answers[flat[$0].question.id]?.recheck == true }.map { flat[$0].question.id }
    }

    /// Ids of questions that are asked with the current answers but have no answer.
    public var unansweredQuestions: [String] {
        flat.indices.filter { isAsked(at: $0) && session.answers[flat[$0].question.id] == nil }.map { flat[$0].question.id }
    }

    /// Each topic with whether all its asked questions are answered, and whether the session stands in it.
    public var topicStatus: [(topic: Topic, done: Bool, current: Bool)] {
        let here = index.map { flat[$0].topic }
        return script.topics.enumerated().map { t, topic in
            let asked = flat.indices.filter { flat[$0].topic == t && isAsked(at: $0) }
            let done = asked.allSatisfy { session.answers[flat[$0].question.id].map { !$0.recheck } ?? false }
            return (topic, done, here == t)
        }
    }
}
