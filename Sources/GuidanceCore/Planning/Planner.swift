import Foundation

/// Turns a guidance session into a three-month tactical plan draft and its calendar entries.
///
/// A pure function: the same session, library, holidays and agenda give the same plan, byte for byte once rendered.
public enum Planner {
    /// The plan for `session`'s answers (complete or partial), using `library`.
    ///
    /// `holidays` are the public holidays of the session's calendar around the plan, with their names;
    /// `holidayCalendar` names the calendar. `agenda` is the list of topics for the next guidance meeting's entry.
    public static func plan(session: Session, library: ActivityLibrary, holidays: [CalendarDate: String] = [:],
                            holidayCalendar: String? = nil, agenda: [String] = Planner.defaultAgenda) -> Plan {
        let facts = GuidanceFacts(answers: session.values, meetingDate: session.meetingDate)
        var plan = plan(facts: facts, library: library, sessionID: session.id, mode: session.mode, meetingDate: session.meetingDate,
                        holidays: holidays, holidayCalendar: holidayCalendar, agenda: agenda)
        let stale = session.answerOrder.filter { session.answers[$0]?.recheck == true }
        if !stale.isEmpty {
            plan.assumptions.append("These answers were marked to check again after an answer they depend on changed, and the plan uses them as they stand: \(stale.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ")).")
        }
        return plan
    }

    /// The plan for `facts`.
    public static func plan(facts: GuidanceFacts, library: ActivityLibrary, sessionID: String, mode: SessionMode,
                            meetingDate: CalendarDate, holidays: [CalendarDate: String] = [:], holidayCalendar: String? = nil,
                            agenda: [String] = Planner.defaultAgenda) -> Plan {
        var builder = PlanBuilder(facts: facts, library: library, mode: mode, holidays: holidays)
        let drafts = builder.drafts()
        builder.build(drafts)
        if let baseline = lossBaseline(facts: facts, library: library, mode: mode, period: builder.period, drafts: drafts) {
            builder.statelossEffects(baseline: baseline)
        }
        let segments = builder.segmentPlans()
        builder.shareConflicts(segments)
        let targets = builder.targetPlans()
        builder.answerDecisions()
        var plan = Plan(sessionID: sessionID, mode: mode, meetingDate: meetingDate, start: builder.period.start, end: builder.period.end,
                        currency: facts.currency, goals: facts.goals, weeklyHours: facts.weeklyHours,
                        campaignBudget: facts.campaignBudget, holidayCalendar: holidayCalendar,
                        segments: segments, campaigns: builder.orderedCampaigns())
        plan.closedDays = builder.period.closed.filter { $0.key >= plan.start && $0.key <= plan.end && $0.key.isWorkingDay }
            .map { ClosedDay(date: $0.key, name: $0.value) }.sorted { $0.date < $1.date }
        plan.targets = targets
        plan.usableHours = builder.usableHours
        plan.months = builder.monthTotals()
        plan.decisions = builder.decisions
        plan.risks = builder.risks
        plan.pendingFundamentals = facts.fundamentals.filter { !$0.approved }.map { PendingItem(item: $0.item, budget: $0.budget, month: $0.month) }
        plan.horizon = builder.horizonLines()
        plan.marketResponses = builder.marketLines()
        plan.cuts = builder.cuts
        plan.conflicts = builder.conflicts
        plan.assumptions = builder.assumptionLines()
        plan.actions = facts.actions
        plan.calendar = builder.calendarEntries(agenda: agenda)
        plan.reminderMinutes = library.calendar.reminderMinutes
        plan.marketer = facts.marketer
        plan.director = facts.director
        return plan
    }


    /// The same plan with no internal change that takes hours away, to see what those changes cost;
    /// `nil` when no such change touches the plan.
    ///
    /// `period` is the plan's own (the same working days), and `drafts` the campaigns it placed (`PlanBuilder.drafts()`).
    static func lossBaseline(facts: GuidanceFacts, library: ActivityLibrary, mode: SessionMode, period: PlanPeriod,
                             drafts: (fixed: [CampaignDraft], flexible: [CampaignDraft], steady: [CampaignDraft])) -> PlanBuilder? {
        let losses = facts.internalChanges.filter { $0.capacityPercent < 0 && $0.from <= period.end && ($0.to.map { $0 >= period.start } ?? true) }
        guard !losses.isEmpty else { return nil }
        var plain = facts
        plain.internalChanges = facts.internalChanges.filter { $0.capacityPercent >= 0 }
        // Only the campaigns placed and the capacity are compared: money and risks are not worked out again.
        var builder = PlanBuilder(facts: plain, library: library, mode: mode, period: period,
                                  overhead: PlanBuilder.meetingHours(period: period, calendar: library.calendar))
        builder.placeCampaigns(drafts)
        return builder
    }

    /// The topics of the next Strategic Guidance meeting, when no script is given.
    public static let defaultAgenda = [
        "Strategic why (4 min)", "Segments and growth segment (5 min)", "Focus split (3 min)", "Plan parameters (3 min)",
        "Fundamentals (4 min)", "Internal changes (3 min)", "Market changes (3 min)", "Sales alignment (3 min)", "Wrap-up (2 min)",
    ]
}
