import Foundation

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
        case launch
        case keyDate = "key-date"
        case deadline
        case decision
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
