import Foundation
import Testing
@testable import GuidanceCore

/// Earlier answers as defaults: last session's answers (carry-forward), and this session's answers
/// that an edit has put in doubt (re-check).
@Suite struct CarryForwardTests {
    /// A new director session carrying the DESIGN.md example answers forward, after `enters` empty lines.
    func carried(enters: Int) throws -> Interview {
        try TestScripts.director(after: Array(repeating: "", count: enters), previous: try TestScripts.designAnswers())
    }

    @Test(arguments: [
        (0, "goals", "Last time the goals were: Replace the income of the shrinking hospitality segment. Are these still the goals? "
            + "Enter keeps them, or type the new ones separated by semicolons.", "Replace the income of the shrinking hospitality segment"),
        (1, "segments", "Last time our segments were Dental practices, Hospitality, Retail and Legal. Are these still the segments we serve?",
         "Dental practices, Hospitality, Retail and Legal"),
        (2, "growth_segment", "Are we still focusing on Dental practices as the growth segment, with Retail and Legal maintained at current levels?",
         "Dental practices"),
        (5, "exit_plan", "We are leaving Hospitality. How should marketing treat those customers while we wind down?", nil),
        (6, "focus", "Last time the focus was Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%. Does that still fit, or what should it be now?",
         "Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%"),
        (7, "plan_start", "On what date does the next three-month plan start?", "Monday 1 March 2027"),
        (8, "capacity_hours_per_week", "Last time the team had 30 hours a week for planned work. Is that still right?", "30 hours"),
        (9, "campaign_budget", "Last time the campaign budget was 12,000 GBP. What is it for the next three months?", "12,000"),
        (10, "currency", "Which currency is the budget in?", "GBP"),
        (11, "fundamentals", "Which marketing fundamentals need work in the next three months? Give one item at a time; "
            + "Enter on an empty line when there are no more.", "keep Website update (budget 6,000, month 3, approved yes)"),
        (12, "internal_changes", "Are there changes inside the company that affect the customers we are after, or the hours we have? "
            + "One at a time; Enter on an empty line when there are no more.",
         "keep Jo leaves (from Wednesday 31 March 2027, to Monday 31 May 2027, segments Retail, capacity -50%)"),
    ] as [(Int, String, String, String?)])
    func lastSessionsAnswerIsQuotedAndOffered(_ enters: Int, _ id: String, _ text: String, _ defaultAnswer: String?) throws {
        let interview = try carried(enters: enters)
        #expect(interview.currentQuestion?.id == id)
        #expect(interview.prompt?.text == text)
        #expect(interview.prompt?.defaultAnswer == defaultAnswer)
    }

    @Test func recordsCarriedForwardSayHowToDropThem() throws {
        var interview = try carried(enters: 11)
        #expect(interview.prompt?.note == "Type \"none\" if there are none this time.")
        #expect(interview.answer("none", now: TestScripts.now) == .accepted(echo: "none"))
        #expect(interview.session.answers["fundamentals"]?.value == .array([]))
    }

