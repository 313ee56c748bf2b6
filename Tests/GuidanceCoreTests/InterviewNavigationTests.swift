import Foundation
import Testing
@testable import GuidanceCore

/// Moving around a session: /back, /skip, /next, /goto, /edit and /undo.
@Suite struct InterviewNavigationTests {
    static let design = TestScripts.designLines

    /// Where the session stands after typing `lines` into a new director session.
    struct Walk: Sendable, CustomStringConvertible {
        let lines: [String]
        let reply: EngineReply
        let question: String?
        let draft: String?
        var description: String { lines.suffix(3).joined(separator: " | ") }
    }

    @Test(arguments: [
        Walk(lines: ["/back"], reply: .said("This is the first question; there is nothing before it."), question: "goals", draft: nil),
        Walk(lines: Array(design[0..<3]) + ["/back"], reply: .said("Back to the previous question; Enter keeps its answer."),
             question: "growth_segment", draft: nil),
        Walk(lines: Array(design[0..<3]) + ["/back", "/back", "/back"], reply: .said("Back to the previous question; Enter keeps its answer."),
             question: "goals", draft: nil),
        Walk(lines: Array(design[0..<5]) + ["/back"], reply: .said("Back one part: type it again."),
             question: "roles", draft: #"{"Dental practices": "grow"}"#),
        Walk(lines: Array(design[0..<5]) + ["/back", "/back"], reply: .said("Back one part: type it again."), question: "roles", draft: nil),
        Walk(lines: Array(design[0..<5]) + ["/back", "/back", "/back"], reply: .said("Back to the previous question; Enter keeps its answer."),
             question: "growth_segment", draft: nil),
        Walk(lines: Array(design[0..<20]) + ["50", "10", "/back"], reply: .said("Back one part: type it again."),
             question: "focus", draft: #"{"Dental practices": 50}"#),
        Walk(lines: Array(design[0..<3]) + ["grow", "maintain", "maintain", "maintain", "", "", "", "", "/back"],
             reply: .said("Back to the previous question; Enter keeps its answer."), question: "segment_why", draft: nil),
        Walk(lines: design + ["/back"], reply: .said("Back to the last question."), question: "marketer", draft: nil),
        Walk(lines: ["/skip", "/back"], reply: .said("Back to the previous question."), question: "goals", draft: nil),
        Walk(lines: Array(design[0..<2]) + ["/skip", "/back"], reply: .said("Back to the previous question."),
             question: "growth_segment", draft: nil),
        Walk(lines: Array(design[0..<32]) + ["/back"], reply: .said("Back to the previous question; Enter keeps its answer."),
             question: "key_dates", draft: nil),
        Walk(lines: Array(design[0..<32]) + ["Website update", "/back"], reply: .said("Back one part: type it again."),
             question: "fundamentals", draft: nil),
        Walk(lines: Array(design[0..<32]) + ["Website update", "/back", "/back"],
             reply: .said("Back to the previous question; Enter keeps its answer."), question: "key_dates", draft: nil),
        Walk(lines: Array(design[0..<36]) + ["/back"], reply: .said("Back one part: type it again."), question: "fundamentals",
             draft: #"{"records": [], "current": {"item": "Website update", "budget": 6000, "month": 3}}"#),
    ])
    func back(_ walk: Walk) throws {
        var interview = TestScripts.interview(try TestScripts.director())
        let replies = TestScripts.feed(walk.lines, into: &interview)
        #expect(replies.last == walk.reply)
        #expect(interview.currentQuestion?.id == walk.question)
        #expect(interview.session.draft == (try walk.draft.map(TestScripts.json)))
        #expect(interview.session.status == .inProgress)
    }

    @Test func enterAfterBackKeepsTheAnswerAndComesBack() throws {
        var interview = try TestScripts.director(after: Array(Self.design[0..<3]) + ["/back"])
        #expect(interview.prompt?.defaultAnswer == "Dental practices")
        #expect(interview.answer("", now: "2027-02-01T10:09:00Z") == .accepted(echo: "Dental practices"))
        #expect(interview.currentQuestion?.id == "roles")
        #expect(interview.session.answers["growth_segment"] == Session.Answer(value: .string("Dental practices"), at: "2027-02-01T10:09:00Z"))
    }

    @Test func skippedQuestionsAreListedAndTheSessionCanStillFinish() throws {
        var lines = Self.design
        lines[2] = "/skip"                                      // growth_segment
        lines.replaceSubrange(21..<22, with: ["/skip"])         // plan_start
        var interview = TestScripts.interview(try TestScripts.director())
        let replies = TestScripts.feed(lines, into: &interview)
        #expect(replies[2] == .skipped("Left unanswered for now; /edit growth_segment comes back to it."))
        #expect(replies[21] == .skipped("Left unanswered for now; /edit plan_start comes back to it."))
        #expect(interview.isFinished)
        #expect(interview.session.status == .inProgress, "passed the end, but two questions are still unanswered")
        #expect(interview.session.skipped == ["growth_segment", "plan_start"])
        #expect(interview.session.answers["growth_segment"] == nil)
        #expect(TestScripts.type("/edit growth", into: &interview) == .said("Now at growth_segment."))
        #expect(TestScripts.type("Retail", into: &interview) == .accepted("Retail"))
        #expect(interview.session.skipped == ["plan_start"])
        #expect(interview.isFinished)
        interview.reopen()
        #expect(interview.currentQuestion?.id == "plan_start", "reopening asks the skipped question again")
        #expect(TestScripts.type("2027-03-01", into: &interview) == .accepted("Monday 1 March 2027"))
        #expect(interview.isFinished)
        #expect(interview.session.status == .complete)
        interview.reopen()
        #expect(interview.currentQuestion?.id == "goals", "a session with every answer reopens at the first question")
    }

    /// What `/goto`, `/edit`, `/next` and `/skip` say when they leave the roles question with two segments answered.
    static let keptRoles = "Kept the answers typed for Dental practices and Hospitality; the rest is still to give, so /edit roles comes back to it."

    @Test func skipInsideAPartAnswerKeepsThePartsMarkedToFinish() throws {
        var interview = try TestScripts.director(after: Array(Self.design[0..<5]))
        #expect(interview.skip() == .skipped(Self.keptRoles))
        #expect(interview.session.draft == nil)
        #expect(interview.session.answers["roles"]?.recheck == true)
        #expect(interview.session.answers["roles"]?.value.objectValue?.keys == ["Dental practices", "Hospitality"])
        #expect(interview.currentQuestion?.id == "segment_why")
    }

    @Test func nextTopicLeavesTheRestOfTheTopicUnanswered() throws {
        var interview = try TestScripts.director(after: Array(Self.design[0..<2]))
        #expect(interview.nextTopic() == "Moved on to Focus split.")
        #expect(interview.currentQuestion?.id == "focus")
        #expect(interview.prompt?.startsTopic == true)
        #expect(interview.session.skipped == ["growth_segment", "roles", "segment_why", "customers"])
        TestScripts.feed(["/edit roles", "grow", "exit", "maintain", "maintain"], into: &interview)
        #expect(interview.currentQuestion?.id == "exit_plan")
        #expect(interview.session.skipped == ["growth_segment", "segment_why", "customers"])
    }

    @Test func nextTopicAtTheEnd() throws {
        var interview = try TestScripts.director(after: Array(Self.design.dropLast(6)))
        #expect(interview.currentQuestion?.id == "actions")
        #expect(interview.nextTopic() == "That was the last topic.")
        #expect(interview.isFinished)
        #expect(interview.session.skipped == ["actions", "director", "marketer"])
        #expect(interview.nextTopic() == "The session is finished.")
    }

    @Test(arguments: [
        ("3", "Now at Focus split.", "focus"),
        ("parameters", "Now at Plan parameters.", "plan_start"),
        ("Plan", "Now at Plan parameters.", "plan_start"),
        ("internal", "Now at Internal changes.", "internal_changes"),
        ("Sales alignment", "Now at Sales alignment.", "sales_needs"),
        ("  9 ", "Now at Wrap-up.", "actions"),
        ("1", "Now at Strategic why.", "goals"),
        ("horizon", "Now at Internal changes.", "internal_changes"),
        ("m", "Now at Market changes.", "market_changes"),
        ("growth", "Now at Segments and growth segment.", "segments"),
        ("alignment", "Now at Sales alignment.", "sales_needs"),
    ])
    func gotoATopic(_ name: String, _ message: String, _ question: String) throws {
        var interview = try TestScripts.director(after: Array(Self.design[0..<5]))
        #expect(interview.goto(topic: name) == .success(Self.keptRoles + " " + message))
        #expect(interview.currentQuestion?.id == question)
        #expect(interview.session.draft == nil)
    }

    static let topicList = "Strategic why, Segments and growth segment, Focus split, Plan parameters, Fundamentals, "
        + "Internal changes, Market changes, Sales alignment or Wrap-up"

    @Test(arguments: [
        ("xyz", "\"xyz\" is not one of the topics: type one of \(topicList)."),
        ("12", "There is no topic 12; the topics are numbered 1 to 9 (see /topics)."),
        ("0", "There is no topic 0; the topics are numbered 1 to 9 (see /topics)."),
        ("changes", "\"changes\" could be Internal changes or Market changes: type more of the name, such as \"Internal changes\"."),
        ("s", "\"s\" could be Strategic why, Segments and growth segment or Sales alignment: type more of the name, such as \"Strategic why\"."),
    ])
    func gotoAnUnknownTopic(_ name: String, _ message: String) throws {
        var interview = try TestScripts.director(after: Array(Self.design[0..<5]))
        let before = interview.session
        #expect(interview.goto(topic: name) == .failure(AnswerProblem(message)))
        #expect(interview.session == before)
    }

    @Test(arguments: [("foc", "Focus split", "focus"), ("seg", "Segments and growth segment", "segments"), ("wrap", "Wrap-up", "actions")])
    func gotoByTheStartOfATitleThatAlsoStartsItsID(_ name: String, _ title: String, _ question: String) throws {
        var interview = try TestScripts.director(after: Array(Self.design[0..<5]))
        #expect(interview.goto(topic: name) == .success(Self.keptRoles + " Now at \(title)."))
        #expect(interview.currentQuestion?.id == question)
    }

    @Test func gotoATopicWhoseQuestionsDoNotApply() throws {
        let script = try TestScripts.inline("""
            {"id": "inline", "version": 1, "mode": "self", "title": "Inline", "topics": [
              {"id": "first", "title": "First", "minutes": 5, "questions": [
                {"id": "go", "ask": "Go on?", "type": "yesno", "help": "h", "example": "yes"}]},
              {"id": "later", "title": "Later", "minutes": 5, "questions": [
                {"id": "why", "ask": "Why?", "type": "text", "help": "h", "example": "x", "when": {"key": "go", "equals": true}}]}]}
            """)
        var interview = TestScripts.interview(script)
        #expect(interview.goto(topic: "later") == .failure(AnswerProblem("None of the questions of Later apply now.")))
        #expect(interview.answer("yes", now: TestScripts.now) == .accepted(echo: "yes"))
        #expect(interview.currentQuestion?.id == "why")
    }

    static let questionList = "goals, segments, growth_segment, roles, segment_why, exit_plan, customers, targets, focus, plan_start, "
        + "capacity_hours_per_week, campaign_budget, currency, holidays, days_off, key_dates, fundamentals, internal_changes, market_changes, "
        + "sales_needs, actions, director or marketer"

    @Test(arguments: [
        ("roles", EngineReply.said("Now at roles; Enter keeps the current answer.")),
        ("growth", .said("Now at growth_segment; Enter keeps the current answer.")),
        ("FOCUS", .said("Now at focus; Enter keeps the current answer.")),
        ("plan_start", .said("Now at plan_start.")),
        ("segment", .problem("\"segment\" could be segments or segment_why: type more of the name, such as \"segments\".")),
        ("budget", .said("Now at campaign_budget.")),
        ("xyz", .problem("\"xyz\" is not one of the questions: type one of \(questionList).")),
        ("exit_plan", .problem("The question exit_plan is not asked with the answers given so far.")),
    ])
    func editAQuestion(_ name: String, _ reply: EngineReply) throws {
        var lines = Array(Self.design[0..<3]) + ["grow", "maintain", "maintain", "maintain", "", "", "", ""]
        lines += ["3", "40", "25", "18", "dent", "new practices signed", "4", ""]  // customers, targets
        lines.append("Dental 50, Hospitality 10, Retail 20, Legal 20")
        var interview = try TestScripts.director(after: lines)
        #expect(interview.currentQuestion?.id == "plan_start")
        #expect(TestScripts.type("/edit \(name)", into: &interview) == reply)
    }

    @Test(arguments: [
        (["/edit goals", "New goal; Second goal"], "roles"),
        (["/edit goals", ""], "roles"),
        (["/edit growth", "Hosp"], "roles"),
        (["/edit segments", ""], "roles"),
        (["/edit segments", "/skip"], "roles"),
        (["/goto 1", "Grow dental"], "roles"),
    ])
    func afterEditingAnEarlierAnswerTheSessionReturnsToTheFirstUnansweredQuestion(_ lines: [String], _ question: String) throws {
        var interview = try TestScripts.director(after: Array(Self.design[0..<3]))
        let replies = TestScripts.feed(lines, into: &interview)
        #expect(replies.allSatisfy { !$0.isRefusal })
        #expect(interview.currentQuestion?.id == question)
        #expect(interview.session.answers.values.allSatisfy { !$0.recheck })
    }

    // MARK: undo

    @Test func undoTakesBackTheLastAnswer() throws {
        let before = try TestScripts.director(after: Array(Self.design[0..<2])).session
        var interview = try TestScripts.director(after: Array(Self.design[0..<3]))
        #expect(interview.session.answers["growth_segment"] != nil)
        #expect(interview.undo() == "Took back the last change to growth_segment.")
        #expect(interview.session == before)
        #expect(interview.currentQuestion?.id == "growth_segment")
    }

    @Test func undoTakesBackOnePartAtATime() throws {
        var interview = try TestScripts.director(after: Array(Self.design[0..<6]))
        #expect(interview.session.draft == (try TestScripts.json(#"{"Dental practices": "grow", "Hospitality": "exit", "Retail": "maintain"}"#)))
        #expect(interview.undo() == "Took back the last change to roles.")
        #expect(interview.session.draft == (try TestScripts.json(#"{"Dental practices": "grow", "Hospitality": "exit"}"#)))
        #expect(interview.prompt?.part == "Retail")
        #expect(interview.undo() == "Took back the last change to roles.")
        #expect(interview.undo() == "Took back the last change to roles.")
        #expect(interview.session.draft == nil)
        #expect(interview.currentQuestion?.id == "roles")
        #expect(interview.undo() == "Took back the last change to growth_segment.")
        #expect(interview.currentQuestion?.id == "growth_segment")
    }

    @Test func undoTakesBackASkipAndAFinishedRecord() throws {
        var interview = try TestScripts.director(after: Array(Self.design[0..<2]) + ["/skip"])
        #expect(interview.session.skipped == ["growth_segment"])
        #expect(interview.undo() == "Took back skipping growth_segment.")
        #expect(interview.session.skipped.isEmpty)
        #expect(interview.currentQuestion?.id == "growth_segment")

        interview = try TestScripts.director(after: Array(Self.design[0..<37]))
        #expect(interview.session.answers["fundamentals"] != nil)
        #expect(interview.undo() == "Took back the last change to fundamentals.")
        #expect(interview.session.answers["fundamentals"] == nil)
        #expect(interview.session.draft == (try TestScripts.json(
            #"{"records": [{"item": "Website update", "budget": 6000, "month": 3, "approved": true}], "current": {}}"#)))
    }

    @Test func undoRestoresTheReCheckMarks() throws {
        var interview = try TestScripts.director(after: Self.design)
        let before = interview.session.answers
        TestScripts.feed(["/edit segments", "Dental practices, Retail, Legal"], into: &interview)
        #expect(interview.session.answers["focus"]?.recheck == true)
        #expect(interview.undo() == "Took back the last change to segments.")
        #expect(interview.session.answers == before)
        #expect(interview.currentQuestion?.id == "segments")
    }

    @Test func undoWithNothingToUndo() throws {
        var interview = TestScripts.interview(try TestScripts.director())
        let before = interview.session
        #expect(interview.undo() == "There is nothing to undo in this sitting.")
        #expect(interview.session == before)
    }

    @Test func undoTakesBackNextTopic() throws {
        var interview = try TestScripts.director(after: Array(Self.design[0..<2]))
        let before = interview.session
        #expect(interview.nextTopic() == "Moved on to Focus split.")
        let message = interview.undo()
        #expect(interview.session == before)
        #expect(message == "Took back the move to the next topic.")
    }

    @Test(arguments: [
        (5, "roles", #"{"Dental practices": "grow", "Hospitality": "exit"}"#),
        (34, "fundamentals", #"{"records": [], "current": {"item": "Website update", "budget": 6000}}"#),
        (36, "fundamentals", #"{"records": [{"item": "Website update", "budget": 6000, "month": 3, "approved": true}], "current": {}}"#),
    ])
    func undoTakesBackAStepBack(_ count: Int, _ id: String, _ draft: String) throws {
        var interview = try TestScripts.director(after: Array(Self.design[0..<count]))
        #expect(interview.session.draft == (try TestScripts.json(draft)))
        #expect(TestScripts.type("/back", into: &interview) == .said("Back one part: type it again."))
        #expect(interview.session.draft != (try TestScripts.json(draft)))
        #expect(interview.undo() == "Took back the step back in \(id).")
        #expect(interview.session.draft == (try TestScripts.json(draft)))
        #expect(interview.currentQuestion?.id == id)
    }
}

