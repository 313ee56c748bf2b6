import Foundation

/// The answers of a session in plain text, topic by topic: what `guidance show` and `/show` print.
public enum SessionReport {
    /// The whole report; `previous` answers are not shown, only this session's.
    public static func text(script: Script, session: Session) -> String {
        var lines: [String] = []
        let kind = session.mode == .director ? "Strategic Guidance meeting" : "Self-planning session (every answer is an assumption to confirm with your director)"
        lines.append("Session \(session.id): \(kind)")
        lines.append("Meeting date \(session.meetingDate.spoken); \(session.status == .complete ? "complete" : "in progress").")
        lines += lastQuarterLines(session)
        for (index, topic) in script.topics.enumerated() {
            lines.append("")
            var heading = "\(index + 1). \(topic.title)"
            if session.mode == .director, let spent = session.minutes[topic.id] {
                heading += " (\(AnswerFormatter.number(spent.rounded(1))) of \(topic.minutes) min)"
            }
            lines.append(heading)
            for question in topic.questions {
                let asked = question.when?.holds(in: session.values) ?? true
                let label = "   \(question.id.replacingOccurrences(of: "_", with: " ")): "
                let typing = session.position == question.id ? session.draft.flatMap { Self.draftLines(of: $0, as: question.type) } : nil
                guard let answer = session.answers[question.id] else {
                    if let typing {
                        lines.append(label + "(being answered) " + typing[0])
                        lines.append(contentsOf: typing.dropFirst().map { "      " + $0 })
                    } else if asked {
                        lines.append(label + (session.skipped.contains(question.id) ? "(skipped)" : "(not answered yet)"))
                    }
                    continue
                }
                var shown = Self.lines(of: answer.value, as: question.type)
                if answer.recheck { shown[0] += "  [check again: an answer it depends on changed]" }
                if !asked { shown[0] += "  [not asked with the current answers]" }
                lines.append(label + shown[0])
                lines.append(contentsOf: shown.dropFirst().map { "      " + $0 })
                if let typing {
                    lines.append("      (being changed) " + typing[0])
                    lines.append(contentsOf: typing.dropFirst().map { "      " + $0 })
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What became of last quarter's open actions and fundamentals, as reviewed at the start of this session;
    /// nothing when none were reviewed.
    static func lastQuarterLines(_ session: Session) -> [String] {
        let actions = session.answers[ItemCheck.actionsKey]?.value.arrayValue ?? []
        let fundamentals = session.answers[ItemCheck.fundamentalsKey]?.value.arrayValue ?? []
        guard !actions.isEmpty || !fundamentals.isEmpty else { return [] }
        var lines = ["", "Last quarter, reviewed at the start"]
        for entry in actions {
            let outcome: String
            switch entry["outcome"]?.stringValue.flatMap(ItemCheck.Outcome.init(rawValue:)) {
            case .done: outcome = "done"
            case .dropped: outcome = "dropped"
            case .carried:
                outcome = entry["new_due"]?.stringValue.flatMap(CalendarDate.init(iso:)).map { "carried on, now due \($0.spoken)" } ?? "carried on"
            case nil: outcome = "(no outcome recorded)"
            }
            lines.append("   action: \(ItemCheck.describeAction(entry)): \(outcome)")
        }
        for entry in fundamentals {
            let name = entry["item"]?.stringValue ?? "(unnamed)"
            let month = entry["month"]?.intValue.map { ", moved to month \($0) of this plan" } ?? ""
            lines.append("   fundamental: \(name): " + (entry["done"]?.boolValue == true ? "done" : "not done\(month)"))
        }
        return lines
    }

    /// The parts typed so far of the answer being given (records added, shares or per-segment answers
    /// typed), as lines; nil when nothing is typed yet.
    static func draftLines(of draft: JSONValue, as type: AnswerType) -> [String]? {
        switch type {
        case .records(let fields):
            let records = draft["records"]?.arrayValue ?? []
            let typed = Interview.recordSoFar(draft["current"]?.objectValue ?? JSONObject(), fields: fields)
            guard !records.isEmpty || typed != nil else { return nil }
            let counts = (records.isEmpty ? [] : ["\(records.count) added so far"]) + (typed == nil ? [] : ["1 being typed"])
            var lines = [counts.joined(separator: ", ")]
            lines += records.enumerated().map { "\($0 + 1)) " + AnswerFormatter.describeRecord($1, fields: fields) }
            if let typed { lines.append("\(records.count + 1)) \(typed)  [being typed]") }
            return lines
        case .each(_, let item, _):
            let parts = (draft.objectValue ?? JSONObject()).pairs.filter { $0.value != .null }
            guard !parts.isEmpty else { return nil }
            return ["\(parts.count) typed so far"] + parts.map { "\($0.key): \(AnswerFormatter.describe($0.value, as: item))" }
        case .split:
            guard let object = draft.objectValue, !object.isEmpty else { return nil }
            return [AnswerFormatter.describe(draft, as: type) + " so far"]
        default:
            return nil
        }
    }

    /// An answer as one or more lines: records and per-segment answers one per line.
    static func lines(of value: JSONValue, as type: AnswerType) -> [String] {
        switch (type, value) {
        case (.records(let fields), .array(let records)) where !records.isEmpty:
            return ["\(records.count) recorded"] + records.enumerated().map { "\($0 + 1)) " + AnswerFormatter.describeRecord($1, fields: fields) }
        case (.each(_, let item, _), .object(let object)) where !object.isEmpty:
            return [""] + object.pairs.map { "\($0.key): \(AnswerFormatter.describe($0.value, as: item))" }
        default:
            return [AnswerFormatter.describe(value, as: type)]
        }
    }
}
