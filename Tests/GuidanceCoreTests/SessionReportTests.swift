import Foundation
import Testing
@testable import GuidanceCore

/// What `/show` and `guidance show` print for an answer still being typed in parts, and how a record part-typed is named.
@Suite struct SessionReportTests {
    static let design = TestScripts.designLines
    /// The lines before the internal changes: the interview then stands at the first internal change.
    static let toInternalChanges = Array(design[0..<37])

    /// The report's lines for the question `id`: its own line and the indented lines under it.
    static func reportLines(_ interview: Interview, _ id: String) -> [String] {
        let lines = SessionReport.text(script: interview.script, session: interview.session).components(separatedBy: "\n")
        let label = "   " + id.replacingOccurrences(of: "_", with: " ") + ":"
        guard let start = lines.firstIndex(where: { $0.hasPrefix(label) }) else { return [] }
        return [lines[start]] + lines[(start + 1)...].prefix { $0.hasPrefix("      ") }
    }

    @Test(arguments: [
        ([String](), ["   internal changes: (not answered yet)"]),
        (["Jo leaves", "2027-03-31"], [
            "   internal changes: (being answered) 1 being typed",
            "      1) Jo leaves (from Wednesday 31 March 2027)  [being typed]"]),
        (["Jo leaves", "2027-03-31", "2027-05-31", "Retail", "-50"], [
            "   internal changes: (being answered) 1 added so far",
            "      1) Jo leaves (from Wednesday 31 March 2027, to Monday 31 May 2027, segments Retail, capacity -50%)"]),
        (["Jo leaves", "2027-03-31", "2027-05-31", "Retail", "-50", "Kim joins"], [
            "   internal changes: (being answered) 1 added so far, 1 being typed",
            "      1) Jo leaves (from Wednesday 31 March 2027, to Monday 31 May 2027, segments Retail, capacity -50%)",
            "      2) Kim joins  [being typed]"]),
        (["Jo leaves", "2027-03-31", "2027-05-31", "Retail", "-50", ""], [
            "   internal changes: 1 recorded",
            "      1) Jo leaves (from Wednesday 31 March 2027, to Monday 31 May 2027, segments Retail, capacity -50%)"]),
    ])
    func showIncludesTheRecordsAddedSoFar(_ typed: [String], _ expected: [String]) throws {
        let interview = try TestScripts.director(after: Self.toInternalChanges + typed)
        #expect(Self.reportLines(interview, "internal_changes") == expected)
    }

    @Test func showIncludesTheSharesAndPartsTypedSoFar() throws {
        let split = try TestScripts.director(after: Array(Self.design[0..<20]) + ["50", "10"])
        #expect(Self.reportLines(split, "focus") == ["   focus: (being answered) Dental practices 50%, Hospitality 10% so far"])
        let each = try TestScripts.director(after: Array(Self.design[0..<3]) + ["grow", "exit"])
        #expect(Self.reportLines(each, "roles") == [
            "   roles: (being answered) 2 typed so far", "      Dental practices: grow", "      Hospitality: exit"])
    }

    @Test func showSaysWhatIsBeingTypedToChangeAnAnswer() throws {
        var interview = try TestScripts.director(after: Self.design)
        TestScripts.feed(["/edit fundamentals", "Brochure reprint"], into: &interview)
        #expect(Self.reportLines(interview, "fundamentals") == [
            "   fundamentals: 1 recorded",
            "      1) Website update (budget 6,000, month 3, approved yes)",
            "      (being changed) 1 being typed",
            "      1) Brochure reprint  [being typed]"])
    }

    @Test(arguments: [
        ([String](), nil),
        (["Jo leaves"], "Internal change 1 so far: Jo leaves."),
        (["Jo leaves", "2027-03-31"], "Internal change 1 so far: Jo leaves (from Wednesday 31 March 2027)."),
        (["Jo leaves", "2027-03-31", "2027-05-31", "Retail", "-50"], nil),
        (["Jo leaves", "2027-03-31", "2027-05-31", "Retail", "-50", "Kim joins", "2027-04-01"],
         "Internal change 2 so far: Kim joins (from Thursday 1 April 2027)."),
    ])
    func aRecordPartTypedIsNamedWhenItsQuestionIsShown(_ typed: [String], _ expected: String?) throws {
        let interview = try TestScripts.director(after: Self.toInternalChanges + typed)
        #expect(interview.currentQuestion?.id == "internal_changes")
        #expect(interview.prompt?.typedSoFar == expected)
    }

    @Test func showSaysWhatBecameOfLastQuartersActionsAndFundamentals() throws {
        let interview = try TestScripts.director(after: [])
        var session = interview.session
        let actions = try JSONParser.parse(#"""
            [{"action": "Send the plan draft", "owner": "Alex", "due": "2027-02-05", "outcome": "done"},
             {"action": "Book the trade stand", "owner": "Sam", "due": "2027-02-12", "outcome": "carried", "new_due": "2027-04-02"},
             {"action": "Reprint the leaflet", "outcome": "dropped"}]
            """#)
        let fundamentals = try JSONParser.parse(#"[{"item": "Website refresh", "done": true}, {"item": "Brochure reprint", "done": false, "month": 2}]"#)
        session.answers[ItemCheck.actionsKey] = Session.Answer(value: actions, at: "2027-02-01T10:00:00Z")
        session.answers[ItemCheck.fundamentalsKey] = Session.Answer(value: fundamentals, at: "2027-02-01T10:01:00Z")
        let lines = SessionReport.text(script: interview.script, session: session).components(separatedBy: "\n")
        #expect(Array(lines[2...8]) == [
            "",
            "Last quarter, reviewed at the start",
            "   action: Send the plan draft (Alex, due Friday 5 February 2027): done",
            "   action: Book the trade stand (Sam, due Friday 12 February 2027): carried on, now due Friday 2 April 2027",
            "   action: Reprint the leaflet: dropped",
            "   fundamental: Website refresh: done",
            "   fundamental: Brochure reprint: not done, moved to month 2 of this plan",
        ])
        #expect(!SessionReport.text(script: interview.script, session: interview.session).contains("Last quarter"))
    }
}
