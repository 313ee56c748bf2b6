import Foundation
import Testing
@testable import GuidanceCore

/// Leaving a question answered in parts never silently loses a part that was acknowledged with "+".
@Suite("Leaving a question part-way")
struct InterviewSettleTests {
    static let ways = ["/goto 1", "/edit goals", "/next", "/skip"]

    /// Leaves the current question the way named; returns what the interview said.
    static func leave(_ way: Int, _ interview: inout Interview) -> String {
        switch way {
        case 0: return (try? interview.goto(topic: "1").get()) ?? ""
        case 1: return (try? interview.edit(question: "goals").get()) ?? ""
        case 2: return interview.nextTopic()
        default: if case .skipped(let said) = interview.skip() { return said } else { return "" }
        }
    }

    @Test(arguments: 0..<4)
    func perSegmentPartsAreKeptAndAskedAgainWithEnterKeepingEach(_ way: Int) throws {
        var interview = try TestScripts.director(after: Array(TestScripts.designLines.prefix(3)) + ["grow", "exit"])
        #expect(interview.currentQuestion?.id == "roles")
        let said = Self.leave(way, &interview)
        #expect(said.hasPrefix("Kept the answers typed for Dental practices and Hospitality; the rest is still to give, so /edit roles comes back to it."),
                "\(Self.ways[way]): \(said)")
        let roles = try #require(interview.session.answers["roles"])
        #expect(roles.value == .object(JSONObject([("Dental practices", .string("grow")), ("Hospitality", .string("exit"))])))
        #expect(roles.recheck)
        if case .failure(let problem) = SessionCheck.check(interview.session, script: interview.script) { Issue.record("\(problem.message)") }
        _ = try interview.edit(question: "roles").get()
        let replies = TestScripts.feed(["", "", "maintain", "maintain"], into: &interview)
        #expect(replies.last == .accepted("Dental practices: grow, Hospitality: exit, Retail: maintain, Legal: maintain"))
        #expect(interview.session.answers["roles"]?.recheck == false)
    }

    @Test(arguments: 0..<4)
    func splitSharesThatDoNotTotalAHundredAreNamedAsNotKept(_ way: Int) throws {
        let upToFocus = Array(TestScripts.designLines.prefix(while: { !$0.hasPrefix("Dental 50") }))
        var interview = try TestScripts.director(after: upToFocus + ["50"])
        #expect(interview.currentQuestion?.id == "focus")
        let said = Self.leave(way, &interview)
        #expect(said.hasPrefix("The shares typed so far (Dental practices 50%) are not kept: a split must total 100%. /edit focus comes back to it."),
                "\(Self.ways[way]): \(said)")
        #expect(interview.session.answers["focus"] == nil)
    }

    @Test func aRecordHalfTypedIsNamedAsNotKept() throws {
        let upToFundamentals = Array(TestScripts.designLines.prefix(while: { $0 != "Website update" }))
        var interview = try TestScripts.director(after: upToFundamentals + ["Website update", "6000", "3", "yes", "Brochure"])
        #expect(interview.skip() == .skipped("Kept the fundamentals item added so far. The fundamentals item being typed was not finished, so it is not kept."))
        #expect(interview.session.answers["fundamentals"]?.value.arrayValue?.count == 1)
    }
}
