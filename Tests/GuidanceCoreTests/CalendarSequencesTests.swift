import Foundation
import Testing
@testable import GuidanceCore

@Suite("CalendarSequences")
struct CalendarSequencesTests {
    let entries = [
        ICSFixture.entry("guidance-meeting", "Meeting", category: .guidanceMeeting, reminder: true),
        ICSFixture.entry("review-1", "Review 1", "2027-03-31"),
        ICSFixture.entry("fundamentals-1", "Website", "2027-03-15", start: nil, minutes: 0, category: .fundamentals),
    ]

    func numbers(_ sequences: CalendarSequences) -> [String: Int] { sequences.items.mapValues(\.sequence) }

    @Test func newEntriesStartAtZeroAndStayThereWhenUnchanged() {
        let first = CalendarSequences().updated(for: entries)
        #expect(numbers(first) == ["guidance-meeting": 0, "review-1": 0, "fundamentals-1": 0])
        #expect(first.updated(for: entries) == first)
        #expect(first.updated(for: entries).updated(for: entries) == first)
    }

    @Test func changingOneTitleRaisesOnlyItsSequence() {
        let first = CalendarSequences().updated(for: entries)
        var changed = entries
        changed[1].title = "Review of month 1"
        let second = first.updated(for: changed)
        #expect(numbers(second) == ["guidance-meeting": 0, "review-1": 1, "fundamentals-1": 0])
        #expect(second.updated(for: changed) == second)
        changed[1].title = "Review 1"
        #expect(numbers(second.updated(for: changed)) == ["guidance-meeting": 0, "review-1": 2, "fundamentals-1": 0])
    }

    @Test func removedThenRestoredDoesNotGoBackToZero() {
        var changed = entries
        changed[2].details = "Budget raised"
        let raised = CalendarSequences().updated(for: entries).updated(for: changed)
        #expect(raised.items["fundamentals-1"]?.sequence == 1)
        let removed = raised.updated(for: Array(changed.prefix(2)))
        #expect(removed == raised)
        #expect(removed.updated(for: changed).items["fundamentals-1"]?.sequence == 1)
        #expect(removed.updated(for: entries).items["fundamentals-1"]?.sequence == 2)
    }

    @Test func writerUsesTheUpdatedNumbers() {
        var changed = entries
        changed[0].startMinute = 660
        let sequences = CalendarSequences().updated(for: entries).updated(for: changed)
        let events = ICSFixture.events(ICSFixture.ics(changed, sequences: sequences))
        #expect(events.map { ICSFixture.value("SEQUENCE", in: $0) } == ["1", "0", "0"])
    }

    @Test(arguments: [
        "title", "date", "start", "all-day", "minutes", "details", "category", "reminder",
    ])
    func everyShownFieldChangesTheFingerprint(field: String) {
        var entry = entries[0]
        switch field {
        case "title": entry.title += "!"
        case "date": entry.date = ICSFixture.day("2027-03-02")
        case "start": entry.startMinute = 601
        case "all-day": entry.startMinute = nil
        case "minutes": entry.minutes = 31
        case "details": entry.details = "Details\n"
        case "category": entry.category = .planningAppointment
        default: entry.hasReminder = false
        }
        #expect(CalendarSequences.fingerprint(entry) != CalendarSequences.fingerprint(entries[0]))
    }

    @Test func keyIsNotPartOfTheFingerprintButFieldBoundariesAre() {
        var renamed = entries[0]
        renamed.key = "other"
        #expect(CalendarSequences.fingerprint(renamed) == CalendarSequences.fingerprint(entries[0]))
        let a = ICSFixture.entry("k", "Plan;", details: "x")
        let b = ICSFixture.entry("k", "Plan", details: ";x")
        #expect(CalendarSequences.fingerprint(a) != CalendarSequences.fingerprint(b))
    }

    /// Pinned values (computed independently) so a stored fingerprint means the same in every version.
    @Test func fingerprintIsStable() {
        let meeting = ICSFixture.entry("m", "Strategic Guidance meeting", "2027-03-01", start: 600, minutes: 30,
                                       details: "Agenda:\n- growth", category: .guidanceMeeting, reminder: true)
        let marker = ICSFixture.entry("r", "Café ✓", "2027-03-31", start: nil, minutes: 0, details: "", category: .review)
        #expect(CalendarSequences.fingerprint(meeting) == "2f135449e96e4780")
        #expect(CalendarSequences.fingerprint(marker) == "c057ac15b6fa8e06")
    }

