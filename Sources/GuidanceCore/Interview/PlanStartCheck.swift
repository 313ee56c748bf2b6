import Foundation

/// Whether a plan start is one a person likely meant: a start before the meeting, or more than a year
/// after it, is usually a slip of the year ("2020-01-01" for "2027-01-01") and is confirmed before it is kept.
public enum PlanStartCheck {
    /// The answers key of the plan's first day.
    public static let key = "plan_start"

    /// "Monday 1 January 2020 is over 7 years before the meeting."; `nil` for a usual start.
    public static func warning(_ start: CalendarDate, meeting: CalendarDate) -> String? {
        distance(start, meeting: meeting).map { "\(start.spoken) is \($0)." }
    }

    /// "over 7 years before the meeting", "over a year after the meeting"; `nil` for a start from the meeting
    /// day to a year after it.
    public static func distance(_ start: CalendarDate, meeting: CalendarDate) -> String? {
        if start < meeting { return "\(span(from: start, to: meeting)) before the meeting" }
        if start > meeting.adding(months: 12) { return "\(span(from: meeting, to: start)) after the meeting" }
        return nil
    }

    /// The question asked after the warning.
    public static let question = "Is that the plan start you mean? (y/n)"

    /// "over 6 years", "over a year", "over 2 months", "3 days": the time from `early` to `late`, rounded down.
    static func span(from early: CalendarDate, to late: CalendarDate) -> String {
        var months = (late.year - early.year) * 12 + late.month - early.month
        if late.day < early.day { months -= 1 }
        let exact = early.adding(months: months) == late
        let over = exact ? "" : "over "
        if months >= 12 {
            let years = months / 12
            return years == 1 ? "\(exact && months == 12 ? "" : "over ")a year" : "\(months % 12 == 0 ? over : "over ")\(years) years"
        }
        if months >= 1 { return months == 1 ? "\(over)a month" : "\(over)\(months) months" }
        let days = early.days(until: late)
        return days == 1 ? "a day" : "\(days) days"
    }
}
