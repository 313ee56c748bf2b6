import Foundation
import Testing
@testable import GuidanceCore

/// The plan to date from its monthly reviews: actual shares against the split, launches, slips, unplanned work, the warning.
@Suite struct PlanStatusTests {
    /// Alex's first month as it really went: the Leeds campaign dropped, the prospect list moved, and 30 hours of calls
    /// with worried hospitality clients and 14 at a retail fair that no plan had.
    static func firstMonth() throws -> (Plan, MonthlyReview) {
        let plan = try MonthlyReviewTests.plan()
        let review = try MonthlyReviewTests.review(#"""
            {"format": "guidance-review/1",
             "campaigns": [{"campaign": "Leeds switch campaign", "outcome": "dropped", "reason": "Their clients had signed elsewhere"}],
             "tasks": [{"campaign": "Dentistry Show", "task": "Prospect list for the segment", "outcome": "moved", "to": "2027-04-06"}],
             "unplanned": [{"what": "Calls with worried hospitality clients", "segment": "Hospitality", "hours": 30},
                           {"what": "Retail trade fair stand", "segment": "Retail", "hours": 14, "cost": 600}]}
            """#)
        return (plan, review)
    }

    @Test func theGrowthSegmentFallingBelowItsShareIsAWarningInPlainWords() throws {
        let (plan, review) = try Self.firstMonth()
        let status = PlanStatus(plan: plan, reviews: [review])
        #expect(status.months == [1])
        let dental = try #require(status.segments.first { $0.name == "Dental practices" })
        #expect(dental.actualShare < dental.plannedShare)
        #expect(status.warnings == ["Dental practices: \(NSDecimalNumber(decimal: dental.actualShare.rounded(0)).intValue)% of the hours so far against 50% directed."])
        #expect(status.segments.reduce(Decimal(0)) { $0 + $1.actualShare } > 99.5)
        let hospitality = try #require(status.segments.first { $0.name == "Hospitality" })
        #expect(hospitality.unplannedHours == 30 && hospitality.actualHours >= 30)
        #expect(status.segments.first { $0.name == "Retail" }?.actualCost == 600)
    }

    @Test func aMonthAsPlannedWarnsOfNothing() throws {
        let plan = try MonthlyReviewTests.plan()
        let status = PlanStatus(plan: plan, reviews: [try MonthlyReviewTests.review(#"{"format": "guidance-review/1"}"#)])
        #expect(status.warnings.isEmpty)
        #expect(status.slips.isEmpty && status.unplanned.isEmpty)
        #expect(status.segments.allSatisfy { $0.actualShare == $0.plannedShare && $0.actualHours == $0.plannedHours })
        #expect(status.launches.allSatisfy { $0.outcome == .done })
    }

    @Test func launchesSlipsAndSalesMaterialComeFromTheGoLiveTasks() throws {
        let (plan, review) = try Self.firstMonth()
        let status = PlanStatus(plan: plan, reviews: [review])
        let leeds = try #require(status.launches.first { $0.campaign == "Leeds switch campaign" })
        #expect(leeds.outcome == .dropped(reason: "Their clients had signed elsewhere") && !leeds.salesMaterial)
        #expect(status.launches.contains { $0.salesMaterial && $0.outcome == .done })
        #expect(status.launches.allSatisfy { ReviewScope.month(of: $0.planned, in: plan) == 1 })
        let text = status.text(plan: plan)
        #expect(text.contains("\n- Leeds switch campaign: 8 tasks dropped: Their clients had signed elsewhere\n"))
        #expect(text.contains("\n- Prospect list for the segment (Dentistry Show), due Thu 11 Mar: moved to Tue 6 Apr\n"))
        #expect(text.contains("\n- Retail trade fair stand (Retail): 14 hours, GBP 600\n"))
        #expect(text.contains("\n! Dental practices: "))
    }

    @Test func withNoReviewTheStatusSaysWhatToRun() throws {
        let plan = try MonthlyReviewTests.plan()
        let text = PlanStatus(plan: plan, reviews: []).text(plan: plan)
        #expect(text.replacingOccurrences(of: "\n", with: " ").hasSuffix(
            "No month of this plan has been reviewed yet. At the end of March 2027, run: guidance review \(plan.sessionID) --month 1 "))
    }
}

/// The next agenda's "Since last time" with the monthly reviews of the last plan.
@Suite struct AgendaActualsTests {
    @Test func theAgendaShowsTheActualSplitWhatWasDeliveredAndWhatSlipped() throws {
        let (plan, review) = try PlanStatusTests.firstMonth()
        var since = Agenda.SinceLastTime(lastMeeting: plan.meetingDate, dueBy: nil, due: [], decisions: [])
        since.add(PlanStatus(plan: plan, reviews: [review]), plan: plan)
        #expect(since.reviewed == "March 2027")
        let dental = try #require(since.actualSplit.first)
        #expect(dental.hasPrefix("Dental practices: ") && dental.hasSuffix("% planned): more than 5 points short of the split"))
        #expect(since.actualSplit.count == plan.segments.count)
        #expect(since.delivered.contains("Dentistry Show (Dental practices): live"))
        #expect(since.delivered.contains("Sales material for Dental practices: delivered"))
        #expect(since.slipped.contains("Leeds switch campaign: 8 tasks dropped: Their clients had signed elsewhere"))
        #expect(since.slipped.contains("Unplanned: Calls with worried hospitality clients (Hospitality), 30 hours"))
        var agenda = Agenda(title: "", mode: .director, meetingDate: nil, previousSessionID: nil, topics: [], openActions: [], changes: [])
        agenda.sinceLastTime = since
        let text = AgendaText.write(agenda)
        #expect(text.contains("\nWhat really happened (March 2027 reviewed):\n- Dental practices: "))
        #expect(text.contains("\nWhat slipped, and why:\n"))
        var none = Agenda.SinceLastTime(lastMeeting: plan.meetingDate, dueBy: nil, due: [], decisions: [])
        none.add(PlanStatus(plan: plan, reviews: []), plan: plan)
        #expect(none.reviewed == nil && none.actualSplit.isEmpty)
    }
}
