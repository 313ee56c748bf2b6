import Foundation

/// Last quarter's items checked before the script's own questions: the open actions first of all
/// (done, carry on with a new due date, or drop), and at the fundamentals those of the last plan
/// whose month begins before the new plan ("done?"; when not, the month of the new plan).
extension Interview {
    /// The first day of the plan being agreed: this session's answer, else last time's moved on.
    var planStartForReview: CalendarDate? {
        guard let q = script.question("plan_start") else { return nil }
        let value = session.answers[q.id]?.value ?? q.carried(previous[q.id])
        return value?.stringValue.flatMap(CalendarDate.init(iso:))
    }

    /// What last quarter's dated records become in this plan; `nil` without a previous session.
    public var carryReview: CarryForwardReview? {
        guard !previous.isEmpty, let start = planStartForReview else { return nil }
        return CarryForwardReview(previous: previous, planStart: start, meetingDate: session.meetingDate, doneFromReviews: reviewedDone)
    }

    /// Last session's answers as offered again: records whose date is before the new plan left out,
    /// fundamentals asked "done?" carried only when not done (with their new month).
    var offered: [String: JSONValue] {
        guard let review = carryReview else { return previous }
        var result = previous
        for (key, records) in review.kept {
            guard script.question(key) != nil else { continue }
            var all = records
            if key == "fundamentals" {
                all += ItemCheck.carriedFundamentals(session.answers[ItemCheck.fundamentalsKey]?.value, asked: review.askDone)
            }
            result[key] = all.isEmpty ? nil : .array(all)
        }
        return result
    }

    /// Last session's actions not yet reviewed in this one; none once this session's actions are answered.
    var openActionsToReview: [JSONValue] {
        guard script.question("actions") != nil, session.answers["actions"] == nil,
              let actions = previous["actions"]?.arrayValue else { return [] }
        let reviewed = session.answers[ItemCheck.actionsKey]?.value.arrayValue?.count ?? 0
        return Array(actions.dropFirst(reviewed))
    }

    /// The fundamentals still to ask "done?", when the session stands at the fundamentals question.
    var fundamentalsToReview: [CarryForwardReview.DoneQuestion] {
        guard currentQuestion?.id == "fundamentals", session.answers["fundamentals"] == nil, session.draft == nil,
              let review = carryReview else { return [] }
        let answered = Set((session.answers[ItemCheck.fundamentalsKey]?.value.arrayValue ?? []).compactMap { $0["item"]?.stringValue })
        return review.askDone.filter { !answered.contains($0.item) }
    }

    /// The prompt of the next check, when one is due before the current question.
    var checkPrompt: Prompt? {
        guard let i = index else { return nil }
        let topic = script.topics[flat[i].topic]
        func prompt(_ id: String, _ text: String, _ part: String, _ name: String, _ words: [String]) -> Prompt {
            Prompt(questionID: id, topicIndex: flat[i].topic, topicCount: script.topics.count, topicID: topic.id,
                   topicTitle: topic.title, text: text, part: part, partName: name, note: nil, defaultAnswer: nil,
                   help: Self.checkHelp, example: "done", completions: words, startsTopic: false, opensMeeting: id == ItemCheck.actionsKey)
        }
        if let action = openActionsToReview.first {
            let number = (session.answers[ItemCheck.actionsKey]?.value.arrayValue?.count ?? 0) + 1
            let name = action["action"]?.stringValue ?? "(unnamed)"
            let part = awaiting == action ? "New due date for \(name)?" : "\(ItemCheck.describeAction(action)): done, carry on or drop?"
            return prompt(ItemCheck.actionsKey, "Last quarter's open actions first: for each, done, carry on (with a new due date) or drop.",
                          part, "Open action \(number)", awaiting == action ? Self.dateWords : ["done", "carry on", "drop"])
        }
        if let fundamental = fundamentalsToReview.first {
            let part = awaiting == fundamental.record
                ? "In which month of the new plan should \(fundamental.item) be done: 1, 2 or 3?" : fundamental.question
            return prompt(ItemCheck.fundamentalsKey, "First, the fundamentals of the last plan: done, or carried into the new plan?",
                          part, fundamental.item, awaiting == fundamental.record ? ["1", "2", "3"] : ["yes", "no"])
        }
        return nil
    }

    /// Help for a check.
    static let checkHelp = "Say what became of last quarter's item. An open action: \"done\", \"carry on\" (then its new due date) or \"drop\". A fundamental: \"yes\" when it is done (it is not carried), \"no\" to carry it into the new plan (then its month)."

