import Foundation
import Testing
@testable import GuidanceCore

/// Every numbered rule of a plan a director signs, over hundreds of generated version-2 sessions.
@Suite("Plan rules over generated sessions")
struct PlanRulesTests {
    /// How many sessions each rule is checked over.
    static let sessionCount: UInt64 = 500

    /// The generated sessions, planned once for every rule.
    static let cases: [PlannedCase] = {
        guard let library = try? ArticleCases.library(), let book = try? ArticleCases.holidays() else { return [] }
        return (1...sessionCount).map { PlannedCase.plan(SessionGenerator.session(seed: $0 &* 7919), library: library, book: book) }
    }()

    @Test("The rule holds on every generated plan, or the plan says why it gave way", arguments: PlanRule.allCases)
    func ruleHolds(_ rule: PlanRule) {
        #expect(Self.cases.count == Int(Self.sessionCount))
        var failures: [String] = []
        for c in Self.cases {
            let breaches = rule.check(c)
            if !breaches.isEmpty { failures.append("\(c.label): \(breaches.prefix(3).joined(separator: "; "))") }
        }
        #expect(failures.isEmpty, "\(failures.count) plans break rule \(rule): \(failures.prefix(5).joined(separator: "\n"))")
    }
}
