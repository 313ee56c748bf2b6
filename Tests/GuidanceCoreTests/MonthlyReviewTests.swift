import Foundation
import Testing
@testable import GuidanceCore

/// A month's review read from its JSON: the tasks it asks about, outcomes by campaign and by task, unplanned work,
/// every refusal in a sentence, and the stored file read back the same.
@Suite struct MonthlyReviewTests {
    static func plan() throws -> Plan { try PlanRulesBreakTests.planned("alex").plan }

    static func review(_ text: String, month: Int = 1) throws(ReviewProblem) -> MonthlyReview {
        let plan: Plan
        do { plan = try Self.plan() } catch { throw ReviewProblem("\(error)") }
        let json: JSONValue
        do { json = try JSONParser.parse(Data(text.utf8)) } catch { throw ReviewProblem("\(error)") }
        return try MonthlyReview(json: json, plan: plan, sessionID: "2027-02-01-abcd", month: month)
    }

    @Test func theMonthsTasksAreThoseDueOrStartedInIt() throws {
        let plan = try Self.plan()
        let march = ReviewScope.tasks(of: plan, month: 1)
        #expect(!march.isEmpty)
        #expect(march.allSatisfy { $0.due.month == 3 || $0.start.month == 3 })
        #expect(plan.rows.filter { $0.due.month == 3 || $0.start.month == 3 }.count == march.count)
        #expect(ReviewScope.month(of: CalendarDate(iso: "2027-04-30")!, in: plan) == 2)
        #expect(ReviewScope.month(of: CalendarDate(iso: "2027-06-01")!, in: plan) == nil)
    }

