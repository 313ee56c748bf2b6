import Foundation

extension HolidayBook {
    /// The public holidays of calendar `id` from `first` through `last`, by day with their names, and the
    /// calendar's name; `nil` when the book has no such calendar.
    public func closedDays(_ id: String, from first: CalendarDate, through last: CalendarDate)
        -> (days: [CalendarDate: String], name: String)? {
        guard let calendar = calendar(id) else { return nil }
        var days: [CalendarDate: String] = [:]
        for holiday in calendar.holidays(from: first, through: last) where days[holiday.date] == nil {
            days[holiday.date] = holiday.name
        }
        return (days, calendar.name)
    }
}
