import Foundation

/// Checks a session read from a file with the rules of its script, so a damaged or hand-edited file
/// is refused with its reason instead of reaching the planner or the shell.
public enum SessionCheck {
    /// `.success` when every answer fits its question, and any draft is well formed.
    ///
    /// An answer marked for re-check was given against an earlier version of the lists it draws on
    /// (the segments before one was added or removed): the interview keeps it on purpose until it is
    /// checked, so it must fit its question's shape and text rules but not today's lists.
    public static func check(_ session: Session, script: Script) -> Result<Void, AnswerProblem> {
        var items: [String: [String]] = [:]
        for (_, question) in script.questions {
            guard let answer = session.answers[question.id] else { continue }
            var options = items
            if answer.recheck { for key in question.type.itemKeys { options[key] = nil } }
            switch AnswerValidator.checkStored(answer.value, as: question.type, options: options) {
            case .success(let normal):
                AnswerContext.addItems(of: question, value: normal, to: &items)
            case .failure(let problem):
                return .failure(AnswerProblem("its answer \"\(question.id)\" does not fit the question: \(problem.message.withoutFullStop)"))
            }
        }
        for key in ItemCheck.keys {
            if let value = session.answers[key]?.value, let problem = ItemCheck.problem(value) {
                return .failure(AnswerProblem("its answer \"\(key)\" \(problem)"))
            }
        }
        if let draft = session.draft, !isSaneDraft(draft) {
            return .failure(AnswerProblem("the part-typed answer it holds is damaged"))
        }
        return .success(())
    }

    /// Drafts hold objects and lists of short values: numbers stay small and texts keep the rules of every answer.
    ///
    /// The interview checks a draft with this before it stores it, so a draft it saves is one the loader accepts.
    public static func isSaneDraft(_ value: JSONValue, depth: Int = 0) -> Bool {
        guard depth < 6 else { return false }
        switch value {
        case .number(let n): return abs(NSDecimalNumber(decimal: n).doubleValue) < 1e12
        case .string(let text): return AnswerRules.problem(text) == nil
        case .array(let items): return items.count <= maximumDraftItems && items.allSatisfy { isSaneDraft($0, depth: depth + 1) }
        case .object(let object):
            return object.count <= maximumDraftItems
                && object.pairs.allSatisfy { AnswerRules.problem($0.key) == nil && isSaneDraft($0.value, depth: depth + 1) }
        default: return true
        }
    }

    /// The most parts a draft may hold at one level (records typed so far, segments of a split).
    public static let maximumDraftItems = 1000
}
