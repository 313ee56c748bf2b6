import Foundation

/// Which planned tasks a month's review asks about: those due in the month, or started in it.
public enum ReviewScope {
    /// The tasks of `plan` due in `month` (1-3) or started in it, in plan order (by due day, then start).
    public static func tasks(of plan: Plan, month: Int) -> [PlanRow] {
        let first = plan.start.adding(months: month - 1), last = plan.start.adding(months: month).adding(days: -1)
        return plan.rows.filter { ($0.due >= first && $0.due <= last) || ($0.start >= first && $0.start <= last) }
    }

    /// The month of `plan` that `day` falls in (1-3), or nil outside the plan.
    public static func month(of day: CalendarDate, in plan: Plan) -> Int? {
        for month in 1...3 where day >= plan.start.adding(months: month - 1) && day < plan.start.adding(months: month) {
            return month
        }
        return nil
    }

    /// The first and last day of `month` of `plan`.
    public static func days(of month: Int, in plan: Plan) -> (first: CalendarDate, last: CalendarDate) {
        (plan.start.adding(months: month - 1), plan.start.adding(months: month).adding(days: -1))
    }

    /// The month a review is of when none is named: the one `today` falls in, else the last one that has
    /// ended, else the first.
    public static func defaultMonth(today: CalendarDate, in plan: Plan) -> Int {
        if let month = month(of: today, in: plan) { return month }
        return (1...3).last { days(of: $0, in: plan).last < today } ?? 1
    }

    /// A month in words: "March 2027" when it is a calendar month, else its days, "8 Mar to 7 Apr 2027".
    public static func label(month: Int, of plan: Plan) -> String {
        let (first, last) = days(of: month, in: plan)
        if first.day == 1 && last == first.endOfMonth { return "\(first.monthName) \(first.year)" }
        let year = first.year == last.year ? "" : " \(first.year)"
        return "\(first.day) \(first.monthName.prefix(3))\(year) to \(last.day) \(last.monthName.prefix(3)) \(last.year)"
    }
}
