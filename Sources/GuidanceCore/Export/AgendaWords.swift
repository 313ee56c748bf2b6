import Foundation

/// Last time's answers as a person would say them on the agenda: records told as sentences, not as field lists.
///
/// The known records (targets, key dates, fundamentals, internal and market changes, sales needs and
/// actions) are read through `GuidanceFacts`; a record question a script adds is told by its values alone,
/// without its field names.
enum AgendaWords {
    /// What an empty answer (no items, no records) reads as.
    static let none = "none"

    /// `value`, last time's answer to `question`, in plain words.
    static func answer(_ value: JSONValue, of question: Question, facts: GuidanceFacts?) -> String {
        if isEmpty(value) { return none }
        guard case .records(let fields) = question.type else { return AnswerFormatter.describe(value, as: question.type) }
        let told = facts.map { records(question.id, facts: $0) } ?? []
        let items = told.isEmpty ? (value.arrayValue ?? []).map { generic($0, fields: fields) } : told
        return items.filter { !$0.isEmpty }.joined(separator: "; ")
    }

    /// Whether an answer holds nothing: no items, no records, blank text or null.
    static func isEmpty(_ value: JSONValue) -> Bool {
        switch value {
        case .null: true
        case .array(let items): items.isEmpty
        case .object(let object): object.count == 0
        case .string(let text): text.trimmedOfWhitespaceAndNewlines().isEmpty
        default: false
        }
    }

    /// The records of a known question, one sentence part each; empty for a question the facts do not read.
    static func records(_ id: String, facts: GuidanceFacts) -> [String] {
        switch id {
        case "targets": return facts.targets.map { "\($0.amount) \($0.measure) in \($0.segment)" }
        case "key_dates":
            return facts.keyDates.map { "\($0.name), \(article($0.kind.rawValue)) on \(day($0.date))" + segments($0.segments, "for") }
        case "fundamentals":
            return facts.fundamentals.map {
                "\($0.item): \(money($0.budget, facts.currency)) in month \($0.month), \($0.approved ? "approved" : "not approved yet")"
            }
        case "internal_changes": return facts.internalChanges.map { "\($0.change) (\(window($0))): \(hours($0))" }
        case "market_changes":
            return facts.marketChanges.map { change in
                let when = change.when.map { " (\(day($0)))" } ?? ""
                let response = change.response.isEmpty ? "" : "; the board's response: \(change.response)"
                return change.change + when + ": " + (change.isOpportunity ? "an opportunity" : "a threat")
                    + segments(change.segments, "for") + response
            }
        case "sales_needs":
            return facts.salesNeeds.map { need in
                "\(need.material) for \(need.segment) at the \(need.stage.rawValue) stage" + (need.neededBy.map { ", needed by \(day($0))" } ?? "")
            }
        case "actions": return facts.actions
        default: return []
        }
    }

    /// A record of a question the facts do not know: its values in order, the first one leading.
    static func generic(_ record: JSONValue, fields: [AnswerType.Field]) -> String {
        let values = fields.compactMap { field -> String? in
            guard let value = record[field.id], !isEmpty(value) else { return nil }
            return AnswerFormatter.describe(value, as: field.type)
        }
        guard let first = values.first else { return "" }
        return values.count == 1 ? first : first + " (" + values.dropFirst().joined(separator: ", ") + ")"
    }

    /// "22 April 2027": a date short enough for a line of the agenda.
    static func day(_ date: CalendarDate) -> String { "\(date.day) \(date.monthName) \(date.year)" }

    /// "12,000 GBP".
    static func money(_ amount: Decimal, _ currency: String) -> String {
        (AnswerFormatter.money(amount) + " " + currency).trimmedOfWhitespace()
    }

    /// "an event", "a launch".
    static func article(_ word: String) -> String {
        ("aeiou".contains(word.first ?? "x") ? "an " : "a ") + word
    }

    /// " for Dental practices and Retail", or nothing when the list is empty (all segments).
    static func segments(_ names: [String], _ preposition: String) -> String {
        names.isEmpty ? "" : " \(preposition) \(AnswerFormatter.joined(names))"
    }

    /// "31 March 2027 to 31 May 2027", or "from 1 April 2027, with no end".
    static func window(_ change: GuidanceFacts.InternalChange) -> String {
        change.to.map { "\(day(change.from)) to \(day($0))" } ?? "from \(day(change.from)), with no end"
    }

    /// "50% fewer hours for Retail", "25% more hours for every segment", "no change in hours".
    static func hours(_ change: GuidanceFacts.InternalChange) -> String {
        guard change.capacityPercent != 0 else { return "no change in hours" }
        let whom = change.segments.isEmpty ? "every segment" : AnswerFormatter.joined(change.segments)
        return "\(abs(change.capacityPercent))% \(change.capacityPercent < 0 ? "fewer" : "more") hours for \(whom)"
    }
}
