import Foundation

extension PlanBuilder {
    /// What each segment gets: shares, hours and spend, planned against directed, and its message.
    func segmentPlans() -> [SegmentPlan] {
        let total = campaigns.filter { !$0.segment.isEmpty }.decimalSum(\.hours)
        return facts.segments.map { segment in
            let mine = campaigns.filter { $0.segment == segment.name }
            let hours = mine.decimalSum(\.hours)
            return SegmentPlan(name: segment.name, role: segment.role, why: segment.why, directedShare: segment.share,
                               plannedShare: total > 0 ? ExactDecimal.quotient(ExactDecimal.product(hours, 100), total).rounded(2) : 0, plannedHours: hours,
                               directedHours: ExactDecimal.product(capacity.directedHours(segment.name), Capacity.usableShare).rounded(1),
                               plannedSpend: mine.decimalSum(\.cost), directedSpend: budget(segment.name),
                               message: message(segment), customers: segment.customers)
        }
    }

    /// The strategic message for a segment, in one line.
    func message(_ segment: GuidanceFacts.Segment) -> String {
        let goal = goal(for: segment).map { " Goal: \($0)." } ?? ""
        let target = facts.target(segment.name).map { " Target: \($0.amount) \($0.measure)." } ?? ""
        switch segment.role {
        case .grow:
            let growth = segment.name == facts.growthSegment ? "the growth segment" : "a segment to grow"
            let base = segment.hasCustomers ? "" : " It has no customers yet."
            return "\(segment.name) is \(growth): win new customers.\(base)\(target)\(goal)"
        case .maintain:
            return "\(segment.name) is maintained: keep its customers and income, with renewals and further services.\(goal)"
        case .exit:
            let plan = facts.exitPlan.map { " Exit plan: \($0)." } ?? " No exit plan is agreed yet."
            return "\(segment.name) is being exited.\(plan)\(goal)"
        }
    }

    /// Hours and spend for every month and segment (fundamentals under an empty segment name).
    func monthTotals() -> [MonthTotal] {
        let names = facts.segments.map(\.name) + [""]
        var totals: [MonthTotal] = []
        for m in 1...3 {
            for name in names {
                let tasks = campaigns.filter { $0.segment == name }.flatMap(\.tasks).filter { $0.month == m }
                if name.isEmpty && tasks.isEmpty { continue }
                totals.append(MonthTotal(month: m, segment: name, hours: tasks.filter(\.isMarketing).decimalSum(\.hours),
                                         cost: tasks.decimalSum(\.cost)))
            }
        }
        return totals
    }

    /// Each target broken down by stage, with the reach the planned campaigns give; a shortfall goes to the director.
    mutating func targetPlans() -> [TargetPlan] {
        var plans: [TargetPlan] = []
        for target in facts.targets {
            guard let segment = facts.segment(target.segment) else { continue }
            let breakdown = TargetBreakdown(amount: target.amount, measure: target.measure, rates: library.rates)
            let reach = campaigns.filter { $0.segment == segment.name }
                .reduce(0) { $0 + reachOf($1) }
            let expected = breakdown.expected(reach: reach)
            plans.append(TargetPlan(segment: segment.name, measure: target.measure, amount: target.amount, stages: breakdown.stages,
                                    plannedReach: reach, expected: expected))
            if expected < target.amount {
                risks.append(Risk(risk: "\(segment.name) is on course for about \(expected) of the \(target.amount) \(target.measure) at the stated rates.",
                                  segments: [segment.name], response: "A decision for the director (see Decisions needed); the monthly reviews will show the real rates."))
                let planned = campaigns.filter { $0.segment == segment.name }.decimalSum(\.hours)
                let free = ExactDecimal.difference(capacity.usable(segment.name), planned)
                // Say what really limits the reach: the segment's hours, or the spacing of the campaigns that reach new people.
                let maintained = facts.segments.filter { $0.role == .maintain && $0.share > 0 }.map(\.name)
                var options = free >= 10 ? ["add an event, a partner mailing or paid media with the free hours"]
                    : maintained.isEmpty ? [] : ["take hours from \(AnswerFormatter.joined(maintained))"]
                options += free >= 10 ? [] : ["buy help"]
                options += ["lower the target", "correct the conversion rates if yours are higher"]
                let choice = options.dropLast().joined(separator: ", ") + ", or " + (options.last ?? "")
                let limit = free >= 10
                    ? "\(segment.name) still has about \(Self.hours(free.rounded(0))) of its share free, but its prospecting campaigns are four weeks apart (so no one is asked twice) and none starts in the last three weeks."
                    : "the hours of the quarter allow less."
                decisions.append(Decision(
                    decision: "\(segment.name): the campaigns planned reach about \(reach) prospects, which at the stated rates gives \(expected) of the \(target.amount) \(target.measure). \(choice.prefix(1).uppercased())\(choice.dropFirst())?",
                    why: "The target needs \(breakdown.reachNeeded) prospects reached, \(breakdown.enquiries) enquiries and \(breakdown.proposals) proposals at the rates stated under Assumptions; " + limit))
            }
        }
        for segment in facts.segments where segment.role == .grow && facts.target(segment.name) == nil && segment.share > 0 {
            decisions.append(Decision(decision: "Set a target for \(segment.name) this quarter (for example, new customers signed).",
                                      why: "Without one the plan cannot size its campaigns or show what each buying stage must deliver; it plans two introduction campaigns."))
        }
        return plans
    }

    /// Prospects a placed campaign reaches: its template's reach.
    func reachOf(_ campaign: Campaign) -> Int { library.template(campaign.template)?.reach ?? 0 }
}
