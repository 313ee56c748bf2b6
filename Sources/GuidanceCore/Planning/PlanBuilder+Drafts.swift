import Foundation

extension PlanBuilder {
    /// The campaigns to place, most fixed first: fundamentals, sales material, key dates, market changes,
    /// then each segment's own campaigns (the growth segment first), then steady content.
    func drafts() -> (fixed: [CampaignDraft], flexible: [CampaignDraft], steady: [CampaignDraft]) {
        let fixed = fundamentalDrafts() + keyDateDrafts().sorted { $0.anchor < $1.anchor } + materialDrafts()
            + marketDrafts().sorted { $0.anchor < $1.anchor }
        var flexible: [CampaignDraft] = []
        var steady: [CampaignDraft] = []
        for segment in orderedSegments where segment.share > 0 {
            flexible += roleDrafts(segment, fixedReach: fixed.filter { $0.segment?.name == segment.name }.reduce(0) { $0 + $1.reach })
            let content = segment.role == .grow ? "stay-visible" : (segment.role == .maintain && segment.hasCustomers ? "customer-content" : "")
            if let template = library.template(content) {
                var d = draft(template, segment: segment, key: "c\(position(segment.name))-content",
                              anchor: period.start.adding(days: 7), anchorText: "")
                d.steady = true
                steady.append(d)
            }
        }
        return (fixed, flexible, steady)
    }

    /// Segments with the growth segment first, then grow, maintain and exit in the order given.
    var orderedSegments: [GuidanceFacts.Segment] {
        facts.segments.enumerated().sorted { a, b in
            let ka = (a.element.name == facts.growthSegment ? 0 : 1, a.element.role, a.offset)
            let kb = (b.element.name == facts.growthSegment ? 0 : 1, b.element.role, b.offset)
            return ka < kb
        }.map(\.element)
    }

    /// A draft from `template` for `segment`, named and explained.
    func draft(_ template: CampaignTemplate, segment: GuidanceFacts.Segment?, key: String, anchor: CalendarDate,
               anchorText: String, name: String? = nil) -> CampaignDraft {
        let monthName = CalendarDate.monthNames[max(0, min(11, anchor.month - 1))]
        var title = PlainText.replacing("{segment}", with: segment?.name ?? "", in: name ?? template.name)
        title = PlainText.replacing("{month}", with: monthName, in: title)
        title = PlainText.replacing("{name}", with: anchorText, in: title)
        return CampaignDraft(key: key, template: template, name: title, segment: segment, anchor: anchor,
                             anchorText: anchorText, why: why(template.purpose, segment: segment, extra: ""))
    }

    /// Approved fundamentals, each a campaign of its own in its month, on its own budget.
    func fundamentalDrafts() -> [CampaignDraft] {
        guard let template = library.template("fundamentals") else { return [] }
        return facts.fundamentals.enumerated().compactMap { index, item in
            guard item.approved, (1...3).contains(item.month) else { return nil }
            var d = draft(template, segment: nil, key: "fundamental-\(index + 1)",
                          anchor: Self.reviewDay(period, month: item.month), anchorText: item.item)
            d.ownBudget = item.budget
            d.anchorText = ""
            d.why = (mode == .selfPlanning ? "Assumption to confirm with your director. " : "")
                + "Marketing fundamentals approved for month \(item.month) with their own budget of \(money(item.budget)): they support every segment"
                + (facts.goals.first.map { " and the goal \"\($0)\"." } ?? ".")
            return d
        }
    }

