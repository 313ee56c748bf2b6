import Foundation

/// What changed between two sessions' answers, in words, side by side.
public enum ChangeSummary {
    /// The changes from `before` to `after`: growth segment, segments, roles, focus split, budget, new horizon and market items.
    public static func lines(from before: [String: JSONValue], to after: [String: JSONValue]) -> [ChangeLine] {
        // Only the horizon and market items are read from the facts; the meeting date plays no part.
        let anyDay = CalendarDate(iso: "2000-01-01") ?? CalendarDate.today(in: TimeZone(identifier: "UTC") ?? .current)
        let old = GuidanceFacts(answers: before, meetingDate: anyDay)
        let new = GuidanceFacts(answers: after, meetingDate: anyDay)
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
        let money = { (answers: [String: JSONValue]) -> String in
            guard let amount = answers["campaign_budget"]?.numberValue else { return "none" }
            return "\(AnswerFormatter.money(amount)) \(answers["currency"]?.stringValue ?? "")".trimmingCharacters(in: .whitespaces)
        }
        add("Campaign budget", money(before), money(after))
        add("Team hours a week", before["capacity_hours_per_week"].map { AnswerFormatter.describe($0) } ?? "none",
            after["capacity_hours_per_week"].map { AnswerFormatter.describe($0) } ?? "none")
        for change in new.internalChanges where !old.internalChanges.contains(where: { $0.change == change.change }) {
            lines.append(ChangeLine(what: "New on the horizon", before: "none", now: "\(change.change) (\(change.from.iso) to \(change.to?.iso ?? "no end"))"))
        }
        for change in new.marketChanges where !old.marketChanges.contains(where: { $0.change == change.change }) {
            lines.append(ChangeLine(what: "New market change", before: "none", now: "\(change.change) (\(change.isOpportunity ? "opportunity" : "threat"))"))
        }
        return lines
    }

    private static func uniqueInOrder(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
