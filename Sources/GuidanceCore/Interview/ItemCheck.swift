import Foundation

/// What happened to last quarter's items, as stored in a session's answers under keys no script asks.
///
/// `actions_reviewed` holds last session's actions, each with `"outcome"`: `"done"`, `"dropped"` or
/// `"carried"` (with `"new_due"`); `fundamentals_reviewed` holds last plan's fundamentals whose month
/// had begun, each with `"done"` (true or false) and, when not done, the `"month"` of the new plan.
/// Readers that do not know these keys ignore them.
public enum ItemCheck {
    /// The answers key of the open actions' outcomes.
    public static let actionsKey = "actions_reviewed"
    /// The answers key of the fundamentals asked "done?".
    public static let fundamentalsKey = "fundamentals_reviewed"

    /// Both keys.
    public static let keys = [actionsKey, fundamentalsKey]

    /// Why a stored list of outcomes cannot be used (not a list of records, or a text breaking the rules of every answer), or `nil`.
    public static func problem(_ value: JSONValue) -> String? {
        guard let list = value.arrayValue, list.allSatisfy({ $0.objectValue != nil }), SessionCheck.isSaneDraft(value) else {
            return "should be a list of last quarter's items and what became of them, each a record of short texts, dates and numbers"
        }
        return nil
    }

    /// What became of an open action.
    public enum Outcome: String, Sendable, CaseIterable {
        /// Done since the last meeting.
        case done
        /// Carried on to this quarter with a new due date.
        case carried
        /// Dropped: no longer worth doing.
        case dropped
    }

    /// The outcome a typed word means ("done", "carry on", "drop"), or `nil`.
    public static func outcome(_ line: String) -> Outcome? {
        switch line.trimmedOfWhitespace().lowercased() {
        case "done", "d", "did it": return .done
        case "carry", "carry on", "carry it on", "c", "on", "still going", "not done": return .carried
        case "drop", "dropped", "drop it", "x": return .dropped
        default: return nil
        }
    }

    /// "Send the plan draft (Alex, due Friday 5 February 2027)".
    public static func describeAction(_ record: JSONValue) -> String {
        let name = record["action"]?.stringValue ?? "(unnamed)"
        var parts: [String] = []
        if let owner = record["owner"]?.stringValue, !owner.isEmpty { parts.append(owner) }
        if let due = record["due"]?.stringValue.flatMap(CalendarDate.init(iso:)) { parts.append("due \(due.spoken)") }
        return parts.isEmpty ? name : "\(name) (\(parts.joinedPlainly(separator: ", ")))"
    }

    /// The stored entry of a reviewed action: the action as it was, its outcome and any new due date.
    public static func actionEntry(_ record: JSONValue, outcome: Outcome, newDue: CalendarDate? = nil) -> JSONValue {
        var object = record.objectValue ?? JSONObject()
        object["outcome"] = .string(outcome.rawValue)
        if let newDue { object["new_due"] = .string(newDue.iso) }
        return .object(object)
    }

    /// The stored entry of a fundamental asked "done?": its name, whether it is done, and its new month when not.
    public static func fundamentalEntry(_ record: JSONValue, done: Bool, month: Int? = nil) -> JSONValue {
        var object = JSONObject()
        object["item"] = record["item"] ?? .string("(unnamed)")
        object["done"] = .bool(done)
        if let month { object["month"] = .number(Decimal(month)) }
        return .object(object)
    }

    /// The actions carried on, as records of this session's `actions` (their new due dates).
    public static func carriedActions(_ reviewed: JSONValue?) -> [JSONValue] {
        (reviewed?.arrayValue ?? []).compactMap { entry in
            guard entry["outcome"]?.stringValue == Outcome.carried.rawValue, let action = entry["action"] else { return nil }
            var record = JSONObject()
            record["action"] = action
            if let owner = entry["owner"] { record["owner"] = owner }
            if let due = entry["new_due"] ?? entry["due"] { record["due"] = due }
            return .object(record)
        }
    }

    /// The fundamentals not done last quarter, carried into the new plan with the month chosen now.
    public static func carriedFundamentals(_ reviewed: JSONValue?, asked: [CarryForwardReview.DoneQuestion]) -> [JSONValue] {
        (reviewed?.arrayValue ?? []).compactMap { entry in
            guard entry["done"]?.boolValue == false, let month = entry["month"],
                  let question = asked.first(where: { $0.item == entry["item"]?.stringValue }),
                  var record = question.record.objectValue else { return nil }
            record["month"] = month
            return .object(record)
        }
    }
}
