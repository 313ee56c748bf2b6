import Foundation
import Testing
@testable import GuidanceCore

/// Fixtures and independent readers for the iCalendar tests (never the code under test).
enum ICSFixture {
    /// A day written `YYYY-MM-DD` (a bad literal shows as 1970-01-01 and fails the test).
    static func day(_ iso: String) -> CalendarDate {
        CalendarDate(iso: iso) ?? CalendarDate.today(in: TimeZone(secondsFromGMT: 0) ?? .current, now: Date(timeIntervalSince1970: 0))
    }

    /// A calendar entry with test defaults.
    static func entry(_ key: String, _ title: String = "Title", _ date: String = "2027-03-01", start: Int? = 600, minutes: Int = 30,
                      details: String = "Details", category: CalendarEntry.Category = .review, reminder: Bool = false) -> CalendarEntry {
        CalendarEntry(key: key, category: category, title: title, date: day(date), startMinute: start, minutes: minutes,
                      details: details, hasReminder: reminder)
    }

    /// A zone by name (UTC when the name is unknown, which then fails the expectations).
    static func zone(_ name: String) -> TimeZone { TimeZone(identifier: name) ?? TimeZone(secondsFromGMT: 0) ?? .current }

    /// 2027-02-01T09:15:42Z plus a fraction of a second.
    static let stamp = Date(timeIntervalSince1970: 1_801_473_342.7)

    /// The calendar for `entries` with the test session, name, zone and a 15-minute reminder.
    static func ics(_ entries: [CalendarEntry], zone: String = "Europe/London", sequences: CalendarSequences = CalendarSequences(),
                    reminder: Int = 15) -> String {
        ICalendarWriter.write(entries, sessionID: "2027-02-01-k3vd", calendarName: "Plan; Q1, \"Dental\"", sequences: sequences,
                              timeZone: self.zone(zone), stamp: stamp, reminderMinutes: reminder)
    }

    /// The physical lines of `text`, split at CRLF (the empty piece after the final CRLF dropped).
    static func physicalLines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\r\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The logical lines of `text`: RFC 5545 unfolding removes every CRLF followed by one space.
    static func logicalLines(_ text: String) -> [String] {
        physicalLines(text.replacingOccurrences(of: "\r\n ", with: ""))
    }

    /// Each VEVENT's logical lines, in order.
    static func events(_ text: String) -> [[String]] {
        var events: [[String]] = []
        var current: [String]?
        for line in logicalLines(text) {
            if line == "BEGIN:VEVENT" { current = [] } else if line == "END:VEVENT" {
                events.append(current ?? []); current = nil
            } else { current?.append(line) }
        }
        return events
    }

    /// The value of the first line named `name` (up to the colon) in `lines`.
    static func value(_ name: String, in lines: [String]) -> String? {
        lines.first { $0.hasPrefix(name + ":") }.map { String($0.dropFirst(name.count + 1)) }
    }

    /// An RFC 5545 TEXT value read back: `\\`, `\;`, `\,`, `\n` and `\N` undone.
    static func unescape(_ text: String) -> String {
        var out = ""
        var pending = false
        for ch in text {
            if pending {
                out += ch == "n" || ch == "N" ? "\n" : String(ch); pending = false
            } else if ch == "\\" { pending = true } else { out.append(ch) }
        }
        return out
    }

    /// Whether every LF in `text` follows a CR and every CR precedes an LF.
    static func onlyCRLF(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (i, b) in bytes.enumerated() {
            if b == 10 && (i == 0 || bytes[i - 1] != 13) { return false }
            if b == 13 && (i + 1 == bytes.count || bytes[i + 1] != 10) { return false }
        }
        return true
    }
}

