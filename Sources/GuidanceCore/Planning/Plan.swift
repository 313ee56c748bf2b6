import Foundation

/// A three-month tactical plan draft made from a guidance session: what a marketer hands their director.
///
/// Campaigns first (what the director reads), tasks inside them (what the marketer works).
public struct Plan: Equatable, Sendable {
    /// The session the plan was made from.
    public var sessionID: String
    /// Director meeting or self-planning: a self-planning plan rests on assumptions to confirm.
    public var mode: SessionMode
    /// The day of the guidance session.
    public var meetingDate: CalendarDate
    /// The first day of the plan.
    public var start: CalendarDate
    /// The last day of the plan (three months on, less a day).
    public var end: CalendarDate
    /// The currency of every amount.
    public var currency: String
    /// The company's goals: the strategic why.
    public var goals: [String]
    /// Team hours a week for planned work, before internal changes.
    public var weeklyHours: Decimal
    /// The campaign budget for the three months.
    public var campaignBudget: Decimal
    /// Marketing hours the weeks allow after internal changes, the meetings and the 15% kept free (0 when not worked out).
    public var usableHours: Decimal = 0
    /// The public-holiday calendar used, by name ("England and Wales"); `nil` when none.
    public var holidayCalendar: String?
    /// Days with no work inside the plan: public holidays and days off, with their names.
    public var closedDays: [ClosedDay] = []
    /// One entry per segment: role, why, directed and planned share, hours and spend.
    public var segments: [SegmentPlan]
    /// Every campaign, fundamentals included, by go-live date.
    public var campaigns: [Campaign]
    /// Targets broken down by buying stage.
    public var targets: [TargetPlan] = []
    /// Hours and spend by month and segment.
    public var months: [MonthTotal] = []
    /// What the director must decide.
    public var decisions: [Decision] = []
    /// What could go wrong, and the plan's response.
    public var risks: [Risk] = []
    /// Fundamentals not yet approved: listed, not scheduled.
    public var pendingFundamentals: [PendingItem] = []
    /// Internal changes on the horizon, as the plan applies them.
    public var horizon: [String] = []
    /// Market changes and the response the plan gives them.
    public var marketResponses: [String] = []
    /// What was dropped or moved, where and why.
    public var cuts: [String] = []
    /// Rules that gave way: which, where, by how much and why.
    public var conflicts: [String] = []
    /// What the plan assumed (answers missing, self-planning answers to confirm, conversion rates).
    public var assumptions: [String] = []
    /// Actions agreed at the meeting.
    public var actions: [String] = []
    /// The dated entries for the calendar.
    public var calendar: [CalendarEntry] = []
    /// What changed since the previous session, side by side (empty when there is none).
    public var changes: [ChangeLine] = []
    /// Minutes before a meeting or appointment that its reminder goes off (from the activity library).
    public var reminderMinutes: Int = CalendarDefaults().reminderMinutes
    /// The marketer and the director, when the session names them.
    public var marketer: GuidanceFacts.Person?
    public var director: GuidanceFacts.Person?

    /// Every task of every campaign, ordered by due day, then start: the rows of the CSV.
    public var rows: [PlanRow] {
        campaigns.flatMap(\.tasks).enumerated().sorted { a, b in
            (a.element.due, a.element.start, a.offset) < (b.element.due, b.element.start, b.offset)
        }.map(\.element)
    }

    /// Campaign spend planned over the three months (fundamentals apart).
    public var campaignSpend: Decimal { campaigns.filter { $0.purpose != .fundamentals }.decimalSum(\.cost) }
    /// Budget for approved fundamentals, kept apart from campaigns.
    public var fundamentalsSpend: Decimal { campaigns.filter { $0.purpose == .fundamentals }.decimalSum(\.cost) }
    /// Marketing hours planned over the three months.
    public var plannedHours: Decimal { campaigns.decimalSum(\.hours) }
}

/// A day with no work inside the plan.
public struct ClosedDay: Equatable, Sendable {
    public var date: CalendarDate
    /// "Good Friday", or "Day off".
    public var name: String
}

/// What the plan gives one segment.
public struct SegmentPlan: Equatable, Sendable {
    /// The segment's name.
    public var name: String
    /// Grow, maintain or exit.
    public var role: SegmentRole
    /// Why it has that role, as the director said (may be empty).
    public var why: String
    /// The share of effort the director asked for, in whole percent.
    public var directedShare: Int
    /// The share of planned marketing hours it gets, in percent (two decimals).
    public var plannedShare: Decimal
    /// Marketing hours planned for it.
    public var plannedHours: Decimal
    /// Marketing hours its share of the usable hours gives it, with no internal change.
    public var directedHours: Decimal
    /// Campaign money planned for it.
    public var plannedSpend: Decimal
    /// Its share of the campaign budget by the focus split.
    public var directedSpend: Decimal
    /// The message in one line: what marketing must achieve for this segment.
    public var message: String
    /// Customers today, when known.
    public var customers: Int?
}

