import Foundation

extension PlanBuilder {
    /// Decisions the answers call for: an exit plan, a role without customers, unapproved fundamentals,
    /// a growth segment that does not add up, questions left unanswered.
    mutating func answerDecisions() {
        for segment in facts.segments where segment.role == .exit && segment.share > 0 && facts.exitPlan == nil {
            decisions.append(Decision(
                decision: "Agree how marketing treats \(segment.name)'s customers while the company winds down.",
                why: "Until the exit plan is agreed the plan does no wind-down work there; its \(segment.share)% (\(Self.hours(capacity.usable(segment.name).rounded(1))), \(money(budget(segment.name).rounded(0)))) is held back."))
        }
        for segment in facts.segments where segment.role == .maintain && !segment.hasCustomers && segment.share > 0 {
            decisions.append(Decision(
                decision: "\(segment.name) is to be maintained but has no customers yet: grow it, or take its \(segment.share)% elsewhere?",
                why: "There is nothing to retain, so the plan does no work there."))
        }
        for segment in facts.segments where segment.share > 0 && !campaigns.contains(where: { $0.segment == segment.name }) {
            let heldBack = segment.role == .exit && facts.exitPlan == nil
            let nothingToKeep = segment.role != .grow && !segment.hasCustomers
            guard !heldBack && !nothingToKeep else { continue }
            decisions.append(Decision(
                decision: "Nothing could be planned for \(segment.name) this quarter: free hours elsewhere for it, buy help, or accept that it waits?",
                why: "Its \(segment.share)% of the effort found no weeks with room; see What was dropped or moved."))
        }
        for item in facts.fundamentals where !item.approved {
            decisions.append(Decision(decision: "Approve \(item.item) (\(money(item.budget)), month \(item.month))?",
                                      why: "Not planned until it is approved; it has its own budget, apart from the campaigns."))
        }
        if let growth = facts.growthSegment {
            if let segment = facts.segment(growth), segment.role != .grow {
                decisions.append(Decision(decision: "\(growth) is the growth segment but marked \(segment.role.rawValue): which is right?",
                                          why: "The plan follows the role, so \(growth) gets no prospecting work."))
            } else if facts.segment(growth) == nil {
                decisions.append(Decision(decision: "Name the growth segment again: \(growth) is not one of the segments.",
                                          why: "No growth work can be planned for a segment the plan does not know."))
            }
        }
        let total = facts.segments.reduce(0) { $0 + $1.share }
        if total != 100 {
            decisions.append(Decision(decision: "Agree the focus split again: it adds up to \(total)%, not 100%.",
                                      why: "The hours follow the split as it stands."))
        }
        let unanswered = facts.defaultsUsed.count
        if unanswered > 0 {
            decisions.append(Decision(decision: "Answer the \(unanswered == 1 ? "question" : "\(unanswered) questions") the plan had to assume (see Assumptions).",
                                      why: "Each assumption changes what the plan does; confirm or correct them."))
        }
    }

    /// Risks: internal changes that take hours away, threats, material Sales gets late, key dates too close to promote.
    mutating func collectRisks() {
        for change in facts.internalChanges where change.capacityPercent < 0 && touchesPlan(change) {
            let names = change.segments.isEmpty ? facts.segments.map(\.name) : change.segments
            risks.append(Risk(risk: "\(change.change) (\(change.capacityPercent)% hours \(change.spokenWindow))", segments: names,
                              response: "The plan does less there and lists what was dropped or moved; the trade-off is a decision for the director."))
        }
        for change in facts.marketChanges where !change.isOpportunity {
            let names = change.segments.isEmpty ? facts.segments.map(\.name) : change.segments
            let planned = campaigns.filter { $0.key.hasPrefix("market-change-\(facts.marketChanges.firstIndex(of: change).map { $0 + 1 } ?? 0)-") }
            let response = (change.response.isEmpty ? "No response decided yet" : change.response)
                + (planned.isEmpty ? "." : "; planned: " + AnswerFormatter.joined(planned.map { "\($0.name) from \($0.goLive.spoken)" }) + ".")
            risks.append(Risk(risk: change.change, segments: names, response: response))
        }
        for campaign in campaigns where campaign.purpose == .salesMaterial {
            for need in facts.salesNeeds where need.segment == campaign.segment {
                guard let task = campaign.tasks.first(where: { $0.activity == need.material }) else { continue }
                let by = need.neededBy ?? period.workingDay(onOrBefore: period.start.adding(days: 13))
                if task.due > by {
                    risks.append(Risk(risk: "\(need.material) for \(need.segment) is ready on \(task.due.spoken), after Sales needs it on \(by.spoken).",
                                      segments: [need.segment], response: "Tell Sales now, or free hours earlier in the plan."))
                }
            }
        }
        for (index, key) in facts.keyDates.enumerated() where key.kind == .event {
            guard let campaign = campaigns.first(where: { $0.key == "key-date-\(index + 1)" }) else { continue }
            let days = campaign.goLive.days(until: key.date)
            if days < 28 {
                conflicts.append("Lead time gave way for \(campaign.name): promotion starts on \(campaign.goLive.spoken), \(days) days before \(key.date.spoken), not the four to six weeks an event needs, because the plan starts too close to it.")
                risks.append(Risk(risk: "\(key.name) has only \(days) days of promotion.", segments: [campaign.segment],
                                  response: "Invite the warmest prospects personally; Sales follows up by phone."))
            }
        }
    }