@Suite("ICalendarWriter")
struct ICalendarWriterTests {
    @Test func wholeFileIsExact() {
        let entries = [
            ICSFixture.entry("guidance-meeting", "Guidance, with you", "2027-03-01", start: 600, minutes: 30,
                             details: "Agenda:\n- growth; roles", category: .guidanceMeeting, reminder: true),
            ICSFixture.entry("fundamentals-1", "Fundamentals: website", "2027-03-31", start: nil, minutes: 0,
                             details: "Budget 1\\2", category: .fundamentals),
        ]
        let sequences = CalendarSequences(items: ["fundamentals-1": .init(fingerprint: "x", sequence: 3)])
        let expected = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//guidance//guidance plan//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:Plan\\; Q1\\, \"Dental\"",
            "BEGIN:VEVENT", "UID:guidance-meeting.2027-02-01-k3vd@guidance", "DTSTAMP:20270201T091542Z", "SEQUENCE:0",
            "DTSTART:20270301T100000Z", "DTEND:20270301T103000Z", "SUMMARY:Guidance\\, with you",
            "DESCRIPTION:Agenda:\\n- growth\\; roles", "CATEGORIES:guidance-meeting",
            "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", "DESCRIPTION:Guidance\\, with you", "END:VALARM", "END:VEVENT",
            "BEGIN:VEVENT", "UID:fundamentals-1.2027-02-01-k3vd@guidance", "DTSTAMP:20270201T091542Z", "SEQUENCE:3",
            "DTSTART;VALUE=DATE:20270331", "DTEND;VALUE=DATE:20270401", "SUMMARY:Fundamentals: website",
            "DESCRIPTION:Budget 1\\\\2", "CATEGORIES:fundamentals", "TRANSP:TRANSPARENT", "END:VEVENT",
            "END:VCALENDAR",
        ].map { $0 + "\r\n" }.joined()
        #expect(ICSFixture.ics(entries, sequences: sequences) == expected)
    }

    @Test func sameInputGivesSameText() {
        let entries = (1...5).map { ICSFixture.entry("review-\($0)", "Review \($0) 😀", reminder: $0 % 2 == 0) }
        #expect(ICSFixture.ics(entries) == ICSFixture.ics(entries))
        #expect(ICSFixture.events(ICSFixture.ics(entries)).count == 5)
    }

    @Test func eventsKeepTheGivenOrder() {
        let keys = ["review-3", "activity-a", "guidance-meeting", "review-1"]
        let uids = ICSFixture.events(ICSFixture.ics(keys.map { ICSFixture.entry($0) })).compactMap { ICSFixture.value("UID", in: $0) }
        #expect(uids == keys.map { "\($0).2027-02-01-k3vd@guidance" })
    }

    @Test(arguments: [
        // Europe/London: GMT in winter, BST (+1) from 01:00 UTC on Sunday 28 March 2027, back on 31 October.
        ("Europe/London", "2027-02-01", 600, 30, "20270201T100000Z", "20270201T103000Z"),
        ("Europe/London", "2027-03-27", 600, 30, "20270327T100000Z", "20270327T103000Z"),
        ("Europe/London", "2027-03-28", 30, 120, "20270328T003000Z", "20270328T023000Z"),
        ("Europe/London", "2027-03-28", 90, 30, "20270328T013000Z", "20270328T020000Z"),  // 01:30 does not exist: 02:30 BST
        ("Europe/London", "2027-03-28", 600, 30, "20270328T090000Z", "20270328T093000Z"),
        ("Europe/London", "2027-10-31", 90, 30, "20271031T003000Z", "20271031T010000Z"),  // 01:30 happens twice: the first
        ("Europe/London", "2027-11-01", 600, 30, "20271101T100000Z", "20271101T103000Z"),
        // America/New_York: EST (-5), EDT (-4) from 14 March 2027 02:00, back on 7 November.
        ("America/New_York", "2027-01-15", 600, 30, "20270115T150000Z", "20270115T153000Z"),
        ("America/New_York", "2027-01-15", 1200, 300, "20270116T010000Z", "20270116T060000Z"),
        ("America/New_York", "2027-03-14", 150, 30, "20270314T073000Z", "20270314T080000Z"),  // 02:30 does not exist: 03:30 EDT
        ("America/New_York", "2027-03-14", 600, 120, "20270314T140000Z", "20270314T160000Z"),
        ("America/New_York", "2027-07-01", 840, 120, "20270701T180000Z", "20270701T200000Z"),
        ("America/New_York", "2027-11-07", 90, 30, "20271107T053000Z", "20271107T060000Z"),
        ("UTC", "2028-02-29", 1430, 30, "20280229T235000Z", "20280301T002000Z"),
    ])
    func timedEventsAreInUTC(zone: String, date: String, start: Int, minutes: Int, dtstart: String, dtend: String) {
        let lines = ICSFixture.events(ICSFixture.ics([ICSFixture.entry("e", "Event", date, start: start, minutes: minutes)], zone: zone))
        #expect(lines.count == 1)
        #expect(ICSFixture.value("DTSTART", in: lines.first ?? []) == dtstart)
        #expect(ICSFixture.value("DTEND", in: lines.first ?? []) == dtend)
        #expect(ICSFixture.value("TRANSP", in: lines.first ?? []) == nil)
    }

    @Test(arguments: [
        ("2027-03-01", "20270301", "20270302"), ("2027-02-28", "20270228", "20270301"),
        ("2028-02-28", "20280228", "20280229"), ("2027-12-31", "20271231", "20280101"),
    ])
    func allDayEventsEndTheNextDay(date: String, start: String, end: String) {
        for zone in ["Europe/London", "America/New_York", "Pacific/Kiritimati"] {
            let event = ICSFixture.events(ICSFixture.ics([ICSFixture.entry("m", "Marker", date, start: nil, minutes: 0)], zone: zone)).first ?? []
            #expect(ICSFixture.value("DTSTART;VALUE=DATE", in: event) == start)
            #expect(ICSFixture.value("DTEND;VALUE=DATE", in: event) == end)
            #expect(ICSFixture.value("TRANSP", in: event) == "TRANSPARENT")
            #expect(!event.contains { $0.hasPrefix("DTSTART:") || $0.hasPrefix("DTEND:") })
        }
    }

    @Test func alarmsExactlyWhereReminded() {
        let flags = [true, false, false, true, true, false]
        let entries = flags.enumerated().map { ICSFixture.entry("k\($0.offset)", "Meet; \($0.offset)", reminder: $0.element) }
        let events = ICSFixture.events(ICSFixture.ics(entries, reminder: 20))
        #expect(events.map { $0.contains("BEGIN:VALARM") } == flags)
        for (index, event) in events.enumerated() where flags[index] {
            let alarm = Array(event.drop { $0 != "BEGIN:VALARM" })
            #expect(alarm == ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT20M", "DESCRIPTION:Meet\\; \(index)", "END:VALARM"])
        }
    }

    @Test func sequenceComesFromTheRecordsAndIsZeroWhenAbsent() {
        let sequences = CalendarSequences(items: ["b": .init(fingerprint: "f", sequence: 7), "gone": .init(fingerprint: "g", sequence: 2)])
        let events = ICSFixture.events(ICSFixture.ics(["a", "b", "c"].map { ICSFixture.entry($0) }, sequences: sequences))
        #expect(events.map { ICSFixture.value("SEQUENCE", in: $0) } == ["0", "7", "0"])
    }

    @Test(arguments: [
        ("guidance-meeting", "2027-02-01-k3vd", "guidance-meeting.2027-02-01-k3vd@guidance"),
        ("Review 1", "2027-02-01-k3vd", "Review-1-b7ba4e8b.2027-02-01-k3vd@guidance"),
        ("-x-", "s", "x-df0ec017.s@guidance"),
        ("日本", "s", "121d7e35.s@guidance"),
        ("", "s", "item.s@guidance"),
        ("review-1", "2027_02_01", "review-1.2027-02-01-96c018fa@guidance"),
        ("a.b@c", "v1.2", "a-b-c-07cc27b5.v1.2@guidance"),
    ])
    func uidIsStableAndSafe(key: String, session: String, expected: String) {
        #expect(ICalendarWriter.uid(key: key, sessionID: session) == expected)
        #expect(expected.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || ".-@".unicodeScalars.contains($0)) })
    }

    @Test func uidDoesNotDependOnContentOrPosition() {
        let first = ICSFixture.ics([ICSFixture.entry("a", "One"), ICSFixture.entry("b", "Two")])
        let second = ICSFixture.ics([ICSFixture.entry("b", "Changed", "2027-05-05"), ICSFixture.entry("a", "Other", start: nil)])
        let uids = { (text: String) in Set(ICSFixture.events(text).compactMap { ICSFixture.value("UID", in: $0) }) }
        #expect(uids(first) == uids(second))
        #expect(uids(first).count == 2)
    }

    @Test func stampIsUTCWhateverTheZone() {
        for zone in ["Europe/London", "America/New_York", "Asia/Kolkata"] {
            let event = ICSFixture.events(ICSFixture.ics([ICSFixture.entry("a")], zone: zone)).first ?? []
            #expect(ICSFixture.value("DTSTAMP", in: event) == "20270201T091542Z")
        }
    }

    @Test func hostileTextSurvivesFoldingAndEscaping() {
        let long = String(repeating: "Ünïcödé, 😀; back\\slash \"quote\" | <script> =1+2 ", count: 6)
        let texts = ["a,b;c\\d", "line\nbreak\r\nwindows\rmac", "=1+2 <script>alert(1)</script> | pipe", long, "👩‍👩‍👧 café ✓", ""]
        let entries = texts.enumerated().map { ICSFixture.entry("k\($0.offset)", $0.element, details: $0.element + "\u{7}", reminder: true) }
        let text = ICSFixture.ics(entries)
        #expect(ICSFixture.onlyCRLF(text))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        for line in ICSFixture.physicalLines(text) { #expect(line.utf8.count <= 75, "\(line)") }
        let expected = texts.map { $0.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        let events = ICSFixture.events(text)
        #expect(events.compactMap { ICSFixture.value("SUMMARY", in: $0) }.map(ICSFixture.unescape) == expected)
        #expect(events.compactMap { ICSFixture.value("DESCRIPTION", in: $0) }.map(ICSFixture.unescape) == expected)
        #expect(ICSFixture.unescape(ICSFixture.value("X-WR-CALNAME", in: ICSFixture.logicalLines(text)) ?? "") == "Plan; Q1, \"Dental\"")
    }
}

