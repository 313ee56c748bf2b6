import Foundation
@testable import GuidanceCore

extension PlanRules {
    /// 7: an asset is made once per segment; recurring work keeps its cadence (each gap one or two cadences,
    /// give or take the days an occurrence moves to find room).
    static func makeOnce(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        for segment in Set(c.plan.rows.map(\.segment)) {
            let rows = c.plan.rows.filter { $0.segment == segment }
            for id in Set(rows.map(\.activityID)) {
                guard let activity = c.library.activity(id) else { continue }
                let made = rows.filter { $0.activityID == id && !$0.key.contains("/need-") }.sorted { $0.due < $1.due }
                if activity.kind == .asset && made.count > 1 { out.append("\(segment): \(activity.name) is made \(made.count) times") }
                guard activity.kind == .recurring, let cadence = activity.cadenceDays else { continue }
                for (a, b) in zip(made, made.dropFirst()) {
                    let gap = a.due.days(until: b.due)
                    if gap < cadence - 8 || gap > 2 * cadence + 8 { out.append("\(segment): \(activity.name) \(a.due) then \(b.due), not every \(cadence) days") }
                }
            }
        }
        return out
    }

    /// 8: work only on working days; hours in half hours, at least half an hour; one row per task (no "part 2 of 3");
    /// each week's marketing load at most 85% of the team's hours after internal changes and the meetings.
    static func realWeeks(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        for task in c.plan.rows {
            if !c.isWorking(task.start) || !c.isWorking(task.due) { out.append("\(task.activity): \(task.start)-\(task.due) not on working days") }
            if task.start > task.due { out.append("\(task.activity): starts after its due day") }
            if task.hours < 0.5 || (task.hours * 2).rounded(0) != task.hours * 2 { out.append("\(task.activity): \(task.hours) hours") }
            if task.activity.contains("(part ") { out.append("\(task.activity): split into parts") }
            if !["marketing", "sales", "agency"].contains(task.owner) { out.append("\(task.activity): owner \(task.owner)") }
            if task.month != c.plan.start.monthsInPlan(until: task.due) || task.week != c.plan.start.days(until: task.due) / 7 + 1 {
                out.append("\(task.activity): month or week is not that of its due day")
            }
        }
        let weeks = weekLoads(c)
        for (week, load) in weeks.load.enumerated() where load > weeks.limit[week] + Decimal(string: "0.01")! {
            out.append("week \(week + 1): \(load.rounded(2)) marketing hours, limit \(weeks.limit[week].rounded(2))")
        }
        for entry in c.plan.calendar where !c.isWorking(entry.date) {
            out.append("calendar entry \(entry.title) on \(entry.date), not a working day")
        }
        return out
    }

    /// Each week's marketing load and its limit, worked out from the answers (not from the planner's ledger).
    static func weekLoads(_ c: PlannedCase) -> (load: [Decimal], limit: [Decimal]) {
        let end = c.plan.end
        let weeks = c.plan.start.days(until: end) / 7 + 1
        var load = Array(repeating: Decimal(0), count: weeks)
        var limit = Array(repeating: Decimal(0), count: weeks)
        for task in c.plan.rows where task.isMarketing {
            let days = c.workingDays(task.start, task.due)
            for day in days { load[c.plan.start.days(until: day) / 7] += task.hours / Decimal(days.count) }
        }
        let total = Decimal(c.facts.segments.reduce(0) { $0 + $1.share })
        for day in c.workingDays(c.plan.start, end) {
            var hours: Decimal = 0
            for segment in c.facts.segments where total > 0 {
                let change = c.facts.internalChanges.filter { $0.applies(to: segment.name, on: day) }.reduce(0) { $0 + $1.capacityPercent }
                hours += c.facts.weeklyHours / 5 * Decimal(segment.share) / total * Decimal(max(0, 100 + change)) / 100
            }
            limit[c.plan.start.days(until: day) / 7] += hours
        }
        for entry in c.plan.calendar where [.guidanceMeeting, .planningAppointment, .review].contains(entry.category) {
            guard entry.date >= c.plan.start && entry.date <= end else { continue }
            limit[c.plan.start.days(until: entry.date) / 7] -= Decimal(entry.minutes) / 60
        }
        return (load, limit.map { max(0, $0) * Decimal(string: "0.85")! })
    }