/// A named push with a purpose, a go-live day and the tasks that make it.
public struct Campaign: Equatable, Sendable {
    /// A key that names the same campaign in every plan of the session (for stable calendar UIDs).
    public var key: String
    /// The name a marketer would use: "Harrogate switch campaign", "Dentistry Show".
    public var name: String
    /// The segment it serves; empty for fundamentals.
    public var segment: String
    /// The segment's role; `nil` for fundamentals.
    public var role: SegmentRole?
    /// What it is for.
    public var purpose: CampaignPurpose
    /// The id of the library template it was made from.
    public var template: String
    /// The buying stage it works on most; `nil` for fundamentals.
    public var stage: BuyingStage?
    /// The first day of work.
    public var start: CalendarDate
    /// The day it reaches people.
    public var goLive: CalendarDate
    /// The day its last task is due.
    public var end: CalendarDate
    /// Who owns it: marketing, or the agency for fundamentals.
    public var owner: String
    /// Marketing hours.
    public var hours: Decimal
    /// Money it spends (campaign budget, or the fundamentals item's own budget).
    public var cost: Decimal
    /// Why, in the director's words: goal, target, the segment's why.
    public var why: String
    /// The key date, market change or sales need it works towards, in words (empty for none).
    public var anchor: String
    /// Its tasks, by due day.
    public var tasks: [PlanRow]
}

/// One task of a campaign: a row of the plan CSV.
public struct PlanRow: Equatable, Sendable {
    /// A key naming the same task in every plan of the session.
    public var key: String
    /// The first working day of the work.
    public var start: CalendarDate
    /// The go-live or finished day (a working day).
    public var due: CalendarDate
    /// Month of the plan of `due`, 1-3.
    public var month: Int
    /// Week of the plan of `due`, 1-14, counted from the plan's first day.
    public var week: Int
    /// The segment it serves; empty for fundamentals.
    public var segment: String
    /// The segment's role; `nil` for fundamentals.
    public var role: SegmentRole?
    /// The campaign's name.
    public var campaign: String
    /// The buying stage; `nil` for fundamentals.
    public var stage: BuyingStage?
    /// What is done.
    public var activity: String
    /// Where it reaches people.
    public var channel: String
    /// Marketing pull or sales push.
    public var pullPush: PullPush
    /// Marketing, sales, agency or a person's name.
    public var owner: String
    /// Hours, a multiple of half an hour.
    public var hours: Decimal
    /// Money it spends, on its due day.
    public var cost: Decimal
    /// The goal and segment it serves, in words.
    public var why: String
    /// The library activity it comes from.
    public var activityID: String
    /// Made once, recurring or a task.
    public var kind: ActivityKind
    /// Whether it is the campaign's go-live.
    public var isGoLive: Bool

    /// Whether its hours count against the marketing team's capacity.
    public var isMarketing: Bool { owner == ActivityOwner.marketing.rawValue }
}

/// A target broken down by buying stage.
public struct TargetPlan: Equatable, Sendable {
    /// One stage of the breakdown.
    public struct StageCount: Equatable, Sendable {
        public var stage: BuyingStage
        /// How many are needed at this stage.
        public var count: Int
        /// The share assumed to move on from this stage to the next (1 at the target's own stage).
        public var rate: Decimal
        /// What is counted: "prospects reached", "enquiries", "proposals", the target's measure.
        public var measure: String
    }

    public var segment: String
    public var measure: String
    public var amount: Int
    public var stages: [StageCount]
    /// Prospects the planned campaigns reach.
    public var plannedReach: Int
    /// What the planned reach gives at the stated rates (may be below `amount`).
    public var expected: Int
}

/// Hours and spend of one segment (empty name: fundamentals) in one month.
public struct MonthTotal: Equatable, Sendable {
    public var month: Int
    public var segment: String
    public var hours: Decimal
    public var cost: Decimal
}

/// Something the director must decide.
public struct Decision: Equatable, Sendable {
    public var decision: String
    public var why: String
}

/// Something that could go wrong, who it touches and what the plan does about it.
public struct Risk: Equatable, Sendable {
    public var risk: String
    public var segments: [String]
    public var response: String
}

/// A fundamentals item not yet approved.
public struct PendingItem: Equatable, Sendable {
    /// What needs doing.
    public var item: String
    /// Its budget.
    public var budget: Decimal
    /// The month asked for.
    public var month: Int
}
