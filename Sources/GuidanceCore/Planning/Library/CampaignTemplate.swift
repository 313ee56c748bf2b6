import Foundation

/// A named bundle of work for one purpose, from the activity library: the tasks in order, dated from an anchor day.
///
/// The anchor is the key date for an event, the day a market change lands, the day Sales needs the material,
/// or the day the planner picks for a prospecting or retention push. One task is the go-live.
public struct CampaignTemplate: Equatable, Sendable {
    /// One task of the template.
    public struct Step: Equatable, Sendable {
        /// The activity id.
        public var activity: String
        /// Days from the anchor to the task's due day (negative: before).
        public var offset: Int
        /// For recurring work: the last day, in days from the anchor, an occurrence may fall on.
        public var until: Int?
        /// Whether this task is the campaign's go-live.
        public var goLive: Bool

        /// A step with every property given.
        public init(activity: String, offset: Int, until: Int? = nil, goLive: Bool = false) {
            self.activity = activity; self.offset = offset; self.until = until; self.goLive = goLive
        }
    }

    /// A short stable id, such as `win-segment`.
    public var id: String
    /// The campaign's name; `{segment}`, `{name}` and `{month}` are filled in.
    public var name: String
    /// What it is for.
    public var purpose: CampaignPurpose
    /// The buying stage it works on most.
    public var stage: BuyingStage
    /// Prospects one run of it reaches (prospecting and events), for sizing against a target.
    public var reach: Int
    /// The tasks, in the order they are done.
    public var steps: [Step] { didSet { stepsByDay = Self.byDay(steps) } }
    /// The steps in the order of their days from the anchor (steps on the same day in the order given): the order
    /// the planner places them in, worked out once rather than on every try.
    private(set) var stepsByDay: [Step]

    /// A template with every property given.
    public init(id: String, name: String, purpose: CampaignPurpose, stage: BuyingStage, reach: Int = 0, steps: [Step]) {
        self.id = id; self.name = name; self.purpose = purpose; self.stage = stage; self.reach = reach; self.steps = steps
        stepsByDay = Self.byDay(steps)
    }

    /// `steps` in the order of their offsets, keeping the given order for equal offsets.
    static func byDay(_ steps: [Step]) -> [Step] {
        steps.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }.map(\.element)
    }
}

/// How many prospects move on from one buying stage to the next: the editable defaults a target is broken down with.
public struct ConversionRates: Equatable, Sendable {
    /// Of the prospects a campaign reaches, the share that enquires (awareness to interest).
    public var reachedToEnquiry: Decimal = Decimal(string: "0.05") ?? 0
    /// Of the enquiries, the share that gets a proposal (interest to consideration).
    public var enquiryToProposal: Decimal = Decimal(string: "0.4") ?? 0
    /// Of the proposals, the share that buys (consideration to purchase).
    public var proposalToWin: Decimal = Decimal(string: "0.3") ?? 0

    /// The defaults above.
    public init() {}
}