    /// 9: spend within the budget; a segment to grow spends at most half in month 3 unless its key date is then (or
    /// the plan says why); at least 90% of the budget planned or a decision about the rest; fundamentals on their own budget.
    static func money(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        if c.plan.campaignSpend > c.facts.campaignBudget + Decimal(string: "0.01")! { out.append("spend \(c.plan.campaignSpend) over the budget \(c.facts.campaignBudget)") }
        for segment in c.facts.segments where segment.role == .grow {
            let tasks = c.plan.campaigns.filter { $0.segment == segment.name }.flatMap(\.tasks)
            let total = tasks.reduce(Decimal(0)) { $0 + $1.cost }, late = tasks.filter { $0.month == 3 }.reduce(Decimal(0)) { $0 + $1.cost }
            let lateDate = c.facts.keyDates.contains { $0.concerns(segment.name) && c.plan.start.monthsInPlan(until: $0.date) == 3 }
            if total > 0 && late * 2 > total && !lateDate && !c.states([segment.name, "month 3"]) {
                out.append("\(segment.name) spends \(late) of \(total) in month 3")
            }
        }
        let unplanned = c.facts.campaignBudget - c.plan.campaignSpend
        if c.facts.campaignBudget > 0 && unplanned * 10 > c.facts.campaignBudget && !c.plan.decisions.contains(where: { $0.decision.contains("campaign budget") }) {
            out.append("\(unplanned) of the budget is unplanned and no decision says so")
        }
        let approved = c.facts.fundamentals.filter { $0.approved && (1...3).contains($0.month) }.reduce(Decimal(0)) { $0 + $1.budget }
        if c.plan.fundamentalsSpend > approved { out.append("fundamentals spend \(c.plan.fundamentalsSpend) over the approved \(approved)") }
        return out
    }

    /// 10: each target is broken down by stage at the library's rates, with the rates stated; a shortfall goes to
    /// the director; a segment to grow with no target gets a decision asking for one.
    static func targets(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        let rates = c.library.rates
        for target in c.facts.targets {
            guard c.facts.segment(target.segment) != nil else { continue }
            guard let plan = c.plan.targets.first(where: { $0.segment == target.segment }) else { out.append("no breakdown for \(target.segment)"); continue }
            let proposals = up(Decimal(target.amount) / rates.proposalToWin), enquiries = up(Decimal(proposals) / rates.enquiryToProposal)
            let reach = up(Decimal(enquiries) / rates.reachedToEnquiry)
            if plan.stages.map(\.count) != [reach, enquiries, proposals, target.amount] { out.append("\(target.segment): breakdown \(plan.stages.map(\.count))") }
            if !c.plan.assumptions.contains(where: { $0.contains("conversion rates") }) { out.append("the conversion rates are not stated") }
            if plan.expected < target.amount && !c.plan.decisions.contains(where: { $0.decision.contains(target.segment) && $0.decision.contains(target.measure) }) {
                out.append("\(target.segment): \(plan.expected) of \(target.amount) expected and no decision")
            }
        }
        for segment in c.facts.segments where segment.role == .grow && segment.share > 0 && c.facts.target(segment.name) == nil {
            if !c.plan.decisions.contains(where: { $0.decision.contains("Set a target for \(segment.name)") }) { out.append("no decision asks for a target for \(segment.name)") }
        }
        return out
    }

    /// 11: an internal change that takes hours away inside the plan is a risk, a trade-off decision and a line
    /// saying what was dropped or moved.
    static func internalChanges(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        for change in c.facts.internalChanges where change.capacityPercent < 0 {
            guard change.from <= c.plan.end && (change.to.map { $0 >= c.plan.start } ?? true) else { continue }
            if !c.plan.risks.contains(where: { $0.risk.contains(change.change) }) { out.append("\(change.change) is not a risk") }
            if !c.plan.decisions.contains(where: { $0.decision.contains(change.change) }) { out.append("\(change.change): no trade-off decision") }
            if !c.plan.cuts.contains(where: { $0.contains("because of") && $0.contains(change.change) || $0.contains("Because of") && $0.contains(change.change) }) {
                out.append("\(change.change): nothing says what was dropped or moved")
            }
        }
        return out
    }

    /// 12: decisions for unapproved fundamentals and questions the plan had to assume; every risk has a response.
    static func decisionsAndRisks(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        for item in c.facts.fundamentals where !item.approved {
            if !c.plan.decisions.contains(where: { $0.decision.contains(item.item) }) { out.append("no decision to approve \(item.item)") }
        }
        if !c.facts.defaultsUsed.isEmpty && !c.plan.decisions.contains(where: { $0.decision.contains("had to assume") }) {
            out.append("answers were assumed and no decision asks for them")
        }
        for risk in c.plan.risks where risk.response.isEmpty || risk.risk.isEmpty { out.append("a risk without its response") }
        for decision in c.plan.decisions where decision.decision.isEmpty || decision.why.isEmpty { out.append("a decision without its why") }
        return out
    }

    /// `value` rounded up to a whole number.
    static func up(_ value: Decimal) -> Int {
        var v = value, r = Decimal()
        NSDecimalRound(&r, &v, 0, .up)
        return NSDecimalNumber(decimal: r).intValue
    }
}

extension CalendarDate {
    /// The month of the plan starting on `self` that holds `day` (1-3; 0 before, 4 after).
    func monthsInPlan(until day: CalendarDate) -> Int {
        if day < self { return 0 }
        for m in 1...3 where day < adding(months: m) { return m }
        return 4
    }
}
