import Foundation
import Testing
@testable import GuidanceCore

/// Questions answered in parts: the focus split, the roles and reasons per segment, and records.
@Suite struct InterviewCompoundTests {
    static let design = TestScripts.designLines
    static let example = "Dental practices 50, Hospitality 10, Retail 20, Legal 20"

    /// The director interview standing at `id` after the DESIGN.md example up to it.
    func director(at id: String) throws -> Interview {
        let count = ["roles": 3, "segment_why": 7, "focus": 20, "fundamentals": 32, "internal_changes": 37][id] ?? 0
        let interview = try TestScripts.director(after: Array(Self.design[0..<count]))
        #expect(interview.currentQuestion?.id == id)
        return interview
    }

    // MARK: split

    @Test(arguments: [
        ("Dental 50, Hospitality 10, Retail 20, Legal 20", "Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%"),
        ("Legal 20, Retail 20, Hospitality 10, Dental 50", "Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%"),
        ("dental practices: 70%; hosp 0; retail=20; legal 10", "Dental practices 70%, Hospitality 0%, Retail 20%, Legal 10%"),
    ])
    func aWholeSplitOnOneLineIsStoredInSegmentOrder(_ line: String, _ echo: String) throws {
        var interview = try director(at: "focus")
        #expect(interview.answer(line, now: TestScripts.now) == .accepted(echo: echo))
        let value = try #require(interview.session.answers["focus"]?.value.objectValue)
        #expect(value.keys == ["Dental practices", "Hospitality", "Retail", "Legal"])
        #expect(value.pairs.reduce(0) { $0 + ($1.value.intValue ?? 0) } == 100)
        #expect(interview.currentQuestion?.id == "plan_start")
    }

    @Test(arguments: [
        ("Dental 50, Hospitality 20, Retail 20, Legal 20",
         "The shares add up to 110%; they must total exactly 100%. Type the split again, such as \(example)."),
        ("Dental 50, Hospitality 10, Retail 10, Legal 20",
         "The shares add up to 90%; they must total exactly 100%. Type the split again, such as \(example)."),
        ("Dental 60, Retail 50",
         "That makes 110% so far, more than 100%; only 100% is left to share. Type a smaller share, or /back to change an earlier one."),
        ("Dental 50, Hotels 50", "\"Hotels\" is not one of the segments: type one of Dental practices, Hospitality, Retail or Legal."),
        ("Dental 50, Dental 50", "\"Dental 50\" gives Dental practices a second time: give each segment once, such as \"Dental practices 60, Hospitality 40\"."),
        ("", "Type the share for Dental practices as a whole percentage, or the whole split on one line, such as \(example)."),
        ("12.5", "\"12.5\" is not a whole number: type it without decimals, such as 30%."),
        ("-10", "\"-10\" is outside the range 0% to 100%: type a number in that range, such as 30%."),
    ])
    func aSplitThatDoesNotFitIsRefusedAndNothingIsStored(_ line: String, _ message: String) throws {
        var interview = try director(at: "focus")
        let before = interview.session
        #expect(interview.answer(line, now: TestScripts.now) == .refused(message))
        #expect(interview.session == before)
        #expect(interview.session.answers["focus"] == nil)
        #expect(interview.session.draft == nil)
    }

    /// One share per line: the reply, then the prompt's part, note and default.
    @Test func oneShareAtATimeShowsTheRunningTotal() throws {
        var interview = try director(at: "focus")
        #expect(interview.prompt?.part == "Dental practices")
        #expect(interview.prompt?.note == "Type the whole split on one line, or one share at a time: total so far 0%, 100% left.")
        let steps: [(String, AnswerOutcome, String?, String?, String?)] = [
            ("50", .partAccepted(echo: "Dental practices 50%: total so far 50%, 50% left for Hospitality, Retail and Legal."),
             "Hospitality", "Total so far 50%, 50% left.", nil),
            ("10%", .partAccepted(echo: "Hospitality 10%: total so far 60%, 40% left for Retail and Legal."), "Retail", "Total so far 60%, 40% left.", nil),
            ("", .refused("Type the share for Retail as a whole percentage, or the whole split on one line, such as \(Self.example)."),
             "Retail", "Total so far 60%, 40% left.", nil),
            ("50", .refused("That makes 110% so far, more than 100%; only 40% is left to share. Type a smaller share, or /back to change an earlier one."),
             "Retail", "Total so far 60%, 40% left.", nil),
            ("20", .partAccepted(echo: "Retail 20%: total so far 80%, 20% left for Legal."), "Legal", "Total so far 80%, 20% left.", "20%"),
            ("25", .refused("That makes 105% in all; the shares must total 100%, so Legal needs 20% (or /back to change an earlier share)."),
             "Legal", "Total so far 80%, 20% left.", "20%"),
        ]
        for (line, outcome, part, note, defaultAnswer) in steps {
            #expect(interview.answer(line, now: TestScripts.now) == outcome, "typing \(line)")
            #expect(interview.prompt?.part == part, "after \(line)")
            #expect(interview.prompt?.note == note, "after \(line)")
            #expect(interview.prompt?.defaultAnswer == defaultAnswer, "after \(line)")
        }
        #expect(interview.session.answers["focus"] == nil)
        #expect(interview.answer("", now: TestScripts.now) == .accepted(echo: "Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%"))
        #expect(interview.session.draft == nil)
        #expect(interview.currentQuestion?.id == "plan_start")
    }

