import Foundation

extension HolidayBook {
    /// The public holidays of calendar `id` from `first` through `last`, by day with their names, and the
    /// calendar's name; `nil` when the book has no such calendar.
    public func closedDays(_ id: String, from first: CalendarDate, through last: CalendarDate)
        -> (days: [CalendarDate: String], name: String)? {
        closedDays(id, in: [first...last])
    }

    /// The public holidays of calendar `id` on every day a plan made from `facts` can date an entry
    /// (`GuidanceFacts.calendarWindows`), and the calendar's name; `nil` when the book has no such calendar.
    public func closedDays(_ id: String, around facts: GuidanceFacts) -> (days: [CalendarDate: String], name: String)? {
        closedDays(id, in: facts.calendarWindows)
    }

    /// The public holidays of calendar `id` inside any of `windows`, and the calendar's name.
    func closedDays(_ id: String, in windows: [ClosedRange<CalendarDate>]) -> (days: [CalendarDate: String], name: String)? {
        guard let calendar = calendar(id) else { return nil }
        var days: [CalendarDate: String] = [:]
        for window in windows {
            for holiday in calendar.holidays(from: window.lowerBound, through: window.upperBound) where days[holiday.date] == nil {
                days[holiday.date] = holiday.name
            }
        }
        return (days, calendar.name)
    }
}
