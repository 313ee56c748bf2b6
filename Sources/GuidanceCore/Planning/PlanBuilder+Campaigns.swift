import Foundation

extension PlanBuilder {
    /// Places every campaign in priority order: those tied to a date first (within their segment's share of each
    /// week when they fit whole, else borrowing room from the other segments), then each segment's own campaigns
    /// and steady content, kept only when they fit whole in their own share; then what did not fit, borrowing.
    ///
    /// `given` are the drafts when the caller has them already (`drafts()` depends on neither capacity nor
    /// internal changes, so a second plan of the same answers, such as the loss baseline, has the same).
    mutating func placeCampaigns(_ given: (fixed: [CampaignDraft], flexible: [CampaignDraft], steady: [CampaignDraft])? = nil) {
        let (fixed, flexible, steady) = given ?? drafts()
        let lateFixed = fixed.filter { !placeWhole($0, shifts: [0]) }
        // Each segment not being grown gets its first campaign before dated work may borrow its hours.
        var seen = Set<String>()
        let cores = flexible.filter { draft in
            guard let segment = draft.segment, segment.role != .grow else { return false }
            return seen.insert(segment.name).inserted
        }
        var deferred = cores.filter { !placeWhole($0, shifts: shifts(for: $0)) }
        ledger.borrowing = WeekLedger.lateBorrowing
        for draft in lateFixed { placeFixed(draft) }
        ledger.borrowing = 1
        let rest = (flexible + steady).filter { draft in !cores.contains { $0.key == draft.key } }
        deferred += rest.filter { !placeWhole($0, shifts: shifts(for: $0)) }
        ledger.borrowing = WeekLedger.lateBorrowing
        for draft in fairOrder(deferred) { placeFlexible(draft) }
    }

    /// Whether a prospecting push would go live within `waveSpacing` days of another prospecting push or response
    /// to the same segment, or too late in the plan for its follow-up.
    func crowds(_ draft: CampaignDraft, _ result: CampaignAttempt) -> Bool {
        guard draft.template.id == "win-segment", let segment = draft.segment,
              let goLive = result.tasks.first(where: \.isGoLive).map({ period.workingDays[$0.last] }) else { return false }
        if goLive.days(until: period.end) < Self.followUpDays { return true }
        return campaigns.contains { other in
            other.segment == segment.name && (other.purpose == .response || other.template == "win-segment")
                && abs(other.goLive.days(until: goLive)) < Self.waveSpacing
        }
    }

