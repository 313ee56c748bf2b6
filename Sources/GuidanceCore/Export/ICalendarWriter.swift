import Foundation

/// Writes a plan's calendar entries as one iCalendar (RFC 5545) file that calendar programs import.
///
/// Timed entries are written in UTC (`Z`), converted from the local day and minute in the
/// marketer's time zone, so no VTIMEZONE is needed. All-day entries are `VALUE=DATE` with an
/// exclusive end (the next day) and do not block time. UIDs are stable across exports of the
/// same session; SEQUENCE comes from `CalendarSequences`.
public enum ICalendarWriter {
    /// The product identifier written in every file.
    public static let productID = "-//guidance//guidance plan//EN"

    /// The whole VCALENDAR for the entries: CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character, TEXT escaped.
    ///
    /// One VEVENT per entry, in the given order. The same input always gives the same text
    /// (`stamp`, written as DTSTAMP, is an input). Entries with `hasReminder` get a display
    /// alarm `reminderMinutes` before they start.
    public static func write(_ entries: [CalendarEntry], sessionID: String, calendarName: String, sequences: CalendarSequences,
                             timeZone: TimeZone, stamp: Date, reminderMinutes: Int) -> String {
        var out = ""
        func line(_ name: String, _ value: String) { out += ICalendarText.contentLine(name, value) }
        line("BEGIN", "VCALENDAR")
        line("VERSION", "2.0")
        line("PRODID", productID)
        line("CALSCALE", "GREGORIAN")
        line("METHOD", "PUBLISH")
        line("X-WR-CALNAME", ICalendarText.escape(calendarName))
        let converter = LocalTime(timeZone: timeZone)
        let dtstamp = converter.utcText(stamp)
        for entry in entries {
            line("BEGIN", "VEVENT")
            line("UID", uid(key: entry.key, sessionID: sessionID))
            line("DTSTAMP", dtstamp)
            line("SEQUENCE", String(sequences.sequence(for: entry.key)))
            if let minute = entry.startMinute {
                let start = converter.instant(entry.date, minute: minute)
                line("DTSTART", converter.utcText(start))
                if entry.minutes > 0 { line("DTEND", converter.utcText(start.addingTimeInterval(Double(entry.minutes) * 60))) }
            } else {
                line("DTSTART;VALUE=DATE", dateText(entry.date))
                line("DTEND;VALUE=DATE", dateText(entry.date.adding(days: 1)))
            }
            line("SUMMARY", ICalendarText.escape(entry.title))
            line("DESCRIPTION", ICalendarText.escape(entry.details))
            line("CATEGORIES", ICalendarText.escape(entry.category.rawValue))
            if entry.startMinute == nil { line("TRANSP", "TRANSPARENT") }
            if entry.hasReminder {
                line("BEGIN", "VALARM")
                line("ACTION", "DISPLAY")
                line("TRIGGER", trigger(minutesBefore: reminderMinutes))
                line("DESCRIPTION", ICalendarText.escape(entry.title.isEmpty ? "Reminder" : entry.title))
                line("END", "VALARM")
            }
            line("END", "VEVENT")
        }
        line("END", "VCALENDAR")
        return out
    }

    /// The UID of the entry with `key` in session `sessionID`: `<slug of key>.<session id>@guidance`.
    ///
    /// Only `A-Z a-z 0-9 . - @` appear. A key or id that is already safe is used as it is;
    /// otherwise it is slugged and tagged with a digest (see `ICalendarText.slug`).
    public static func uid(key: String, sessionID: String) -> String {
        "\(ICalendarText.slug(key)).\(ICalendarText.slug(sessionID, keeping: ["."]))@guidance"
    }

    /// The TRIGGER value for an alarm `minutes` before the start (`-PT15M`); a negative number means after it.
    static func trigger(minutesBefore minutes: Int) -> String {
        minutes >= 0 ? "-PT\(minutes)M" : "PT\(-minutes)M"
    }

    /// `date` as an iCalendar DATE, `YYYYMMDD`.
    static func dateText(_ date: CalendarDate) -> String {
        date.iso.replacingOccurrences(of: "-", with: "")
    }
}

/// Converts local days and minutes in one time zone to instants, and instants to UTC DATE-TIME text.
private struct LocalTime {
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
