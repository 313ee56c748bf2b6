import Foundation

extension PlanBuilder {
    /// What each segment gets: shares, hours and spend, planned against directed, and its message.
    func segmentPlans(rows: [PlanRow]) -> [SegmentPlan] {
        let campaignRows = rows.filter { $0.kind != .fundamental }
        let total = campaignRows.reduce(Decimal(0)) { $0 + $1.hours }
        return facts.segments.map { segment in
            let mine = campaignRows.filter { $0.segment == segment.name }
            let hours = mine.reduce(Decimal(0)) { $0 + $1.hours }
            let share = total > 0 ? (hours * 100 / total).rounded(2) : 0
            return SegmentPlan(name: segment.name, role: segment.role, why: segment.why, directedShare: segment.share,
                               plannedShare: share, plannedHours: hours,
                               directedHours: capacity.directedHours(segment.name, over: period.workingDays),
                               plannedSpend: mine.reduce(Decimal(0)) { $0 + $1.cost },
                               directedSpend: facts.campaignBudget * Decimal(segment.share) / 100,
                               message: message(segment))
        }
    }

    /// The strategic message for a segment, in one line.
    func message(_ segment: GuidanceFacts.Segment) -> String {
        let goal = goal(for: segment).map { " Goal: \($0)." } ?? ""
        switch segment.role {
        case .grow:
            let growth = segment.name == facts.growthSegment ? "the growth segment" : "a segment to grow"
            return "\(segment.name) is \(growth): win new customers, with work at every buying stage each month.\(goal)"
        case .maintain:
            return "\(segment.name) is maintained: keep its customers and income at today's level, with interest and loyalty work each month.\(goal)"
        case .exit:
            let plan = facts.exitPlan.map { " \($0)." } ?? ""
            return "\(segment.name) is being exited: only loyalty work, looking after customers while we wind down.\(plan)\(goal)"
        }
    }

    /// Where a segment's planned share is more than 3 points from the split: an internal change (stated), or a rule that gave way.
    func shareConflicts(_ plans: [SegmentPlan]) -> [String] {
        let total = plans.reduce(Decimal(0)) { $0 + $1.plannedHours }
        let inPlan = facts.internalChanges.filter { change in
            change.capacityPercent != 0 && period.workingDays.contains { $0 >= change.from && $0 <= change.to }
        }
        guard total > 0 else {
            let cause = inPlan.isEmpty ? "the team has no hours for planned work" : "\(AnswerFormatter.joined(inPlan.map(\.change))) take\(inPlan.count == 1 ? "s" : "") away every hour"
            return plans.filter { $0.directedShare > 0 }.map {
                "The focus split gave way for \($0.name): no hours are planned at all against \($0.directedShare)% directed, because \(cause)."
            }
        }
        return plans.compactMap { plan in
            let gap = plan.plannedHours * 100 / total - Decimal(plan.directedShare)
            guard abs(NSDecimalNumber(decimal: gap).doubleValue) > 3 else { return nil }
            let planned = AnswerFormatter.number(plan.plannedShare.rounded(1))
            let touching = inPlan.filter { $0.segments.isEmpty || $0.segments.contains(plan.name) }
            let lost = plan.directedHours - available(plan.name)
            if !touching.isEmpty && lost != 0 {
                let causes = touching.map { "\($0.change) (\($0.capacityPercent > 0 ? "+" : "")\($0.capacityPercent)% from \($0.from.spoken) to \($0.to.spoken))" }
                let consequence = lost > 0 ? "The plan does less there rather than take hours from other segments." : "The plan uses the extra hours there."
                return "The focus split gave way for \(plan.name): it gets \(planned)% of the planned hours against \(plan.directedShare)% directed, \(Self.hours(abs(lost))) \(lost > 0 ? "fewer" : "more") than the split asks, because of \(AnswerFormatter.joined(causes)). \(consequence)"
            }
            let others = inPlan.filter { !($0.segments.isEmpty || $0.segments.contains(plan.name)) }
            if !others.isEmpty {
                let names = AnswerFormatter.joined(others.map(\.change))
                let verb = others.count == 1 ? "changes" : "change"
                return "The focus split gave way for \(plan.name): it keeps its \(Self.hours(plan.plannedHours)), but that is \(planned)% of a different total against \(plan.directedShare)% directed, because \(names) \(verb) the hours of other segments."
            }
            return "The focus split gave way for \(plan.name): it gets \(planned)% of the planned hours against \(plan.directedShare)% directed, because the work it needs did not fit its hours."
        }
    }

    /// A growth segment that spends far less than its share of the budget: the money is left unplanned, and the plan says so.
    func spendConflicts(_ plans: [SegmentPlan]) -> [String] {
        plans.compactMap { plan in
            guard plan.role == .grow, plan.directedSpend > 0, plan.plannedSpend * 10 < plan.directedSpend * 8 else { return nil }
            let left = plan.directedSpend - plan.plannedSpend
            return "Spend gave way for \(plan.name): it spends \(money(plan.plannedSpend)) of the \(money(plan.directedSpend)) its share of the budget allows, because its hours were used up before more paid work fitted; \(money(left)) is left unplanned: add paid work for \(plan.name) or move the money."
        }
    }

