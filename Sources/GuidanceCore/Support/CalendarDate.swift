import Foundation

/// A calendar day with no time or zone: what YYYY-MM-DD means.
///
/// Arithmetic is done on the proleptic Gregorian calendar with plain integers, so results
/// never depend on the machine's locale, time zone or calendar settings.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, 1 to 9999 for dates made by the failable initialisers.
    public let year: Int
    /// The month, 1 (January) to 12 (December).
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int

    /// English month names, January first; used by `spoken` and by the date parser.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// English weekday names, Monday first (ISO order); index `weekday - 1`.
    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The day with these numbers, or `nil` when it does not exist (2027-02-30, month 13, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// The day written strictly as `YYYY-MM-DD` (ASCII digits, zero-padded), or `nil`.
    public init?(iso: String) {
        let chars = Array(iso.unicodeScalars)
        guard chars.count == 10, chars[4] == "-", chars[7] == "-" else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard let digit = CalendarDate.asciiDigit(chars[i]) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether `year` is a leap year in the Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` (1-12) of `year`; 0 for a month outside 1-12.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    /// The date as `YYYY-MM-DD`, such as "2027-03-01".
    public var iso: String {
        // Years 0 to 9999 (all of them in practice): the ten bytes written at once.
        if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
            let zero = UInt8(ascii: "0")
            let bytes: [UInt8] = [zero + UInt8(year / 1000), zero + UInt8(year / 100 % 10), zero + UInt8(year / 10 % 10),
                                  zero + UInt8(year % 10), UInt8(ascii: "-"), zero + UInt8(month / 10), zero + UInt8(month % 10),
                                  UInt8(ascii: "-"), zero + UInt8(day / 10), zero + UInt8(day % 10)]
            return String(decoding: bytes, as: UTF8.self)
        }
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The same as `iso`.
    public var description: String { iso }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// The date `months` months later (earlier when negative), the day clamped to that month's length.
    ///
    /// 2027-01-31 plus one month is 2027-02-28; 2028-01-31 plus one month is 2028-02-29.
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(unchecked: newYear, newMonth, newDay)
    }

    /// The ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        // Day number 0 is Thursday 1970-01-01 (ISO weekday 4).
        let offset = (dayNumber + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    /// Whether the day is Monday to Friday (public holidays are not known here).
    public var isWorkingDay: Bool { weekday <= 5 }

    /// The last day of this date's month.
    public var endOfMonth: CalendarDate {
        CalendarDate(unchecked: year, month, CalendarDate.daysIn(month: month, year: year))
    }

    /// The first day of this date's month.
    public var startOfMonth: CalendarDate { CalendarDate(unchecked: year, month, 1) }

    /// The number of days from this date to `other`: positive when `other` is later, 0 when the same day.
    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// The English weekday name, such as "Monday".
    public var weekdayName: String { CalendarDate.weekdayNames[weekday - 1] }

    /// The English month name, such as "March".
    public var monthName: String { CalendarDate.monthNames[month - 1] }

    /// The date spoken in English, such as "Monday 1 March 2027" (no locale involved).
    public var spoken: String { "\(weekdayName) \(day) \(monthName) \(year)" }

    /// The calendar day it is at `now` in `timeZone` (Gregorian calendar).
    ///
    /// From 1970 to 9999 the day is counted from the zone's offset at `now` (what the Gregorian calendar
    /// gives, without making a `Calendar`, which cost start-up most of a millisecond).
    public static func today(in timeZone: TimeZone, now: Date = Date()) -> CalendarDate {
        let local = now.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: now))
        if local >= 0, local < 253_402_300_800 { return CalendarDate(dayNumber: Int((local / 86_400).rounded(.down))) }
        return calendarToday(in: timeZone, now: now)
    }

    /// `today(in:now:)` through a Gregorian `Calendar`, for any time.
    static func calendarToday(in timeZone: TimeZone, now: Date) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        if let y = parts.year, let m = parts.month, let d = parts.day,
           let date = CalendarDate(year: y, month: m, day: d) {
            return date
        }
        // Out of the 1-9999 range or missing parts: fall back to counting days since 1970 in the zone.
        let seconds = now.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: now))
        return CalendarDate(dayNumber: Int((seconds / 86_400).rounded(.down)))
    }

    /// Whether `lhs` is an earlier day than `rhs`.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    private var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01, after Howard Hinnant's `civil_from_days`.
    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let m = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        self.init(unchecked: y, m, d)
    }

    /// The value of an ASCII digit, or `nil`.
    static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        guard scalar.value >= 48, scalar.value <= 57 else { return nil }
        return Int(scalar.value - 48)
    }
}
