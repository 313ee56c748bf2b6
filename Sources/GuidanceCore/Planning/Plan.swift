import Foundation

/// A three-month tactical plan draft made from a guidance session: what a marketer hands their director.
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
    /// One entry per segment: role, why, directed and planned share, hours and spend.
    public var segments: [SegmentPlan]
    /// Every planned activity and fundamentals item, in date order: the rows of the CSV.
    public var rows: [PlanRow]
    /// Fundamentals not yet approved: listed, not scheduled.
    public var pendingFundamentals: [PendingItem]
    /// Internal changes on the horizon, as the plan applies them.
    public var horizon: [String]
    /// Market changes and the response the plan gives them.
    public var marketResponses: [String]
    /// Threats and other risks to watch.
    public var risks: [String]
    /// What was cut, where and why.
    public var cuts: [String]
    /// Rules that gave way: which, where, by how much and why.
    public var conflicts: [String]
    /// What the plan assumed (answers missing, self-planning answers to confirm).
    public var assumptions: [String]
    /// Actions agreed at the meeting.
    public var actions: [String]
    /// The dated entries for the calendar.
    public var calendar: [CalendarEntry]
    /// What changed since the previous session, side by side (empty when there is none).
    public var changes: [ChangeLine] = []
    /// Minutes before a meeting or appointment that its reminder goes off (from the activity library).
    public var reminderMinutes: Int = CalendarDefaults().reminderMinutes

    /// Campaign spend planned over the three months.
    public var campaignSpend: Decimal { rows.filter { $0.kind != .fundamental }.reduce(0) { $0 + $1.cost } }
    /// Budget for approved fundamentals, kept apart from campaigns.
    public var fundamentalsSpend: Decimal { rows.filter { $0.kind == .fundamental }.reduce(0) { $0 + $1.cost } }
    /// Team hours planned over the three months.
    public var plannedHours: Decimal { rows.reduce(0) { $0 + $1.hours } }
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
    /// The share of planned hours it gets, in percent (two decimals).
    public var plannedShare: Decimal
    /// Team hours planned for it.
    public var plannedHours: Decimal
    /// Team hours it would have had with no internal change.
    public var directedHours: Decimal
    /// Campaign money planned for it.
    public var plannedSpend: Decimal
    /// Its share of the campaign budget by the focus split.
    public var directedSpend: Decimal
    /// The message in one line: what marketing must achieve for this segment.
    public var message: String
}

/// What a plan row is.
public enum RowKind: String, Sendable, Equatable {
    /// Marketing work on the buying stages.
    case campaign
    /// Material Sales asked for.
    case salesMaterial = "sales-material"
    /// Sales follow-up that uses the material.
    case followUp = "follow-up"
    /// A response to a market opportunity.
    case marketResponse = "market-response"
    /// A defensive action against a market threat.
    case defensive
    /// An approved fundamentals item (its own budget).
    case fundamental
}

/// One planned activity: a row of the plan CSV.
public struct PlanRow: Equatable, Sendable {
    /// The working day it starts (for work split over weeks: the day this week's part starts).
    public var date: CalendarDate
    /// Month of the plan, 1-3.
    public var month: Int
    /// Week of the plan, 1-14, counted from the plan's first day.
    public var week: Int
    /// The segment it serves; empty for fundamentals.
    public var segment: String
    /// The segment's role; `nil` for fundamentals.
    public var role: SegmentRole?
    /// The buying stage; `nil` for fundamentals.
    public var stage: BuyingStage?
    /// What is done.
    public var activity: String
    /// Where it reaches people.
    public var channel: String
    /// Marketing pull or sales push.
    public var pullPush: PullPush
    /// Team hours this row books.
    public var hours: Decimal
    /// Money this row spends (campaign budget, or the fundamentals item's own budget).
    public var cost: Decimal
    /// The goal and segment it serves, in words.
    public var why: String
    /// What kind of row it is.
    public var kind: RowKind
    /// The id of the activity in the library, or of the session item it comes from.
    public var source: String
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

/// One entry for the calendar: a timed meeting or an all-day marker.
public struct CalendarEntry: Equatable, Sendable {
    /// What the entry is: the iCalendar CATEGORIES value.
    public enum Category: String, Sendable, Equatable, CaseIterable {
        case guidanceMeeting = "guidance-meeting"
        case planningAppointment = "planning-appointment"
        case activity
        case fundamentals
        case internalChange = "internal-change"
        case marketChange = "market-change"
        case review
    }

    /// A key that names the same item in every export of the session (for a stable UID).
    public var key: String
    /// What the entry is.
    public var category: Category
    /// The title.
    public var title: String
    /// The day.
    public var date: CalendarDate
    /// Minutes after midnight (local) when it starts; `nil` for an all-day entry.
    public var startMinute: Int?
    /// How long it lasts, for a timed entry.
    public var minutes: Int
    /// The description: agenda, why, details.
    public var details: String
    /// Whether it gets a reminder (meetings and appointments).
    public var hasReminder: Bool
}