    @Test func theDomainWordingOfTheGrowthQuestion() throws {
        let script = try TestScripts.withSegments(
            #"{"id": "growth_segment", "ask": "Which segment is the growth segment?", "type": "choice", "options_from": "segments", "help": "h", "example": "x", "#
                + #""again": "Are we still focusing on {{previous.growth_segment}} as the growth segment, with {{previous.roles|with:maintain}} maintained?"}"#,
            #"{"id": "roles", "ask": "Role of {{item}}?", "type": "each", "over": "segments", "item": {"type": "choice", "options": ["grow", "maintain", "exit"]}, "help": "h", "example": "grow"}"#)
        var interview = TestScripts.interview(script, previous: try TestScripts.designAnswers())
        TestScripts.type("", into: &interview)
        #expect(interview.prompt?.text == "Are we still focusing on Dental practices as the growth segment, with Retail and Legal maintained?")
        #expect(interview.prompt?.defaultAnswer == "Dental practices")
    }

    @Test func enterKeepsLastSessionsAnswerAsThisSessionsAnswer() throws {
        var interview = try carried(enters: 2)
        #expect(interview.answer("", now: "2027-05-03T09:30:00Z") == .accepted(echo: "Dental practices"))
        #expect(interview.session.answers["growth_segment"] == Session.Answer(value: .string("Dental practices"), at: "2027-05-03T09:30:00Z"))
        #expect(interview.session.previousID == "2026-11-02-prev")
    }

    @Test func enterAllTheWayKeepsEveryAnswer() throws {
        let previous = try TestScripts.designAnswers()
        var interview = TestScripts.interview(try TestScripts.director(), previous: previous)
        var replies: [EngineReply] = []
        while !interview.isFinished && replies.count < 40 { replies.append(TestScripts.type("", into: &interview)) }
        #expect(replies.allSatisfy { !$0.isRefusal })
        #expect(interview.isFinished)
        #expect(interview.session.values == previous)
        #expect(interview.session.skipped == ["exit_plan"])
    }

    @Test func aTypedAnswerReplacesLastSessionsAnswer() throws {
        var interview = try carried(enters: 2)
        #expect(interview.answer("Legal", now: TestScripts.now) == .accepted(echo: "Legal"))
        #expect(interview.session.answers["growth_segment"]?.value == .string("Legal"))
    }

    @Test func withoutTheAnswersItQuotesTheQuestionIsAskedPlainly() throws {
        let interview = try TestScripts.director(after: ["", ""], previous: ["growth_segment": .string("Dental practices"),
                                                                             "goals": .array([.string("Grow")]),
                                                                             "segments": .array([.string("Dental practices"), .string("Retail")])])
        #expect(interview.prompt?.text == "Which segment is the growth segment: the one the company most wants to grow?")
        #expect(interview.prompt?.defaultAnswer == "Dental practices")
    }

    @Test func rolesCarriedForwardAreAskedWithTheAgainWording() throws {
        let interview = try carried(enters: 3)
        #expect(interview.currentQuestion?.id == "roles")
        #expect(interview.prompt?.defaultAnswer == "Dental practices: grow, Hospitality: exit, Retail: maintain, Legal: maintain")
        withKnownIssue("BUG: the again wording of an each question is replaced by the wording for its first item") {
            #expect(interview.prompt?.text
                    == "Last time the roles were Dental practices: grow, Hospitality: exit, Retail: maintain, Legal: maintain. Do they still hold?")
            #expect(interview.prompt?.part == nil)
        }
    }

