import Foundation

/// A plan start before the meeting or more than a year after it is asked about before it is kept
/// ("... is over 6 years ago, before the meeting. Is that the plan start you mean? (y/n)").
/// When the interview does not confirm (input from a pipe or a file), it is kept with the warning in the echo.
extension Interview {
    /// An answer held until the person says it is the one they mean.
    struct PendingConfirm: Sendable, Equatable {
        var question: String
        var value: JSONValue
        var warning: String
    }

    /// The warning for an unusual answer to `q`, or `nil`.
    func unusualAnswerWarning(_ q: Question, _ value: JSONValue) -> String? {
        guard q.id == PlanStartCheck.key, let start = value.stringValue.flatMap(CalendarDate.init(iso:)) else { return nil }
        return PlanStartCheck.warning(start, meeting: session.meetingDate)
    }

    /// Commits `value`, or first asks whether it is meant when it is unusual.
    mutating func commitOrConfirm(_ q: Question, _ value: JSONValue, now: String) -> AnswerOutcome {
        guard let warning = unusualAnswerWarning(q, value) else { return commit(q, value, now: now) }
        guard confirmsUnusualAnswers else {
            let outcome = commit(q, value, now: now)
            guard case .accepted(let echo) = outcome else { return outcome }
            let distance = value.stringValue.flatMap(CalendarDate.init(iso:)).flatMap { PlanStartCheck.distance($0, meeting: session.meetingDate) }
            return .accepted(echo: "\(echo). Note: that is \(distance ?? "unusual"); if it is a slip, /edit \(q.id) changes it.")
        }
        pendingConfirm = PendingConfirm(question: q.id, value: value, warning: warning)
        return .partAccepted(echo: warning)
    }

    /// The pending confirmation of the current question, if any.
    var currentConfirm: PendingConfirm? {
        guard let pending = pendingConfirm, pending.question == currentQuestion?.id else { return nil }
        return pending
    }

    /// Takes `line` as the yes or no to a pending confirmation; `nil` when none is pending or the line is a new answer.
    mutating func answerConfirm(_ line: String, now: String) -> AnswerOutcome? {
        guard let pending = currentConfirm, let q = currentQuestion else { return nil }
        let shown = AnswerFormatter.describe(pending.value, as: q.type)
        switch ScalarParser.yesNo(line) {
        case .success(true):
            pendingConfirm = nil
            return commit(q, pending.value, now: now)
        case .success(false):
            pendingConfirm = nil
            return .refused("Not kept: type the plan start you mean, such as \(example(for: q)).")
        case .failure:
            if !AnswerText.trimmed(line).isEmpty, case .success = AnswerValidator.parseLine(line, as: q.type, in: context) {
                pendingConfirm = nil
                return nil
            }
            return .refused("Type yes to keep \(shown) as the plan start, or no to type another date.")
        }
    }
}
