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
        var out: [UInt8] = []
        out.reserveCapacity(entries.count * 512 + 512)
        func line(_ name: String, _ value: String) { ICalendarText.appendContentLine(name, value, into: &out) }
        for (name, value) in opening(method: "PUBLISH") { line(name, value) }
        line("X-WR-CALNAME", ICalendarText.escape(calendarName))
        let converter = LocalTime(timeZone: timeZone)
        let dtstamp = converter.utcText(stamp)
        for entry in entries {
            line("BEGIN", "VEVENT")
            line("UID", uid(key: entry.key, sessionID: sessionID))
            line("DTSTAMP", dtstamp)
            line("SEQUENCE", String(sequences.sequence(for: entry.key)))
            for (name, value) in times(of: entry, converter: converter) { line(name, value) }
            line("SUMMARY", ICalendarText.escape(entry.title))
            line("DESCRIPTION", ICalendarText.escape(entry.details))
            line("CATEGORIES", ICalendarText.escape(entry.category.rawValue))
            if entry.startMinute == nil { line("TRANSP", "TRANSPARENT") }
            if entry.hasReminder {
                for (name, value) in alarm(entry.title, minutesBefore: reminderMinutes) { line(name, value) }
            }
            line("END", "VEVENT")
        }
        line("END", "VCALENDAR")
        return String(decoding: out, as: UTF8.self)
    }

    /// The opening lines of a VCALENDAR with this METHOD (`PUBLISH`, `REQUEST`), as (name, value) pairs.
    static func opening(method: String) -> [(String, String)] {
        [("BEGIN", "VCALENDAR"), ("VERSION", "2.0"), ("PRODID", productID), ("CALSCALE", "GREGORIAN"), ("METHOD", method)]
    }

    /// DTSTART and DTEND of `entry`: a timed entry in UTC from its local day and minute, an all-day one as `VALUE=DATE` with an exclusive end.
    static func times(of entry: CalendarEntry, converter: LocalTime) -> [(String, String)] {
        guard let minute = entry.startMinute else {
            return [("DTSTART;VALUE=DATE", dateText(entry.date)), ("DTEND;VALUE=DATE", dateText(entry.date.adding(days: 1)))]
        }
        let start = converter.instant(entry.date, minute: minute)
        var lines = [("DTSTART", converter.utcText(start))]
        if entry.minutes > 0 { lines.append(("DTEND", converter.utcText(start.addingTimeInterval(Double(entry.minutes) * 60)))) }
        return lines
    }

    /// A display alarm `minutes` before the start, named `title`: the VALARM's lines.
    static func alarm(_ title: String, minutesBefore minutes: Int) -> [(String, String)] {
        [("BEGIN", "VALARM"), ("ACTION", "DISPLAY"), ("TRIGGER", trigger(minutesBefore: minutes)),
         ("DESCRIPTION", ICalendarText.escape(title.isEmpty ? "Reminder" : title)), ("END", "VALARM")]
    }

    /// The UID of the entry with `key` in session `sessionID`: `<slug of key>.<session id>@guidance`.
    ///
    /// Only `A-Z a-z 0-9 . - @` appear. A key or id that is already safe is used as it is;
    /// otherwise it is slugged and tagged with a digest (see `ICalendarText.slug`).
    public static func uid(key: String, sessionID: String) -> String {
        "\(ICalendarText.slug(key, keepingASCII: [])).\(ICalendarText.slug(sessionID, keepingASCII: [UInt8(ascii: ".")]))@guidance"
    }

    /// The TRIGGER value for an alarm `minutes` before the start (`-PT15M`); a negative number means after it.
    static func trigger(minutesBefore minutes: Int) -> String {
        minutes >= 0 ? "-PT\(minutes)M" : "PT\(-minutes)M"
    }

    /// `date` as an iCalendar DATE, `YYYYMMDD`.
    static func dateText(_ date: CalendarDate) -> String {
        String(decoding: date.iso.utf8.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self)
    }
}
