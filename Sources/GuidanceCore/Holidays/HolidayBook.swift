import Foundation

/// Every public-holiday calendar in `prompts/holidays.json`, read by `HolidayBookLoader`.
///
/// A session that names no calendar has no public holidays; the caller handles that.
public struct HolidayBook: Equatable, Sendable {
    /// The calendars, in file order.
    public var calendars: [HolidayCalendar]

    /// A book of these calendars.
    init(calendars: [HolidayCalendar]) { self.calendars = calendars }

    /// The calendar with this id (letter case ignored, so "gb-eaw" finds "GB-EAW"), or `nil`.
    public func calendar(_ id: String) -> HolidayCalendar? {
        calendars.first { $0.id == id } ?? calendars.first { $0.id.lowercased() == id.lowercased() }
    }

    /// The calendars' ids, in file order.
    public var ids: [String] { calendars.map(\.id) }
}