    @Test func partOfTheSplitOnOneLineLeavesTheRestToType() throws {
        var interview = try director(at: "focus")
        #expect(interview.answer("Retail 20, Dental 50", now: TestScripts.now)
                == .partAccepted(echo: "Dental practices 50%, Retail 20%: total so far 70%, 30% left for Hospitality and Legal."))
        #expect(interview.session.draft == (try TestScripts.json(#"{"Dental practices": 50, "Retail": 20}"#)))
        #expect(interview.prompt?.part == "Hospitality")
        #expect(interview.answer("10", now: TestScripts.now) == .partAccepted(echo: "Hospitality 10%: total so far 80%, 20% left for Legal."))
        #expect(interview.answer("", now: TestScripts.now) == .accepted(echo: "Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%"))
    }

    @Test(arguments: [
        ("Dental 50", "Dental practices 50%: total so far 50%, 50% left for Hospitality, Retail and Legal."),
        ("Dental 40", "Dental practices 40%: total so far 40%, 60% left for Hospitality, Retail and Legal."),
        ("Retail 20, Dental 50", "Dental practices 50%, Retail 20%: total so far 70%, 30% left for Hospitality and Legal."),
    ])
    func retypingAShareAlreadyGivenSaysWhatWasTyped(_ line: String, _ echo: String) throws {
        var interview = try director(at: "focus")
        TestScripts.type("50", into: &interview)
        #expect(interview.answer(line, now: TestScripts.now) == .partAccepted(echo: echo))
    }

    /// The last share typed so that the total is wrong: the draft is kept and the message says what fits.
    @Test(arguments: [
        ("25", "That makes 105% in all; the shares must total 100%, so Legal needs 20% (or /back to change an earlier share)."),
        ("Legal 10", "That makes 90% in all; the shares must total 100%, so Legal needs 20% (or /back to change an earlier share)."),
        ("0", "That makes 80% in all; the shares must total 100%, so Legal needs 20% (or /back to change an earlier share)."),
        ("Retail 30, Legal 20", "The shares add up to 110%; they must total exactly 100%. Type the split again, such as \(example)."),
        ("Dental 50, Hospitality 10, Retail 20, Legal 30",
         "The shares add up to 110%; they must total exactly 100%. Type the split again, such as \(example)."),
    ])
    func aWrongLastShareSaysWhatTheLastShareNeeds(_ line: String, _ message: String) throws {
        var interview = try director(at: "focus")
        TestScripts.feed(["50", "10", "20"], into: &interview)
        let before = interview.session
        #expect(interview.answer(line, now: TestScripts.now) == .refused(message))
        #expect(interview.session == before)
        #expect(interview.prompt?.part == "Legal")
    }

    // MARK: each

    @Test func rolesAreAskedSegmentBySegment() throws {
        var interview = try director(at: "roles")
        let steps: [(String, AnswerOutcome, String)] = [
            ("", .refused("Type an answer for Dental practices, such as \"grow\", \"maintain\" or \"exit\"."), "Dental practices"),
            ("expand", .refused("\"expand\" is not one of the options: type one of grow, maintain or exit."), "Dental practices"),
            ("gro", .partAccepted(echo: "Dental practices: grow"), "Hospitality"),
            ("EXIT", .partAccepted(echo: "Hospitality: exit"), "Retail"),
            ("m", .partAccepted(echo: "Retail: maintain"), "Legal"),
        ]
        for (line, outcome, next) in steps {
            #expect(interview.answer(line, now: TestScripts.now) == outcome, "typing \(line)")
            #expect(interview.prompt?.part == next)
            #expect(interview.prompt?.text == "What is the role of \(next): grow, maintain or exit?")
        }
        #expect(interview.answer("maintain", now: TestScripts.now)
                == .accepted(echo: "Dental practices: grow, Hospitality: exit, Retail: maintain, Legal: maintain"))
        #expect(interview.session.answers["roles"]?.value == (try TestScripts.designAnswers())["roles"])
    }

    @Test(arguments: [
        (["Why dental", "", "Why retail", ""], #"{"Dental practices": "Why dental", "Retail": "Why retail"}"#,
         "Dental practices: Why dental, Retail: Why retail"),
        (["", "", "", "Why legal"], #"{"Legal": "Why legal"}"#, "Legal: Why legal"),
        (["A", "B", "C", "D"], #"{"Dental practices": "A", "Hospitality": "B", "Retail": "C", "Legal": "D"}"#,
         "Dental practices: A, Hospitality: B, Retail: C, Legal: D"),
    ])
    func reasonsLeftBlankAreDropped(_ lines: [String], _ stored: String, _ echo: String) throws {
        var interview = try director(at: "segment_why")
        #expect(interview.prompt?.defaultAnswer == "leave blank")
        let replies = TestScripts.feed(lines, into: &interview)
        #expect(replies.last == .accepted(echo))
        #expect(interview.session.answers["segment_why"]?.value == (try TestScripts.json(stored)))
    }

    @Test func aBlankReasonIsEchoedAsLeftBlank() throws {
        var interview = try director(at: "segment_why")
        #expect(interview.answer("", now: TestScripts.now) == .partAccepted(echo: "Dental practices: (left blank)"))
        #expect(interview.session.draft == .object(JSONObject([("Dental practices", .null)])))
        #expect(interview.prompt?.text == "Why is that role right for Hospitality? (Enter leaves it blank.)")
    }

    @Test func everyReasonLeftBlankSaysSoInTheEcho() throws {
        var interview = try director(at: "segment_why")
        let replies = TestScripts.feed(["", "", "", ""], into: &interview)
        #expect(interview.session.answers["segment_why"]?.value == .object(JSONObject()))
        #expect(replies.last == .accepted("(none given)"))
    }

    // MARK: records

    @Test func twoFundamentalsThenEnterFinishes() throws {
        var interview = try director(at: "fundamentals")
        #expect(interview.prompt?.part == "Fundamentals item 1: What needs doing?")
        #expect(interview.prompt?.defaultAnswer == "none")
        let steps: [(String, AnswerOutcome, String?)] = [
            ("Website update", .partAccepted(echo: "Item: Website update"), "Fundamentals item 1: What budget does it have?"),
            ("lots", .refused("\"lots\" is not an amount of money: type digits, such as 12,000 or 1200.50."),
             "Fundamentals item 1: What budget does it have?"),
            ("", .refused("This part needs an answer, such as 6000; or /back to change the last part."),
             "Fundamentals item 1: What budget does it have?"),
            ("£6k", .partAccepted(echo: "Budget: 6,000"), "Fundamentals item 1: In which month of the plan (1, 2 or 3)?"),
            ("4", .refused("\"4\" is not a month of the plan: the plan runs for three months, so type 1, 2 or 3 (for example 2 for its second month)."),
             "Fundamentals item 1: In which month of the plan (1, 2 or 3)?"),
            ("3", .partAccepted(echo: "Month 3"), "Fundamentals item 1: Is it approved (yes or no)?"),
            ("yes", .partAccepted(echo: "Added fundamentals item 1: Website update (budget 6,000, month 3, approved yes). Enter on an empty line when there are no more."),
             "Fundamentals item 2: What needs doing?"),
            ("Brochure reprint", .partAccepted(echo: "Item: Brochure reprint"), "Fundamentals item 2: What budget does it have?"),
            ("1,500", .partAccepted(echo: "Budget: 1,500"), "Fundamentals item 2: In which month of the plan (1, 2 or 3)?"),
            ("month 2", .partAccepted(echo: "Month 2"), "Fundamentals item 2: Is it approved (yes or no)?"),
            ("no", .partAccepted(echo: "Added fundamentals item 2: Brochure reprint (budget 1,500, month 2, approved no). Enter on an empty line when there are no more."),
             "Fundamentals item 3: What needs doing?"),
        ]
        for (line, outcome, part) in steps {
            #expect(interview.answer(line, now: TestScripts.now) == outcome, "typing \(line)")
            #expect(interview.prompt?.part == part, "after \(line)")
        }
        #expect(interview.prompt?.defaultAnswer == "no more")
        #expect(interview.answer("", now: TestScripts.now) == .accepted(echo:
            "Website update (budget 6,000, month 3, approved yes); Brochure reprint (budget 1,500, month 2, approved no)"))
        #expect(interview.session.answers["fundamentals"]?.value == (try TestScripts.json("""
            [{"item": "Website update", "budget": 6000, "month": 3, "approved": true},
             {"item": "Brochure reprint", "budget": 1500, "month": 2, "approved": false}]
            """)))
        #expect(interview.currentQuestion?.id == "internal_changes")
    }

    @Test(arguments: ["", "none", "None", "no", "n/a", "-"])
    func noRecordsAtAllIsAnEmptyList(_ line: String) throws {
        var interview = try director(at: "fundamentals")
        #expect(interview.answer(line, now: TestScripts.now) == .accepted(echo: "none"))
        #expect(interview.session.answers["fundamentals"]?.value == .array([]))
        #expect(interview.currentQuestion?.id == "internal_changes")
    }

    @Test func backInsideARecordRetypesTheLastField() throws {
        var interview = try director(at: "fundamentals")
        let replies = TestScripts.feed(["Website update", "6000", "/back"], into: &interview)
        #expect(replies.last == .said("Back one part: type it again."))
        #expect(interview.prompt?.part == "Fundamentals item 1: What budget does it have?")
        TestScripts.feed(["7000", "3", "yes", "/back"], into: &interview)
        #expect(interview.prompt?.part == "Fundamentals item 1: Is it approved (yes or no)?")
        #expect(interview.session.draft == (try TestScripts.json(
            #"{"records": [], "current": {"item": "Website update", "budget": 7000, "month": 3}}"#)))
        TestScripts.feed(["no", ""], into: &interview)
        #expect(interview.session.answers["fundamentals"]?.value == (try TestScripts.json(
            #"[{"item": "Website update", "budget": 7000, "month": 3, "approved": false}]"#)))
    }

    @Test func backFromTheFirstFieldOfTheFirstRecordLeavesTheQuestion() throws {
        var interview = try director(at: "fundamentals")
        TestScripts.feed(["Website update", "/back"], into: &interview)
        #expect(interview.prompt?.part == "Fundamentals item 1: What needs doing?")
        #expect(interview.session.draft == nil)
        #expect(TestScripts.type("/back", into: &interview) == .said("Back to the previous question; Enter keeps its answer."))
        #expect(interview.currentQuestion?.id == "key_dates")
    }

    @Test func backIntoARecordWithABlankOptionalFieldAsksTheRightField() throws {
        let script = try TestScripts.withSegments(#"""
            {"id": "notes", "ask": "Notes?", "type": "records", "help": "h", "example": "x", "fields": [
              {"id": "a", "ask": "A?", "type": "text", "help": "h", "example": "x"},
              {"id": "b", "ask": "B?", "type": "text", "help": "h", "example": "x", "optional": true},
              {"id": "c", "ask": "C?", "type": "text", "help": "h", "example": "x"},
              {"id": "d", "ask": "D?", "type": "text", "help": "h", "example": "x"}]}
            """#)
        var interview = TestScripts.interview(script)
        let replies = TestScripts.feed([TestScripts.segmentsLine, "x", "", "z", "w"], into: &interview)
        #expect(replies[2] == .part("B: (left blank)"))
        #expect(replies.last == .part("Added note 1: x (c z, d w). Enter on an empty line when there are no more."))
        #expect(TestScripts.type("/back", into: &interview) == .said("Back one part: type it again."))
        #expect(interview.session.draft == (try TestScripts.json(#"{"records": [], "current": {"a": "x", "b": null, "c": "z"}}"#)))
        #expect(interview.prompt?.part == "Note 1: D?")
        #expect(TestScripts.type("w2", into: &interview) == .part("Added note 1: x (c z, d w2). Enter on an empty line when there are no more."))
        // Back through every field: each step asks the first field without a value, the blank one included.
        let steps: [(String, String?, String?)] = [
            ("/back", "Note 1: D?", nil), ("/back", "Note 1: C?", nil), ("/back", "Note 1: B?", "leave blank"), ("/back", "Note 1: A?", "none"),
        ]
        for (line, part, defaultAnswer) in steps {
            #expect(TestScripts.type(line, into: &interview) == .said("Back one part: type it again."))
            #expect(interview.prompt?.part == part)
            #expect(interview.prompt?.defaultAnswer == defaultAnswer)
        }
        #expect(TestScripts.feed(["x", "y", "z", "w"], into: &interview).last
                == .part("Added note 1: x (b y, c z, d w). Enter on an empty line when there are no more."))
    }

    @Test func anInternalChangeForAllSegments() throws {
        var interview = try director(at: "internal_changes")
        let replies = TestScripts.feed(["Jo leaves", "2027-03-31", "2027-05-31"], into: &interview)
        #expect(replies.last == .part("To: Monday 31 May 2027"))
        #expect(interview.prompt?.part == "Internal change 1: Which segments does it touch? (Enter for all)")
        #expect(TestScripts.type("", into: &interview) == .part("Segments: all"))
        #expect(TestScripts.type("-150", into: &interview) == .refused(
            "\"-150\" is outside the range -100% to 100%: type a number in that range, such as 30%."))
        TestScripts.feed(["-50", ""], into: &interview)
        #expect(interview.session.answers["internal_changes"]?.value == (try TestScripts.json(
            #"[{"change": "Jo leaves", "from": "2027-03-31", "to": "2027-05-31", "segments": [], "capacity_pct": -50}]"#)))
    }
}

