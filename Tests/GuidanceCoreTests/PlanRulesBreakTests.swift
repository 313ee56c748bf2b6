import Foundation
import Testing
@testable import GuidanceCore

/// Each rule check finds a plan broken on purpose: the checks of `PlanRulesTests` can fail.
@Suite("Each plan rule catches a plan broken on purpose")
struct PlanRulesBreakTests {
    /// An article case as a planned case.
    static func planned(_ name: String) throws -> PlannedCase {
        let session = GeneratedSession(seed: 0, answers: try ArticleCases.answers(name), meetingDate: TestScripts.meetingDate,
                                       mode: .director, agenda: Planner.defaultAgenda, missing: [])
        return PlannedCase.plan(session, library: try ArticleCases.library(), book: try ArticleCases.holidays())
    }

    /// The case a rule is broken on, and the break.
    static func broken(_ rule: PlanRule) throws -> (PlannedCase, PlannedCase) {
        let c = try planned(rule == .internalChanges || rule == .decisionsAndRisks ? "jodie" : "alex")
        let lib = c.library
        return (c, c.with { plan in
            switch rule {
            case .campaigns:
                plan.campaigns[0].hours += 1
            case .madeBeforeUsed:
                edit(&plan, where: { task, _ in lib.activity(task.activityID)?.requires.isEmpty == false && task.start != task.due }) { task, campaign in
                    let required = campaign.tasks.first { lib.activity(task.activityID)?.requires.contains($0.activityID) == true }
                    task.start = required?.due ?? task.start
                }
            case .leadTimes:
                edit(&plan, where: { task, _ in (lib.activity(task.activityID)?.leadDays ?? 0) > 0 }) { task, _ in task.start = task.due }
            case .salesMaterial:
                plan.calendar.removeAll { $0.category == .deadline }
            case .marketChanges:
                plan.campaigns.removeAll { $0.key.hasPrefix("market-change-") }
            case .fitTheSegment:
                edit(&plan, where: { task, campaign in campaign.segment == "Dental practices" && task.isGoLive }) { task, _ in
                    task.activityID = "review-request"
                }
            case .makeOnce:
                let asset = plan.campaigns.flatMap(\.tasks).first { lib.activity($0.activityID)?.kind == .asset && !$0.key.contains("/need-") }
                if let asset, let index = plan.campaigns.firstIndex(where: { $0.segment == asset.segment && !$0.tasks.contains(asset) }) {
                    plan.campaigns[index].tasks.append(asset)
                }
            case .realWeeks:
                edit(&plan, where: { task, _ in task.due > SamplePlans.day("2027-03-26") }) { task, _ in
                    task.start = SamplePlans.day("2027-03-26")
                }
            case .money:
                plan.campaigns[0].tasks[0].cost += 100_000
                plan.campaigns[0].cost += 100_000
            case .targets:
                plan.targets[0].stages[0].count += 1
            case .internalChanges:
                plan.decisions.removeAll { $0.decision.contains("Jo leaves") }
            case .decisionsAndRisks:
                plan.decisions.removeAll { $0.decision.contains("Brochure reprint") }
            }
        })
    }

    /// Changes the first task that `matches`, with its campaign at hand.
    static func edit(_ plan: inout Plan, where matches: (PlanRow, Campaign) -> Bool, _ change: (inout PlanRow, Campaign) -> Void) {
        for c in plan.campaigns.indices {
            for t in plan.campaigns[c].tasks.indices where matches(plan.campaigns[c].tasks[t], plan.campaigns[c]) {
                let campaign = plan.campaigns[c]
                change(&plan.campaigns[c].tasks[t], campaign)
                return
            }
        }
    }

    @Test("The rule holds on the case as planned and finds the break", arguments: PlanRule.allCases)
    func findsTheBreak(_ rule: PlanRule) throws {
        let (good, bad) = try Self.broken(rule)
        #expect(rule.check(good).isEmpty, "\(rule.check(good))")
        #expect(good.plan != bad.plan, "the break changed nothing")
        #expect(!rule.check(bad).isEmpty, "rule \(rule) missed a plan broken on purpose")
    }
}