    /// One sales-material sprint per segment that Sales asked for material for, worked back from the needed-by days.
    func materialDrafts() -> [CampaignDraft] {
        guard let template = library.template("sales-material-sprint") else { return [] }
        let fallback = period.workingDay(onOrBefore: period.start.adding(days: 13))
        var bySegment: [String: [MaterialNeed]] = [:]
        let pool = facts.salesNeeds.isEmpty ? SalesMaterialPool(activities: []) : SalesMaterialPool(library: library)
        for (index, need) in facts.salesNeeds.enumerated() {
            guard let segment = facts.segment(need.segment), segment.share > 0 else { continue }
            if segment.role == .exit && need.stage != .loyalty { continue }
            let activity = salesActivity(need, pool: pool)
            bySegment[segment.name, default: []].append(
                MaterialNeed(activity: activity, name: need.material, neededBy: need.neededBy ?? fallback, stage: need.stage,
                             index: index + 1))
        }
        // One sprint per segment and day Sales needs the material by: each hand-over falls on its own day.
        var drafts: [CampaignDraft] = []
        for segment in orderedSegments {
            guard let needs = bySegment[segment.name] else { continue }
            let days = Array(Set(needs.map(\.neededBy))).sorted()
            for day in days {
                let group = needs.filter { $0.neededBy == day }.sorted { $0.index < $1.index }
                var d = draft(template, segment: segment, key: "c\(position(segment.name))-sales-material-\(day.iso)", anchor: day,
                              anchorText: "")
                d.name = days.count == 1 ? d.name : "\(d.name), ready by \(day.day) \(day.monthName)"
                d.materials = group
                d.why = why(.salesMaterial, segment: segment,
                            extra: "Sales asked for " + AnswerFormatter.joined(group.map(\.name)) + " by \(day.spoken).")
                drafts.append(d)
            }
        }
        return drafts
    }

    /// The library asset closest to what Sales asked for (most words in common), else the general sales material.
    ///
    /// Only the assets that share a word with the request can score, so only those are scored (`pool` finds them).
    func salesActivity(_ need: GuidanceFacts.SalesNeed, pool: SalesMaterialPool) -> Activity {
        let words = SalesMaterialPool.words(need.material)
        let scored = pool.sharingWords(words).map { entry -> (Int, Activity) in
            (entry.words.intersection(words).count * 10 - abs(entry.words.count - words.count), entry.activity)
        }
        if let best = scored.filter({ $0.0 >= 10 }).max(by: { ($0.0, $1.1.id) < ($1.0, $0.1.id) })?.1 { return best }
        return library.activity("sales-material")
            ?? Activity(id: "sales-material", name: need.material, channel: "Sales", stage: need.stage, pullPush: .push, hours: 6,
                        cost: 0, kind: .asset, purposes: [.salesMaterial])
    }

    /// A campaign worked back from each key date inside (or just after) the plan, in the first segment it concerns.
    func keyDateDrafts() -> [CampaignDraft] {
        facts.keyDates.enumerated().compactMap { index, key in
            guard key.date >= period.start,
                  let segment = orderedSegments.first(where: { key.concerns($0.name) && $0.role != .exit && $0.share > 0 }) else { return nil }
            let id: String
            switch key.kind {
            case .event: id = "promote-event"
            case .launch: id = "launch"
            case .deadline, .promotion: id = "promotion"
            }
            guard let template = library.template(id) else { return nil }
            var d = draft(template, segment: segment, key: "key-date-\(index + 1)", anchor: key.date, anchorText: key.name)
            d.anchorText = "the \(key.kind.rawValue) on \(key.date.spoken)"
            d.why = why(.event, segment: segment, extra: "Worked back from \(key.name) on \(key.date.spoken).")
            return d
        }
    }