    /// `drafts` with each segment's first before any segment's second, and so on (segments in priority order).
    func fairOrder(_ drafts: [CampaignDraft]) -> [CampaignDraft] {
        var turn: [String: Int] = [:]
        let ranked = drafts.enumerated().map { index, draft -> (Int, Int, CampaignDraft) in
            let name = draft.segment?.name ?? ""
            defer { turn[name, default: 0] += 1 }
            return (turn[name, default: 0], index, draft)
        }
        return ranked.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    /// The days `draft`'s anchor may move by, in the order tried. Steady content may only start later. A segment
    /// that loses hours to an internal change inside the plan tries the days before the loss first, so its work
    /// moves ahead of the absence rather than into it.
    func shifts(for draft: CampaignDraft) -> [Int] {
        if draft.steady { return Self.laterShifts }
        guard let segment = draft.segment,
              let loss = facts.internalChanges.filter({ $0.capacityPercent < 0 && touchesPlan($0) && ($0.segments.isEmpty || $0.segments.contains(segment.name)) })
                .map(\.from).min(), loss > period.start else { return Self.shifts }
        let before = Self.shifts.filter { draft.anchor.adding(days: $0) < loss }
        return before + Self.shifts.filter { !before.contains($0) }
    }

    /// Days a flexible campaign's anchor is moved by to find room: a week either side, up to three weeks.
    static let shifts = [0, 7, -7, 14, -14, 21, -21, 28, 35, 42, 49, 56]
    /// The fewest days a prospecting push needs between its go-live and the end of the plan, for its follow-up.
    static let followUpDays = 21

    /// Days steady content may start later by, when the first weeks are full.
    static let laterShifts = [0, 7, 14, 21, 28, 35, 42]

    /// Places `draft` only when every task fits, trying each shift of its anchor; whether it was placed.
    mutating func placeWhole(_ draft: CampaignDraft, shifts: [Int]) -> Bool {
        if let segment = draft.segment, campaigns.filter({ $0.segment == segment.name }).count >= Self.maximumCampaigns { return false }
        for shift in shifts {
            let day = draft.anchor.adding(days: shift)
            guard shift == 0 || (day >= period.start.adding(days: -7) && day <= period.end) else { continue }
            var moved = draft
            moved.anchor = day
            let result = attempt(moved, anchor: day, wholeOnly: true)
            if !result.abandoned && result.failure == nil && result.leftOut.isEmpty && result.unpaid.isEmpty && !crowds(moved, result) {
                commit(moved, result)
                return true
            }
        }
        return false
    }

    /// A campaign tied to a date: placed there, or stated as not planned.
    mutating func placeFixed(_ draft: CampaignDraft) {
        let result = attempt(draft, anchor: draft.anchor)
        if let failure = result.failure {
            let asked = draft.materials.isEmpty ? "" : " (Sales asked for " + AnswerFormatter.joined(draft.materials.map(\.name)) + ")"
            cuts.append("\(draft.name)\(draft.segment.map { " (\($0.name))" } ?? "")\(asked) is not planned: \(failure).")
            return
        }
        commit(draft, result)
    }

    /// A campaign the planner may move: tried on its preferred day, then a week either side, up to three weeks;
    /// the attempt that leaves least out is kept.
    mutating func placeFlexible(_ draft: CampaignDraft) {
        if let segment = draft.segment, campaigns.filter({ $0.segment == segment.name }).count >= Self.maximumCampaigns {
            cuts.append("\(draft.name) is not planned: \(segment.name) already has \(Self.maximumCampaigns) campaigns this quarter.")
            return
        }
        var best: (CampaignDraft, CampaignAttempt)?
        var firstFailure = ""
        for shift in shifts(for: draft) {
            let day = draft.anchor.adding(days: shift)
            guard day >= period.start.adding(days: -7), day <= period.end else { continue }
            var moved = draft
            moved.anchor = day
            let result = attempt(moved, anchor: day)
            if let failure = result.failure {
                if firstFailure.isEmpty { firstFailure = failure }
                continue
            }
            if crowds(moved, result) {
                if firstFailure.isEmpty {
                    firstFailure = "it would reach the same prospects within \(Self.waveSpacing / 7) weeks of another push, or too late for its follow-up"
                }
                continue
            }
            if best.map({ result.leftOut.count < $0.1.leftOut.count }) ?? true { best = (moved, result) }
            if result.leftOut.isEmpty { break }
        }
        guard let (placed, result) = best else {
            cuts.append("\(draft.name) is not planned: \(firstFailure.isEmpty ? "there is no room for it in the plan" : firstFailure).")
            return
        }
        commit(placed, result)
    }

    /// Keeps an attempt: its tasks become rows, its hours and money are booked, what it left out is stated.
    mutating func commit(_ draft: CampaignDraft, _ result: CampaignAttempt) {
        ledger = result.ledger
        let segment = draft.segment?.name ?? ""
        for (id, due) in result.assets { assets[segment, default: [:]][id] = due }
        series[segment, default: []].formUnion(result.series)
        var tasks = result.tasks.map { row($0, draft: draft) }
        if let budget = draft.ownBudget, let index = tasks.firstIndex(where: { $0.owner == ActivityOwner.agency.rawValue }) {
            tasks[index].cost = budget
        }
        tasks.sort { ($0.due, $0.start) < ($1.due, $1.start) }
        guard let first = tasks.map(\.start).min(), let end = tasks.map(\.due).max() else { return }
        let goLive = tasks.first(where: \.isGoLive)?.due ?? first
        let cost = tasks.decimalSum(\.cost)
        if draft.ownBudget == nil { spend(cost, segment: segment) }
        let marketing = tasks.filter(\.isMarketing).decimalSum(\.hours)
        var name = draft.name
        if PlainText.contains("{month}", in: draft.template.name) {
            name = self.draft(draft.template, segment: draft.segment, key: draft.key, anchor: goLive, anchorText: "").name
        }
        if campaigns.contains(where: { $0.name == name }) {
            let base = name
            var wave = 2
            while campaigns.contains(where: { $0.name == "\(base), wave \(wave)" }) { wave += 1 }
            name = "\(base), wave \(wave)"
        }
        for index in tasks.indices { tasks[index].campaign = name }
        campaigns.append(Campaign(key: draft.key, name: name, segment: segment, role: draft.segment?.role,
                                  purpose: draft.template.purpose, template: draft.template.id, stage: draft.ownBudget == nil ? draft.template.stage : nil,
                                  start: first, goLive: goLive, end: end,
                                  owner: draft.ownBudget == nil ? ActivityOwner.marketing.rawValue : ActivityOwner.agency.rawValue,
                                  hours: marketing, cost: cost, why: draft.why, anchor: draft.anchorText, tasks: tasks))
        let place = draft.segment.map { " (\($0.name))" } ?? ""
        for reason in result.leftOut { cuts.append("\(name)\(place): \(reason).") }
        for line in result.unpaid { cuts.append(line.replacingOccurrences(of: draft.name, with: name) + ".") }
    }

    /// A placed task as a row of the plan.
    func row(_ task: PlacedTask, draft: CampaignDraft) -> PlanRow {
        let due = period.workingDays[task.last]
        let key = task.key.text(in: draft.key)
        let asked = draft.materials.first { key == "\(draft.key)/need-\($0.index)" }
        return PlanRow(key: key, start: period.workingDays[task.first], due: due, month: period.month(of: due) ?? 3,
                       week: period.week(of: due), segment: draft.segment?.name ?? "", role: draft.segment?.role,
                       campaign: draft.name, stage: draft.ownBudget == nil ? asked?.stage ?? task.activity.stage : nil, activity: task.name,
                       channel: task.activity.channel, pullPush: task.activity.pullPush, owner: task.activity.owner.rawValue,
                       hours: task.hours, cost: task.cost, why: draft.why, activityID: task.activity.id,
                       kind: task.activity.kind, isGoLive: task.isGoLive)
    }
}
