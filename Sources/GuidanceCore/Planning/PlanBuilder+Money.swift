import Foundation

extension PlanBuilder {
    /// The planner's passes, in order: the campaigns (from `drafts`), the money, the risks.
    mutating func build(_ drafts: (fixed: [CampaignDraft], flexible: [CampaignDraft], steady: [CampaignDraft])) {
        placeCampaigns(drafts)
        spendTheRest()
        checkMoney()
        collectRisks()
    }

    /// The most a paid task's spend grows to, as a multiple of its usual cost.
    static let largestScale: Decimal = 10

    /// Gives each segment's unspent share to its paid media and print, in proportion to their usual cost
    /// (in steps of 10), so spend follows the campaigns. A segment to grow puts it in months one and two
    /// unless one of its key dates falls in month three.
    mutating func spendTheRest() {
        for segment in facts.segments {
            let left = moneyLeft(segment.name)
            guard left >= 10 else { continue }
            let lateDate = facts.keyDates.contains { $0.concerns(segment.name) && period.month(of: $0.date) == 3 }
            var slots: [(c: Int, t: Int, base: Decimal)] = []
            for (c, campaign) in campaigns.enumerated() where campaign.segment == segment.name {
                for (t, task) in campaign.tasks.enumerated() where library.activity(task.activityID)?.scalable == true && task.cost > 0 {
                    slots.append((c, t, task.cost))
                }
            }
            if segment.role == .grow && !lateDate {
                let early = slots.filter { campaigns[$0.c].tasks[$0.t].month <= 2 }
                if !early.isEmpty { slots = early }
            }
            let base = slots.decimalSum(\.base)
            guard base > 0 else { continue }
            var given: Decimal = 0
            for slot in slots {
                let share = ExactDecimal.quotient(ExactDecimal.quotient(ExactDecimal.product(left, slot.base), base), 10)
                var extra = ExactDecimal.product(share.rounded(0, .down), 10)
                extra = min(extra, ExactDecimal.product(slot.base, ExactDecimal.difference(Self.largestScale, 1)))
                campaigns[slot.c].tasks[slot.t].cost = ExactDecimal.sum(campaigns[slot.c].tasks[slot.t].cost, extra)
                campaigns[slot.c].cost = ExactDecimal.sum(campaigns[slot.c].cost, extra)
                given = ExactDecimal.sum(given, extra)
            }
            spend(given, segment: segment.name)
        }
    }

    /// Money decisions and the month-three rule: budget left unplanned goes to the director; a segment to grow
    /// that spends more than half its money in month three says why.
    mutating func checkMoney() {
        let planned = campaigns.filter { $0.purpose != .fundamentals }.decimalSum(\.cost)
        let unplanned = facts.campaignBudget - planned
        if facts.campaignBudget > 0 && (planned * 10 < facts.campaignBudget * 9 || unplanned >= max(100, facts.campaignBudget / 100)) {
            let bySegment = facts.segments.compactMap { segment -> String? in
                let left = moneyLeft(segment.name)
                return left >= 1 ? "\(segment.name) \(money(left.rounded(0)))" : nil
            }
            let growth = facts.growthSegment.flatMap { facts.segment($0) }
            let elsewhere = facts.segments.contains { $0.name != growth?.name && moneyLeft($0.name) >= 1 }
            let move = growth.map { elsewhere ? "move it to \($0.name)" : "spend it on more paid promotion for \($0.name)" }
                ?? "move it to the segment that needs it most"
            decisions.append(Decision(
                decision: "Decide what to do with \(money(unplanned.rounded(0))) of the campaign budget that the plan does not spend.",
                why: "The campaigns planned use \(money(planned.rounded(0))) of \(money(facts.campaignBudget)); left by segment: \(AnswerFormatter.joined(bySegment)). Keep it in reserve, \(move), or buy help to run more campaigns."))
        }
        for segment in facts.segments where segment.role == .grow {
            let mine = campaigns.filter { $0.segment == segment.name }.flatMap(\.tasks)
            let total = mine.decimalSum(\.cost)
            let late = mine.filter { $0.month == 3 }.decimalSum(\.cost)
            let lateDate = facts.keyDates.contains { $0.concerns(segment.name) && period.month(of: $0.date) == 3 }
            if total > 0 && late * 2 > total && !lateDate {
                conflicts.append("Spend timing gave way for \(segment.name): \(money(late)) of its \(money(total)) falls in month 3, because its campaigns could only go live late.")
            }
        }
    }
}

extension Decimal {
    /// The value rounded to `scale` decimals in the given direction.
    func rounded(_ scale: Int, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var value = self, result = Decimal()
        NSDecimalRound(&result, &value, scale, mode)
        return result
    }
}
