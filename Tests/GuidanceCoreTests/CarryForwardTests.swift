import Foundation
import Testing
@testable import GuidanceCore

/// Earlier answers as defaults: last session's answers (carry-forward), and this session's answers
/// that an edit has put in doubt (re-check).
@Suite struct CarryForwardTests {
    /// A new director session carrying the version-2 example answers forward, after `enters` empty lines.
    ///
    /// Last quarter's open action is answered "done" first; a fundamental asked "done?" on the way is answered "yes".
    func carried(enters: Int) throws -> Interview {
        var interview = try TestScripts.director(after: [], previous: try TestScripts.designAnswersV2())
        Self.enter(enters, into: &interview)
        return interview
    }

    /// Presses Enter `enters` times, answering "yes" to each fundamental asked "done?" before an Enter.
    @discardableResult
    static func enter(_ enters: Int, into interview: inout Interview) -> [EngineReply] {
        var replies: [EngineReply] = []
        for _ in 0..<enters {
            while interview.prompt?.questionID == ItemCheck.fundamentalsKey { replies.append(TestScripts.type("yes", into: &interview)) }
            replies.append(TestScripts.type("", into: &interview))
        }
        return replies
    }

    @Test(arguments: [
        (0, "goals", "Last time the goals were: Replace the income of the shrinking hospitality segment. Are these still the goals? "
            + "Enter keeps them, or type the new ones separated by semicolons.", "Replace the income of the shrinking hospitality segment"),
        (1, "segments", "Last time our segments were Dental practices, Hospitality, Retail and Legal. Are these still the segments we serve?",
         "Dental practices, Hospitality, Retail and Legal"),
        (2, "growth_segment", "Are we still focusing on Dental practices as the growth segment, with Retail and Legal maintained?",
         "Dental practices"),
        (5, "exit_plan", "We are leaving Hospitality. How should marketing treat those customers while we wind down?", nil),
        (6, "customers", "Last time the customers per segment were Dental practices: 3 customers, Hospitality: 40 customers, Retail: 25 customers, "
            + "Legal: 18 customers. Are those numbers still right?",
         "Dental practices: 3 customers, Hospitality: 40 customers, Retail: 25 customers, Legal: 18 customers"),
        (7, "targets", "Last time the targets were Dental practices (measure new practices signed, amount 4). What are the targets for the next three months?",
         "keep Dental practices (measure new practices signed, amount 4)"),
        (8, "focus", "Last time the focus was Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%. Does that still fit, or what should it be now?",
         "Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%"),
        (9, "plan_start", "On what date does the next three-month plan start?", "Tuesday 1 June 2027"),
        (10, "capacity_hours_per_week", "Last time the team had 30 hours a week for planned work. Is that still right?", "30 hours"),
        (11, "campaign_budget", "Last time the campaign budget was 12,000 GBP. What is it for the next three months?", "12,000"),
        (12, "currency", "Which currency is the budget in?", "GBP"),
        (13, "holidays", "Last time the public-holiday calendar was GB-EAW (England and Wales). Is that still the one the team follows?",
         "GB-EAW (England and Wales)"),
        (14, "days_off", "Which other days will the team not work in the three months, such as an office closure or a training day? "
            + "Separate dates with commas; Enter for none.", "none"),
        (15, "key_dates", "Which dates should the plan work towards: events, launches, deadlines, promotions? "
            + "One at a time; Enter on an empty line when there are no more.", "none"),
        (16, "fundamentals", "First, the fundamentals of the last plan: done, or carried into the new plan?", nil),
        (17, "internal_changes", "Are there changes inside the company that affect the customers we are after, or the hours we have? "
            + "One at a time; Enter on an empty line when there are no more.",
         "keep Kim joins (from Thursday 1 April 2027, to no end, segments all, capacity 25%)"),
        (20, "actions", "What actions did we agree, who owns each one, and by when? One at a time; Enter on an empty line when there are no more.",
         "none"),
        (21, "director", "Is Sam Patel <sam@example.com> still the director the plan goes to?", "Sam Patel <sam@example.com>"),
        (22, "marketer", "Does the invitation still come from Alex Brown <alex@example.com>?", "Alex Brown <alex@example.com>"),
    ] as [(Int, String, String, String?)])
    func lastSessionsAnswerIsQuotedAndOffered(_ enters: Int, _ id: String, _ text: String, _ defaultAnswer: String?) throws {
        let interview = try carried(enters: enters)
        #expect(interview.currentQuestion?.id == id)
        #expect(interview.prompt?.text == text)
        #expect(interview.prompt?.defaultAnswer == defaultAnswer)
    }

