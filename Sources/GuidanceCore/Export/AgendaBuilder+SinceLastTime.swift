import Foundation

extension AgendaBuilder {
    /// The most work items "Since last time" lists; the rest are counted on a line of their own.
    static let dueShown = 6

    /// What the last session's plan had due by `dueBy` (the meeting's day), and the decisions it still waits for.
    static func sinceLastTime(previous: Session, plan: Plan?, dueBy: CalendarDate?) -> Agenda.SinceLastTime {
        let facts = GuidanceFacts(answers: previous.values, meetingDate: previous.meetingDate)
        let due = plan.flatMap { plan in dueBy.map { dueWork(plan, facts: facts, by: $0) } } ?? []
        return Agenda.SinceLastTime(lastMeeting: previous.meetingDate, dueBy: dueBy, due: due,
                                    decisions: plan?.decisions.map(\.decision) ?? [], selfPlanning: previous.mode == .selfPlanning)
    }

    /// Campaigns that should be live by `day`, sales material Sales needed by then and fundamentals due by then, by date.
    static func dueWork(_ plan: Plan, facts: GuidanceFacts, by day: CalendarDate) -> [String] {
        var dated: [(date: CalendarDate, text: String)] = []
        for campaign in plan.campaigns {
            switch campaign.purpose {
            case .salesMaterial: continue
            case .fundamentals where campaign.end <= day:
                dated.append((campaign.end, "\(campaign.name), fundamentals (due \(AgendaWords.day(campaign.end)))"))
            case .fundamentals: continue
            default:
                if campaign.goLive <= day { dated.append((campaign.goLive, "\(campaign.name) (live from \(AgendaWords.day(campaign.goLive)))")) }
            }
        }
        for need in facts.salesNeeds {
            let made = plan.campaigns.first { $0.purpose == .salesMaterial && $0.segment == need.segment }
            guard let date = need.neededBy ?? made?.goLive, date <= day else { continue }
            dated.append((date, "Sales material: \(need.material), \(need.segment) (needed by \(AgendaWords.day(date)))"))
        }
        let ordered = dated.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element.text)
        guard ordered.count > dueShown else { return ordered }
        return Array(ordered.prefix(dueShown - 1)) + ["and \(ordered.count - dueShown + 1) more, listed in the plan"]
    }

    /// Three to five points for the director to think about before the meeting, drawn from the last session and its plan.
    static func thinkAbout(facts: GuidanceFacts, plan: Plan?, since: CalendarDate, dueBy: CalendarDate?) -> [String] {
        var items: [String] = []
        let decisions = plan?.decisions.map(\.decision).joined(separator: "\n") ?? ""
        if let growth = facts.growthSegment, facts.segments.count > 1 {
            if let plan, let segment = plan.segments.first(where: { $0.name == growth }) {
                items.append("\(growth), the growth segment, was to get \(segment.directedShare)% of the effort, and the plan gave it "
                    + "\(PlanSummary.share(segment.plannedShare))% of the hours: has that share held since \(AgendaWords.day(plan.start))?")
            } else {
                items.append("Is \(growth) still the segment to grow, and has it had its share of the effort?")
            }
        }
        if let plan, let target = plan.targets.first {
            let stages = target.stages.filter { $0.stage != .purchase }.map { "\(AnswerFormatter.money(Decimal($0.count))) \($0.measure)" }
            items.append("\(target.amount) \(target.measure) in \(target.segment) by \(AgendaWords.day(plan.end)) needs about "
                + "\(AnswerFormatter.joined(stages)): are we on the way, and do the rates still look right?")
        }
        let from = dueBy ?? since
        let until = facts.planStart.adding(months: 6).adding(days: -1)
        for change in facts.internalChanges where change.from <= until && (change.to ?? until) >= from {
            items.append("\(change.change), \(AgendaWords.window(change)) (\(AgendaWords.hours(change))): "
                + "does it still stand, and what should the next plan do about it?")
        }
        for item in plan?.pendingFundamentals ?? [] where !decisions.contains(item.item) {
            items.append("\(item.item) (\(AgendaWords.money(item.budget, facts.currency)), month \(item.month)) is still waiting for approval.")
        }
        // Money left over is worth a thought from a twentieth of the budget; the plan's decisions may ask already.
        if let plan, (plan.campaignBudget - plan.campaignSpend) * 20 >= plan.campaignBudget, plan.campaignBudget > 0,
           !decisions.contains("campaign budget") {
            items.append("\(AgendaWords.money(plan.campaignBudget - plan.campaignSpend, facts.currency)) of the campaign budget "
                + "was not planned: keep it in reserve, or where should it go?")
        }
        // Until the exit plan is agreed, the decisions ask for it; once it is, how the wind-down goes is worth a thought.
        for segment in facts.segments where segment.role == .exit && facts.exitPlan != nil {
            items.append("We are leaving \(segment.name): how are its customers taking it, and when does the wind-down end?")
        }
        for date in facts.keyDates where date.date >= from && date.date <= until {
            items.append("\(date.name) on \(AgendaWords.day(date.date)): is what it needs on track?")
        }
        let fillers = ["What has Sales heard from customers since \(AgendaWords.day(since))?",
                       "Has anything moved in the market since \(AgendaWords.day(since)): a competitor, a rule, demand?",
                       "Is anything coming inside the company in the next six months: people, products, moves?"]
        for filler in fillers where items.count < 3 { items.append(filler) }
        return Array(items.prefix(5))
    }
}