    /// Answers that do not hold together: a growth segment not set to grow, a split that does not total 100,
    /// sales needs and market changes naming a segment that is no longer served.
    func answerConflicts() -> [String] {
        var lines: [String] = []
        if let growth = facts.growthSegment {
            if let segment = facts.segment(growth), segment.role != .grow {
                lines.append("The growth segment \(growth) is marked \(segment.role.rawValue), so the plan treats it as \(segment.role == .exit ? "a segment being exited" : "a segment to maintain"); check the roles with your director.")
            } else if facts.segment(growth) == nil {
                lines.append("The growth segment \(growth) is not one of the segments, so no work is planned for it.")
            }
        }
        let total = facts.segments.reduce(0) { $0 + $1.share }
        if total != 100 {
            lines.append("The focus split adds up to \(total)%, not 100%, so the hours follow it as it stands; answer the focus split again.")
        }
        for need in facts.salesNeeds where facts.segment(need.segment) == nil {
            lines.append("Sales asked for \(need.material) for \(need.segment), which is no longer a segment: it is not scheduled.")
        }
        for change in facts.marketChanges {
            for name in change.segments where facts.segment(name) == nil {
                lines.append("The market change \"\(change.change)\" names \(name), which is no longer a segment: no response is planned there.")
            }
        }
        return lines
    }

    /// All hours `segment` has over the plan.
    func available(_ segment: String) -> Decimal { (1...3).reduce(0) { $0 + available(segment, month: $1) } }

    /// Each internal change and what it does to the plan.
    func horizonLines() -> [String] {
        facts.internalChanges.map { change in
            let names = change.segments.isEmpty ? facts.segments.map(\.name) : change.segments
            let days = period.workingDays.filter { $0 >= change.from && $0 <= change.to }
            let delta = names.reduce(Decimal(0)) { total, name in
                total + capacity.hours(name, over: days) - capacity.directedHours(name, over: days)
            }
            let effect: String
            if change.capacityPercent == 0 || days.isEmpty {
                effect = days.isEmpty ? "it falls outside the plan's three months" : "no change in hours"
            } else {
                effect = "\(Self.hours(abs(delta))) \(delta < 0 ? "fewer" : "more") for \(AnswerFormatter.joined(names)) inside the plan"
            }
            let pct = "\(change.capacityPercent > 0 ? "+" : "")\(change.capacityPercent)%"
            return "\(change.change): \(change.from.spoken) to \(change.to.spoken), \(AnswerFormatter.joined(names)), \(pct) hours: \(effect)."
        }
    }

    /// Each market change and the plan's response.
    func marketLines() -> [String] {
        facts.marketChanges.map { change in
            let names = change.segments.isEmpty ? "all segments" : AnswerFormatter.joined(change.segments)
            let response = change.response.isEmpty ? "no response decided yet" : change.response
            return change.isOpportunity
                ? "Opportunity: \(change.change) (\(names)). Response in month 1: \(response)."
                : "Threat: \(change.change) (\(names)). Defensive action in month 1: \(response); listed as a risk."
        }
    }

    /// Fundamentals not yet approved.
    func pendingFundamentals() -> [PendingItem] {
        facts.fundamentals.filter { !$0.approved }.map { PendingItem(item: $0.item, budget: $0.budget, month: $0.month) }
    }

    /// What the plan rests on: defaults for missing answers, and in a self-planning session every answer.
    func assumptionLines(mode: SessionMode) -> [String] {
        var lines = facts.defaultsUsed
        guard mode == .selfPlanning else { return lines }
        lines.insert("This plan comes from a self-planning session: every answer below is an assumption to confirm with your director.", at: 0)
        if !facts.goals.isEmpty { lines.append("Goals: \(facts.goals.joined(separator: "; ")).") }
        if let growth = facts.growthSegment { lines.append("Growth segment: \(growth).") }
        lines.append("Roles: " + facts.segments.map { "\($0.name) \($0.role.rawValue)" }.joined(separator: ", ") + ".")
        lines.append("Focus split: " + facts.segments.map { "\($0.name) \($0.share)%" }.joined(separator: ", ") + ".")
        lines.append("Team hours: \(AnswerFormatter.number(facts.weeklyHours)) a week; campaign budget \(money(facts.campaignBudget)).")
        for item in facts.fundamentals { lines.append("Fundamentals: \(item.item), \(money(item.budget)), month \(item.month), \(item.approved ? "approved" : "not approved").") }
        for change in facts.internalChanges { lines.append("Internal change: \(change.change).") }
        for change in facts.marketChanges { lines.append("Market change: \(change.change): \(change.response).") }
        for need in facts.salesNeeds { lines.append("Sales need: \(need.material) for \(need.segment) at \(need.stage.rawValue).") }
        return lines
    }
}
