import Foundation
import Testing
@testable import GuidanceCore

/// One simple answer type, one typed line, and what the engine makes of it.
struct TypedAnswerCase: Sendable, CustomStringConvertible {
    /// The `"type"` member (and its options) of the question.
    let type: String
    let line: String
    /// The echo of an accepted answer, or the message of a refusal.
    let said: String
    /// The stored value as JSON text; `nil` for a refusal.
    let stored: String?

    var description: String { "\(type) <- \(line.prefix(40))" }
}

private let text = #""type": "text""#
private let goals = #""type": "list", "separators": ";""#
private let list = #""type": "list""#
private let pick = #""type": "choice", "options_from": "segments""#
private let fixed = #""type": "choice", "options": ["Dental practices", "Dental labs", "Retail"]"#
private let currency = #""type": "choice", "options": ["GBP", "EUR", "USD"], "default": "GBP""#
private let some = #""type": "choices", "options_from": "segments", "default": []"#
private let yesno = #""type": "yesno""#
private let hours = #""type": "number", "min": 1, "max": 400, "unit": "hours""#
private let capacity = #""type": "number", "min": -100, "max": 100, "whole": true, "unit": "%""#
private let percent = #""type": "percent""#
private let money = #""type": "money""#
private let date = #""type": "date""#
private let month = #""type": "month""#

@Suite struct InterviewTests {
    /// An interview of one question of `type` after the segments of the DESIGN.md example.
    func oneQuestion(_ type: String) throws -> Interview {
        var interview = TestScripts.interview(try TestScripts.withSegments(TestScripts.question("q", type)))
        TestScripts.type(TestScripts.segmentsLine, into: &interview)
        return interview
    }

    @Test func meetingDateIsFixed() {
        #expect(TestScripts.meetingDate.iso == "2027-02-01")
        #expect(TestScripts.meetingDate.weekdayName == "Monday")
    }

