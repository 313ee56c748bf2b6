import Foundation

/// The weeks left checked again after a review: work moved into a week may fill it past what the team has,
/// and unplanned work that took a large share of a month is a risk for the months left.
extension ReviewedPlan {
    /// Marketing hours planned in each week of `plan` (1-14), each task's hours spread evenly over its working days.
    static func weekLoads(_ plan: Plan) -> [Int: Decimal] {
        let closed = Set(plan.closedDays.map(\.date))
        var loads: [Int: Decimal] = [:]
        for task in plan.rows where task.isMarketing {
            var days: [CalendarDate] = []
            var day = task.start
            while day <= task.due {
                if day.isWorkingDay && !closed.contains(day) { days.append(day) }
                day = day.adding(days: 1)
            }
            if days.isEmpty { days = [task.due] }
            let share = task.hours / Decimal(days.count)
            for day in days { loads[plan.start.days(until: day) / 7 + 1, default: 0] += share }
        }
        return loads
    }

    /// Rules that gave way after `review`: each week after its month that moved work filled past the team's weekly
    /// hours (less the 15% kept free); the weeks left that no longer fit once the month's rate of unplanned work is
    /// allowed for; and a risk when the month's unplanned work took a tenth of its planned hours or more.
    static func checkWeeks(after review: MonthlyReview, before: Plan, plan: inout Plan) {
        let month = PlanSummary.monthName(plan, review.month)
        let limit = (plan.weeklyHours * Capacity.usableShare).rounded(1)
        let was = weekLoads(before), now = weekLoads(plan)
        let monthStart = plan.start.adding(months: review.month - 1), monthEnd = plan.start.adding(months: review.month)
        let unplanned = review.unplanned.reduce(Decimal(0)) { $0 + $1.hours }
        // Unplanned work at the month's rate, a week: what the weeks left lose if it goes on.
        let lost = (unplanned * 7 / Decimal(max(1, monthStart.days(until: monthEnd)))).rounded(1)
        var tight: [CalendarDate] = []
        for week in now.keys.sorted() {
            let monday = plan.start.adding(days: (week - 1) * 7)
            guard monday >= monthEnd.adding(days: -6), let load = now[week] else { continue }
            if load > limit, load > (was[week] ?? 0) + Decimal(string: "0.05")! {
                plan.conflicts.append("After the \(month) review, the week of \(monday.spoken) holds \(PlanSummary.hours(load.rounded(1))) hours "
                    + "of planned work, more than the \(PlanSummary.hours(limit)) the team has with 15% kept free: move or drop something that week.")
            } else if lost > 0, load > limit - lost {
                tight.append(monday)
            }
        }
        if !tight.isEmpty {
            let weeks = AnswerFormatter.joined(tight.map { "\($0.day) \($0.monthName)" })
            plan.conflicts.append("After the \(month) review, \(tight.count == 1 ? "1 week" : "\(tight.count) weeks") left no longer fit if unplanned work "
                + "goes on as in \(month) (about \(PlanSummary.hours(lost)) hours a week), in the weeks of \(weeks): decide what to drop there, "
                + "or expect it to stop.")
        }
        let planned = ReviewScope.tasks(of: before, month: review.month).filter(\.isMarketing).reduce(Decimal(0)) { $0 + $1.hours }
        guard unplanned > 0, unplanned * 10 >= planned else { return }
        let segments = Array(Set(review.unplanned.map(\.segment).filter { !$0.isEmpty })).sorted()
        plan.risks.append(Risk(risk: "Unplanned work took \(PlanSummary.hours(unplanned)) hours in \(month), against \(PlanSummary.hours(planned)) planned: "
                                + "if it goes on, the weeks left lose as much.",
                               segments: segments,
                               response: "Check it at each monthly review; if it goes on, agree at the next meeting what to drop, and keep the growth segment's hours first."))
    }
}
