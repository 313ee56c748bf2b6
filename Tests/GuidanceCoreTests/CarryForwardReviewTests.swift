import Foundation
import Testing
@testable import GuidanceCore

/// The next quarter knows the calendar: what last quarter's dated records become in the new plan.
@Suite struct CarryForwardReviewTests {
    /// Jodie's answers (`Tests/Fixtures/cases/jodie.json`): a plan from 1 March 2027.
    static func jodie() throws -> [String: JSONValue] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/cases/jodie.json")
        let object = try #require(try JSONParser.parse(try Data(contentsOf: url))["answers"]?.objectValue)
        return Dictionary(uniqueKeysWithValues: object.pairs.map { ($0.key, $0.value) })
    }

    static let jo = #"{"change": "Jo leaves", "from": "2027-03-31", "to": "2027-05-31", "segments": ["Restaurants"], "capacity_pct": -60}"#

    @Test(arguments: [
        // (plan start, kept internal changes, lines, fundamentals asked done?, fundamentals kept)
        ("2027-06-01", 0, ["Jo leaves ended on Monday 31 May 2027.",
                           "Our Harrogate competitor is closing passed on Monday 15 March 2027.",
                           "Price list and terms sheet was needed by Friday 19 March 2027; that date has passed."],
         ["Brochure reprint was planned for month 2 of the last plan (April 2027). Is it done?"], 0),
        ("2027-05-31", 1, ["Our Harrogate competitor is closing passed on Monday 15 March 2027.",
                           "Price list and terms sheet was needed by Friday 19 March 2027; that date has passed."],
         ["Brochure reprint was planned for month 2 of the last plan (April 2027). Is it done?"], 0),
        ("2027-03-15", 1, [], [], 1),
    ] as [(String, Int, [String], [String], Int)])
    func jodiesNextQuarter(_ start: String, _ running: Int, _ lines: [String], _ asked: [String], _ fundamentals: Int) throws {
        let review = CarryForwardReview(previous: try Self.jodie(), planStart: try #require(CalendarDate(iso: start)))
        #expect(review.kept["internal_changes"]?.count == running)
        #expect(review.notes.map(\.line) == lines)
        #expect(review.askDone.map(\.question) == asked)
        #expect(review.kept["fundamentals"]?.count == fundamentals)
        #expect(review.kept["key_dates"] == [], "an empty list stays empty")
    }

    @Test(arguments: [
        // (key, record, kept, line)
        ("internal_changes", jo, false, "Jo leaves ended on Monday 31 May 2027."),
        ("internal_changes", #"{"change": "Kim joins", "from": "2027-04-01", "to": null, "segments": [], "capacity_pct": 25}"#, true, nil),
        ("internal_changes", #"{"change": "Office move", "from": "2027-05-03", "to": "2027-06-01", "segments": [], "capacity_pct": -20}"#, true, nil),
        ("market_changes", #"{"change": "New dental rules", "segments": [], "kind": "threat", "response": "Explain them", "when": "2027-05-31"}"#,
         false, "New dental rules passed on Monday 31 May 2027."),
        ("market_changes", #"{"change": "Rival opens", "segments": [], "kind": "threat", "response": "Hold prices", "when": "2027-06-15"}"#, true, nil),
        ("market_changes", #"{"change": "Demand rises", "segments": [], "kind": "opportunity", "response": "Advertise"}"#, true, nil),
        ("key_dates", #"{"name": "Dentistry Show", "date": "2027-04-22", "kind": "event", "segments": []}"#,
         false, "Dentistry Show passed on Thursday 22 April 2027."),
        ("key_dates", #"{"name": "Summer sale", "date": "2027-06-01", "kind": "promotion", "segments": []}"#, true, nil),
        ("sales_needs", #"{"stage": "consideration", "material": "Case study pack", "segment": "Dental practices", "needed_by": "2027-03-26"}"#,
         false, "Case study pack was needed by Friday 26 March 2027; that date has passed."),
        ("sales_needs", #"{"stage": "interest", "material": "Leaflet", "segment": "Dental practices"}"#, true, nil),
    ] as [(String, String, Bool, String?)])
    func aRecordDatedBeforeTheNewPlanIsNotKept(_ key: String, _ record: String, _ kept: Bool, _ line: String?) throws {
        let previous: [String: JSONValue] = [key: .array([try JSONParser.parse(record)]), "plan_start": .string("2027-03-01")]
        let review = CarryForwardReview(previous: previous, planStart: try #require(CalendarDate(iso: "2027-06-01")))
        #expect(review.kept[key]?.count == (kept ? 1 : 0))
        #expect(review.lines(for: key) == (line.map { [$0] } ?? []))
    }

    @Test(arguments: [
        // (key, record's date, line for a meeting on 15 March 2027 and a plan from 1 April)
        ("internal_changes", "2027-03-10", "Jo leaves ended on Wednesday 10 March 2027."),
        ("internal_changes", "2027-03-26", "Jo leaves ends on Friday 26 March 2027, before the new plan starts."),
        ("sales_needs", "2027-03-12", "Jo leaves was needed by Friday 12 March 2027; that date has passed."),
        ("sales_needs", "2027-03-26", "Jo leaves is needed by Friday 26 March 2027, before the new plan starts."),
        ("key_dates", "2027-03-01", "Jo leaves passed on Monday 1 March 2027."),
        ("market_changes", "2027-03-15", "Jo leaves is on Monday 15 March 2027, before the new plan starts."),
    ] as [(String, String, String)])
    func aDateBetweenTheMeetingAndThePlanHasNotPassedYet(_ key: String, _ date: String, _ line: String) throws {
        let field = ["internal_changes": "to", "sales_needs": "needed_by", "key_dates": "date", "market_changes": "when"][key] ?? ""
        let name = ["internal_changes": "change", "sales_needs": "material", "key_dates": "name", "market_changes": "change"][key] ?? ""
        let record = try JSONParser.parse(#"{"\#(name)": "Jo leaves", "\#(field)": "\#(date)"}"#)
        let review = CarryForwardReview(previous: [key: .array([record])], planStart: try #require(CalendarDate(iso: "2027-04-01")),
                                        meetingDate: CalendarDate(iso: "2027-03-15"))
        #expect(review.lines(for: key) == [line])
    }

    @Test(arguments: [
        // (last plan's month, new plan start, asked done?, month in the new plan when kept)
        (1, "2027-06-01", true, nil), (3, "2027-06-01", true, nil),
        (3, "2027-05-01", false, 1), (3, "2027-04-01", false, 2), (2, "2027-03-01", false, 2),
    ] as [(Int, String, Bool, Int?)])
    func aFundamentalWhoseMonthBeganIsAskedDone(_ month: Int, _ start: String, _ asked: Bool, _ newMonth: Int?) throws {
        let record = try JSONParser.parse(#"{"item": "Website update", "budget": 6000, "month": \#(month), "approved": true}"#)
        let review = CarryForwardReview(previous: ["fundamentals": .array([record]), "plan_start": .string("2027-03-01")],
                                        planStart: try #require(CalendarDate(iso: start)))
        #expect(review.askDone.count == (asked ? 1 : 0))
        let meeting = try #require(CalendarDate(iso: "2027-04-01"))
        let atTheMeeting = CarryForwardReview(previous: ["fundamentals": .array([record]), "plan_start": .string("2027-03-01")],
                                              planStart: try #require(CalendarDate(iso: start)), meetingDate: meeting)
        let words = month == 1 ? "Website update was planned for month 1 of the last plan (March 2027). Is it done?"
            : "Website update is planned for month \(month) of the current plan (\(month == 2 ? "April" : "May") 2027). Will it be done before the new plan starts?"
        #expect(atTheMeeting.askDone.map(\.question) == (asked ? [words] : []))
        #expect(review.kept["fundamentals"]?.first?["month"]?.intValue == newMonth)
    }
}

/// A fundamental the monthly reviews say is done is not asked again, only noted with the review that says so.
@Suite struct ReviewedFundamentalsTests {
    @Test func aFundamentalDoneInTheReviewsIsNotedNotAsked() throws {
        let record = try JSONParser.parse(#"{"item": "Website update", "budget": 6000, "month": 3, "approved": true}"#)
        let other = try JSONParser.parse(#"{"item": "Brochure reprint", "budget": 1800, "month": 2, "approved": false}"#)
        let previous: [String: JSONValue] = ["fundamentals": .array([record, other]), "plan_start": .string("2027-03-01")]
        let review = CarryForwardReview(previous: previous, planStart: try #require(CalendarDate(iso: "2027-06-01")),
                                        doneFromReviews: ["Website update": "the May 2027 review"])
        #expect(review.askDone.map(\.item) == ["Brochure reprint"])
        #expect(review.lines(for: "fundamentals") == ["Website update: done, as the May 2027 review says; not carried into the new plan."])
        #expect(review.kept["fundamentals"] == [])
    }

    @Test func salesMaterialTheReviewsSayWasDeliveredIsNotedNotKept() throws {
        let need = try JSONParser.parse(#"{"material": "Case study pack", "stage": "consideration", "segment": "Dental practices", "needed_by": "2027-07-02"}"#)
        let review = CarryForwardReview(previous: ["sales_needs": .array([need])], planStart: try #require(CalendarDate(iso: "2027-06-01")),
                                        doneFromReviews: ["Case study pack": "the May 2027 review"])
        #expect(review.kept["sales_needs"] == [])
        #expect(review.lines(for: "sales_needs") == ["Case study pack: delivered, as the May 2027 review says."])
        let without = CarryForwardReview(previous: ["sales_needs": .array([need])], planStart: try #require(CalendarDate(iso: "2027-06-01")))
        #expect(without.kept["sales_needs"] == [need])
    }
}

/// The meeting opens with last quarter's open actions, and fundamentals whose month began are asked "done?".
@Suite struct OpenActionsTests {
    static func previous() throws -> [String: JSONValue] {
        var answers = try TestScripts.designAnswersV2()
        answers["actions"] = try JSONParser.parse(#"[{"action": "Send the plan draft", "owner": "Jodie", "due": "2027-02-05"}, "#
            + #"{"action": "Book the photographer", "owner": "Alex", "due": "2027-05-14"}, {"action": "Ask for case studies", "owner": "Sam", "due": "2027-03-01"}]"#)
        return answers
    }

    @Test func theOpenActionsComeFirstAndCarriedOnesBecomeThisMeetingsActions() throws {
        var interview = TestScripts.interview(try TestScripts.director(), previous: try Self.previous())
        let prompt = try #require(interview.prompt)
        #expect(prompt.questionID == ItemCheck.actionsKey && prompt.opensMeeting)
        #expect(prompt.text == "Last quarter's open actions first: for each, done, carry on (with a new due date) or drop.")
        #expect(prompt.part == "Send the plan draft (Jodie, due Friday 5 February 2027): done, carry on or drop?")
        #expect(prompt.partName == "Open action 1")
        #expect(interview.answer("", now: TestScripts.now) == .refused("Type done, carry on (then its new due date) or drop for Send the plan draft."))
        #expect(interview.skip() == .refused("First say what became of this open action: done, carry on or drop."))
        #expect(interview.answer("done", now: TestScripts.now) == .accepted(echo: "Send the plan draft: done."))
        #expect(interview.answer("carry on", now: TestScripts.now) == .partAccepted(echo: "Book the photographer: carried on."))
        #expect(interview.prompt?.part == "New due date for Book the photographer?")
        #expect(interview.answer("2027-06-11", now: TestScripts.now) == .accepted(echo: "Book the photographer: carried on, due Friday 11 June 2027."))
        #expect(interview.answer("drop", now: TestScripts.now) == .accepted(echo: "Ask for case studies: dropped."))
        #expect(interview.currentQuestion?.id == "goals" && interview.prompt?.questionID == "goals")
        #expect(interview.session.answers[ItemCheck.actionsKey]?.value == (try JSONParser.parse(#"""
            [{"action": "Send the plan draft", "owner": "Jodie", "due": "2027-02-05", "outcome": "done"},
             {"action": "Book the photographer", "owner": "Alex", "due": "2027-05-14", "outcome": "carried", "new_due": "2027-06-11"},
             {"action": "Ask for case studies", "owner": "Sam", "due": "2027-03-01", "outcome": "dropped"}]
            """#)))
        _ = TestScripts.type("/goto wrapup", into: &interview)
        #expect(interview.currentQuestion?.id == "actions")
        #expect(interview.prompt?.note == "Carried on from last time: Book the photographer (owner Alex, due Friday 11 June 2027). "
            + "Add the new ones; Enter on an empty line when there are no more.")
        #expect(interview.prompt?.partName == "Action 2")
        #expect(interview.prompt?.defaultAnswer == "no more")
        #expect(TestScripts.type("", into: &interview) == .accepted("Book the photographer (owner Alex, due Friday 11 June 2027)"))
    }

    @Test func anEndedInternalChangeIsNotOfferedAndTheShellSaysSo() throws {
        var previous = try TestScripts.designAnswersV2()
        previous["internal_changes"] = try JSONParser.parse("[\(CarryForwardReviewTests.jo)]")
        var interview = try TestScripts.director(after: [], previous: previous)
        _ = TestScripts.type("/goto horizon", into: &interview)
        #expect(interview.currentQuestion?.id == "internal_changes")
        #expect(interview.prompt?.note == "Jo leaves ends on Monday 31 May 2027, before the new plan starts. "
            + "Does anything follow from it? Type it as a new internal change, or Enter for none.")
        #expect(interview.prompt?.defaultAnswer == "none")
        #expect(interview.prompt?.text == "Are there changes inside the company that affect the customers we are after, or the hours we have? "
            + "One at a time; Enter on an empty line when there are no more.")
    }
}

/// What became of last quarter's items travels in the answers file, which older readers ignore.
@Suite struct ReviewedItemsFileTests {
    static func file(_ reviewed: String) throws -> JSONValue {
        try JSONParser.parse(#"{"format": "guidance-answers/2", "script": "director", "answers": {"goals": ["Grow"], "actions_reviewed": \#(reviewed)}}"#)
    }

    @Test func anAnswersFileKeepsTheOutcomesWithoutAWarning() throws {
        let reviewed = #"[{"action": "Send the plan draft", "owner": "Jodie", "due": "2027-02-05", "outcome": "done"}]"#
        let contents = try AnswersFile.read(try Self.file(reviewed), script: try TestScripts.director()).get()
        #expect(contents.warnings.isEmpty)
        #expect(contents.answers.first { $0.key == ItemCheck.actionsKey }?.value == (try JSONParser.parse(reviewed)))
    }

    @Test(arguments: [#""done""#, #"["done"]"#, "[{\"action\": \"Send\\u0007\"}]"])
    func outcomesThatAreNotRecordsAreRefused(_ reviewed: String) throws {
        let result = AnswersFile.read(try Self.file(reviewed), script: try TestScripts.director())
        #expect(result == .failure(AnswersFile.Problem(message: "\"actions_reviewed\" is refused: it should be a list of last quarter's items "
            + "and what became of them, each a record of short texts, dates and numbers.")))
    }
}

/// "Changes since last time" names every record added, changed, ended, passed, done or removed, dates spoken.
@Suite struct ChangeSummaryRecordTests {
    @Test func jodiesNextQuarterAfterJoLeft() throws {
        let before = try CarryForwardReviewTests.jodie()
        var after = before
        after["plan_start"] = .string("2027-06-01")
        after["internal_changes"] = .array([])
        after["market_changes"] = .array([])
        after["sales_needs"] = try JSONParser.parse(#"[{"stage": "interest", "material": "Hotel leaflet", "segment": "Hotels", "needed_by": "2027-06-15"}]"#)
        after["fundamentals"] = .array([])
        after[ItemCheck.fundamentalsKey] = try JSONParser.parse(#"[{"item": "Brochure reprint", "done": true}]"#)
        after["key_dates"] = try JSONParser.parse(#"[{"name": "Harrogate trade fair", "date": "2027-07-08", "kind": "event", "segments": []}]"#)
        after["targets"] = try JSONParser.parse(#"[{"segment": "Hotels", "measure": "new hotels signed", "amount": 8}]"#)
        after["capacity_hours_per_week"] = .number(30)
        after[ItemCheck.actionsKey] = try JSONParser.parse(#"[{"action": "Send the plan draft", "owner": "Jodie", "due": "2027-02-05", "outcome": "carried", "new_due": "2027-06-04"}]"#)
        #expect(ChangeSummary.lines(from: before, to: after) == [
            ChangeLine(what: "Team hours a week", before: "35", now: "30"),
            ChangeLine(what: "Target: Hotels, new hotels signed", before: "6", now: "8"),
            ChangeLine(what: "Key date: Harrogate trade fair", before: "none", now: "event on Thursday 8 July 2027"),
            ChangeLine(what: "Fundamental: Brochure reprint", before: "in April 2027, budget 1,800 GBP, not approved", now: "done"),
            ChangeLine(what: "Internal change: Jo leaves", before: "from Wednesday 31 March 2027 to Monday 31 May 2027, hours -60%",
                       now: "ended on Monday 31 May 2027"),
            ChangeLine(what: "Market change: Our Harrogate competitor is closing", before: "opportunity from Monday 15 March 2027",
                       now: "passed on Monday 15 March 2027"),
            ChangeLine(what: "Sales need: Price list and terms sheet", before: "consideration, Hotels, needed by Friday 19 March 2027",
                       now: "passed on Friday 19 March 2027"),
            ChangeLine(what: "Sales need: Hotel leaflet", before: "none", now: "interest, Hotels, needed by Tuesday 15 June 2027"),
            ChangeLine(what: "Action: Send the plan draft", before: "Jodie, due Friday 5 February 2027", now: "carried on, due Friday 4 June 2027"),
        ])
    }

    @Test(arguments: [
        ("done", "done"), ("dropped", "dropped"),
    ])
    func whatBecameOfAnAction(_ outcome: String, _ words: String) throws {
        let after: [String: JSONValue] = [ItemCheck.actionsKey: try JSONParser.parse(#"[{"action": "Ask Sales", "owner": "Sam", "due": "2027-03-01", "outcome": "\#(outcome)"}]"#)]
        #expect(ChangeSummary.lines(from: [:], to: after) == [ChangeLine(what: "Action: Ask Sales", before: "Sam, due Monday 1 March 2027", now: words)])
    }

    @Test func aRecordRemovedWhileStillAheadIsSaidRemoved() throws {
        let before: [String: JSONValue] = ["key_dates": try JSONParser.parse(#"[{"name": "Summer sale", "date": "2027-07-01", "kind": "promotion", "segments": []}]"#)]
        let after: [String: JSONValue] = ["key_dates": .array([]), "plan_start": .string("2027-06-01")]
        #expect(ChangeSummary.lines(from: before, to: after) == [ChangeLine(what: "Key date: Summer sale", before: "promotion on Thursday 1 July 2027", now: "removed")])
    }
}
