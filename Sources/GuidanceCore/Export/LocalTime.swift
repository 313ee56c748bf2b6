import Foundation

/// Converts local days and minutes in one time zone to instants, and instants to UTC DATE-TIME text.
struct LocalTime {
    /// A Gregorian calendar in the local zone.
    private let local: Calendar
    /// A Gregorian calendar in UTC.
    private let utc: Calendar

    /// A converter for `timeZone`.
    init(timeZone: TimeZone) {
        var local = Calendar(identifier: .gregorian)
        local.timeZone = timeZone
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? timeZone
        self.local = local
        self.utc = utc
    }

    /// The instant `minute` minutes after local midnight of `date` (by the wall clock).
    ///
    /// A wall-clock time that does not exist (a spring-forward gap) moves forward as Foundation
    /// does; a time that happens twice (fall-back) is the first of the two.
    func instant(_ date: CalendarDate, minute: Int) -> Date {
        let hours = minute >= 0 ? minute / 60 : (minute - 59) / 60
        let parts = DateComponents(year: date.year, month: date.month, day: date.day, hour: hours, minute: minute - hours * 60)
        if let instant = local.date(from: parts) { return instant }
        // Foundation gave no answer: count from UTC midnight and take the zone's offset then.
        let midnight = utc.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) ?? Date(timeIntervalSince1970: 0)
        let guess = midnight.addingTimeInterval(Double(minute) * 60)
        return guess.addingTimeInterval(-Double(local.timeZone.secondsFromGMT(for: guess)))
    }

    /// `instant` in UTC as `YYYYMMDDTHHMMSSZ`.
    func utcText(_ instant: Date) -> String {
        let c = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        func pad(_ value: Int?, _ width: Int) -> String {
            let digits = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(c.year, 4))\(pad(c.month, 2))\(pad(c.day, 2))T\(pad(c.hour, 2))\(pad(c.minute, 2))\(pad(c.second, 2))Z"
    }
}
