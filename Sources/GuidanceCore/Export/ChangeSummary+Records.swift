import Foundation

extension ChangeSummary {
    /// One kind of record the summary compares: its answers key, its label, its name and its words.
    struct RecordKind: Sendable {
        /// The answers key.
        var key: String
        /// "Internal change".
        var label: String
        /// The record's name, to match it between the two sessions.
        var name: @Sendable (JSONValue) -> String
        /// The record in words, dates spoken; the answers give the currency and the plan's start.
        var describe: @Sendable (JSONValue, [String: JSONValue]) -> String

        /// Every kind, in the order the summary lists them.
        static let all: [RecordKind] = [
            RecordKind(key: "targets", label: "Target",
                       name: { "\($0["segment"]?.stringValue ?? "all"), \($0["measure"]?.stringValue ?? "")" },
                       describe: { r, _ in r["amount"].map { AnswerFormatter.describe($0) } ?? "none" }),
            RecordKind(key: "key_dates", label: "Key date", name: { CarryForwardReview.name(of: $0, key: "key_dates") },
                       describe: { r, _ in kindAndDay(r, date: "date", otherwise: "date", joiner: "on") }),
            RecordKind(key: "fundamentals", label: "Fundamental", name: { CarryForwardReview.name(of: $0, key: "fundamentals") },
                       describe: { r, answers in
                           var parts: [String] = []
                           if let month = r["month"]?.intValue {
                               if let start = day(answers["plan_start"]), (1...3).contains(month) {
                                   let first = start.adding(months: month - 1)
                                   parts.append("in \(first.monthName) \(first.year)")
                               } else {
                                   parts.append("month \(month)")
                               }
                           }
                           if r["budget"] != nil { parts.append("budget \(money(r["budget"], answers))") }
                           if r["approved"]?.boolValue == false { parts.append("not approved") }
                           return parts.isEmpty ? "planned" : parts.joined(separator: ", ")
                       }),
            RecordKind(key: "internal_changes", label: "Internal change", name: { CarryForwardReview.name(of: $0, key: "internal_changes") },
                       describe: { r, _ in
                           var text = day(r["from"]).map { "from \($0.spoken)" } ?? "from the start"
                           text += day(r["to"]).map { " to \($0.spoken)" } ?? ", no end date"
                           if let pct = r["capacity_pct"]?.intValue, pct != 0 { text += ", hours \(pct > 0 ? "+" : "")\(pct)%" }
                           return text
                       }),
            RecordKind(key: "market_changes", label: "Market change", name: { CarryForwardReview.name(of: $0, key: "market_changes") },
                       describe: { r, _ in kindAndDay(r, date: "when", otherwise: "change", joiner: "from") }),
            RecordKind(key: "sales_needs", label: "Sales need", name: { CarryForwardReview.name(of: $0, key: "sales_needs") },
                       describe: { r, _ in
                           var parts = [r["stage"]?.stringValue, r["segment"]?.stringValue].compactMap { $0 }
                           if let by = day(r["needed_by"]) { parts.append("needed by \(by.spoken)") }
                           return parts.isEmpty ? "needed" : parts.joined(separator: ", ")
                       }),
        ]
    }

    /// "event on Thursday 22 April 2027", "opportunity from Monday 8 March 2027": the record's kind and its day.
    static func kindAndDay(_ record: JSONValue, date field: String, otherwise: String, joiner: String) -> String {
        let kind = record["kind"]?.stringValue ?? otherwise
        return day(record[field]).map { "\(kind) \(joiner) \($0.spoken)" } ?? kind
    }
}
