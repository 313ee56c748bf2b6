import Foundation

/// The month-by-month section of the plan summary: each month's activities, week by week.
extension PlanSummary {
    /// Months 1 to 3 (and any other month a row names), each with its weeks and their rows.
    static func months(_ plan: Plan) -> [String] {
        let numbers = Set([1, 2, 3] + plan.rows.map(\.month)).sorted()
        let segmentWidth = min(20, max(12, plan.rows.map { segmentLabel($0).count }.max() ?? 0))
        var lines: [String] = []
        for month in numbers {
            let rows = plan.rows.filter { $0.month == month }
            if month != numbers.first { lines.append("") }
            let totals = rows.isEmpty ? "" : " (\(monthTotals(rows, currency: plan.currency)))"
            lines += wrap("Month \(month): \(monthName(plan, month))\(totals)")
            guard !rows.isEmpty else {
                lines.append("  Nothing planned this month.")
                continue
            }
            for week in Set(rows.map(\.week)).sorted() {
                lines.append("  Week \(week) (from \(dayAndMonth(weekStart(plan, week: week, month: month))))")
                lines += rows.filter { $0.week == week }.flatMap { line($0, segmentWidth: segmentWidth, currency: plan.currency) }
            }
        }
        return lines
    }

    /// One row: "date  segment  stage  activity (channel, pull, 4h, GBP 150)", wrapped under the activity.
    static func line(_ row: PlanRow, segmentWidth: Int, currency: String) -> [String] {
        let stage = row.stage?.rawValue ?? "fundamentals"
        let lead = "    \(pad(short(row.date), 10))  \(pad(fit(segmentLabel(row), segmentWidth), segmentWidth))  \(pad(stage, 13))  "
        let cost = row.cost == 0 ? "no cost" : money(row.cost, currency)
        var details = [clean(row.channel), row.pullPush.rawValue]
        if row.hours != 0 { details.append(hours(row.hours) + "h") }
        details.append(cost)
        if details[0].isEmpty { details.removeFirst() }
        let text = "\(clean(row.activity)) (\(details.joined(separator: ", ")))"
        return wrap(text, first: lead, rest: String(repeating: " ", count: lead.count))
    }

    /// A month's hours and spend, fundamentals apart from campaigns: "40 hours, campaigns GBP 900, fundamentals GBP 6,000".
    static func monthTotals(_ rows: [PlanRow], currency: String) -> String {
        let booked = rows.reduce(Decimal(0)) { $0 + $1.hours }
        let campaigns = rows.filter { $0.kind != .fundamental }.reduce(Decimal(0)) { $0 + $1.cost }
        let fundamentals = rows.filter { $0.kind == .fundamental }.reduce(Decimal(0)) { $0 + $1.cost }
        var parts = ["\(hours(booked)) hours", "campaigns \(money(campaigns, currency))"]
        if fundamentals != 0 { parts.append("fundamentals \(money(fundamentals, currency))") }
        return parts.joined(separator: ", ")
    }

    /// The segment column: the segment's name, or "All segments" for fundamentals.
    static func segmentLabel(_ row: PlanRow) -> String {
        let name = clean(row.segment)
        return row.kind == .fundamental || name.isEmpty ? "All segments" : name
    }

    /// The first day of plan week `week` inside plan month `month`.
    ///
    /// Weeks are counted in sevens from the plan's first day (as the planner counts them);
    /// the day is never before the month's first day.
    static func weekStart(_ plan: Plan, week: Int, month: Int) -> CalendarDate {
        max(plan.start.adding(days: 7 * (week - 1)), monthStart(plan, month))
    }
}
