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

/// What a piece of work is: something made once, something repeated, or a one-off job.
public enum ActivityKind: String, CaseIterable, Sendable {
    /// Made once per segment and used after (a case study, a guide, a template).
    case asset
    /// Repeated on a cadence (a newsletter, social posts).
    case recurring
    /// Done once for the campaign it belongs to (a mailing, an advert booking, calls).
    case task
}

/// Who usually does a piece of work. Only marketing hours count against the team's capacity.
public enum ActivityOwner: String, CaseIterable, Sendable {
    case marketing, sales, agency
}

/// What a piece of work or a campaign is for.
public enum CampaignPurpose: String, CaseIterable, Sendable {
    /// Winning new customers.
    case prospecting
    /// Keeping customers: renewal, cross-sell, care.
    case retention
    /// Looking after an exit segment's customers while the company winds down.
    case windDown = "wind-down"
    /// Worked back from a key date: an event, a launch, a deadline, a promotion.
    case event
    /// Answering a market change.
    case response
    /// Material Sales asked for.
    case salesMaterial = "sales-material"
    /// The marketing basics, with their own budget.
    case fundamentals
}

/// One kind of work a small marketing team does, from the activity library (`prompts/activities.json`).
public struct Activity: Equatable, Sendable {
    /// A short stable id, such as `case-study`.
    public var id: String
    /// The name shown in the plan, such as "Case study".
    public var name: String
    /// Where it reaches people: website, email, social, print, events, sales...
    public var channel: String
    /// The buying stage it moves prospects through.
    public var stage: BuyingStage
    /// Marketing pull or sales push.
    public var pullPush: PullPush
    /// Typical effort in hours, a multiple of half an hour.
    public var hours: Decimal
    /// Typical cost from the campaign budget.
    public var cost: Decimal
    /// Made once, recurring or a task.
    public var kind: ActivityKind
    /// Days between occurrences, for recurring work.
    public var cadenceDays: Int?
    /// Activities that must be finished before this one starts (ids).
    public var requires: [String]
    /// Calendar days the work needs from its start to its due day, at least (print booked weeks ahead).
    public var leadDays: Int
    /// Who usually does it.
    public var owner: ActivityOwner
    /// Whether it needs existing customers (loyalty, referrals, case studies).
    public var needsCustomers: Bool
    /// What it is for.
    public var purposes: Set<CampaignPurpose>
    /// Whether its cost is media or print spend that can grow with the budget.
    public var scalable: Bool

    /// An activity with every property given.
    public init(id: String, name: String, channel: String, stage: BuyingStage, pullPush: PullPush, hours: Decimal,
                cost: Decimal, kind: ActivityKind = .task, cadenceDays: Int? = nil, requires: [String] = [],
                leadDays: Int = 0, owner: ActivityOwner = .marketing, needsCustomers: Bool = false,
                purposes: Set<CampaignPurpose> = [], scalable: Bool = false) {
        self.id = id; self.name = name; self.channel = channel; self.stage = stage; self.pullPush = pullPush
        self.hours = hours; self.cost = cost; self.kind = kind; self.cadenceDays = cadenceDays; self.requires = requires
        self.leadDays = leadDays; self.owner = owner; self.needsCustomers = needsCustomers; self.purposes = purposes
        self.scalable = scalable
    }
}
