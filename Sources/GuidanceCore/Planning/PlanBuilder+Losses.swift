import Foundation

extension PlanBuilder {
    /// States what the internal changes that take hours away cost the plan, against `baseline` (the same plan
    /// without them): what was dropped or moved, and the trade-off for the director.
    mutating func statelossEffects(baseline: PlanBuilder) {
        let losses = facts.internalChanges.filter { $0.capacityPercent < 0 && touchesPlan($0) }
        guard !losses.isEmpty else { return }
        let names = AnswerFormatter.joined(losses.map(\.change))
        let now = Dictionary(campaigns.flatMap(\.tasks).map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var dropped: [String] = []
        var moved: [String] = []
        var movedTasks = 0
        for campaign in baseline.campaigns {
            if !campaigns.contains(where: { $0.key == campaign.key }) {
                dropped.append("\(campaign.name) (\(campaign.segment), \(Self.hours(campaign.hours)))")
                continue
            }
            var shifts: [Int] = []
            var goLive: CalendarDate?
            for task in campaign.tasks {
                if let kept = now[task.key] {
                    if kept.due != task.due {
                        shifts.append(task.due.days(until: kept.due))
                        if task.isGoLive { goLive = kept.due }
                    }
                } else if task.kind != .recurring || !campaign.tasks.contains(where: { $0.activityID == task.activityID && now[$0.key] != nil }) {
                    dropped.append("\(task.activity) for \(campaign.name) (\(Self.hours(task.hours)))")
                }
            }
            if !shifts.isEmpty { moved.append(Self.moves(campaign.name, shifts: shifts, goLive: goLive)) }
            movedTasks += shifts.count
        }
        let touched = facts.segments.filter { segment in losses.contains { $0.segments.isEmpty || $0.segments.contains(segment.name) } }
        let lost = touched.reduce(Decimal(0)) { ExactDecimal.difference(ExactDecimal.sum($0, baseline.capacity.usable($1.name)), capacity.usable($1.name)) }
        if dropped.isEmpty && moved.isEmpty {
            cuts.append("Because of \(names), \(AnswerFormatter.joined(touched.map(\.name))) \(touched.count == 1 ? "has" : "have") \(Self.hours(lost)) fewer in the plan; nothing had to be dropped or moved, because those hours were not all planned.")
        } else {
            if !dropped.isEmpty { cuts.append("Dropped because of \(names): \(AnswerFormatter.joined(dropped)).") }
            cuts += moved.map { "Moved because of \(names): \($0)." }
        }
        let growth = facts.growthSegment.flatMap { facts.segment($0) }
        let maintained = facts.segments.filter { $0.role == .maintain && !touched.contains($0) }.map(\.name)
        let unplanned = max(0, ExactDecimal.difference(facts.campaignBudget, campaigns.filter { $0.purpose != .fundamentals }.decimalSum(\.cost)))
        var options: [String] = []
        if let growth, touched.contains(where: { $0.name == growth.name }) {
            if !maintained.isEmpty { options.append("take hours from \(AnswerFormatter.joined(maintained)) to protect \(growth.name)'s share") }
        } else if let growth {
            options.append("move hours from \(growth.name) to keep \(AnswerFormatter.joined(touched.map(\.name))) served")
        }
        options.append(unplanned > 0 ? "buy help with the \(money(unplanned.rounded(0))) not yet planned" : "buy help, which needs new budget (the campaign budget is all planned)")
        options.append("accept the smaller plan")
        let choice = options.joined(separator: ", or ")
        decisions.append(Decision(
            decision: "\(names): \(AnswerFormatter.joined(touched.map(\.name))) \(touched.count == 1 ? "loses" : "lose") \(Self.hours(lost)) in this plan. \(choice.prefix(1).uppercased())\(choice.dropFirst())?",
            why: dropped.isEmpty && moved.isEmpty ? "Nothing is dropped yet, but the weeks affected have little room left." : "\(Self.count(dropped.count, "item")) dropped and \(movedTasks) moved; see What was dropped or moved."))
    }

    /// One campaign's moved tasks in a line: how many, which way and by about how long, and its new go-live day.
    static func moves(_ campaign: String, shifts: [Int], goLive: CalendarDate?) -> String {
        let tasks = count(shifts.count, "task")
        let days = shifts.map(abs).reduce(0, +) / max(1, shifts.count)
        let by = days < 5 ? "by a few days" : days < 11 ? "by about a week" : "by about \((days + 3) / 7) weeks"
        let way: String
        if shifts.allSatisfy({ $0 < 0 }) {
            way = "\(tasks) brought forward \(by)"
        } else if shifts.allSatisfy({ $0 > 0 }) {
            way = "\(tasks) put back \(by)"
        } else {
            way = "\(tasks) moved, some earlier and some later, \(by) on average"
        }
        return "\(campaign): \(way)" + (goLive.map { "; it now goes live \($0.spoken)" } ?? "")
    }

    /// "1 item", "3 items".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// The campaigns by go-live day, then segment order, then key.
    func orderedCampaigns() -> [Campaign] {
        campaigns.sorted { a, b in
            (a.goLive, position(a.segment), a.key) < (b.goLive, position(b.segment), b.key)
        }
    }
}