    /// A response around each market change's date: a campaign for an opportunity in the segments to grow it
    /// touches, a defensive campaign for a threat in each segment with customers it touches.
    func marketDrafts() -> [CampaignDraft] {
        var drafts: [CampaignDraft] = []
        for (index, change) in facts.marketChanges.enumerated() {
            let touched = orderedSegments.filter { (change.segments.isEmpty || change.segments.contains($0.name)) && $0.share > 0 }
            let day = max(change.when ?? period.start, period.start)
            if change.isOpportunity {
                let growing = touched.filter { $0.role == .grow }
                let targets = growing.isEmpty ? Array(touched.filter { $0.role == .maintain }.prefix(1)) : growing
                guard let template = library.template("answer-opportunity") else { continue }
                for segment in targets {
                    let name = change.response.isEmpty ? "Response to: \(change.change)" : change.response
                    var d = draft(template, segment: segment, key: "market-change-\(index + 1)-s\(position(segment.name))",
                                  anchor: day.adding(days: 10), anchorText: name)
                    d.anchorText = "the market change of \(day.spoken)"
                    d.why = why(.response, segment: segment, extra: "Answers the opportunity: \(change.change).")
                    drafts.append(d)
                }
            } else {
                guard let template = library.template("answer-threat") else { continue }
                for segment in touched where segment.role != .exit && segment.hasCustomers {
                    let name = "Reassure \(segment.name): \(change.change)"
                    var d = draft(template, segment: segment, key: "market-change-\(index + 1)-s\(position(segment.name))",
                                  anchor: day.adding(days: 7), anchorText: name)
                    d.anchorText = "the market change of \(day.spoken)"
                    d.why = why(.response, segment: segment, extra: "Defends against the threat: \(change.change).")
                    drafts.append(d)
                }
            }
        }
        return drafts
    }

    /// Each segment's own campaigns by its role: prospecting waves sized to the target for a segment to grow,
    /// two keep-and-renew pushes for a maintained one with customers, a wind-down for an exit segment with a plan.
    func roleDrafts(_ segment: GuidanceFacts.Segment, fixedReach: Int) -> [CampaignDraft] {
        let p = position(segment.name)
        switch segment.role {
        case .grow:
            guard let template = library.template("win-segment") else { return [] }
            let count = prospectingWaves(segment, template: template, fixedReach: fixedReach)
            let days = period.start.days(until: period.end)
            return waves(segment, template: template, count: count, days: days) + otherGrowth(segment, days: days)
        case .maintain:
            guard segment.hasCustomers else { return [] }
            return [("retain-renew", 12), ("cross-sell", 45)].compactMap { id, offset in
                library.template(id).map {
                    draft($0, segment: segment, key: "c\(p)-\(id)", anchor: period.start.adding(days: offset), anchorText: "")
                }
            }
        case .exit:
            guard facts.exitPlan != nil, segment.hasCustomers, let template = library.template("wind-down") else { return [] }
            var d = draft(template, segment: segment, key: "c\(p)-wind-down", anchor: period.start.adding(days: 14),
                          anchorText: "")
            d.why = why(.windDown, segment: segment, extra: facts.exitPlan.map { "Exit plan: \($0)." } ?? "")
            return [d]
        }
    }

    /// `count` prospecting waves for `segment`, spread over the plan's `days`, each at least `waveSpacing` apart.
    func waves(_ segment: GuidanceFacts.Segment, template: CampaignTemplate, count: Int, days: Int) -> [CampaignDraft] {
        (0..<count).map { i in
            let offset = count == 1 ? days / 4 : 16 + i * max(Self.waveSpacing, (days - 16 - 25) / max(1, count - 1))
            var d = draft(template, segment: segment, key: "c\(position(segment.name))-win-\(i + 1)",
                          anchor: period.start.adding(days: offset), anchorText: "")
            if let target = facts.target(segment.name) {
                d.why = why(.prospecting, segment: segment, extra: "Target: \(target.amount) \(target.measure) this quarter.")
            }
            return d
        }
    }

    /// Growth work that reaches prospects another way than a mailing, when the library has it: expert articles
    /// and press, a webinar, and referrals from current clients (only where there are clients).
    func otherGrowth(_ segment: GuidanceFacts.Segment, days: Int) -> [CampaignDraft] {
        var ids = [("thought-leadership", days / 3), ("webinar", days / 2)]
        if segment.hasCustomers { ids.append(("referral-drive", days / 4)) }
        return ids.compactMap { id, offset in
            library.template(id).map {
                var d = draft($0, segment: segment, key: "c\(position(segment.name))-\(id)", anchor: period.start.adding(days: offset),
                              anchorText: "")
                if let target = facts.target(segment.name) {
                    d.why = why(.prospecting, segment: segment, extra: "Target: \(target.amount) \(target.measure) this quarter.")
                }
                return d
            }
        }
    }

