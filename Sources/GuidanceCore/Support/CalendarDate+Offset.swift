import Foundation

extension CalendarDate {
    /// The calendar day at `now` in a zone `secondsFromGMT` east of UTC, for 1970 to 9999 (nil outside them).
    ///
    /// For a caller that knows the offset without a `TimeZone` (the C library's `localtime_r` gives the
    /// computer's own): making Foundation's zone costs start-up about half a million instructions.
    public static func today(secondsFromGMT: Int, now: Date = Date()) -> CalendarDate? {
        let local = now.timeIntervalSince1970 + Double(secondsFromGMT)
        guard local >= 0, local < 253_402_300_800 else { return nil }
        return CalendarDate(dayNumber: Int((local / 86_400).rounded(.down)))
    }
}
