import Foundation
import Testing
@testable import GuidanceCore

@Suite struct TextWrapTests {
    @Test(arguments: [
        ("short line", 40, "short line"),
        ("one two three four five six", 20, "one two three four\nfive six"),
        ("  indented words keep their indent when wrapped", 24, "  indented words keep\n  their indent when\n  wrapped"),
        ("averyveryveryverylongwordthatcannotbreak here", 20, "averyveryveryverylongwordthatcannotbreak\nhere"),
        ("first line\nsecond line is longer than the width", 20, "first line\nsecond line is\nlonger than the\nwidth"),
        ("  1. numbered items go on under their text", 24, "  1. numbered items go\n     on under their text"),
        ("  12. two digits too, and more words here", 20, "  12. two digits\n      too, and more\n      words here"),
        ("  2027. is a year, not a marker at all", 20, "  2027. is a year,\n  not a marker at\n  all"),
    ])
    func wrapsAtSpaces(_ text: String, _ width: Int, _ expected: String) {
        #expect(TextWrap.wrap(text, width: width) == expected)
    }

    @Test func escapeSequencesTakeNoRoom() {
        let red = "\u{1B}[31m✗\u{1B}[0m"
        #expect(TextWrap.visibleLength(red) == 1)
        #expect(TextWrap.wrap("  \(red) one two three four", width: 20) == "  \(red) one two three\n  four")
    }

    @Test func narrowWidthsAreLeftAlone() {
        #expect(TextWrap.wrap("one two three", width: 5) == "one two three")
    }
}

@Suite struct MeetingClockTests {
    static let script = Script(id: "t", version: 1, title: "T", mode: .director, intro: "", topics: [
        Topic(id: "why", title: "Why", minutes: 4, intro: "", questions: [Question(id: "goals", ask: "?", type: .text, help: "h", example: "e")]),
        Topic(id: "focus", title: "Focus", minutes: 26, intro: "", questions: [Question(id: "focus", ask: "?", type: .text, help: "h", example: "e")]),
    ])

    func session(_ minutes: [String: Decimal]) -> Session {
        var s = Session(id: "2027-02-01-abcd", script: Self.script, meetingDate: CalendarDate(iso: "2027-02-01")!, now: "2027-02-01T10:00:00Z")
        s.minutes = minutes
        return s
    }

    @Test(arguments: [
        ([String: Decimal](), "why", 0.0, false, false, "0:00/30:00 · topic 0:00/4:00"),
        (["why": 4], "why", 1.0, true, false, "4:01/30:00 · topic 4:01/4:00"),
        (["why": 4], "why", 0.0, false, false, "4:00/30:00 · topic 4:00/4:00"),
        (["why": 5, "focus": 25], "focus", 0.0, false, true, "30:00/30:00 · topic 25:00/26:00"),
        (["why": 2.5], "focus", 30.0, false, false, "3:00/30:00 · topic 0:30/26:00"),
    ] as [([String: Decimal], String, Double, Bool, Bool, String)])
    func overrunsAreSeen(_ minutes: [String: Decimal], _ topic: String, _ unsaved: Double, _ topicOver: Bool, _ meetingOver: Bool, _ label: String) {
        let clock = MeetingClock(script: Self.script, session: session(minutes), topicID: topic, unsaved: unsaved)
        #expect(clock.topicOverrun == topicOver)
        #expect(clock.meetingOver == meetingOver)
        #expect(clock.label == label)
    }
}
