import Foundation

/// What happens to a fixed-date holiday that falls on a Saturday or Sunday.
enum SubstitutePolicy: String, CaseIterable, Equatable, Sendable {
    /// It stays on its day (Ireland: the public holiday is the day itself).
    case none
    /// It moves to the next weekday that is not already a holiday (UK bank holidays:
    /// Christmas on Saturday and Boxing Day on Sunday give Monday 27 and Tuesday 28).
    case nextWeekday = "next_weekday"
    /// Saturday moves to the Friday before, Sunday to the Monday after (US federal holidays).
    case nearestWeekday = "nearest_weekday"
}

/// A day of the month that replaces an nth-weekday holiday when it falls on a given weekday.
///
/// Ireland's St Brigid's Day is the first Monday in February, or 1 February when that is a Friday.
struct DayInstead: Equatable, Sendable {
    /// The day of the month, 1 to 31.
    var day: Int
    /// The ISO weekday (1 = Monday ... 7 = Sunday) on which `day` replaces the rule's date.
    var weekday: Int
}

/// One holiday of a calendar as a rule that gives its date in any year.
struct HolidayRule: Equatable, Sendable {
    /// How the date is found.
    enum Kind: Equatable, Sendable {
        /// The same day every year, such as 25 December.
        case fixed(month: Int, day: Int, substitute: SubstitutePolicy)
        /// The `n`th (1-4) `weekday` of `month`, or `instead` when it applies.
        case nthWeekday(month: Int, weekday: Int, n: Int, instead: DayInstead?)
        /// The last `weekday` of `month`.
        case lastWeekday(month: Int, weekday: Int)
        /// `offset` days from Easter Sunday (Good Friday -2, Easter Monday 1).
        case easter(offset: Int)
    }

    /// The holiday's name, such as "Early May bank holiday".
    var name: String
    /// How its date is found.
    var kind: Kind
    /// The first year it is kept; `nil` when it always was.
    var firstYear: Int?
    /// The last year it is kept; `nil` when it has no end.
    var lastYear: Int?

    /// Whether the holiday is kept in `year` (inside its first and last year).
    func applies(in year: Int) -> Bool {
        (firstYear.map { year >= $0 } ?? true) && (lastYear.map { year <= $0 } ?? true)
    }

    /// What happens when the holiday falls on a weekend.
    var substitute: SubstitutePolicy {
        if case .fixed(_, _, let policy) = kind { return policy }
        return .none
    }

    /// The holiday's own date in `year` before any weekend move, or `nil` when the rule does not
    /// apply that year or the date does not exist (a year outside 1-9999).
    func date(in year: Int) -> CalendarDate? {
        guard applies(in: year) else { return nil }
        switch kind {
        case .fixed(let month, let day, _):
            return CalendarDate(year: year, month: month, day: day)
        case .nthWeekday(let month, let weekday, let n, let instead):
            if let instead, let day = CalendarDate(year: year, month: month, day: instead.day), day.weekday == instead.weekday {
                return day
            }
            return CalendarDate.nthWeekday(n, weekday, month: month, year: year)
        case .lastWeekday(let month, let weekday):
            return CalendarDate.lastWeekday(weekday, month: month, year: year)
        case .easter(let offset):
            return CalendarDate.easterSunday(year: year)?.adding(days: offset)
        }
    }
}