    @Test func lastSessionsAnswersThatNoLongerFitTheSegments() throws {
        var interview = try carried(enters: 1)
        #expect(interview.answer("Dental practices, Retail, Legal", now: TestScripts.now) == .accepted(echo: "Dental practices, Retail and Legal"))
        #expect(interview.answer("", now: TestScripts.now) == .accepted(echo: "Dental practices"))
        #expect(interview.prompt?.defaultAnswer == "grow")
        let roles = TestScripts.feed(["", "", ""], into: &interview)
        #expect(roles == [.part("Dental practices: grow"), .part("Retail: maintain"), .accepted("Dental practices: grow, Retail: maintain, Legal: maintain")])
        TestScripts.type("", into: &interview)  // segment_why: last time's reason for Dental practices still fits
        #expect(interview.session.answers["segment_why"]?.value == (try TestScripts.designAnswers())["segment_why"])
        #expect(interview.currentQuestion?.id == "focus")
        #expect(interview.prompt?.defaultAnswer == nil)
        #expect(interview.answer("", now: TestScripts.now) == .refused(
            "Type the share for Dental practices as a whole percentage, or the whole split on one line, such as Dental practices 50, Hospitality 10, Retail 20, Legal 20."))
        #expect(interview.answer("Dental 60, Retail 20, Legal 20", now: TestScripts.now)
                == .accepted(echo: "Dental practices 60%, Retail 20%, Legal 20%"))
    }

    // MARK: re-check: this session's answers after the segments change

    static let recheckNote = "An answer this one depends on has changed: check it still holds (Enter keeps it when it does)."

    /// The DESIGN.md example meeting, then the segments changed to `segments`.
    func segmentsChanged(to segments: String) throws -> Interview {
        try TestScripts.director(after: TestScripts.designLines + ["/edit segments", segments])
    }

    /// The answers marked for re-check.
    func marked(_ interview: Interview) -> Set<String> {
        Set(interview.session.answers.filter(\.value.recheck).keys)
    }

    @Test func changingTheSegmentsMarksEveryAnswerThatReadsThem() throws {
        let interview = try segmentsChanged(to: TestScripts.segmentsLine + ", Accountants")
        let readers = Set(interview.script.questions.map(\.question).filter { $0.dependencies.contains("segments") }.map(\.id))
        #expect(marked(interview) == ["growth_segment", "roles", "segment_why", "focus", "internal_changes", "market_changes", "sales_needs"])
        #expect(marked(interview) == readers)
        #expect(interview.currentQuestion?.id == "growth_segment")
        #expect(interview.prompt?.note == Self.recheckNote)
        #expect(interview.prompt?.defaultAnswer == "Dental practices")
    }

    @Test(arguments: ["", TestScripts.segmentsLine])
    func theSameSegmentsMarkNothing(_ line: String) throws {
        var interview = try TestScripts.director(after: TestScripts.designLines + ["/edit segments"])
        #expect(interview.answer(line, now: TestScripts.now) == .accepted(echo: "Dental practices, Hospitality, Retail and Legal"))
        #expect(marked(interview).isEmpty)
        #expect(interview.isFinished)
    }

    @Test func eachMarkedAnswerIsAskedAgainAndEnterKeepsWhatStillFits() throws {
        var interview = try segmentsChanged(to: TestScripts.segmentsLine + ", Accountants")
        let steps: [(String, EngineReply, String?)] = [
            ("", .accepted("Dental practices"), "roles"),
            ("", .part("Dental practices: grow"), "roles"),
            ("", .part("Hospitality: exit"), "roles"),
            ("", .part("Retail: maintain"), "roles"),
            ("", .part("Legal: maintain"), "roles"),
            ("", .refused("Type an answer for Accountants, such as \"grow\", \"maintain\" or \"exit\"."), "roles"),
            ("grow", .accepted("Dental practices: grow, Hospitality: exit, Retail: maintain, Legal: maintain, Accountants: grow"), "segment_why"),
            ("", .accepted("Dental practices: New market the board chose to replace hospitality income"), "exit_plan"),
            ("", .accepted("Keep current clients happy until their contracts end"), "focus"),
            ("", .refused("Type the share for Dental practices as a whole percentage, or the whole split on one line, "
                          + "such as Dental practices 50, Hospitality 10, Retail 20, Legal 20."), "focus"),
            ("Dental 40, Hospitality 10, Retail 20, Legal 20, Accountants 10",
             .accepted("Dental practices 40%, Hospitality 10%, Retail 20%, Legal 20%, Accountants 10%"), "internal_changes"),
            ("", .accepted("Jo leaves (from Wednesday 31 March 2027, to Monday 31 May 2027, segments Retail, capacity -50%)"), "market_changes"),
            ("", .accepted("A competitor closed its Leeds office (segments Dental practices, kind opportunity, response Local awareness campaign in Leeds)"),
             "sales_needs"),
            ("", .accepted("Case study pack (stage consideration, segment Dental practices)"), nil),
        ]
        for (line, reply, next) in steps {
            #expect(interview.prompt?.note == Self.recheckNote || interview.session.draft != nil, "before \(line)")
            #expect(TestScripts.type(line, into: &interview) == reply, "typing \(line)")
            #expect(interview.currentQuestion?.id == next, "after \(line)")
        }
        #expect(marked(interview).isEmpty)
        #expect(interview.session.status == .complete)
    }

    @Test func aGrowthSegmentThatIsNoLongerASegmentIsRefused() throws {
        var interview = try segmentsChanged(to: "Hospitality, Retail, Legal")
        let before = interview.session
        let reply = interview.answer("", now: TestScripts.now)
        #expect(interview.session == before)
        withKnownIssue("BUG: the refusal of an answer that no longer fits ends its first sentence with two full stops") {
            #expect(reply == .refused("The earlier answer no longer fits: \"Dental practices\" is not one of the options: "
                                      + "type one of Hospitality, Retail or Legal. Type a new answer, such as Dental practices."))
        }
        #expect(interview.skip() == .skipped("Kept the earlier answer."))
        withKnownIssue("BUG: /skip clears the re-check mark of an answer that no longer fits") {
            #expect(interview.session.answers["growth_segment"]?.recheck == true)
        }
    }

    @Test func recordsThatNoLongerFitAreNotDroppedByEnter() throws {
        var interview = try segmentsChanged(to: "Dental practices, Hospitality, Legal")
        TestScripts.feed(["", "", "", "", "", "", "Dental 60, Hospitality 20, Legal 20"], into: &interview)
        #expect(interview.currentQuestion?.id == "internal_changes")
        #expect(interview.prompt?.note == Self.recheckNote)
        let stored = interview.session.answers["internal_changes"]?.value
        let reply = interview.answer("", now: TestScripts.now)
        withKnownIssue("BUG: Enter on records that no longer fit the segments silently replaces them with none") {
            #expect(reply.isRefusal)
            #expect(interview.session.answers["internal_changes"]?.value == stored)
        }
    }
}
