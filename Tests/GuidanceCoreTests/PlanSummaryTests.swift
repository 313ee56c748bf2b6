import Foundation
import Testing
@testable import GuidanceCore

@Suite struct PlanSummaryTests {
    @Test func dump() throws {
        try PlanSummary.text(SamplePlans.dental()).write(toFile: "/tmp/render-dental.txt", atomically: true, encoding: .utf8)
        try PlanSummary.text(SamplePlans.dental(mode: .selfPlanning)).write(toFile: "/tmp/render-self.txt", atomically: true, encoding: .utf8)
        try PlanSummary.text(SamplePlans.empty()).write(toFile: "/tmp/render-empty.txt", atomically: true, encoding: .utf8)
        try PlanSummary.text(SamplePlans.hostile()).write(toFile: "/tmp/render-hostile.txt", atomically: true, encoding: .utf8)
    }
}
