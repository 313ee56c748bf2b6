import Foundation

extension PlanBuilder {
    /// Library activities for `role` at `stage`, smallest first; follow-ups only when asked for.
    func candidates(_ role: SegmentRole, _ stage: BuyingStage, followUp: Bool = false) -> [Activity] {
        library.activities
            .filter { $0.roles.contains(role) && $0.stage == stage && $0.isFollowUp == followUp }
            .sorted { ($0.hours, $0.cost, $0.id) < ($1.hours, $1.cost, $1.id) }
    }

    /// The stages a segment must have work at every month.
    static func requiredStages(_ role: SegmentRole) -> [BuyingStage] {
        switch role {
        case .grow: BuyingStage.allCases
        case .maintain: [.interest, .loyalty]
        case .exit: [.loyalty]
        }
    }

    /// Stages further work rotates through, by role: growth leans on the early stages, exit is loyalty only.
    static func furtherStages(_ role: SegmentRole) -> [BuyingStage] {
        switch role {
        case .grow: [.awareness, .interest, .consideration, .awareness, .purchase, .interest, .loyalty]
        case .maintain: [.interest, .loyalty, .consideration, .interest, .loyalty, .purchase]
        case .exit: [.loyalty]
        }
    }

    /// Puts a job asked for by the director in the earliest month from `month` with room, saying so when it moves.
    mutating func place(_ job: Job, what: String) {
        var job = job
        for m in job.month...3 where free(job.segment, month: m) >= job.hours {
            if m != job.month {
                conflicts.append("\(what) was due in month \(job.month), but \(job.segment) has only \(Self.hours(free(job.segment, month: job.month))) free then and it needs \(Self.hours(job.hours)): it is scheduled in month \(m) instead.")
            }
            job.month = m
            add(job)
            return
        }
        conflicts.append("\(what) is not scheduled: it needs \(Self.hours(job.hours)) and \(job.segment) never has that many free in one month of the plan.")
    }

    /// Sales materials, market responses and defensive actions: what the director asked for, early in month one.
    mutating func chooseMandatoryWork() {
        for (index, need) in facts.salesNeeds.enumerated() {
            guard let segment = facts.segment(need.segment) else { continue }
            if segment.role == .exit && need.stage != .loyalty {
                conflicts.append("Sales asked for \(need.material) for \(segment.name) at the \(need.stage.rawValue) stage, but \(segment.name) is being exited, so only loyalty work is planned there: the material is not scheduled.")
                continue
            }
            let template = salesTemplate(need)
            var job = Job(template, segment: segment.name, month: 1, kind: .salesMaterial, value: 3, name: need.material,
                          stage: need.stage, order: nextOrder)
            job.source = "sales-need-\(index + 1)"
            job.pullPush = .push
            place(job, what: "\(need.material) for \(segment.name) (asked for by Sales)")
        }
        for (index, change) in facts.marketChanges.enumerated() {
            let targets = change.segments.isEmpty ? facts.segments : facts.segments.filter { change.segments.contains($0.name) }
            if !change.isOpportunity {
                let response = change.response.isEmpty ? "no response decided yet" : change.response
                risks.append("\(change.change) (\(AnswerFormatter.joined(targets.map(\.name)))): \(response).")
            }
            for segment in targets {
                if change.isOpportunity && segment.role == .exit {
                    if !change.segments.isEmpty {
                        conflicts.append("The opportunity \"\(change.change)\" names \(segment.name), which is being exited: no response campaign is planned there.")
                    }
                    continue
                }
                let stage: BuyingStage = change.isOpportunity ? .awareness : .loyalty
                guard let template = responseTemplate(segment.role, stage: stage, campaign: change.isOpportunity) else { continue }
                let name = change.response.isEmpty
                    ? (change.isOpportunity ? "Response to: \(change.change)" : "Reassure customers: \(change.change)")
                    : change.response
                var job = Job(template, segment: segment.name, month: 1, kind: change.isOpportunity ? .marketResponse : .defensive,
                              value: 3, name: name, stage: stage, order: nextOrder)
                job.source = "market-change-\(index + 1)"
                job.note = change.change
                place(job, what: "\(name) for \(segment.name)")
            }
        }
    }