    /// How many prospecting waves a segment to grow needs: enough reach for its target at the stated rates
    /// (at least one, at most what the campaign limit leaves); two when there is no target.
    func prospectingWaves(_ segment: GuidanceFacts.Segment, template: CampaignTemplate, fixedReach: Int) -> Int {
        guard let target = facts.target(segment.name), template.reach > 0 else { return Self.usualWaves }
        let needed = TargetBreakdown(amount: target.amount, measure: target.measure, rates: library.rates).reachNeeded
        let missing = max(0, needed - fixedReach)
        let waves = (missing + template.reach - 1) / template.reach
        return min(max(waves, Self.usualWaves), Self.mostWaves(days: period.start.days(until: period.end)))
    }

    /// The fewest days between two prospecting pushes to the same segment, so prospects are not written to
    /// every week.
    static let waveSpacing = 28

    /// How many prospecting waves fit in a plan of `days` days, `waveSpacing` apart, each with its follow-up.
    static func mostWaves(days: Int) -> Int { max(1, (days - 16 - 25) / waveSpacing + 1) }

    /// Prospecting waves a segment to grow gets at least: one early, one later, so the pipeline keeps filling.
    static let usualWaves = 2

    /// The most campaigns a segment gets in a quarter.
    static let maximumCampaigns = 8

    /// The goal a segment's work serves: the goal that names the segment; else, for a segment to grow, the
    /// first goal. A maintained or exit segment no goal names serves none in particular.
    func goal(for segment: GuidanceFacts.Segment) -> String? {
        if let named = namedGoals[segment.name] { return named ?? (segment.role == .grow ? facts.goals.first : nil) }
        return Self.namedGoal(segment.name, goals: facts.goals) ?? (segment.role == .grow ? facts.goals.first : nil)
    }

    /// The first of `goals` that names the segment called `name` (a word of the name longer than three letters,
    /// its first five letters), or `nil`.
    static func namedGoal(_ name: String, goals: [String]) -> String? {
        let words = name.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count > 3 }
        return goals.first { goal in
            let text = goal.lowercased()
            return words.contains { word in text.contains(String(word.prefix(5))) }
        }
    }

    /// A campaign's why in the director's words: the goal, the target, the segment's why, and what it is for.
    func why(_ purpose: CampaignPurpose, segment: GuidanceFacts.Segment?, extra: String) -> String {
        var parts: [String] = []
        if mode == .selfPlanning { parts.append("Assumption to confirm with your director.") }
        guard let segment else { return (parts + [extra]).joined(separator: " ") }
        if let goal = goal(for: segment) { parts.append("Goal: \(goal).") }
        let role: String
        switch segment.role {
        case .grow: role = segment.name == facts.growthSegment ? "the growth segment" : "a segment to grow"
        case .maintain: role = "a segment to maintain"
        case .exit: role = "a segment being exited"
        }
        let said = segment.why.isEmpty ? "" : ": \(segment.why)"
        parts.append("\(segment.name), \(role)\(said).")
        if !extra.isEmpty { parts.append(extra) }
        let does: String
        switch purpose {
        case .prospecting: does = "Wins new customers: reach, enquiries, proposals."
        case .retention: does = "Keeps customers: renewals, further services, reviews."
        case .windDown: does = "Looks after customers while we wind down."
        case .event: does = "Promotes the date and follows up after it."
        case .response: does = "Turns the market change to our advantage."
        case .salesMaterial: does = "Material Sales needs, ready before Sales needs it."
        case .fundamentals: does = "Marketing fundamentals."
        }
        parts.append(does)
        return parts.joined(separator: " ")
    }
}
