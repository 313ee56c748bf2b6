import Foundation

/// A campaign the planner means to place: its template, its segment, the day it works from, and why.
struct CampaignDraft {
    /// A key that stays the same from one plan of the session to the next.
    var key: String
    var template: CampaignTemplate
    var name: String
    /// The segment it serves; `nil` for fundamentals.
    var segment: GuidanceFacts.Segment?
    /// The day the template's offsets count from.
    var anchor: CalendarDate
    /// Whether it is steady content through the quarter, which may start later when the first weeks are full.
    var steady = false
    /// What it works towards, in words ("the Dentistry Show on Thursday 22 April 2027"); empty for none.
    var anchorText: String
    /// Why, in the director's words.
    var why: String
    /// Sales material asked for, placed before the template's steps (sales-material sprints only).
    var materials: [MaterialNeed] = []
    /// The budget of a fundamentals item (its own money, not the campaign budget).
    var ownBudget: Decimal?
    /// Prospects it reaches, for targets.
    var reach: Int { template.reach }
}

/// One piece of sales material asked for, matched to a library activity.
struct MaterialNeed {
    var activity: Activity
    var name: String
    var neededBy: CalendarDate
    /// The buying stage Sales needs it at.
    var stage: BuyingStage
    var index: Int
}

/// The working state of the planner: the campaigns placed so far, the hours booked, the money given,
/// and what gave way.
struct PlanBuilder {
    let facts: GuidanceFacts
    let library: ActivityLibrary
    let mode: SessionMode
    let period: PlanPeriod
    let capacity: Capacity
    var ledger: WeekLedger
    /// Campaigns placed, in the order they were placed.
    var campaigns: [Campaign] = []
    /// Assets made so far, by segment, with the position of their due day.
    var assets: [String: [String: Int]] = [:]
    /// Recurring work running so far, by segment (activity ids): each runs once per segment.
    var series: [String: Set<String>] = [:]
    /// Campaign money given so far, by segment (see `spend`).
    private(set) var spent: [String: Decimal] = [:]
    /// Money each segment that has spent has left of its share, kept with `spent`.
    private var left: [String: Decimal] = [:]
    var cuts: [String] = []
    var conflicts: [String] = []
    var risks: [Risk] = []
    var decisions: [Decision] = []
    /// The goal that names each segment of the answers (`nil` for none), worked out once: see `goal(for:)`.
    let namedGoals: [String: String?]
    /// The campaign budget each segment has by the split, worked out once: see `budget(_:)`.
    let budgets: [String: Decimal]

    init(facts: GuidanceFacts, library: ActivityLibrary, mode: SessionMode, holidays: [CalendarDate: String]) {
        var closed = holidays
        for day in facts.daysOff where closed[day] == nil { closed[day] = "Day off" }
        let period = PlanPeriod(start: facts.planStart, closed: closed)
        self.init(facts: facts, library: library, mode: mode, period: period,
                  overhead: PlanBuilder.meetingHours(period: period, calendar: library.calendar))
    }

    /// A planner over `period` whose meeting days take `overhead` (see `meetingHours`): for a second plan of the
    /// same days, such as the loss baseline, which need not work them out again.
    init(facts: GuidanceFacts, library: ActivityLibrary, mode: SessionMode, period: PlanPeriod, overhead: [(CalendarDate, Decimal)]) {
        self.facts = facts
        self.library = library
        self.mode = mode
        self.period = period
        capacity = Capacity(facts: facts, period: period, overheadDays: overhead)
        ledger = WeekLedger(capacity: capacity, period: period)
        var goals: [String: String?] = [:]
        var budgets: [String: Decimal] = [:]
        for segment in facts.segments {
            goals[segment.name] = .some(Self.namedGoal(segment.name, goals: facts.goals))
            if let share = capacity.shares[segment.name] { budgets[segment.name] = ExactDecimal.product(facts.campaignBudget, share) }
        }
        namedGoals = goals
        self.budgets = budgets
    }

    /// The guidance meeting, the planning appointment and the three reviews, with the hours each takes.
    static func meetingHours(period: PlanPeriod, calendar: CalendarDefaults) -> [(CalendarDate, Decimal)] {
        var days: [(CalendarDate, Decimal)] = [
            (guidanceMeetingDay(period), ExactDecimal.quotient(Decimal(calendar.meetingMinutes), 60)),
            (planningDay(period), ExactDecimal.quotient(Decimal(calendar.planningMinutes), 60)),
        ]
        let review = ExactDecimal.quotient(Decimal(calendar.reviewMinutes), 60)
        for m in 1...3 { days.append((reviewDay(period, month: m), review)) }
        return days
    }

    /// The first working day of month two: the next Strategic Guidance meeting.
    static func guidanceMeetingDay(_ period: PlanPeriod) -> CalendarDate { period.workingDay(onOrAfter: period.monthStart(2)) }

    /// The working day on or after the middle of month two: the planning appointment.
    static func planningDay(_ period: PlanPeriod) -> CalendarDate {
        let start = period.monthStart(2)
        return period.workingDay(onOrAfter: start.adding(days: start.days(until: period.monthEnd(2)) / 2))
    }

    /// The last working day of month `m`: its review.
    static func reviewDay(_ period: PlanPeriod, month m: Int) -> CalendarDate { period.workingDay(onOrBefore: period.monthEnd(m)) }

    /// Marketing hours the weeks allow over the plan, to the half hour.
    var usableHours: Decimal {
        Decimal(Double(Int(ledger.teamLimit.reduce(0, +) * 2)) / 2)
    }

    /// The campaign budget `segment` has by the split.
    func budget(_ segment: String) -> Decimal {
        if let known = budgets[segment] { return known }
        guard let share = capacity.shares[segment] else { return 0 }
        return ExactDecimal.product(facts.campaignBudget, share)
    }

    /// Money `segment` has left of its share.
    func moneyLeft(_ segment: String) -> Decimal { left[segment] ?? budget(segment) }

    /// Gives `amount` of `segment`'s money.
    mutating func spend(_ amount: Decimal, segment: String) {
        let total = ExactDecimal.sum(spent[segment] ?? 0, amount)
        spent[segment] = total
        left[segment] = ExactDecimal.difference(budget(segment), total)
    }

    /// Hours in words: "12.5 hours".
    static func hours(_ h: Decimal) -> String {
        let n = AnswerFormatter.number(h.rounded(1))
        return n == "1" ? "1 hour" : "\(n) hours"
    }

    /// Money in words: "1,500 GBP".
    func money(_ amount: Decimal) -> String { "\(AnswerFormatter.money(amount)) \(facts.currency)" }

    /// The position of `segment` in the answers (1-based), for keys.
    func position(_ segment: String) -> Int { (facts.segments.firstIndex { $0.name == segment } ?? -1) + 1 }
}
