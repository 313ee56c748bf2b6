import Foundation

extension CalendarDate {
    /// Easter Sunday of `year` in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher),
    /// or `nil` for a year outside 1-9999.
    ///
    /// 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21.
    public static func easterSunday(year: Int) -> CalendarDate? {
        let a = year % 19
        let b = year / 100, c = year % 100
        let d = b / 4, e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The `n`th (1-5) day with ISO `weekday` (1 = Monday ... 7 = Sunday) in `month` of `year`,
    /// or `nil` when the month has no such day or the numbers are out of range.
    public static func nthWeekday(_ n: Int, _ weekday: Int, month: Int, year: Int) -> CalendarDate? {
        guard n >= 1, (1...7).contains(weekday), let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        let date = first.adding(days: (weekday - first.weekday + 7) % 7 + (n - 1) * 7)
        return date.month == month ? date : nil
    }

    /// The last day with ISO `weekday` (1 = Monday ... 7 = Sunday) in `month` of `year`, or `nil` when out of range.
    public static func lastWeekday(_ weekday: Int, month: Int, year: Int) -> CalendarDate? {
        guard (1...7).contains(weekday), let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        let last = first.endOfMonth
        return last.adding(days: -((last.weekday - weekday + 7) % 7))
    }
}
