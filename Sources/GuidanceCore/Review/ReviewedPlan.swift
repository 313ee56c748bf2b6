import Foundation

/// A plan re-planned around what a monthly review says happened: done work stays (with its real hours and
/// cost), dropped work goes, moved work is placed on its new day, and the weeks left are checked again
/// (`ReviewedPlan+Weeks`: a week filled past the team's hours by moved work; unplanned work as a risk).
///
/// Task keys, campaign keys and calendar entry keys do not change, so a calendar exported again keeps
/// every UID and raises SEQUENCE only on what moved. Work moved beyond the plan's end belongs to the next
/// plan and is listed with what was dropped or moved. Reviews are applied in month order, each read
/// against the plan the months before it left (`ReviewChain`).
public enum ReviewedPlan {
    /// `plan` after `review`.
    public static func apply(_ review: MonthlyReview, to plan: Plan) -> Plan {
        let before = plan
        var plan = plan
        let month = PlanSummary.monthName(plan, review.month)
        let closed = Set(plan.closedDays.map(\.date))
        var cuts: [String] = []
        for index in plan.campaigns.indices {
            var campaign = plan.campaigns[index]
            var tasks: [PlanRow] = []
            // A campaign whose go-live was dropped is dropped whole: its later tasks have nothing to follow up.
            let goLiveDropped = campaign.tasks.contains { task in
                if task.isGoLive, case .dropped? = review.report(task.key)?.outcome { return true }
                return false
            }
            for var task in campaign.tasks {
                guard let report = review.report(task.key) else {
                    if !goLiveDropped { tasks.append(task) }
                    continue
                }
                switch report.outcome {
                case .done, .going:
                    task.hours = report.hours
                    task.cost = report.cost
                    tasks.append(task)
                case .dropped:
                    continue
                case .moved(let day):
                    guard let due = workingDay(onOrAfter: day, in: plan, closed: closed) else {
                        cuts.append("At the \(month) review, \(task.activity) (\(campaign.name)) was moved to \(day.spoken), "
                            + "after the plan ends: it belongs in the next plan.")
                        continue
                    }
                    let span = task.start.days(until: task.due)
                    task.start = max(plan.start, workingDay(onOrAfter: due.adding(days: -span), in: plan, closed: closed) ?? due)
                    if task.start > due { task.start = due }
                    task.due = due
                    task.month = ReviewScope.month(of: due, in: plan) ?? task.month
                    task.week = plan.start.days(until: due) / 7 + 1
                    tasks.append(task)
                }
            }
            let dropped = campaign.tasks.compactMap { task -> (PlanRow, String)? in
                if case .dropped(let reason)? = review.report(task.key)?.outcome { return (task, reason) }
                return nil
            }
            if !dropped.isEmpty {
                let reasons = Array(Set(dropped.map(\.1))).sorted()
                let what = goLiveDropped || dropped.count == campaign.tasks.count ? "\(campaign.name) was dropped"
                    : "\(dropped.count == 1 ? "1 task" : "\(dropped.count) tasks") of \(campaign.name) \(dropped.count == 1 ? "was" : "were") dropped"
                cuts.append("At the \(month) review, \(what): \(reasons.joined(separator: "; ")).")
            }
            tasks.sort { ($0.due, $0.start) < ($1.due, $1.start) }
            campaign.tasks = tasks
            if let first = tasks.map(\.start).min(), let last = tasks.map(\.due).max() {
                campaign.start = first
                campaign.end = last
                campaign.goLive = tasks.first(where: \.isGoLive)?.due ?? campaign.goLive
            }
            campaign.hours = tasks.filter(\.isMarketing).reduce(0) { $0 + $1.hours }
            campaign.cost = tasks.reduce(0) { $0 + $1.cost }
            plan.campaigns[index] = campaign
        }
        let gone = Set(plan.campaigns.filter(\.tasks.isEmpty).map(\.key))
        plan.campaigns.removeAll { $0.tasks.isEmpty }
        plan.calendar = plan.calendar.compactMap { entry in
            guard entry.category == .launch else { return entry }
            let key = String(entry.key.dropFirst("launch-".count))
            if gone.contains(key) { return nil }
            guard let campaign = plan.campaigns.first(where: { $0.key == key }) else { return entry }
            var moved = entry
            moved.date = campaign.goLive
            return moved
        }
        plan.cuts += cuts
        // The market responses name their campaigns' go-live days: say what became of them.
        for campaign in before.campaigns {
            let was = "\(campaign.name), live \(campaign.goLive.spoken)"
            let now = plan.campaigns.first { $0.key == campaign.key }
            let said = now.map { "\($0.name), live \($0.goLive.spoken)" } ?? "\(campaign.name), dropped at the \(month) review"
            if said != was { plan.marketResponses = plan.marketResponses.map { $0.replacingOccurrences(of: was, with: said) } }
        }
        recount(&plan)
        checkWeeks(after: review, before: before, plan: &plan)
        return plan
    }

