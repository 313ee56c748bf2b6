import Foundation

/// A stage of the buying process: where a prospect is on the way to buying (and buying again).
public enum BuyingStage: String, CaseIterable, Comparable, Sendable {
    case awareness, interest, consideration, purchase, loyalty

    public static func < (lhs: BuyingStage, rhs: BuyingStage) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// Marketing pulls prospects through the buying process; Sales pushes them.
public enum PullPush: String, Sendable, Equatable {
    /// Marketing activity that draws prospects on.
    case pull
    /// Sales material and follow-up.
    case push
}

/// The role a segment plays in the strategy.
public enum SegmentRole: String, CaseIterable, Sendable, Comparable {
    case grow, maintain, exit

    public static func < (lhs: SegmentRole, rhs: SegmentRole) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// One kind of work a small marketing team does, from the activity library (`prompts/activities.json`).
public struct Activity: Equatable, Sendable {
    /// A short stable id, such as `blog-post`.
    public var id: String
    /// The name shown in the plan, such as "Blog post".
    public var name: String
    /// Where it reaches people: website, email, social, print, events, sales...
    public var channel: String
    /// The buying stage it moves prospects through.
    public var stage: BuyingStage
    /// Marketing pull or sales push.
    public var pullPush: PullPush
    /// Typical effort in team hours.
    public var hours: Decimal
    /// Typical cost from the campaign budget.
    public var cost: Decimal
    /// The segment roles it suits.
    public var roles: Set<SegmentRole>
    /// Whether it is a campaign with a launch date worth a calendar entry.
    public var isCampaign: Bool
    /// Whether it is sales follow-up that needs sales material first.
    public var isFollowUp: Bool

    /// An activity with every property given.
    public init(id: String, name: String, channel: String, stage: BuyingStage, pullPush: PullPush, hours: Decimal,
                cost: Decimal, roles: Set<SegmentRole>, isCampaign: Bool = false, isFollowUp: Bool = false) {
        self.id = id; self.name = name; self.channel = channel; self.stage = stage; self.pullPush = pullPush
        self.hours = hours; self.cost = cost; self.roles = roles; self.isCampaign = isCampaign; self.isFollowUp = isFollowUp
    }
}

/// The activities the planner chooses from, and the times of day for calendar entries.
public struct ActivityLibrary: Equatable, Sendable {
    /// Every activity, in file order.
    public var activities: [Activity]
    /// Times of day and lengths for the calendar entries.
    public var calendar: CalendarDefaults

    /// A library with every property given.
    public init(activities: [Activity], calendar: CalendarDefaults = CalendarDefaults()) {
        self.activities = activities; self.calendar = calendar
    }
}

/// When calendar entries happen in the day, in the marketer's time zone; changeable in `prompts/activities.json`.
public struct CalendarDefaults: Equatable, Sendable {
    /// Start of the next Strategic Guidance meeting, minutes after midnight (10:00).
    public var meetingStart: Int = 600
    /// Length of the guidance meeting in minutes.
    public var meetingMinutes: Int = 30
    /// Start of the planning appointment (14:00).
    public var planningStart: Int = 840
    /// Length of the planning appointment in minutes.
    public var planningMinutes: Int = 120
    /// Start of the end-of-month review (16:00).
    public var reviewStart: Int = 960
    /// Length of the review in minutes.
    public var reviewMinutes: Int = 30
    /// Minutes before a meeting or appointment that its reminder goes off.
    public var reminderMinutes: Int = 15

    /// The defaults above.
    public init() {}
}