    /// The library push activity closest to what Sales asked for: same stage, most words in common.
    func salesTemplate(_ need: GuidanceFacts.SalesNeed) -> Activity {
        let words = Set(need.material.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count > 2 })
        let atStage = library.activities.filter { $0.stage == need.stage && !$0.isFollowUp }
        let pool = atStage.isEmpty ? library.activities.filter { $0.pullPush == .push && !$0.isFollowUp } : atStage
        // Most words in common with what Sales asked for; on a tie, push material first.
        let scored = pool.map { activity -> (Int, Activity) in
            let name = Set(activity.name.lowercased().split { !$0.isLetter }.map(String.init))
            return (name.intersection(words).count * 10 + (activity.pullPush == .push ? 1 : 0), activity)
        }
        let best = scored.max { ($0.0, $1.1.id) < ($1.0, $0.1.id) }?.1
        return best ?? Activity(id: "sales-material", name: need.material, channel: "Sales material", stage: need.stage,
                                pullPush: .push, hours: 6, cost: 0, roles: [.grow, .maintain, .exit])
    }

    /// A campaign at awareness for an opportunity, or the cheapest loyalty work for a threat.
    func responseTemplate(_ role: SegmentRole, stage: BuyingStage, campaign: Bool) -> Activity? {
        let options = candidates(role, stage)
        if campaign, let launch = options.first(where: \.isCampaign) ?? library.activities.first(where: { $0.isCampaign && $0.stage == stage }) {
            return launch
        }
        return options.min { ($0.cost, $0.hours, $0.id) < ($1.cost, $1.hours, $1.id) } ?? options.first
    }

    /// At least one activity at each required stage, each month: all five for grow, interest and loyalty for maintain, loyalty for exit.
    mutating func chooseStageCoverage() {
        for (si, segment) in facts.segments.enumerated() {
            let required = Self.requiredStages(segment.role)
            if segment.share == 0 {
                if segment.role != .exit {
                    conflicts.append("\(label(segment)) has 0% of the effort, so it gets no \(AnswerFormatter.joined(required.map(\.rawValue))) work in any month; give it a share if it should.")
                }
                continue
            }
            for m in 1...3 {
                let missing = required.filter { stage in !jobs.contains { $0.segment == segment.name && $0.month == m && $0.stage == stage } }
                for (ti, stage) in missing.enumerated() {
                    let left = free(segment.name, month: m)
                    let budget = max(0, spendable(segment.name, month: m))
                    // Keep enough hours for the smallest activity of each stage still to cover.
                    let reserve = missing.dropFirst(ti + 1).reduce(Decimal(0)) { $0 + (candidates(segment.role, $1).first?.hours ?? 0) }
                    let fitting = candidates(segment.role, stage).filter { $0.hours <= left && $0.cost <= budget }
                    let roomy = fitting.filter { $0.hours <= left - reserve }
                    let options = roomy.isEmpty ? Array(fitting.prefix(1)) : roomy
                    guard !options.isEmpty else {
                        let smallest = candidates(segment.role, stage).first?.hours ?? 0
                        conflicts.append("The buying stages gave way for \(label(segment)) in month \(m): there is no \(stage.rawValue) activity, because only \(Self.hours(left)) were left and the smallest \(stage.rawValue) activity takes \(Self.hours(smallest)).")
                        continue
                    }
                    add(Job(options[(m + si + ti) % options.count], segment: segment.name, month: m, kind: .campaign, value: 2, order: nextOrder))
                }
            }
        }
    }

    /// Sales follow-up after each sales material, in its month and the months after.
    mutating func chooseFollowUps() {
        let materials = jobs.filter { $0.kind == .salesMaterial }
        for material in materials {
            guard let segment = facts.segment(material.segment) else { continue }
            let options = candidates(segment.role, material.stage, followUp: true)
            let pool = options.isEmpty ? library.activities.filter { $0.isFollowUp && $0.roles.contains(segment.role) } : options
            for m in material.month...3 {
                guard !jobs.contains(where: { $0.kind == .followUp && $0.segment == segment.name && $0.month == m && $0.stage == material.stage }),
                      let pick = pool.first(where: { $0.hours <= free(segment.name, month: m) && $0.cost <= max(0, spendable(segment.name, month: m)) })
                else { continue }
                var job = Job(pick, segment: segment.name, month: m, kind: .followUp, value: 2, stage: material.stage, order: nextOrder)
                job.note = material.name
                add(job)
            }
        }
    }

    /// Further work for each segment until its hours are used, spending its share of the budget month by month.
    mutating func chooseFurtherWork() {
        for (si, segment) in facts.segments.enumerated() where segment.share > 0 {
            let stages = Self.furtherStages(segment.role)
            for m in 1...3 {
                var misses = 0
                var turn = 0
                while misses < stages.count && turn < 80 {
                    let stage = stages[turn % stages.count]
                    turn += 1
                    let left = free(segment.name, month: m)
                    let budget = max(0, spendable(segment.name, month: m))
                    let fitting = candidates(segment.role, stage).filter { $0.hours <= left && $0.cost <= budget }
                    guard !fitting.isEmpty else { misses += 1; continue }
                    misses = 0
                    let paid = fitting.filter { $0.cost > 0 }
                    let pool = paid.isEmpty ? fitting : paid
                    add(Job(pool[(turn + m + si) % pool.count], segment: segment.name, month: m, kind: .campaign, value: 1, order: nextOrder))
                }
            }
        }
    }

    /// The hours no whole activity fits into go to small, everyday work of the segment's main stage.
    mutating func fillRemainingHours() {
        for segment in facts.segments {
            let stage: BuyingStage = segment.role == .grow ? .awareness : (segment.role == .maintain ? .interest : .loyalty)
            guard let template = candidates(segment.role, stage).first(where: { $0.cost == 0 }) else { continue }
            for m in 1...3 {
                let left = free(segment.name, month: m)
                guard left > 0 else { continue }
                var job = Job(template, segment: segment.name, month: m, kind: .campaign, value: 0, order: nextOrder)
                job.hours = left
                job.cost = 0
                add(job)
            }
        }
    }

    /// Keeps campaign spend within the budget: the lowest-value paid work is swapped for work that costs nothing.
    mutating func keepWithinBudget() {
        var total = jobs.reduce(0) { $0 + $1.cost }
        guard total > facts.campaignBudget else { return }
        let order = jobs.indices.filter { jobs[$0].cost > 0 }
            .sorted { (jobs[$0].value, -NSDecimalNumber(decimal: jobs[$0].cost).doubleValue, jobs[$0].order) < (jobs[$1].value, -NSDecimalNumber(decimal: jobs[$1].cost).doubleValue, jobs[$1].order) }
        for index in order where total > facts.campaignBudget {
            let job = jobs[index]
            guard let segment = facts.segment(job.segment) else { continue }
            total -= job.cost
            if job.value < 3, let free = candidates(segment.role, job.stage, followUp: job.kind == .followUp).first(where: { $0.cost == 0 })
                ?? candidates(segment.role, job.stage).first(where: { $0.cost == 0 }) {
                cuts.append("Cut \(job.name) for \(job.segment) in month \(job.month) (\(money(job.cost))): it would take campaign spend over the budget of \(money(facts.campaignBudget)); its \(Self.hours(job.hours)) go to \(free.name) instead, at no cost.")
                jobs[index].name = free.name
                jobs[index].activityID = free.id
                jobs[index].channel = free.channel
                jobs[index].source = free.id
            } else {
                cuts.append("No campaign budget is left for \(job.name) for \(job.segment) (\(money(job.cost))): the plan counts it as made in-house at no cost; ask for more budget if it needs paying for.")
            }
            spent[job.segment, default: 0] -= job.cost
            jobs[index].cost = 0
        }
    }
}
