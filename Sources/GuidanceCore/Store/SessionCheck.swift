import Foundation

/// Checks a session read from a file with the rules of its script, so a damaged or hand-edited file
/// is refused with its reason instead of reaching the planner or the shell.
public enum SessionCheck {
    /// The longest a topic's recorded time may be, in minutes (a working week).
    public static let maximumMinutes: Decimal = 2400

    /// `.success` when every answer fits its question, the times are sane and any draft is well formed.
    public static func check(_ session: Session, script: Script) -> Result<Void, AnswerProblem> {
        var items: [String: [String]] = [:]
        for (_, question) in script.questions {
            guard let value = session.answers[question.id]?.value else { continue }
            switch AnswerValidator.checkStored(value, as: question.type, options: items) {
            case .success(let normal):
                if case .list = question.type { items[question.id] = normal.arrayValue?.compactMap(\.stringValue) }
            case .failure(let problem):
                return .failure(AnswerProblem("its answer \"\(question.id)\" does not fit the question: \(problem.message.withoutFullStop)"))
            }
        }
        for (topic, minutes) in session.minutes where minutes < 0 || minutes > maximumMinutes {
            return .failure(AnswerProblem("the time recorded for topic \"\(topic)\" is not a number of minutes between 0 and \(AnswerFormatter.number(maximumMinutes))"))
        }
        if let draft = session.draft, !isSaneDraft(draft) {
            return .failure(AnswerProblem("the part-typed answer it holds is damaged"))
        }
        return .success(())
    }

    /// Drafts hold objects and lists of short values: whole percentages stay within 0-100 and numbers stay small.
    static func isSaneDraft(_ value: JSONValue, depth: Int = 0) -> Bool {
        guard depth < 6 else { return false }
        switch value {
        case .number(let n): return abs(NSDecimalNumber(decimal: n).doubleValue) < 1e12
        case .array(let items): return items.allSatisfy { isSaneDraft($0, depth: depth + 1) }
        case .object(let object): return object.pairs.allSatisfy { isSaneDraft($0.value, depth: depth + 1) }
        default: return true
        }
    }
}
