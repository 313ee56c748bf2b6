import Foundation
import Testing
@testable import GuidanceCore

/// Writes the three article cases' plans to `GUIDANCE_PREVIEW_DIR` when it is set, for reading.
@Suite("Plan preview")
struct PlanPreviewTests {
    @Test("The article cases plan without a crash (and are written out for reading when asked)", arguments: ["alex", "jodie", "kate"])
    func preview(name: String) throws {
        let plan = try ArticleCases.plan(name)
        #expect(!plan.campaigns.isEmpty)
        if let folder = ProcessInfo.processInfo.environment["GUIDANCE_PREVIEW_DIR"] {
            try PlanSummary.text(plan).write(toFile: "\(folder)/\(name).txt", atomically: true, encoding: .utf8)
            try PlanCSV.write(plan).write(toFile: "\(folder)/\(name).csv", atomically: true, encoding: .utf8)
            try PlanMarkdown.write(plan).write(toFile: "\(folder)/\(name).md", atomically: true, encoding: .utf8)
            try PlanHTML.write(plan).write(toFile: "\(folder)/\(name).html", atomically: true, encoding: .utf8)
            try PlanMarkdown.write(SamplePlans.dental()).write(toFile: "\(folder)/sample.md", atomically: true, encoding: .utf8)
            try PlanMarkdown.write(SamplePlans.empty()).write(toFile: "\(folder)/empty.md", atomically: true, encoding: .utf8)
        }
    }
}