    @Test func jsonIsSortedAndRoundTrips() throws {
        let sequences = CalendarSequences(items: [
            "review-1": .init(fingerprint: "00000000000000ff", sequence: 2),
            "activity-é": .init(fingerprint: "abc", sequence: 0),
            "guidance-meeting": .init(fingerprint: "0123456789abcdef", sequence: 11),
        ])
        let text = JSONWriter.write(sequences.json())
        let expected = """
            {
              "format": "guidance-calendar/1",
              "items": {
                "activity-é": {
                  "fingerprint": "abc",
                  "sequence": 0
                },
                "guidance-meeting": {
                  "fingerprint": "0123456789abcdef",
                  "sequence": 11
                },
                "review-1": {
                  "fingerprint": "00000000000000ff",
                  "sequence": 2
                }
              }
            }

            """
        #expect(text == expected)
        #expect(try CalendarSequences(json: JSONParser.parse(text)) == sequences)
        let empty = CalendarSequences()
        #expect(try CalendarSequences(json: JSONParser.parse(JSONWriter.write(empty.json()))) == empty)
    }

    @Test(arguments: [
        ("[]", "it is not a guidance calendar record (no JSON object)"),
        (#"{"format": "guidance-session/1", "items": {}}"#,
         #"it is not a guidance calendar record (its "format" is not "guidance-calendar/1")"#),
        (#"{"items": {}}"#, #"it is not a guidance calendar record (its "format" is not "guidance-calendar/1")"#),
        (#"{"format": "guidance-calendar/1"}"#, #"its "items" are missing"#),
        (#"{"format": "guidance-calendar/1", "items": []}"#, #"its "items" are missing"#),
        (#"{"format": "guidance-calendar/1", "items": {"a": {"sequence": 1}}}"#,
         #"the calendar item "a" is damaged (no fingerprint or sequence number)"#),
        (#"{"format": "guidance-calendar/1", "items": {"a": {"fingerprint": "f", "sequence": -1}}}"#,
         #"the calendar item "a" is damaged (no fingerprint or sequence number)"#),
        (#"{"format": "guidance-calendar/1", "items": {"a": {"fingerprint": "f", "sequence": 1.5}}}"#,
         #"the calendar item "a" is damaged (no fingerprint or sequence number)"#),
        (#"{"format": "guidance-calendar/1", "items": {"a": {"fingerprint": "f", "sequence": 1000001}}}"#,
         #"the calendar item "a" has the sequence number 1000001, more than the 1000000 a record can reach"#),
        (#"{"format": "guidance-calendar/1", "items": {"a": {"fingerprint": "f", "sequence": 9223372036854775807}}}"#,
         #"the calendar item "a" has the sequence number 9223372036854775807, more than the 1000000 a record can reach"#),
        (#"{"format": "guidance-calendar/1", "items": {"a": {"fingerprint": "f", "sequence": 1e30}}}"#,
         #"the calendar item "a" is damaged (no fingerprint or sequence number)"#),
    ])
    func foreignOrDamagedFilesAreRefused(json: String, message: String) throws {
        let value = try JSONParser.parse(json)
        #expect(throws: SessionFormatError(message: message)) { try CalendarSequences(json: value) }
    }

    @Test(arguments: [0, 999_999, 1_000_000, Int.max, Int.min])
    func aChangedEntryRisesWithoutEverPassingTheLimit(stored: Int) throws {
        let old = CalendarSequences(items: ["review-1": .init(fingerprint: "changed since", sequence: stored)])
        let next = try #require(old.updated(for: entries).items["review-1"]).sequence
        #expect(next == min(stored, CalendarSequences.maxSequence - 1) + 1)
        #expect(next <= CalendarSequences.maxSequence)
        let highest = CalendarSequences(items: ["review-1": .init(fingerprint: "x", sequence: CalendarSequences.maxSequence)])
        #expect(try CalendarSequences(json: JSONParser.parse(JSONWriter.write(highest.json()))) == highest)
    }
}
