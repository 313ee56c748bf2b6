import Foundation

/// Which number comes first in a date typed with slashes: `31/5/2027` (day first) or `5/31/2027` (month first).
///
/// Day first is the default; `--date-order mdy` or the environment setting `GUIDANCE_DATE_ORDER=mdy` turns it round.
/// It only changes how typed answers are read: dates are always stored as `YYYY-MM-DD`.
public enum DateOrder: String, Sendable, CaseIterable {
    /// Day, then month, then year: 31/5/2027.
    case dmy
    /// Month, then day, then year: 5/31/2027.
    case mdy

    /// The order named by `text` ("dmy", "mdy", also "day-first", "month-first"), or `nil`.
    public init?(setting text: String) {
        switch AnswerText.key(text) {
        case "dmy", "day-first", "day first", "d/m/y": self = .dmy
        case "mdy", "month-first", "month first", "m/d/y": self = .mdy
        default: return nil
        }
    }

    /// `date` written with slashes in this order, such as 1/3/2027 or 3/1/2027.
    public func slashed(_ date: CalendarDate, withYear: Bool = true) -> String {
        let pair = self == .dmy ? "\(date.day)/\(date.month)" : "\(date.month)/\(date.day)"
        return withYear ? "\(pair)/\(date.year)" : pair
    }

    /// "day first" or "month first", for messages.
    var spoken: String { self == .dmy ? "day first" : "month first" }
}
