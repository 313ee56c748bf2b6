import Foundation

extension PlanBuilder {
    /// Places every campaign: the fixed ones on their dates, the others where they fit best.
    mutating func placeCampaigns() {
        let (fixed, flexible, steady) = drafts()
        for draft in fixed { placeFixed(draft) }
        for draft in flexible + steady { placeFlexible(draft) }
    }

    /// A campaign tied to a date: placed there, or stated as not planned.
    mutating func placeFixed(_ draft: CampaignDraft) {
        let result = attempt(draft, anchor: draft.anchor)
        if let failure = result.failure {
            cuts.append("\(draft.name)\(draft.segment.map { " (\($0.name))" } ?? "") is not planned: \(failure).")
            return
        }
        commit(draft, result)
    }

    /// A campaign the planner may move: tried on its preferred day, then a week either side, up to three weeks.
    mutating func placeFlexible(_ draft: CampaignDraft) {
        if let segment = draft.segment, campaigns.filter({ $0.segment == segment.name }).count >= Self.maximumCampaigns {
            cuts.append("\(draft.name) is not planned: \(segment.name) already has \(Self.maximumCampaigns) campaigns this quarter.")
            return
        }
        var best: (CampaignDraft, CampaignAttempt)?
        var lastFailure = ""
        for shift in [0, 7, -7, 14, -14, 21, -21] {
            let day = draft.anchor.adding(days: shift)
            guard day >= period.start.adding(days: -7), day <= period.end else { continue }
            var moved = draft
            moved.anchor = day
            let result = attempt(moved, anchor: day)
            if let failure = result.failure { lastFailure = failure; continue }
            if best == nil || result.leftOut.count < best!.1.leftOut.count { best = (moved, result) }
            if result.leftOut.isEmpty { break }
        }
        guard let (placed, result) = best else {
            if draft.template.id != "stay-visible" {
                cuts.append("\(draft.name) is not planned: \(lastFailure.isEmpty ? "there is no room for it in the plan" : lastFailure).")
            }
            return
        }
        commit(placed, result)
    }

    /// Keeps an attempt: its tasks become rows, its hours and money are booked, what it left out is stated.
    mutating func commit(_ draft: CampaignDraft, _ result: CampaignAttempt) {
        ledger = result.ledger
        let segment = draft.segment?.name ?? ""
        for (id, due) in result.assets { assets[segment, default: [:]][id] = due }
        var tasks = result.tasks.map { row($0, draft: draft) }
        if let budget = draft.ownBudget, let index = tasks.firstIndex(where: { $0.owner == ActivityOwner.agency.rawValue }) {
            tasks[index].cost = budget
        }
        tasks.sort { ($0.due, $0.start) < ($1.due, $1.start) }
        guard let first = tasks.map(\.start).min(), let end = tasks.map(\.due).max() else { return }
        let goLive = tasks.first(where: \.isGoLive)?.due ?? first
        let cost = tasks.reduce(Decimal(0)) { $0 + $1.cost }
        if draft.ownBudget == nil { spent[segment, default: 0] += cost }
        let marketing = tasks.filter(\.isMarketing).reduce(Decimal(0)) { $0 + $1.hours }
        campaigns.append(Campaign(key: draft.key, name: draft.name, segment: segment, role: draft.segment?.role,
                                  purpose: draft.template.purpose, template: draft.template.id, stage: draft.ownBudget == nil ? draft.template.stage : nil,
                                  start: first, goLive: goLive, end: end,
                                  owner: draft.ownBudget == nil ? ActivityOwner.marketing.rawValue : ActivityOwner.agency.rawValue,
                                  hours: marketing, cost: cost, why: draft.why, anchor: draft.anchorText, tasks: tasks))
        let place = draft.segment.map { " (\($0.name))" } ?? ""
        for reason in result.leftOut { cuts.append("\(draft.name)\(place): \(reason).") }
        for line in result.unpaid { cuts.append(line + ".") }
    }

    /// A placed task as a row of the plan.
    func row(_ task: PlacedTask, draft: CampaignDraft) -> PlanRow {
        let due = period.workingDays[task.last]
        return PlanRow(key: task.key, start: period.workingDays[task.first], due: due, month: period.month(of: due) ?? 3,
                       week: period.week(of: due), segment: draft.segment?.name ?? "", role: draft.segment?.role,
                       campaign: draft.name, stage: draft.ownBudget == nil ? task.activity.stage : nil, activity: task.name,
                       channel: task.activity.channel, pullPush: task.activity.pullPush, owner: task.activity.owner.rawValue,
                       hours: task.hours, cost: task.cost, why: draft.why, activityID: task.activity.id,
                       kind: task.activity.kind, isGoLive: task.isGoLive)
    }
}
