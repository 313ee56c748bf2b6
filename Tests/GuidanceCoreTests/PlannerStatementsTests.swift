import Foundation
import Testing
@testable import GuidanceCore

/// Answers that do not hold together are stated in the plan, never planned around in silence.
@Suite struct PlannerStatementsTests {
    func plan(_ json: String) throws -> Plan {
        try PlannerScenarioTests.planned(json).plan
    }

    @Test func aGrowthSegmentMarkedExitIsStated() throws {
        let plan = try plan("""
            {"goals": ["Grow dental"], "segments": ["Dental", "Retail"], "growth_segment": "Dental",
             "roles": {"Dental": "exit", "Retail": "maintain"}, "focus": {"Dental": 60, "Retail": 40},
             "plan_start": "2027-03-01", "capacity_hours_per_week": 30, "campaign_budget": 6000}
            """)
        #expect(plan.conflicts.contains("The growth segment Dental is marked exit, so the plan treats it as a segment being exited; check the roles with your director."))
    }

    @Test func aGrowthSegmentThatCannotSpendItsShareIsStated() throws {
        let plan = try plan("""
            {"goals": ["Grow dental"], "segments": ["Dental", "Retail"], "growth_segment": "Dental",
             "roles": {"Dental": "grow", "Retail": "maintain"}, "focus": {"Dental": 50, "Retail": 50},
             "plan_start": "2027-03-01", "capacity_hours_per_week": 2, "campaign_budget": 40000}
            """)
        let line = try #require(plan.conflicts.first { $0.hasPrefix("Spend gave way for Dental:") })
        #expect(line.contains("of the 20,000 GBP its share of the budget allows"))
        #expect(line.hasSuffix("add paid work for Dental or move the money."))
    }

    @Test func staleAnswersAreListedAmongTheAssumptions() throws {
        let script = try TestScripts.director()
        var session = Session(id: "2027-02-01-abcd", script: script, meetingDate: TestScripts.meetingDate, now: TestScripts.now)
        for (key, value) in try TestScripts.designAnswers() { session.setAnswer(key, value, at: TestScripts.now) }
        session.answers["focus"]?.recheck = true
        let library = try #require(try? ActivityLibraryLoader.load(folder: TestScripts.promptsFolder).get())
        let plan = Planner.plan(session: session, library: library)
        #expect(plan.assumptions.last == "These answers were marked to check again after an answer they depend on changed, and the plan uses them as they stand: focus.")
    }

    @Test func aSalesNeedForASegmentNoLongerServedIsStated() throws {
        let plan = try plan("""
            {"goals": ["Grow dental"], "segments": ["Dental"], "growth_segment": "Dental", "roles": {"Dental": "grow"},
             "focus": {"Dental": 100}, "plan_start": "2027-03-01", "capacity_hours_per_week": 30, "campaign_budget": 1000,
             "sales_needs": [{"material": "Legal brochure", "stage": "interest", "segment": "Legal"}]}
            """)
        #expect(plan.conflicts.contains("Sales asked for Legal brochure for Legal, which is no longer a segment: it is not scheduled."))
    }
}
