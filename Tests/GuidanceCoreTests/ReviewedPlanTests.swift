import Foundation
import Testing
@testable import GuidanceCore

/// The plan re-planned around a month's review: done work kept with its real hours, dropped work gone, moved work
/// on its new working day, keys kept, and the next month's review reading the re-planned plan.
@Suite struct ReviewedPlanTests {
    static func after(_ text: String) throws -> (before: Plan, after: Plan, review: MonthlyReview) {
        let plan = try MonthlyReviewTests.plan()
        let review = try MonthlyReviewTests.review(text)
        return (plan, ReviewedPlan.apply(review, to: plan), review)
    }

    @Test func aDroppedGoLiveDropsTheWholeCampaignAndItsLaunch() throws {
        let (before, after, _) = try Self.after(#"""
            {"format": "guidance-review/1", "campaigns": [{"campaign": "Leeds switch campaign", "outcome": "dropped", "reason": "Their clients had signed elsewhere"}]}
            """#)
        let leeds = try #require(before.campaigns.first { $0.name == "Leeds switch campaign" })
        #expect(leeds.tasks.contains { $0.due.month == 4 }, "the campaign has tasks after March, which go too")
        #expect(!after.campaigns.contains { $0.name == "Leeds switch campaign" })
        #expect(!after.calendar.contains { $0.key == "launch-\(leeds.key)" })
        #expect(after.cuts.last == "At the March 2027 review, Leeds switch campaign was dropped: Their clients had signed elsewhere.")
        #expect(after.marketResponses.contains { $0.hasSuffix("Response: Leeds switch campaign, dropped at the March 2027 review.") }, "\(after.marketResponses)")
        // Every other entry keeps its key, day and title: its UID stays and its SEQUENCE does not rise.
        let others = before.calendar.filter { $0.key != "launch-\(leeds.key)" }
        #expect(others.map(\.key) == after.calendar.map(\.key))
        #expect(others.map(\.date) == after.calendar.map(\.date))
        #expect(after.plannedHours == before.plannedHours - leeds.hours)
    }

    @Test func movedWorkLandsOnItsNewWorkingDayAndDoneWorkKeepsItsRealHours() throws {
        let (before, after, _) = try Self.after(#"""
            {"format": "guidance-review/1",
             "tasks": [{"campaign": "Dentistry Show", "task": "Prospect list for the segment", "outcome": "moved", "to": "2027-04-10"},
                       {"campaign": "Dentistry Show", "task": "Book the stand, venue or speaking slot", "outcome": "done", "hours": 5, "cost": 2500}]}
            """#)
        let show = try #require(after.campaigns.first { $0.name == "Dentistry Show" })
        let list = try #require(show.tasks.first { $0.activity == "Prospect list for the segment" })
        // Saturday 10 April is no working day: the task lands on Monday 12 April, in month 2, week 7.
        #expect(list.due == CalendarDate(iso: "2027-04-12") && list.month == 2 && list.week == 7)
        #expect(list.start <= list.due && list.start.isWorkingDay)
        let stand = try #require(show.tasks.first { $0.activity == "Book the stand, venue or speaking slot" })
        #expect(stand.hours == 5 && stand.cost == 2500)
        let was = try #require(before.campaigns.first { $0.name == "Dentistry Show" })
        #expect(show.hours == was.hours + 3 && show.key == was.key && list.key == was.tasks.first { $0.activity == list.activity }?.key)
        #expect(after.rows.map(\.due) == after.rows.map(\.due).sorted())
    }

    @Test func workMovedPastThePlansEndBelongsToTheNextPlan() throws {
        let (_, after, _) = try Self.after(#"""
            {"format": "guidance-review/1", "tasks": [{"campaign": "Dentistry Show", "task": "Prospect list for the segment", "outcome": "moved", "to": "2027-06-15"}]}
            """#)
        #expect(!after.rows.contains { $0.activity == "Prospect list for the segment" && $0.campaign == "Dentistry Show" })
        #expect(after.cuts.last == "At the March 2027 review, Prospect list for the segment (Dentistry Show) was moved to Tuesday 15 June 2027, after the plan ends: it belongs in the next plan.")
    }

    @Test func theNextMonthsReviewAsksAboutWorkMovedIntoIt() throws {
        let plan = try MonthlyReviewTests.plan()
        let march = try JSONParser.parse(Data(#"""
            {"format": "guidance-review/1", "tasks": [{"campaign": "Dentistry Show", "task": "Prospect list for the segment", "outcome": "moved", "to": "2027-04-12"}]}
            """#.utf8))
        let april = try JSONParser.parse(Data(#"""
            {"format": "guidance-review/1", "tasks": [{"campaign": "Dentistry Show", "task": "Prospect list for the segment", "outcome": "done", "hours": 7}]}
            """#.utf8))
        let chain = try ReviewChain.apply([1: march, 2: april], to: plan, sessionID: "2027-02-01-abcd")
        #expect(chain.reviews.map(\.month) == [1, 2])
        #expect(chain.plan.rows.first { $0.activity == "Prospect list for the segment" && $0.campaign == "Dentistry Show" }?.hours == 7)
        #expect(throws: ReviewChainProblem(month: 2, problem: ReviewProblem(#"In tasks, entry 1, "Prospect list for the segment" of "Dentistry Show" is no task due or started in this month."#))) {
            try ReviewChain.apply([2: april], to: plan, sessionID: "2027-02-01-abcd")
        }
    }
}

/// A review left half-way reports only what was answered.
@Suite struct UnfinishedReviewTests {
    @Test func theTasksNotAnsweredYetAreNotReviewed() throws {
        let review = try MonthlyReviewTests.review(#"""
            {"format": "guidance-review/1", "complete": false,
             "tasks": [{"campaign": "Dentistry Show", "task": "Prospect list for the segment", "outcome": "done", "hours": 6}]}
            """#)
        #expect(!review.complete && review.tasks.count == 1 && review.tasks.first?.outcome == .done)
        let plan = try MonthlyReviewTests.plan()
        let status = PlanStatus(plan: plan, reviews: [review])
        #expect(status.launches.contains { $0.outcome == nil }, "a campaign not answered yet is not reviewed")
        #expect(ReviewedPlan.apply(review, to: plan).rows.count == plan.rows.count)
    }
}

/// The weeks left checked again after a review.
@Suite struct ReviewedWeeksTests {
    @Test func aWeekFilledPastTheTeamsHoursByMovedWorkIsARuleThatGaveWay() throws {
        let (before, after, _) = try ReviewedPlanTests.after(#"""
            {"format": "guidance-review/1", "tasks": [{"campaign": "Dentistry Show", "task": "Prospect list for the segment", "outcome": "moved", "to": "2027-04-12"}]}
            """#)
        let loads = ReviewedPlan.weekLoads(after)
        #expect(loads[7, default: 0] > ReviewedPlan.weekLoads(before)[7, default: 0])
        #expect(after.conflicts.contains { $0.hasPrefix("After the March 2027 review, the week of Monday 12 April 2027 holds ") && $0.hasSuffix("move or drop something that week.") },
                "\(after.conflicts)")
        #expect(after.conflicts.count == before.conflicts.count + 1)
        #expect(after.risks == before.risks, "no unplanned work, no new risk")
    }

    @Test func unplannedWorkOfATenthOfTheMonthOrMoreIsARisk() throws {
        let (before, after, _) = try ReviewedPlanTests.after(#"""
            {"format": "guidance-review/1", "unplanned": [{"what": "Calls", "segment": "Hospitality", "hours": 35}, {"what": "Fair", "segment": "Retail", "hours": 6}]}
            """#)
        let risk = try #require(after.risks.last)
        #expect(after.risks.count == before.risks.count + 1)
        #expect(risk.risk.hasPrefix("Unplanned work took 41 hours in March 2027, against ") && risk.segments == ["Hospitality", "Retail"])
        let (_, small, _) = try ReviewedPlanTests.after(#"{"format": "guidance-review/1", "unplanned": [{"what": "Calls", "hours": 2}]}"#)
        #expect(small.risks == before.risks)
    }
}

/// Unplanned work at a month's rate, taken off the weeks left.
@Suite struct UnplannedRateTests {
    @Test func theWeeksLeftThatNoLongerFitAreNamedInOneLine() throws {
        let (before, after, _) = try ReviewedPlanTests.after(#"""
            {"format": "guidance-review/1", "unplanned": [{"what": "Calls", "segment": "Hospitality", "hours": 41}]}
            """#)
        let line = try #require(after.conflicts.last)
        #expect(after.conflicts.count == before.conflicts.count + 1)
        #expect(line.hasPrefix("After the March 2027 review, ") && line.contains(" weeks left no longer fit if unplanned work goes on as in March 2027 (about 9.3 hours a week), in the weeks of "))
        #expect(line.hasSuffix(": decide what to drop there, or expect it to stop."))
        let (_, calm, _) = try ReviewedPlanTests.after(#"{"format": "guidance-review/1"}"#)
        #expect(calm.conflicts == before.conflicts)
    }
}
