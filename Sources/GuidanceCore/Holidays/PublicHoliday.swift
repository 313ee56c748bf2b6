import Foundation

/// One day off in a public-holiday calendar, as the published lists give it.
///
/// A holiday moved off a weekend is on the day it moved to, named with "(substitute day)" (the UK)
/// or "(observed)" (the United States), such as "Christmas Day (substitute day)".
public struct PublicHoliday: Equatable, Sendable {
    /// The day of the holiday.
    public var date: CalendarDate
    /// Its name, such as "Good Friday" or "Boxing Day (substitute day)".
    public var name: String

    /// A holiday with every property given.
    public init(date: CalendarDate, name: String) {
        self.date = date; self.name = name
    }
}