    @Test func recordsCarriedForwardSayHowToDropThem() throws {
        var interview = try carried(enters: 10)
        #expect(interview.currentQuestion?.id == "capacity_hours_per_week")
        #expect(interview.answer("", now: TestScripts.now) == .accepted(echo: "30 hours"))
        TestScripts.feed(["", "", "", "", ""], into: &interview)
        #expect(interview.currentQuestion?.id == "fundamentals")
        #expect(TestScripts.type("no", into: &interview) == .part("Website update: not done yet; it is carried into the new plan."))
        #expect(TestScripts.type("1", into: &interview) == .accepted("Website update: carried into month 1 of the new plan."))
        #expect(interview.prompt?.defaultAnswer == "keep Website update (budget 6,000, month 1, approved yes)")
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
        let previous = try TestScripts.designAnswersV2()
        var interview = try TestScripts.director(after: [], previous: previous)
        let replies = Self.enter(23, into: &interview)
        #expect(replies.allSatisfy { !$0.isRefusal })
        #expect(interview.isFinished)
        var expected = previous
        expected["plan_start"] = .string("2027-06-01")  // carry: three_months_later
        expected["actions"] = .array([])                // carry: none, and the open action was done
        expected["days_off"] = .array([])               // carry: none, and Enter means none
        // Dated before the new plan: not kept. The fundamental of month 3 (May) was done.
        expected["key_dates"] = .array([])
        expected["fundamentals"] = .array([])
        expected["market_changes"] = .array([])
        expected["sales_needs"] = .array([])
        expected["internal_changes"] = .array(Array(previous["internal_changes"]?.arrayValue?.dropFirst() ?? []))
        expected[ItemCheck.actionsKey] = try TestScripts.json(#"[{"action": "Send the plan draft", "owner": "Jodie", "due": "2027-02-05", "outcome": "done"}]"#)
        expected[ItemCheck.fundamentalsKey] = try TestScripts.json(#"[{"item": "Website update", "done": true}]"#)
        #expect(interview.session.values == expected)
        #expect(replies[9] == .accepted("Tuesday 1 June 2027"))
        #expect(replies.last == .accepted("Alex Brown <alex@example.com>"))
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
        var interview = try carried(enters: 3)
        #expect(interview.currentQuestion?.id == "roles")
        #expect(interview.prompt?.defaultAnswer == "Dental practices: grow, Hospitality: exit, Retail: maintain, Legal: maintain")
        #expect(interview.prompt?.text
                == "Last time the roles were Dental practices: grow, Hospitality: exit, Retail: maintain, Legal: maintain. Do they still hold?")
        #expect(interview.prompt?.part == "Dental practices")  // a typed role answers the first segment
        #expect(TestScripts.type("exit", into: &interview) == .part("Dental practices: exit"))
        #expect(interview.prompt?.text == "What is the role of Hospitality: grow, maintain or exit?")
        #expect(interview.prompt?.defaultAnswer == "exit")
    }

    @Test func lastSessionsAnswersThatNoLongerFitTheSegments() throws {
        var interview = try carried(enters: 1)
        #expect(interview.answer("Dental practices, Retail, Legal", now: TestScripts.now) == .accepted(echo: "Dental practices, Retail and Legal"))
        #expect(interview.answer("", now: TestScripts.now) == .accepted(echo: "Dental practices"))
        #expect(interview.prompt?.defaultAnswer == "grow")
        let roles = TestScripts.feed(["", "", ""], into: &interview)
        #expect(roles == [.part("Dental practices: grow"), .part("Retail: maintain"), .accepted("Dental practices: grow, Retail: maintain, Legal: maintain")])
        TestScripts.type("", into: &interview)  // segment_why: last time's reason for Dental practices still fits
        #expect(interview.session.answers["segment_why"]?.value == (try TestScripts.designAnswersV2())["segment_why"])
        #expect(interview.currentQuestion?.id == "customers")
        #expect(interview.prompt?.defaultAnswer == "3 customers", "last time's number for each segment still given")
        let customers = TestScripts.feed(["", "", ""], into: &interview)
        #expect(customers.last == .accepted("Dental practices: 3 customers, Retail: 25 customers, Legal: 18 customers"))
        #expect(TestScripts.type("", into: &interview) == .accepted("Dental practices (measure new practices signed, amount 4)"))
        #expect(interview.currentQuestion?.id == "focus")
        #expect(interview.prompt?.defaultAnswer == nil)
        #expect(interview.answer("", now: TestScripts.now) == .refused("The earlier split no longer fits: \"Hospitality\" is not one of the segments: "
            + "type one of Dental practices, Retail or Legal. Type the split again, such as Dental practices 50, Retail 30, Legal 20."))
        #expect(interview.answer("Dental 60, Retail 20, Legal 20", now: TestScripts.now)
                == .accepted(echo: "Dental practices 60%, Retail 20%, Legal 20%"))
    }

    // MARK: carry: how last session's answer becomes this session's default

    @Test(arguments: [
        (Question.Carry.keep, #""2027-03-01""#, #""2027-03-01""#),
        (.keep, #"["Send the plan draft"]"#, #"["Send the plan draft"]"#),
        (.none, #""2027-03-01""#, nil),
        (.none, #"[{"action": "Send the plan draft"}]"#, nil),
        (.threeMonthsLater, #""2027-03-01""#, #""2027-06-01""#),
        (.threeMonthsLater, #""2026-11-30""#, #""2027-02-28""#),
        (.threeMonthsLater, #""2027-10-31""#, #""2028-01-31""#),
        (.threeMonthsLater, #""2027-11-30""#, #""2028-02-29""#),
        (.threeMonthsLater, #""soon""#, nil),
        (.threeMonthsLater, "12", nil),
    ] as [(Question.Carry, String, String?)])
    func questionCarriesLastSessionsAnswer(_ carry: Question.Carry, _ previous: String, _ offered: String?) throws {
        let q = Question(id: "q", ask: "Q?", type: .date, help: "h", example: "x", carry: carry)
        #expect(q.carried(try TestScripts.json(previous)) == (try offered.map(TestScripts.json)))
        #expect(q.carried(nil) == nil)
    }

    @Test(arguments: [
        ("date", #", "carry": "keep""#, Question.Carry.keep, nil),
        ("date", "", .keep, nil),
        ("date", #", "carry": "none""#, Question.Carry.none, nil),
        ("text", #", "carry": "none""#, Question.Carry.none, nil),
        ("date", #", "carry": "three_months_later""#, .threeMonthsLater, nil),
        ("person", #", "carry": "latest""#, .latest, nil),
        ("date", #", "carry": "sometimes""#, nil, #""carry" should be "keep", "none", "latest" or "three_months_later""#),
        ("date", #", "carry": 3"#, nil, #""carry" should be "keep", "none", "latest" or "three_months_later""#),
        ("text", #", "carry": "three_months_later""#, nil, #""carry": "three_months_later" only works for a date question"#),
    ] as [(String, String, Question.Carry?, String?)])
    func theScriptSaysHowAQuestionCarries(_ type: String, _ member: String, _ carry: Question.Carry?, _ problem: String?) throws {
        let json = TestScripts.question("start", #""type": "\#(type)""# + member)
        switch ScriptLoader.load(Self.oneTopic(json), file: "inline.json") {
        case .success(let script): #expect(script.question("start")?.carry == carry)
        case .failure(let problems):
            #expect(problems.problems == [ScriptProblem(file: "inline.json", place: "topic 1 (main), question start", message: problem ?? "")])
        }
    }

    /// A script of one topic holding the questions in `questions` (JSON text).
    static func oneTopic(_ questions: String) -> String {
        #"{"id": "inline", "version": 1, "mode": "self", "title": "Inline", "topics": [{"id": "main", "title": "Main", "minutes": 5, "questions": [\#(questions)]}]}"#
    }

    @Test func aDateCarriedThreeMonthsLaterIsOfferedWithTheAgainWording() throws {
        let script = try TestScripts.inline(Self.oneTopic(TestScripts.question("start",
            #""type": "date", "carry": "three_months_later", "again": "Last plan started {{previous.start}}. When does the next one start?""#)))
        var interview = TestScripts.interview(script, previous: ["start": .string("2026-11-30")])
        #expect(interview.prompt?.text == "Last plan started Monday 30 November 2026. When does the next one start?")
        #expect(interview.prompt?.defaultAnswer == "Sunday 28 February 2027")
        #expect(interview.answer("", now: TestScripts.now) == .accepted(echo: "Sunday 28 February 2027"))
        #expect(interview.session.answers["start"]?.value == .string("2027-02-28"))
    }

    @Test func aQuestionThatCarriesNothingIsAskedAfresh() throws {
        let script = try TestScripts.inline(Self.oneTopic(TestScripts.question("note",
            #""type": "text", "carry": "none", "again": "Last time: {{previous.note}}. Still so?""#)))
        var interview = TestScripts.interview(script, previous: ["note": .string("Old note")])
        #expect(interview.prompt?.text == "Question note?")
        #expect(interview.prompt?.defaultAnswer == nil)
        #expect(interview.answer("", now: TestScripts.now) == .refused(
            "This question needs an answer, such as: an example. Type /help for help or /skip to leave it for later."))
        #expect(interview.answer("New note", now: TestScripts.now) == .accepted(echo: "New note"))
    }

    @Test func lastSessionsActionsAreNotOffered() throws {
        var interview = try carried(enters: 20)
        #expect(interview.currentQuestion?.id == "actions")
        #expect(interview.prompt?.note == nil)
        #expect(interview.prompt?.defaultAnswer == "none")
        #expect(interview.prompt?.part == "Action 1: What is the action?")
        let replies = TestScripts.feed(["Book the review", "Sam", "2027-05-10", ""], into: &interview)
        #expect(replies.last == .accepted("Book the review (owner Sam, due Monday 10 May 2027)"))
        #expect(interview.currentQuestion?.id == "director")
        TestScripts.feed(["", ""], into: &interview)  // the director and the marketer, as last time
        #expect(interview.isFinished)
    }
}
