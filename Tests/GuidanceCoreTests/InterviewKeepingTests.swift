import Foundation
import Testing
@testable import GuidanceCore

/// Nothing typed and confirmed is lost when the person moves away, and "yes" keeps what is offered.
@Suite struct InterviewKeepingTests {
    /// The DESIGN.md meeting up to the fundamentals, then one fundamentals item added.
    func withOneFundamental() throws -> Interview {
        let lines = Array(TestScripts.designLines.prefix { $0 != "Website update" }) + ["Website update", "6000", "3", "yes"]
        return try TestScripts.director(after: lines)
    }

    static let kept = [JSONValue.object(JSONObject([("item", .string("Website update")), ("budget", .number(6000)),
                                                    ("month", .number(3)), ("approved", .bool(true))]))]

    @Test(arguments: ["/goto why", "/edit goals", "/next", "/skip"])
    func recordsAddedSoFarAreKeptWhenLeaving(_ command: String) throws {
        var interview = try withOneFundamental()
        #expect(interview.currentQuestion?.id == "fundamentals")
        let reply = TestScripts.type(command, into: &interview)
        #expect(interview.session.answers["fundamentals"]?.value == .array(Self.kept), "after \(command): \(reply)")
        #expect(interview.session.draft == nil)
    }

    @Test func leavingSaysWhatWasKept() throws {
        var interview = try withOneFundamental()
        #expect(TestScripts.type("/goto why", into: &interview) == .said("Kept the fundamentals item added so far. Now at Strategic why."))
    }

    @Test(arguments: ["yes", "Yes", "keep", "same", "y"])
    func yesToACarriedForwardQuestionKeepsLastTimesAnswer(_ word: String) throws {
        var interview = try TestScripts.director(after: [], previous: try TestScripts.designAnswers())
        #expect(interview.answer(word, now: TestScripts.now) == .accepted(echo: "Replace the income of the shrinking hospitality segment"))
        #expect(interview.answer(word, now: TestScripts.now) == .accepted(echo: "Dental practices, Hospitality, Retail and Legal"))
        #expect(interview.answer(word, now: TestScripts.now) == .accepted(echo: "Dental practices"))
    }

    @Test func yesIsAnAnswerWhereItIsOneAndTextWithoutAnEarlierAnswer() throws {
        var first = try TestScripts.director(after: [])
        #expect(first.answer("yes", now: TestScripts.now) == .accepted(echo: "yes"), "no earlier answer: yes is the goal typed")
        var approved = try TestScripts.director(after: Array(TestScripts.designLines.prefix { $0 != "Website update" }) + ["Website update", "6000", "3"])
        #expect(approved.answer("yes", now: TestScripts.now) == .partAccepted(echo: "Added fundamentals item 1: Website update (budget 6,000, month 3, approved yes). Enter on an empty line when there are no more."))
    }
}

@Suite struct InterviewReturnTests {
    @Test func afterEditingALaterAnswerTheSessionComesBackToWhereItWas() throws {
        var interview = try TestScripts.director(after: Array(TestScripts.designLines.prefix(3)))
        #expect(interview.currentQuestion?.id == "roles")
        #expect(TestScripts.type("/edit campaign_budget", into: &interview) == .said("Now at campaign_budget."))
        #expect(TestScripts.type("15000", into: &interview) == .accepted("15,000"))
        #expect(interview.currentQuestion?.id == "roles", "back to the question left, not on into the fundamentals")
    }

    @Test func afterGotoTheSessionComesBackToo() throws {
        var interview = try TestScripts.director(after: Array(TestScripts.designLines.prefix(1)))
        #expect(interview.currentQuestion?.id == "segments")
        _ = TestScripts.type("/goto parameters", into: &interview)
        #expect(TestScripts.type("2027-03-01", into: &interview) == .accepted("Monday 1 March 2027"))
        #expect(interview.currentQuestion?.id == "segments")
    }
}

@Suite struct CarryForwardNewSegmentTests {
    @Test func aNewSegmentIsAskedForItsWhyAndRoleInsteadOfKeepingLastTimeWhole() throws {
        var interview = try TestScripts.director(after: ["", "Dental practices, Hospitality, Retail, Legal, Opticians", ""],
                                                 previous: try TestScripts.designAnswers())
        #expect(interview.currentQuestion?.id == "roles")
        #expect(interview.prompt?.part == "Dental practices")
        #expect(interview.prompt?.defaultAnswer == "grow", "last time's role of this segment")
        for _ in 0..<4 { _ = interview.answer("", now: TestScripts.now) }
        #expect(interview.prompt?.part == "Opticians")
        #expect(interview.answer("", now: TestScripts.now) == .refused("Type an answer for Opticians, such as \"grow\", \"maintain\" or \"exit\"."))
        #expect(interview.answer("grow", now: TestScripts.now) == .accepted(echo: "Dental practices: grow, Hospitality: exit, Retail: maintain, Legal: maintain, Opticians: grow"))
        #expect(interview.currentQuestion?.id == "segment_why")
        #expect(interview.prompt?.part == "Dental practices", "the whys are asked one by one, so Opticians gets asked")
    }
}

@Suite struct PromptPartNameTests {
    @Test func aSegmentNameWithAColonIsShownWholeAndRecordsHaveAShortName() throws {
        var interview = try TestScripts.director(after: ["Grow", "Retail: shops, Legal", "Legal", "maintain", "grow", "", ""])
        #expect(interview.currentQuestion?.id == "customers")
        #expect(interview.prompt?.partName == "Retail: shops")
        #expect(interview.prompt?.part == interview.prompt?.partName)
        interview = try TestScripts.director(after: Array(TestScripts.designLines.prefix { $0 != "Website update" }))
        #expect(interview.prompt?.partName == "Fundamentals item 1")
        #expect(interview.prompt?.part == "Fundamentals item 1: What needs doing?")
    }
}
