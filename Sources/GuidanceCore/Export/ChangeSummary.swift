import Foundation

/// What changed between two sessions' answers, in words, side by side.
public enum ChangeSummary {
    /// Every change from `before` to `after`: growth segment, segments, roles, focus split, budget, hours,
    /// then the records added, changed, ended or removed (targets, key dates, fundamentals, internal and
    /// market changes, sales needs) and what became of last time's actions, dates spoken.
    public static func lines(from before: [String: JSONValue], to after: [String: JSONValue]) -> [ChangeLine] {
        var lines: [ChangeLine] = []
        func add(_ what: String, _ a: String, _ b: String) { if a != b { lines.append(ChangeLine(what: what, before: a, now: b)) } }
        add("Growth segment", before["growth_segment"]?.stringValue ?? "none", after["growth_segment"]?.stringValue ?? "none")
        let oldNames = before["segments"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let newNames = after["segments"]?.arrayValue?.compactMap(\.stringValue) ?? []
        add("Segments", oldNames.isEmpty ? "none" : AnswerFormatter.joined(oldNames), newNames.isEmpty ? "none" : AnswerFormatter.joined(newNames))
        for name in uniqueInOrder(oldNames + newNames) {
            let a = before["roles"]?[name]?.stringValue ?? "none"
            let b = after["roles"]?[name]?.stringValue ?? "none"
            add("Role of \(name)", a, b)
        }
        for name in uniqueInOrder(oldNames + newNames) {
            let a = before["focus"]?[name]?.intValue.map { "\($0)%" } ?? "none"
            let b = after["focus"]?[name]?.intValue.map { "\($0)%" } ?? "none"
            add("Focus on \(name)", a, b)
        }
        add("Campaign budget", money(before["campaign_budget"], before), money(after["campaign_budget"], after))
        add("Team hours a week", before["capacity_hours_per_week"].map { AnswerFormatter.describe($0) } ?? "none",
            after["capacity_hours_per_week"].map { AnswerFormatter.describe($0) } ?? "none")
        for kind in RecordKind.all {
            lines += recordLines(kind, before: before, after: after)
        }
        lines += actionLines(after)
        return lines
    }

    /// Records of one kind: added, changed, and those gone (ended, passed, done or removed).
    static func recordLines(_ kind: RecordKind, before: [String: JSONValue], after: [String: JSONValue]) -> [ChangeLine] {
        let old = named(before[kind.key], kind)
        let new = named(after[kind.key], kind)
        let start = after["plan_start"]?.stringValue.flatMap(CalendarDate.init(iso:))
        var lines: [ChangeLine] = []
        for (name, record) in old {
            let what = "\(kind.label): \(name)"
            let was = kind.describe(record, before)
            if let now = new.first(where: { $0.name == name })?.record {
                let words = kind.describe(now, after)
                if was != words { lines.append(ChangeLine(what: what, before: was, now: words)) }
            } else {
                lines.append(ChangeLine(what: what, before: was, now: gone(kind, name: name, record: record, start: start, after: after)))
            }
        }
        for (name, record) in new where !old.contains(where: { $0.name == name }) {
            lines.append(ChangeLine(what: "\(kind.label): \(name)", before: "none", now: kind.describe(record, after)))
        }
        return lines
    }

    /// What became of a record that is not there any more.
    static func gone(_ kind: RecordKind, name: String, record: JSONValue, start: CalendarDate?, after: [String: JSONValue]) -> String {
        if kind.key == "fundamentals" {
            let entry = after[ItemCheck.fundamentalsKey]?.arrayValue?.first { $0["item"]?.stringValue == name }
            if entry?["done"]?.boolValue == true { return "done" }
        }
        if let start, let date = CarryForwardReview.date(of: record, key: kind.key), date < start {
            return kind.key == "internal_changes" ? "ended on \(date.spoken)" : "passed on \(date.spoken)"
        }
        return "removed"
    }

    /// What became of last time's actions, as reviewed at the start of this meeting.
    static func actionLines(_ after: [String: JSONValue]) -> [ChangeLine] {
        (after[ItemCheck.actionsKey]?.arrayValue ?? []).compactMap { entry in
            guard let name = entry["action"]?.stringValue, let outcome = entry["outcome"]?.stringValue.flatMap(ItemCheck.Outcome.init(rawValue:)) else { return nil }
            var was: [String] = []
            if let owner = entry["owner"]?.stringValue, !owner.isEmpty { was.append(owner) }
            if let due = day(entry["due"]) { was.append("due \(due.spoken)") }
            let now: String
            switch outcome {
            case .done: now = "done"
            case .dropped: now = "dropped"
            case .carried: now = day(entry["new_due"]).map { "carried on, due \($0.spoken)" } ?? "carried on"
            }
            return ChangeLine(what: "Action: \(name)", before: was.isEmpty ? "agreed" : was.joined(separator: ", "), now: now)
        }
    }

    /// The records of an answer with their names, first of each name only.
    static func named(_ value: JSONValue?, _ kind: RecordKind) -> [(name: String, record: JSONValue)] {
        var seen = Set<String>()
        return (value?.arrayValue ?? []).compactMap { record in
            let name = kind.name(record)
            return seen.insert(name).inserted ? (name, record) : nil
        }
    }

    /// "12,000 GBP", or "none".
    static func money(_ amount: JSONValue?, _ answers: [String: JSONValue]) -> String {
        guard let amount = amount?.numberValue else { return "none" }
        return "\(AnswerFormatter.money(amount)) \(answers["currency"]?.stringValue ?? "")".trimmedOfWhitespace()
    }

    /// A stored `YYYY-MM-DD` as a date.
    static func day(_ value: JSONValue?) -> CalendarDate? { value?.stringValue.flatMap(CalendarDate.init(iso:)) }

    private static func uniqueInOrder(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