    /// The first working day of the plan on or after `day` (Monday to Friday, not closed), or nil past its end.
    static func workingDay(onOrAfter day: CalendarDate, in plan: Plan, closed: Set<CalendarDate>) -> CalendarDate? {
        var day = max(day, plan.start)
        while day <= plan.end {
            if day.isWorkingDay && !closed.contains(day) { return day }
            day = day.adding(days: 1)
        }
        return nil
    }

    /// The month totals and each segment's planned hours, share and spend, counted again from the tasks.
    static func recount(_ plan: inout Plan) {
        var totals: [MonthTotal] = []
        let names = plan.segments.map(\.name) + [""]
        for month in 1...3 {
            for name in names {
                let tasks = plan.campaigns.filter { $0.segment == name }.flatMap(\.tasks).filter { $0.month == month }
                if name.isEmpty && tasks.isEmpty && !plan.months.contains(where: { $0.segment.isEmpty }) { continue }
                totals.append(MonthTotal(month: month, segment: name, hours: tasks.filter(\.isMarketing).reduce(0) { $0 + $1.hours },
                                         cost: tasks.reduce(0) { $0 + $1.cost }))
            }
        }
        plan.months = totals
        let total = plan.campaigns.filter { !$0.segment.isEmpty }.reduce(Decimal(0)) { $0 + $1.hours }
        for index in plan.segments.indices {
            let mine = plan.campaigns.filter { $0.segment == plan.segments[index].name }
            let hours = mine.reduce(Decimal(0)) { $0 + $1.hours }
            plan.segments[index].plannedHours = hours
            plan.segments[index].plannedShare = total > 0 ? (hours * 100 / total).rounded(2) : 0
            plan.segments[index].plannedSpend = mine.reduce(Decimal(0)) { $0 + $1.cost }
        }
    }
}

/// The monthly reviews of a plan read in month order, each against the plan the months before it left.
public enum ReviewChain {
    /// The plan after the reviews whose JSON `files` gives for months 1-3 (a missing month is skipped),
    /// and the reviews as read; the first review that does not fit says which month and why.
    public static func apply(_ files: [Int: JSONValue], to plan: Plan, sessionID: String) throws(ReviewChainProblem) -> (plan: Plan, reviews: [MonthlyReview]) {
        var plan = plan
        var reviews: [MonthlyReview] = []
        for month in 1...3 {
            guard let json = files[month] else { continue }
            do throws(ReviewProblem) {
                let review = try MonthlyReview(json: json, plan: plan, sessionID: sessionID, month: month)
                reviews.append(review)
                plan = ReviewedPlan.apply(review, to: plan)
            } catch {
                throw ReviewChainProblem(month: month, problem: error)
            }
        }
        return (plan, reviews)
    }
}

/// A review of a chain that does not fit the plan: which month, and why.
public struct ReviewChainProblem: Error, Equatable, Sendable {
    /// The month whose review does not fit.
    public var month: Int
    /// Why.
    public var problem: ReviewProblem
}
