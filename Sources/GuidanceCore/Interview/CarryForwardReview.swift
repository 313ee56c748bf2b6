import Foundation

/// What last quarter's dated records become in the next plan: kept, ended, passed, or asked as done.
///
/// Computed from the previous session's answers and the new plan's first day, with no terminal:
/// an internal change that ended before the new plan, a market change or key date whose day is
/// before it, and sales material needed before it are not offered again as if still ahead; each
/// gets a line naming it and its date. A fundamental whose month of the last plan began before the
/// new plan is asked "done?"; one still ahead is kept with its month counted from the new start.
public struct CarryForwardReview: Equatable, Sendable {
    /// One record not carried as it was, and the line that says why ("Jo leaves ended on Monday 31 May 2027.").
    public struct Note: Equatable, Sendable {
        /// The records question it belongs to (`internal_changes`, `market_changes`, `key_dates`, `sales_needs`).
        public var key: String
        /// The line shown in the shell.
        public var line: String
    }

    /// A fundamental of the last plan whose month begins before the new plan: done, or carried with a new month.
    public struct DoneQuestion: Equatable, Sendable {
        /// The fundamental's name.
        public var item: String
        /// The question in words.
        public var question: String
        /// The record as last time, to carry with a new month when it is not done.
        public var record: JSONValue
    }

    /// The records questions this review looks at.
    public static let keys = ["key_dates", "fundamentals", "internal_changes", "market_changes", "sales_needs"]

    /// Per records question that last time answered, the records offered again (possibly none).
    public var kept: [String: [JSONValue]] = [:]
    /// The records not carried because their date is before the new plan, in question order.
    public var notes: [Note] = []
    /// The fundamentals asked as "done?", in their order.
    public var askDone: [DoneQuestion] = []

    /// The review of `previous` for a plan starting on `planStart`, in a meeting on `meetingDate`.
    ///
    /// A date before the meeting is said to have passed; one between the meeting and the plan's start,
    /// to fall before the new plan. Without a meeting date every such date has passed.
    ///
    /// `doneFromReviews` names the fundamentals the last plan's monthly reviews say are done, and the sales material
    /// they say was delivered, each with the review that says so ("the May 2027 review"): those are not asked or
    /// kept again, only noted.
    public init(previous: [String: JSONValue], planStart: CalendarDate, meetingDate: CalendarDate? = nil,
                doneFromReviews: [String: String] = [:]) {
        let lastStart = previous["plan_start"]?.stringValue.flatMap(CalendarDate.init(iso:))
        for key in Self.keys {
            guard let records = previous[key]?.arrayValue else { continue }
            var keep: [JSONValue] = []
            for record in records {
                let name = Self.name(of: record, key: key)
                switch key {
                case "fundamentals":
                    guard let lastStart, let month = record["month"]?.intValue, (1...3).contains(month) else { keep.append(record); continue }
                    let begins = lastStart.adding(months: month - 1)
                    if begins < planStart, let review = doneFromReviews[name] {
                        notes.append(Note(key: key, line: "\(name): done, as \(review) says; not carried into the new plan."))
                    } else if begins < planStart {
                        let over = meetingDate.map { begins.adding(months: 1) <= $0 } ?? true
                        askDone.append(DoneQuestion(item: name, question: Self.doneQuestion(name, month: month, begins: begins, over: over), record: record))
                    } else {
                        keep.append(Self.renumbered(record, begins: begins, planStart: planStart))
                    }
                case "sales_needs" where doneFromReviews[name] != nil:
                    notes.append(Note(key: key, line: "\(name): delivered, as \(doneFromReviews[name] ?? "") says."))
                default:
                    if let date = Self.date(of: record, key: key), date < planStart {
                        let past = meetingDate.map { date < $0 } ?? true
                        notes.append(Note(key: key, line: Self.line(name, key: key, date: date, past: past)))
                    } else {
                        keep.append(record)
                    }
                }
            }
            kept[key] = keep
        }
    }

    /// The lines of one records question.
    public func lines(for key: String) -> [String] { notes.filter { $0.key == key }.map(\.line) }

    /// "Website update was planned for month 3 of the last plan (May 2027). Is it done?", or while
    /// that month is not `over` at the meeting, whether it will be done before the new plan.
    static func doneQuestion(_ name: String, month: Int, begins: CalendarDate, over: Bool) -> String {
        let when = "month \(month) of the \(over ? "last" : "current") plan (\(begins.monthName) \(begins.year))"
        return over ? "\(name) was planned for \(when). Is it done?"
                    : "\(name) is planned for \(when). Will it be done before the new plan starts?"
    }

    /// The line of a record whose date is before the new plan: `past` when it is before the meeting too.
    static func line(_ name: String, key: String, date: CalendarDate, past: Bool) -> String {
        switch (key, past) {
        case ("internal_changes", true): return "\(name) ended on \(date.spoken)."
        case ("internal_changes", false): return "\(name) ends on \(date.spoken), before the new plan starts."
        case ("sales_needs", true): return "\(name) was needed by \(date.spoken); that date has passed."
        case ("sales_needs", false): return "\(name) is needed by \(date.spoken), before the new plan starts."
        case (_, true): return "\(name) passed on \(date.spoken)."
        default: return "\(name) is on \(date.spoken), before the new plan starts."
        }
    }

    /// The date that decides whether a record is still ahead: an internal change's end, a market
    /// change's day, a key date, sales material's needed-by day. `nil` keeps the record.
    static func date(of record: JSONValue, key: String) -> CalendarDate? {
        let field = ["internal_changes": "to", "market_changes": "when", "key_dates": "date", "sales_needs": "needed_by"][key] ?? ""
        return record[field]?.stringValue.flatMap(CalendarDate.init(iso:))
    }

    /// A record's own name: its first text field.
    static func name(of record: JSONValue, key: String) -> String {
        let field = ["fundamentals": "item", "internal_changes": "change", "market_changes": "change",
                     "key_dates": "name", "sales_needs": "material", "actions": "action"][key] ?? ""
        return record[field]?.stringValue ?? "(unnamed)"
    }

    /// A fundamental still ahead, its month counted from the new plan's start.
    static func renumbered(_ record: JSONValue, begins: CalendarDate, planStart: CalendarDate) -> JSONValue {
        guard var object = record.objectValue else { return record }
        let months = (begins.year - planStart.year) * 12 + begins.month - planStart.month + 1
        object["month"] = .number(Decimal(min(max(months, 1), 3)))
        return .object(object)
    }
}
