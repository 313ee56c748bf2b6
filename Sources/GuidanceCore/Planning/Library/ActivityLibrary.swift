import Foundation

/// The activities and campaign templates the planner builds from, the conversion rates a target is broken
/// down with, and the times of day for calendar entries.
public struct ActivityLibrary: Equatable, Sendable {
    /// Every activity, in file order.
    public var activities: [Activity]
    /// Every campaign template, in file order.
    public var campaigns: [CampaignTemplate]
    /// Conversion rates between the buying stages.
    public var rates: ConversionRates
    /// Times of day and lengths for the calendar entries.
    public var calendar: CalendarDefaults
    /// Activities by id, for lookups while planning.
    private let byID: [String: Activity]

    /// A library with every property given.
    public init(activities: [Activity], campaigns: [CampaignTemplate] = [], rates: ConversionRates = ConversionRates(),
                calendar: CalendarDefaults = CalendarDefaults()) {
        self.activities = activities; self.campaigns = campaigns; self.rates = rates; self.calendar = calendar
        self.byID = Dictionary(activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The activity with `id`.
    public func activity(_ id: String) -> Activity? { byID[id] }

    /// The template with `id`.
    public func template(_ id: String) -> CampaignTemplate? { campaigns.first { $0.id == id } }

    /// The first template for `purpose`.
    public func template(for purpose: CampaignPurpose) -> CampaignTemplate? { campaigns.first { $0.purpose == purpose } }

    public static func == (lhs: ActivityLibrary, rhs: ActivityLibrary) -> Bool {
        lhs.activities == rhs.activities && lhs.campaigns == rhs.campaigns && lhs.rates == rhs.rates && lhs.calendar == rhs.calendar
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