    /// Takes `text` as the answer to the pending check; `nil` when no check is pending.
    mutating func answerCheck(_ text: String, now: String) -> AnswerOutcome? {
        let line = text.trimmedOfWhitespace()
        if let action = openActionsToReview.first {
            let name = action["action"]?.stringValue ?? "(unnamed)"
            if awaiting == action {
                guard !line.isEmpty else { return .refused("Type the new due date for \(name), such as 2027-06-15 or next friday.") }
                switch AnswerValidator.parseLine(line, as: .date, in: context) {
                case .failure(let problem): return .refused(problem.message)
                case .success(let value):
                    guard let due = value.stringValue.flatMap(CalendarDate.init(iso:)) else { return .refused("Type the new due date as YYYY-MM-DD.") }
                    storeCheck(ItemCheck.actionsKey, ItemCheck.actionEntry(action, outcome: .carried, newDue: due), label: name, now: now)
                    return .accepted(echo: "\(name): carried on, due \(due.spoken).")
                }
            }
            switch ItemCheck.outcome(line) {
            case .done?, .dropped?:
                let outcome = ItemCheck.outcome(line) ?? .done
                storeCheck(ItemCheck.actionsKey, ItemCheck.actionEntry(action, outcome: outcome), label: name, now: now)
                return .accepted(echo: "\(name): \(outcome == .done ? "done" : "dropped").")
            case .carried?:
                awaiting = action
                return .partAccepted(echo: "\(name): carried on.")
            case nil:
                return .refused("Type done, carry on (then its new due date) or drop for \(name).")
            }
        }
        guard let fundamental = fundamentalsToReview.first else { return nil }
        let name = fundamental.item
        if awaiting == fundamental.record {
            let month: Int
            switch ScalarParser.month(line, planStart: planStartForReview) {
            case .success(let number): month = number
            case .failure(let problem):
                let named = PlanMonthName.month(AnswerText.key(line), typed: line, planStart: planStartForReview) != nil
                return .refused(named ? problem.message : "Type the month of the new plan for \(name): 1, 2 or 3.")
            }
            storeCheck(ItemCheck.fundamentalsKey, ItemCheck.fundamentalEntry(fundamental.record, done: false, month: month), label: name, now: now)
            return .accepted(echo: "\(name): carried into month \(month) of the new plan.")
        }
        switch line.lowercased() {
        case "yes", "y", "done":
            storeCheck(ItemCheck.fundamentalsKey, ItemCheck.fundamentalEntry(fundamental.record, done: true), label: name, now: now)
            return .accepted(echo: "\(name): done, not carried into the new plan.")
        case "no", "n", "not done", "not yet":
            awaiting = fundamental.record
            return .partAccepted(echo: "\(name): not done yet; it is carried into the new plan.")
        default:
            return .refused("Type yes if \(name) is done, or no to carry it into the new plan.")
        }
    }

    /// Adds one outcome to the list stored under `key`.
    private mutating func storeCheck(_ key: String, _ entry: JSONValue, label: String, now: String) {
        remember("the check of \(label)")
        let list = session.answers[key]?.value.arrayValue ?? []
        session.setAnswer(key, .array(list + [entry]), at: now)
        awaiting = nil
    }

    /// The records a records question starts from: the draft, or for this session's actions the ones carried on.
    func recordDraft(_ q: Question) -> RecordDraft {
        var draft = RecordDraft(session.draft)
        if session.draft == nil, session.answers[q.id] == nil, q.id == "actions" {
            draft.records = ItemCheck.carriedActions(session.answers[ItemCheck.actionsKey]?.value)
        }
        return draft
    }

    /// The lines under a records question about last time's records whose dates are before the new plan.
    func carryNote(_ q: Question, draft: RecordDraft) -> String? {
        guard session.answers[q.id] == nil, draft.isEmpty, let review = carryReview else { return nil }
        let lines = review.lines(for: q.id)
        guard !lines.isEmpty else { return nil }
        let kept = !(review.kept[q.id] ?? []).isEmpty
        var text = lines.joined(separator: " ")
        if q.id == "internal_changes" {
            text += " Does anything follow from \(lines.count == 1 ? "it" : "them")? Type it as a new internal change"
            text += kept ? "; Enter keeps the changes still running." : ", or Enter for none."
        } else if kept {
            text += " Enter keeps the rest; typing starts the list afresh."
        }
        return text
    }
}