@Suite("ICalendarText")
struct ICalendarTextTests {
    @Test(arguments: [
        ("plain text: nothing to do", "plain text: nothing to do"),
        ("back\\slash", "back\\\\slash"),
        ("a;b,c", "a\\;b\\,c"),
        ("one\ntwo", "one\\ntwo"),
        ("one\r\ntwo", "one\\ntwo"),
        ("one\rtwo", "one\\ntwo"),
        ("one\r\r\ntwo\n\nthree", "one\\n\\ntwo\\n\\nthree"),
        ("ends\n", "ends\\n"),
        ("tab\tkept", "tab\tkept"),
        ("bell\u{7}nul\u{0}esc\u{1B}del\u{7F}c1\u{85}\u{9F}", "bellnulescdelc1"),
        ("\"quotes\" and colon: kept", "\"quotes\" and colon: kept"),
        ("=1+2 <script>|", "=1+2 <script>|"),
        ("café 😀 👩‍👩‍👧 日本", "café 😀 👩‍👩‍👧 日本"),
        ("\\n is not a newline", "\\\\n is not a newline"),
        ("", ""),
    ])
    func escaping(text: String, expected: String) {
        #expect(ICalendarText.escape(text) == expected)
    }

    @Test(arguments: [
        (String(repeating: "a", count: 75), String(repeating: "a", count: 75)),
        (String(repeating: "a", count: 76), String(repeating: "a", count: 75) + "\r\n a"),
        (String(repeating: "a", count: 149), String(repeating: "a", count: 75) + "\r\n " + String(repeating: "a", count: 74)),
        (String(repeating: "a", count: 150), String(repeating: "a", count: 75) + "\r\n " + String(repeating: "a", count: 74) + "\r\n a"),
        (String(repeating: "a", count: 73) + "é", String(repeating: "a", count: 73) + "é"),
        (String(repeating: "a", count: 74) + "é", String(repeating: "a", count: 74) + "\r\n é"),
        (String(repeating: "a", count: 72) + "€b", String(repeating: "a", count: 72) + "€\r\n b"),
        (String(repeating: "a", count: 73) + "€b", String(repeating: "a", count: 73) + "\r\n €b"),
        ("", ""),
    ])
    func foldingIsExact(line: String, expected: String) {
        #expect(ICalendarText.fold(line) == expected)
    }

