import Foundation

/// Turns a guidance session into a three-month tactical plan draft and its calendar entries.
///
/// A pure function: the same session, library and agenda give the same plan, byte for byte once rendered.
public enum Planner {
    /// The plan for `session`'s answers (complete or partial), using `library`.
    ///
    /// `agenda` is the list of topics for the next guidance meeting's calendar entry.
    public static func plan(session: Session, library: ActivityLibrary, agenda: [String] = Planner.defaultAgenda) -> Plan {
        let facts = GuidanceFacts(answers: session.values, meetingDate: session.meetingDate)
        var plan = plan(facts: facts, library: library, sessionID: session.id, mode: session.mode,
                        meetingDate: session.meetingDate, agenda: agenda)
        let stale = session.answerOrder.filter { session.answers[$0]?.recheck == true }
        if !stale.isEmpty {
            plan.assumptions.append("These answers were marked to check again after an answer they depend on changed, and the plan uses them as they stand: \(stale.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ")).")
        }
        return plan
    }

    /// The plan for `facts`.
    public static func plan(facts: GuidanceFacts, library: ActivityLibrary, sessionID: String, mode: SessionMode,
                            meetingDate: CalendarDate, agenda: [String] = Planner.defaultAgenda) -> Plan {
        var builder = PlanBuilder(facts: facts, library: library, mode: mode)
        builder.chooseMandatoryWork()
        builder.chooseStageCoverage()
        builder.chooseFollowUps()
        builder.chooseFurtherWork()
        builder.fillRemainingHours()
        builder.keepWithinBudget()
        let rows = builder.schedule() + builder.fundamentalRows()
        var plan = Plan(sessionID: sessionID, mode: mode, meetingDate: meetingDate, start: builder.period.start,
                        end: builder.period.end, currency: facts.currency, goals: facts.goals, weeklyHours: facts.weeklyHours,
                        campaignBudget: facts.campaignBudget, segments: [], rows: PlanBuilder.sorted(rows, facts: facts),
                        pendingFundamentals: builder.pendingFundamentals(), horizon: [], marketResponses: [], risks: [],
                        cuts: builder.cuts, conflicts: builder.conflicts, assumptions: [], actions: facts.actions, calendar: [])
        plan.segments = builder.segmentPlans(rows: plan.rows)
        plan.horizon = builder.horizonLines()
        plan.marketResponses = builder.marketLines()
        plan.risks = builder.risks
        plan.conflicts += builder.shareConflicts(plan.segments) + builder.spendConflicts(plan.segments) + builder.answerConflicts()
        plan.assumptions = builder.assumptionLines(mode: mode)
        plan.calendar = builder.calendarEntries(rows: plan.rows, agenda: agenda)
        plan.reminderMinutes = library.calendar.reminderMinutes
        return plan
    }

    /// The topics of the next Strategic Guidance meeting, when no script is given.
    public static let defaultAgenda = [
        "Strategic why (4 min)", "Segments and growth segment (5 min)", "Focus split (3 min)", "Plan parameters (3 min)",
        "Fundamentals (4 min)", "Internal changes (3 min)", "Market changes (3 min)", "Sales alignment (3 min)", "Wrap-up (2 min)",
    ]
}

/// One piece of work chosen for a segment in a month, before it is put on days.
struct Job: Equatable {
    var segment: String
    var month: Int
    var name: String
    var activityID: String
    var channel: String
    var stage: BuyingStage
    var pullPush: PullPush
    var hours: Decimal
    var cost: Decimal
    var kind: RowKind
    /// 3 asked for by the director, 2 needed for the buying stages, 1 further work, 0 filling hours.
    var value: Int
    var order: Int
    /// Where the job comes from: the session item (sales need, market change) or the library activity.
    var source: String
    /// Words for the why: the market change a response answers, for example.
    var note: String = ""

    init(_ activity: Activity, segment: String, month: Int, kind: RowKind, value: Int, name: String? = nil,
         stage: BuyingStage? = nil, order: Int) {
        self.segment = segment; self.month = month; self.name = name ?? activity.name; self.activityID = activity.id
        self.channel = activity.channel; self.stage = stage ?? activity.stage; self.pullPush = activity.pullPush
        self.hours = activity.hours; self.cost = activity.cost; self.kind = kind; self.value = value
        self.order = order
        self.source = activity.id
    }
}

/// The working state of the planner: what is chosen so far, hours and money left, and what gave way.
struct PlanBuilder {
    let facts: GuidanceFacts
    let library: ActivityLibrary
    /// A self-planning plan marks every why as resting on assumptions.
    let mode: SessionMode
    let period: PlanPeriod
    let capacity: Capacity
    var jobs: [Job] = []
    var cuts: [String] = []
    var conflicts: [String] = []
    var risks: [String] = []
    /// Each segment's share of the campaign budget.
    var budgetShare: [String: Decimal] = [:]
    /// Hours each segment has per month (1-3), from the capacity.
    var hoursByMonth: [String: [Decimal]] = [:]
    /// Hours given to jobs so far, per segment and month (kept in step with `jobs`).
    var usedHours: [String: [Decimal]] = [:]
    /// Money given to jobs so far, per segment (kept in step with `jobs`).
    var spent: [String: Decimal] = [:]

    init(facts: GuidanceFacts, library: ActivityLibrary, mode: SessionMode = .director) {
        self.facts = facts
        self.library = library
        self.mode = mode
        self.period = PlanPeriod(start: facts.planStart)
        self.capacity = Capacity(facts: facts, period: period)
        for segment in facts.segments {
            budgetShare[segment.name] = facts.campaignBudget * Decimal(segment.share) / 100
            hoursByMonth[segment.name] = (1...3).map { capacity.hours(segment.name, over: period.workingDays(month: $0)) }
            usedHours[segment.name] = [0, 0, 0]
            spent[segment.name] = 0
        }
    }

    /// Hours `segment` has in month `m`.
    func available(_ segment: String, month m: Int) -> Decimal { hoursByMonth[segment]?[m - 1] ?? 0 }

    /// Hours already given to jobs of `segment` in month `m`.
    func used(_ segment: String, month m: Int) -> Decimal { usedHours[segment]?[m - 1] ?? 0 }

    /// Hours still free for `segment` in month `m`.
    func free(_ segment: String, month m: Int) -> Decimal { available(segment, month: m) - used(segment, month: m) }

    /// Money `segment` may still spend by the end of month `m` (its budget spread evenly, unspent money rolling on).
    func spendable(_ segment: String, month m: Int) -> Decimal {
        let total = budgetShare[segment] ?? 0
        return total * Decimal(m) / 3 - (spent[segment] ?? 0)
    }

    /// Adds a job; the next one gets a later place in the queue.
    mutating func add(_ job: Job) {
        jobs.append(job)
        usedHours[job.segment]?[job.month - 1] += job.hours
        spent[job.segment, default: 0] += job.cost
    }

    var nextOrder: Int { jobs.count }

    /// "Dental practices (grow)".
    func label(_ segment: GuidanceFacts.Segment) -> String { "\(segment.name) (\(segment.role.rawValue))" }

    /// Hours in words: "12.5 hours".
    static func hours(_ h: Decimal) -> String {
        let n = AnswerFormatter.number(h.rounded(1))
        return n == "1" ? "1 hour" : "\(n) hours"
    }

    /// Money in words: "1,500 GBP".
    func money(_ amount: Decimal) -> String { "\(AnswerFormatter.money(amount)) \(facts.currency)" }
}
