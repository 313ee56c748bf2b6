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
}
