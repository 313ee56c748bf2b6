import Foundation

/// A public-holiday calendar from `prompts/holidays.json`, such as "England and Wales", held as rules.
///
/// The days it gives are the days off as the published lists show them: a UK bank holiday on a weekend
/// is listed on its substitute day only, a US federal holiday on the day it is observed (Saturday on the
/// Friday before, Sunday on the Monday after; New Year's Day 2028 on Friday 31 December 2027), and an Irish
/// public holiday on its own day, weekend or not.
public struct HolidayCalendar: Equatable, Sendable {
    /// The calendar's id, such as "GB-EAW", as a session names it.
    public var id: String
    /// Its name in words, such as "England and Wales".
    public var name: String
    /// Its holidays as rules, in file order.
    var rules: [HolidayRule]

    /// A calendar with every property given.
    init(id: String, name: String, rules: [HolidayRule]) {
        self.id = id; self.name = name; self.rules = rules
    }

    /// Every holiday of `year`, in date order, substitute days included (named e.g. "Christmas Day (substitute day)").
    public func holidays(in year: Int) -> [PublicHoliday] {
        guard (1...9999).contains(year) else { return [] }
        return observed(years: (year - 1)...(year + 1)).filter { $0.date.year == year }
    }

    /// Every holiday from `first` through `last` inclusive, in date order.
    public func holidays(from first: CalendarDate, through last: CalendarDate) -> [PublicHoliday] {
        guard first <= last else { return [] }
        return observed(years: (first.year - 1)...(last.year + 1)).filter { first <= $0.date && $0.date <= last }
    }

    /// The days off the rules give in `years` (a holiday moved across a year's end included), in date order,
    /// holidays on the same day in file order.
    private func observed(years: ClosedRange<Int>) -> [PublicHoliday] {
        var kept: [(holiday: PublicHoliday, order: Int)] = []
        var toMove: [(date: CalendarDate, name: String, order: Int)] = []
        for year in years where (1...9999).contains(year) {
            for (index, rule) in rules.enumerated() {
                guard let date = rule.date(in: year) else { continue }
                switch (rule.substitute, date.weekday) {
                case (.nearestWeekday, 6):
                    kept.append((PublicHoliday(date: date.adding(days: -1), name: rule.name + " (observed)"), index))
                case (.nearestWeekday, 7):
                    kept.append((PublicHoliday(date: date.adding(days: 1), name: rule.name + " (observed)"), index))
                case (.nextWeekday, 6...7):
                    toMove.append((date, rule.name, index))
                default:
                    kept.append((PublicHoliday(date: date, name: rule.name), index))
                }
            }
        }
        var taken = Set(kept.map(\.holiday.date))
        for moving in toMove.sorted(by: { ($0.date, $0.order) < ($1.date, $1.order) }) {
            var day = moving.date.adding(days: 1)
            while day.weekday > 5 || taken.contains(day) { day = day.adding(days: 1) }
            taken.insert(day)
            kept.append((PublicHoliday(date: day, name: moving.name + " (substitute day)"), moving.order))
        }
        return kept.sorted { ($0.holiday.date, $0.order) < ($1.holiday.date, $1.order) }.map(\.holiday)
    }
}