    static let accepted: [TypedAnswerCase] = [
        .init(type: text, line: "  Grow dental  ", said: "Grow dental", stored: #""Grow dental""#),
        .init(type: goals, line: "Replace income; Win 10 practices, by June", said: "Replace income and Win 10 practices, by June",
              stored: #"["Replace income", "Win 10 practices, by June"]"#),
        .init(type: goals, line: "One goal only", said: "One goal only", stored: #"["One goal only"]"#),
        .init(type: list, line: "Dental, Retail; Legal", said: "Dental, Retail and Legal", stored: #"["Dental", "Retail", "Legal"]"#),
        .init(type: pick, line: "dent", said: "Dental practices", stored: #""Dental practices""#),
        .init(type: pick, line: "HOSP", said: "Hospitality", stored: #""Hospitality""#),
        .init(type: pick, line: "practices", said: "Dental practices", stored: #""Dental practices""#),
        .init(type: pick, line: "Legal", said: "Legal", stored: #""Legal""#),
        .init(type: fixed, line: "dental l", said: "Dental labs", stored: #""Dental labs""#),
        .init(type: currency, line: "", said: "GBP", stored: #""GBP""#),
        .init(type: currency, line: "eur", said: "EUR", stored: #""EUR""#),
        .init(type: some, line: "retail, dent", said: "Dental practices and Retail", stored: #"["Dental practices", "Retail"]"#),
        .init(type: some, line: "all", said: "Dental practices, Hospitality, Retail and Legal",
              stored: #"["Dental practices", "Hospitality", "Retail", "Legal"]"#),
        .init(type: some, line: "", said: "all", stored: "[]"),
        .init(type: yesno, line: "y", said: "yes", stored: "true"),
        .init(type: yesno, line: "Approved", said: "yes", stored: "true"),
        .init(type: yesno, line: "no", said: "no", stored: "false"),
        .init(type: hours, line: "30", said: "30 hours", stored: "30"),
        .init(type: hours, line: "37.5 hours", said: "37.5 hours", stored: "37.5"),
        .init(type: hours, line: "30h", said: "30 hours", stored: "30"),
        .init(type: capacity, line: "-50", said: "-50%", stored: "-50"),
        .init(type: capacity, line: "+20%", said: "20%", stored: "20"),
        .init(type: capacity, line: "-100", said: "-100%", stored: "-100"),
        .init(type: percent, line: "50%", said: "50%", stored: "50"),
        .init(type: percent, line: "0", said: "0%", stored: "0"),
        .init(type: money, line: "12,000", said: "12,000", stored: "12000"),
        .init(type: money, line: "£6k", said: "6,000", stored: "6000"),
        .init(type: money, line: "1250.50", said: "1,250.50", stored: "1250.5"),
        .init(type: money, line: "GBP 500", said: "500", stored: "500"),
        .init(type: date, line: "2027-03-01", said: "Monday 1 March 2027", stored: #""2027-03-01""#),
        .init(type: date, line: "next monday", said: "Monday 8 February 2027", stored: #""2027-02-08""#),
        .init(type: date, line: "Friday", said: "Friday 5 February 2027", stored: #""2027-02-05""#),
        .init(type: date, line: "tomorrow", said: "Tuesday 2 February 2027", stored: #""2027-02-02""#),
        .init(type: date, line: "end of month", said: "Sunday 28 February 2027", stored: #""2027-02-28""#),
        .init(type: date, line: "in 2 weeks", said: "Monday 15 February 2027", stored: #""2027-02-15""#),
        .init(type: month, line: "2", said: "month 2", stored: "2"),
        .init(type: month, line: "third", said: "month 3", stored: "3"),
        .init(type: month, line: "month 1", said: "month 1", stored: "1"),
    ]

    @Test(arguments: accepted)
    func acceptsEveryAnswerType(_ c: TypedAnswerCase) throws {
        var interview = try oneQuestion(c.type)
        #expect(interview.answer(c.line, now: "2027-02-01T10:05:00Z") == .accepted(echo: c.said))
        let stored = try TestScripts.json(try #require(c.stored))
        #expect(interview.session.answers["q"] == Session.Answer(value: stored, at: "2027-02-01T10:05:00Z"))
        #expect(interview.isFinished)
        #expect(interview.session.status == .complete)
    }

    static let refused: [TypedAnswerCase] = [
        .init(type: text, line: "", said: "This question needs an answer, such as: an example. Type /help for help or /skip to leave it for later.", stored: nil),
        .init(type: text, line: String(repeating: "a", count: 2001),
              said: "The answer is 2001 characters long: shorten it to 2000 characters or fewer, such as \"Grow our share of dental practices\".", stored: nil),
        .init(type: goals, line: " ; ; ", said: "\"; ;\" has no items in it: type one or more items separated by \";\", such as \"Dental practices; Retail; Legal\".", stored: nil),
        .init(type: goals, line: "Grow; grow", said: "\"grow\" is in the list twice: name each item once, such as \"Grow\".", stored: nil),
        .init(type: list, line: "", said: "This question needs an answer, such as: an example. Type /help for help or /skip to leave it for later.", stored: nil),
        .init(type: pick, line: "xyz", said: "\"xyz\" is not one of the options: type one of Dental practices, Hospitality, Retail or Legal.", stored: nil),
        .init(type: fixed, line: "dental", said: "\"dental\" could be Dental practices or Dental labs: type more of the name, such as \"Dental practices\".", stored: nil),
        .init(type: currency, line: "pounds", said: "\"pounds\" is not one of the options: type one of GBP, EUR or USD.", stored: nil),
        .init(type: some, line: "Retail, Hotels", said: "\"Hotels\" is not one of the options: type one of Dental practices, Hospitality, Retail or Legal.", stored: nil),
        .init(type: some, line: "Retail, retail", said: "\"retail\" names Retail a second time: name each option once, such as \"Retail\".", stored: nil),
        .init(type: yesno, line: "maybe", said: "\"maybe\" is not a yes or no answer: type yes or no.", stored: nil),
        .init(type: hours, line: "0", said: "\"0\" is outside the range 1 to 400 hours: type a number in that range, such as 30 hours.", stored: nil),
        .init(type: hours, line: "lots", said: "\"lots\" is not a number of hours: type digits, such as 30 hours.", stored: nil),
        .init(type: capacity, line: "150", said: "\"150\" is outside the range -100% to 100%: type a number in that range, such as 30%.", stored: nil),
        .init(type: capacity, line: "-50.5", said: "\"-50.5\" is not a whole number: type it without decimals, such as 30%.", stored: nil),
        .init(type: percent, line: "101", said: "\"101\" is outside the range 0% to 100%: type a number in that range, such as 30%.", stored: nil),
        .init(type: percent, line: "12.5", said: "\"12.5\" is not a whole number: type it without decimals, such as 30%.", stored: nil),
        .init(type: money, line: "12,00", said: "\"12,00\" is not an amount of money: use a dot for pence or cents and commas only between thousands, such as 12,000 or 1200.50.", stored: nil),
        .init(type: money, line: "-5", said: "\"-5\" is less than zero: type an amount of zero or more, such as 12,000 or 1200.50.", stored: nil),
        .init(type: money, line: "lots", said: "\"lots\" is not an amount of money: type digits, such as 12,000 or 1200.50.", stored: nil),
        .init(type: date, line: "2027-02-30", said: "\"2027-02-30\" is not a real date: February 2027 has 28 days, so pick a day from 1 to 28, such as 2027-02-28.", stored: nil),
        .init(type: date, line: "someday", said: "\"someday\" is not a date I understand: type it as 2027-03-01 or 1/3/2027, or say \"next monday\", \"end of month\" or \"in 2 weeks\".", stored: nil),
        .init(type: month, line: "4", said: "\"4\" is not a month of the plan: the plan runs for three months, so type 1, 2 or 3 (for example 2 for its second month).", stored: nil),
        .init(type: month, line: "", said: "This question needs an answer, such as: an example. Type /help for help or /skip to leave it for later.", stored: nil),
        .init(type: some, line: "none", said: noneMeansAll, stored: nil),
        .init(type: some, line: "NONE", said: noneMeansAll, stored: nil),
        .init(type: some, line: "-", said: noneMeansAll, stored: nil),
        .init(type: some, line: " nothing ", said: noneMeansAll, stored: nil),
    ]

    static let noneMeansAll = "Here no names means all of them: name one or more of "
        + "Dental practices, Hospitality, Retail or Legal, or type all."

    @Test(arguments: refused)
    func refusesWithAMessageAndStoresNothing(_ c: TypedAnswerCase) throws {
        var interview = try oneQuestion(c.type)
        let before = interview.session
        #expect(interview.answer(c.line, now: "2027-02-01T10:05:00Z") == .refused(c.said))
        #expect(interview.session == before)
        #expect(interview.currentQuestion?.id == "q")
    }

    @Test func noneForAChoicesQuestionIsRefusedAndEnterGivesAll() throws {
        var interview = try oneQuestion(some)
        #expect(interview.answer("none", now: TestScripts.now) == .refused(Self.noneMeansAll))
        #expect(interview.session.answers["q"] == nil)
        #expect(interview.answer("", now: TestScripts.now) == .accepted(echo: "all"))
        #expect(interview.session.answers["q"]?.value == .array([]))
    }

    /// A choices question where Enter does not give all: no default, or an earlier answer that Enter keeps.
    @Test(arguments: [
        (#""type": "choices", "options_from": "segments""#, [String](), EngineReply.refused(
            "This question needs an answer, such as: Dental practices, Hospitality. Type /help for help or /skip to leave it for later.")),
        (some, ["Retail", "/edit q"], .accepted("Retail")),
    ])
    func noneIsNotAnsweredWithAdviceThatEnterDoesNotFollow(_ type: String, _ before: [String], _ enter: EngineReply) throws {
        var interview = try oneQuestion(type)
        TestScripts.feed(before, into: &interview)
        #expect(interview.currentQuestion?.id == "q")
        let reply = interview.answer("none", now: TestScripts.now)
        #expect(reply.isRefusal)
        #expect(reply == .refused(Self.noneMeansAll), "the advice does not depend on what Enter gives")
        #expect(TestScripts.type("", into: &interview) == enter)
    }

    @Test func tabOffersOnlyWordsAChoicesFieldTakes() throws {
        var interview = TestScripts.interview(try TestScripts.director())
        TestScripts.feed(Array(TestScripts.designLines[0..<37]) + ["Jo leaves", "2027-03-31", "2027-05-31"], into: &interview)
        #expect(interview.prompt?.part == "Internal change 1: Which segments does it touch? (Enter for all)")
        let words = try #require(interview.prompt?.completions)
        #expect(words.starts(with: ["Dental practices", "Hospitality", "Retail", "Legal", "all"]))
        let refused = words.filter { word in
            var copy = interview
            return copy.answer(word, now: TestScripts.now).isRefusal
        }
        #expect(refused.isEmpty, "refused: \(refused)")
    }

    @Test func theDesignExampleMeetingStoresTheContractAnswers() throws {
        var interview = TestScripts.interview(try TestScripts.director())
        let replies = TestScripts.feed(TestScripts.designLines, into: &interview)
        #expect(replies.filter(\.isRefusal).isEmpty)
        #expect(interview.isFinished)
        #expect(interview.session.status == .complete)
        #expect(interview.session.skipped.isEmpty)
        #expect(interview.session.draft == nil)
        var expected = try TestScripts.designAnswersV2()
        expected["exit_plan"] = .string("Keep current clients happy until their contracts end")
        #expect(interview.session.values == expected)
        #expect(interview.session.answerOrder == interview.script.questions.map(\.question.id))
        #expect(interview.session.answers.values.allSatisfy { !$0.recheck })
    }

    @Test func anOptionalQuestionLeftBlankIsSkipped() throws {
        var interview = try TestScripts.director(after: Array(TestScripts.designLines[0..<11]))
        #expect(interview.currentQuestion?.id == "exit_plan")
        #expect(interview.answer("", now: TestScripts.now) == .skipped("Left unanswered for now; /edit exit_plan comes back to it."))
        #expect(interview.session.skipped == ["exit_plan"])
        #expect(interview.session.answers["exit_plan"] == nil)
        #expect(interview.currentQuestion?.id == "customers")
    }

    @Test func aFinishedSessionRefusesAnswersAndSkips() throws {
        var interview = try TestScripts.director(after: TestScripts.designLines)
        let before = interview.session
        #expect(interview.answer("more", now: TestScripts.now) == .refused("The session is finished; use /edit QUESTION to change an answer."))
        #expect(interview.skip() == .refused("The session is finished; there is nothing to skip."))
        #expect(interview.session == before)
        #expect(interview.prompt == nil)
    }

    @Test func aQuestionWhoseListIsNotGivenSaysWhichAnswerItNeeds() throws {
        var interview = try TestScripts.director(after: ["Grow dental", "/skip"])
        #expect(interview.currentQuestion?.id == "growth_segment")
        #expect(interview.answer("dent", now: TestScripts.now) == .refused(
            "This question works from the answer to \"segments\", which is not given yet; use /edit segments to answer it first."))
        #expect(TestScripts.type("/skip", into: &interview) == .skipped("Left unanswered for now; /edit growth_segment comes back to it."))
        #expect(interview.answer("grow", now: TestScripts.now) == .refused(
            "This question works from the answer to \"segments\", which is not given yet; use /edit segments to answer it first."))
        #expect(interview.prompt?.note == "Answer \"segments\" first (/edit segments).")
    }

    @Test func aChoicesFieldWhoseListIsNotGivenSaysWhichAnswerItNeeds() throws {
        let script = try TestScripts.withSegments(#"""
            {"id": "changes", "ask": "Changes?", "type": "records", "help": "h", "example": "x", "fields": [
              {"id": "change", "ask": "What?", "type": "text", "help": "h", "example": "x"},
              {"id": "segments", "ask": "Which segments?", "type": "choices", "options_from": "segments", "help": "h", "example": "Retail"}]}
            """#)
        var interview = TestScripts.interview(script)
        let replies = TestScripts.feed(["/skip", "Jo leaves", "Retail"], into: &interview)
        #expect(replies == [.skipped("Left unanswered for now; /edit segments comes back to it."), .part("Change: Jo leaves"), .refused(
            "This question works from the answer to \"segments\", which is not given yet; use /edit segments to answer it first.")])
        #expect(interview.prompt?.part == "Change 1: Which segments?")
    }

    // MARK: conditions

    static let exitPlanText = "How should marketing treat those customers while we wind down?"

    @Test(arguments: [
        (["grow", "maintain", "maintain", "maintain"], "customers", nil),
        (["grow", "exit", "maintain", "maintain"], "exit_plan", "We are leaving Hospitality. \(exitPlanText)"),
        (["exit", "exit", "grow", "maintain"], "exit_plan", "We are leaving Dental practices and Hospitality. \(exitPlanText)"),
        (["maintain", "maintain", "maintain", "exit"], "exit_plan", "We are leaving Legal. \(exitPlanText)"),
    ] as [([String], String, String?)])
    func exitPlanIsAskedOnlyWhenARoleIsExit(_ roles: [String], _ next: String, _ text: String?) throws {
        let lines = Array(TestScripts.designLines[0..<3]) + roles + ["", "", "", ""]
        let interview = try TestScripts.director(after: lines)
        #expect(interview.currentQuestion?.id == next)
        if let text { #expect(interview.prompt?.text == text) }
    }

    @Test func exitPlanIsDroppedWhenNoRoleIsExitAnyMore() throws {
        var interview = try TestScripts.director(after: TestScripts.designLines)
        let replies = TestScripts.feed(["/edit roles", "grow", "maintain", "maintain", "maintain"], into: &interview)
        #expect(replies.last == .accepted("Dental practices: grow, Hospitality: maintain, Retail: maintain, Legal: maintain"))
        #expect(interview.currentQuestion?.id == "targets", "the targets read the roles: checked again")
        #expect(TestScripts.type("", into: &interview) == .accepted("Dental practices (measure new practices signed, amount 4)"))
        #expect(interview.isFinished)
        #expect(TestScripts.type("/edit exit_plan", into: &interview) == .problem("The question exit_plan is not asked with the answers given so far."))
        #expect(TestScripts.type("/back", into: &interview) == .said("Back to the last question."))
        #expect(interview.currentQuestion?.id == "marketer")
    }

    @Test func exitPlanIsAskedOnceARoleBecomesExit() throws {
        var lines = TestScripts.designLines
        lines.replaceSubrange(3..<7, with: ["grow", "maintain", "maintain", "maintain"])
        lines.remove(at: 11)  // no exit plan
        var interview = try TestScripts.director(after: lines)
        #expect(interview.isFinished)
        #expect(interview.session.answers["exit_plan"] == nil)
        TestScripts.feed(["/edit roles", "grow", "exit", "maintain", "maintain"], into: &interview)
        #expect(interview.currentQuestion?.id == "exit_plan")
        #expect(interview.prompt?.text == "We are leaving Hospitality. \(Self.exitPlanText)")
        #expect(interview.answer("Look after them", now: TestScripts.now) == .accepted(echo: "Look after them"))
        #expect(interview.currentQuestion?.id == "targets", "the targets read the roles: checked again")
        #expect(TestScripts.type("", into: &interview) == .accepted("Dental practices (measure new practices signed, amount 4)"))
        #expect(interview.isFinished)
    }
}