    /// Whether an internal change falls inside the plan.
    func touchesPlan(_ change: GuidanceFacts.InternalChange) -> Bool {
        change.from <= period.end && (change.to.map { $0 >= period.start } ?? true)
    }

    /// Where a segment's planned share of hours is more than 5 points from the split: said plainly with the reason.
    mutating func shareConflicts(_ plans: [SegmentPlan]) {
        for plan in plans where plan.directedShare > 0 || plan.plannedHours > 0 {
            let gap = plan.plannedShare - Decimal(plan.directedShare)
            guard abs(NSDecimalNumber(decimal: gap).doubleValue) > 5 else { continue }
            let touching = facts.internalChanges.filter { touchesPlan($0) && $0.capacityPercent != 0 && ($0.segments.isEmpty || $0.segments.contains(plan.name)) }
            let cause: String
            if plan.role == .exit && facts.exitPlan == nil {
                cause = "no wind-down work is planned until the exit plan is agreed"
            } else if !touching.isEmpty {
                cause = "of " + AnswerFormatter.joined(touching.map(\.change))
            } else if gap < 0 {
                cause = "its campaigns did not fill its hours (the rest stays free)"
            } else {
                cause = "other segments did not fill their hours"
            }
            conflicts.append("The focus split gave way for \(plan.name): \(AnswerFormatter.number(plan.plannedShare.rounded(1)))% of the planned hours against \(plan.directedShare)% directed, because \(cause).")
        }
    }

    /// Each internal change and what it does to the plan.
    func horizonLines() -> [String] {
        facts.internalChanges.map { change in
            let names = change.segments.isEmpty ? "all segments" : AnswerFormatter.joined(change.segments)
            let pct = "\(change.capacityPercent > 0 ? "+" : "")\(change.capacityPercent)%"
            let inside = touchesPlan(change) ? "" : " It falls outside the plan's three months."
            return "\(change.change): \(pct) hours for \(names) \(change.spokenWindow).\(inside)"
        }
    }

    /// Each market change and the plan's response.
    func marketLines() -> [String] {
        facts.marketChanges.enumerated().map { index, change in
            let names = change.segments.isEmpty ? "all segments" : AnswerFormatter.joined(change.segments)
            let planned = campaigns.filter { $0.key.hasPrefix("market-change-\(index + 1)-") }
            let what = planned.isEmpty ? "no campaign could be planned" : AnswerFormatter.joined(planned.map { "\($0.name), live \($0.goLive.spoken)" })
            return "\(change.isOpportunity ? "Opportunity" : "Threat"): \(change.change) (\(names)). Response: \(what)."
        }
    }

    /// What the plan rests on: defaults for missing answers, the conversion rates, and in a self-planning
    /// session every answer.
    func assumptionLines() -> [String] {
        var lines = facts.defaultsUsed
        if !facts.targets.isEmpty {
            let r = library.rates
            lines.append("Targets are broken down with these conversion rates: \(percent(r.reachedToEnquiry)) of prospects reached enquire, \(percent(r.enquiryToProposal)) of enquiries get a proposal, \(percent(r.proposalToWin)) of proposals are won. Correct them in prompts/activities.json when you know better.")
        }
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

    /// "30%".
    func percent(_ rate: Decimal) -> String { AnswerFormatter.number((rate * 100).rounded(1)) + "%" }
}