    @Test func anEmptyAnswerTakesThePlanAsDone() throws {
        let review = try Self.review(#"{"format": "guidance-review/1"}"#)
        let march = ReviewScope.tasks(of: try Self.plan(), month: 1)
        #expect(review.tasks.map(\.key) == march.map(\.key))
        #expect(review.tasks.allSatisfy { $0.outcome == .done })
        #expect(review.tasks.map(\.hours) == march.map(\.hours))
        #expect(review.complete)
    }

    @Test func aCampaignIsAnsweredAtOnceAndATaskOnItsOwn() throws {
        let review = try Self.review(#"""
            {"format": "guidance-review/1", "rest": "going",
             "campaigns": [{"campaign": "Leeds switch campaign", "outcome": "dropped", "reason": "The competitor reopened"}],
             "tasks": [{"campaign": "Dentistry Show", "task": "Book the stand, venue or speaking slot", "outcome": "done", "hours": 3.5, "cost": 2400},
                       {"campaign": "Dentistry Show", "task": "Prospect list for the segment", "outcome": "moved", "to": "2027-04-06"}],
             "unplanned": [{"what": "Hotel client crisis calls", "segment": "Hospitality", "hours": 12}]}
            """#)
        let plan = try Self.plan()
        let rows = Dictionary(plan.rows.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for report in review.tasks {
            let row = try #require(rows[report.key])
            switch (row.campaign, row.activity) {
            case ("Leeds switch campaign", _): #expect(report.outcome == .dropped(reason: "The competitor reopened") && report.hours == 0)
            case ("Dentistry Show", "Book the stand, venue or speaking slot"): #expect(report.outcome == .done && report.hours == 3.5 && report.cost == 2400)
            case ("Dentistry Show", "Prospect list for the segment"): #expect(report.outcome == .moved(to: CalendarDate(iso: "2027-04-06")!) && report.hours == 0)
            default: #expect(report.outcome == .going && report.hours == row.hours)
            }
        }
        #expect(review.unplanned == [MonthlyReview.UnplannedWork(what: "Hotel client crisis calls", segment: "Hospitality", hours: 12)])
    }

    @Test(arguments: [
        (#"[]"#, #"A review is a JSON object; start it with {"format": "guidance-review/1", ...}."#),
        (#"{"format": "guidance-review/2"}"#, #"The review's "format" should be "guidance-review/1"."#),
        (#"{"format": "guidance-review/1", "session": "2027-01-01-zzzz"}"#, "The review is of session 2027-01-01-zzzz, not 2027-02-01-abcd."),
        (#"{"format": "guidance-review/1", "month": 2}"#, "The review is of month 2, not month 1."),
        (#"{"format": "guidance-review/1", "rest": "dropped"}"#, #""rest" should be done or going, not dropped."#),
        (#"{"format": "guidance-review/1", "campaigns": [{"campaign": "Nope"}]}"#, #"In campaigns, entry 1, the campaign "Nope" has no task due or started in month 1."#),
        (#"{"format": "guidance-review/1", "tasks": [{"task": "x"}]}"#, #"In tasks, entry 1, name the task with "campaign" and "task" (and "due" when the task repeats)."#),
        (#"{"format": "guidance-review/1", "tasks": [{"campaign": "Dentistry Show", "task": "Nope"}]}"#, #"In tasks, entry 1, "Nope" of "Dentistry Show" is no task due or started in this month."#),
        (#"{"format": "guidance-review/1", "tasks": [{"campaign": "Dentistry Show", "task": "Prospect list for the segment", "outcome": "moved"}]}"#, #"In tasks, entry 1, a moved task needs "to": its new due day, such as "2027-04-12"."#),
        (#"{"format": "guidance-review/1", "tasks": [{"campaign": "Dentistry Show", "task": "Prospect list for the segment", "outcome": "dropped", "reason": " "}]}"#, #"In tasks, entry 1, a dropped task needs "reason": why it was dropped."#),
        (#"{"format": "guidance-review/1", "tasks": [{"campaign": "Dentistry Show", "task": "Prospect list for the segment", "outcome": "lost"}]}"#, #"In tasks, entry 1, "outcome" should be done, moved, dropped or going, not "lost"."#),
        (#"{"format": "guidance-review/1", "tasks": [{"campaign": "Dentistry Show", "task": "Prospect list for the segment", "hours": -1}]}"#, #"In tasks, entry 1, "hours" should be a number from 0 up."#),
        (#"{"format": "guidance-review/1", "unplanned": [{"what": "Calls", "segment": "Cafés", "hours": 2}]}"#, #"In unplanned, entry 1, "Cafés" is not a segment of the plan (Dental practices, Hospitality, Retail, Legal); leave "segment" empty for work for none."#),
        (#"{"format": "guidance-review/1", "unplanned": [{"what": "Calls", "hours": 0}]}"#, #"In unplanned, entry 1, "hours" should say how many hours it took (more than 0)."#),
    ] as [(String, String)])
    func aReviewThatCannotBeUsedSaysWhy(_ text: String, _ message: String) {
        #expect(throws: ReviewProblem(message)) { try Self.review(text) }
    }

    @Test func theStoredFileReadsBackAsTheSameReview() throws {
        let review = try Self.review(#"""
            {"format": "guidance-review/1", "tasks": [{"campaign": "Dentistry Show", "task": "Prospect list for the segment", "outcome": "moved", "to": "2027-04-06"}],
             "unplanned": [{"what": "Fair stand, \"quoted\"", "segment": "", "hours": 2.5, "cost": 40}]}
            """#)
        let plan = try Self.plan()
        let text = JSONWriter.write(review.json(plan: plan))
        #expect(text.contains(#""format": "guidance-review/1""#) || text.contains(#""format":"guidance-review/1""#))
        let again = try MonthlyReview(json: try JSONParser.parse(Data(text.utf8)), plan: plan, sessionID: "2027-02-01-abcd", month: 1)
        #expect(again == review)
        #expect(MonthlyReview.fileName(sessionID: "2027-02-01-abcd", month: 2) == "2027-02-01-abcd.review-2")
        #expect(!MonthlyReview.fileName(sessionID: "2027-02-01-abcd", month: 2).hasSuffix(".json"))
    }
}