    /// Checks the folding rules at the byte level and returns the physical lines' octet counts.
    func checkFolded(_ line: String) -> [Int] {
        let folded = ICalendarText.fold(line)
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(ICSFixture.onlyCRLF(folded))
        var pieces: [[UInt8]] = [[]]
        let bytes = Array(folded.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { pieces.append([]); i += 2 } else { pieces[pieces.count - 1].append(bytes[i]); i += 1 }
        }
        for (index, piece) in pieces.enumerated() {
            #expect(piece.count <= 75)
            #expect(String(bytes: piece, encoding: .utf8) != nil, "line \(index) splits a UTF-8 character")
            if index > 0 { #expect(piece.count >= 2 && piece[0] == 32 && (piece[1] & 0xC0) != 0x80) }
        }
        return pieces.map(\.count)
    }

    @Test(arguments: 60...80)
    func emojiAtEveryOffsetAroundTheBoundary(offset: Int) {
        let line = String(repeating: "x", count: offset) + "😀" + String(repeating: "yz", count: 40)
        let lengths = checkFolded(line)
        #expect(lengths.first == ((72...74).contains(offset) ? offset : 75))
        #expect(ICalendarText.fold(line).components(separatedBy: "\r\n").filter { $0.contains("😀") }.count == 1)
    }

    @Test(arguments: ["é", "€", "😀", "👩‍👩‍👧"])
    func wideCharactersNeverSplit(character: String) {
        for offset in 60...80 {
            _ = checkFolded("SUMMARY:" + String(repeating: "x", count: offset) + String(repeating: character, count: 30))
        }
    }

    @Test func threeHundredCharacterText() {
        let ascii = "DESCRIPTION:" + String(repeating: "abcdefghij", count: 30)
        #expect(checkFolded(ascii) == [75, 75, 75, 75, 16])
        let mixed = "DESCRIPTION:" + ICalendarText.escape(String(repeating: "Ça, 😀; \\ \n", count: 30))
        let lengths = checkFolded(mixed)
        #expect(lengths.reduce(0, +) - (lengths.count - 1) == mixed.utf8.count)
    }

    @Test func contentLineEndsWithCRLF() {
        #expect(ICalendarText.contentLine("SUMMARY", "Hi") == "SUMMARY:Hi\r\n")
        #expect(ICalendarText.contentLine("X", String(repeating: "b", count: 80)) == "X:" + String(repeating: "b", count: 73) + "\r\n bbbbbbb\r\n")
    }

    @Test(arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func digestIsFNV1a64(text: String, expected: String) {
        #expect(ICalendarText.digest(text) == expected)
    }
}
