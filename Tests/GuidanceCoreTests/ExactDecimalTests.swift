import Foundation
import Testing
@testable import GuidanceCore

/// The planner's whole-number shortcuts for `Decimal` arithmetic give the very values `Decimal` gives, and
/// a whole-only attempt gives up exactly when the full attempt would leave something out.
@Suite struct ExactDecimalTests {
    /// Numbers a plan meets (hours, money, shares, the 85%), long ones that only `Decimal` can work with, and zero.
    static let numbers = ["0", "0.5", "1", "6", "12.5", "40", "0.85", "0.45", "1500", "12000.50", "-2.25", "1e3", "0.001",
                          "0.3333333333333333333333333333333333333", "123456789012345678901234", "7.999999999999999999"]

    /// `text` as a `Decimal`.
    static func decimal(_ text: String) throws -> Decimal {
        guard let value = Decimal(string: text, locale: JSONReader.posix) else { throw TestScripts.SetupError(description: "\(text) is no number") }
        return value
    }

    /// A number written out, as the plan writes it.
    static func written(_ value: Decimal) -> String { NSDecimalNumber(decimal: value).description(withLocale: JSONReader.posix) }

    @Test(arguments: numbers)
    func sumsProductsAndQuotientsAreDecimals(_ text: String) throws {
        let a = try Self.decimal(text)
        for other in Self.numbers {
            let b = try Self.decimal(other)
            #expect(Self.written(ExactDecimal.sum(a, b)) == Self.written(a + b), "\(text) + \(other)")
            #expect(Self.written(ExactDecimal.difference(a, b)) == Self.written(a - b), "\(text) - \(other)")
            #expect(Self.written(ExactDecimal.product(a, b)) == Self.written(a * b), "\(text) * \(other)")
            if !b.isZero { #expect(Self.written(ExactDecimal.quotient(a, b)) == Self.written(a / b), "\(text) / \(other)") }
        }
    }

    @Test(arguments: [
        ("12.5", Int64(125), -1), ("1500", 15, 2), ("-2.25", -225, -2), ("0", 0, 0),
    ])
    func shortNumbersComeApartIntoWholeNumbers(_ text: String, _ mantissa: Int64, _ exponent: Int) throws {
        let parts = try #require(ExactDecimal.parts(try Self.decimal(text)))
        #expect(parts.mantissa == mantissa && parts.exponent == exponent)
    }

    @Test(arguments: ["0.3333333333333333333333333333333333333", "123456789012345678901234"])
    func longNumbersAreLeftToDecimal(_ text: String) throws {
        #expect(ExactDecimal.parts(try Self.decimal(text)) == nil)
    }

    @Test func aTotalIsTheSumInOrder() throws {
        let terms = try Self.numbers.map { try Self.decimal($0) }
        for count in 0...terms.count {
            let part = Array(terms.prefix(count))
            #expect(Self.written(ExactDecimal.total(part)) == Self.written(part.reduce(Decimal(0), +)))
            #expect(Self.written(part.decimalSum { $0 }) == Self.written(part.reduce(Decimal(0), +)))
        }
    }

    /// Every draft of the example cases on every day it may move to: a whole-only attempt gives up exactly when the
    /// full attempt leaves something out, leaves something unpaid or fails, and otherwise is the full attempt.
    @Test(arguments: ["alex", "jodie", "kate"])
    func aWholeOnlyAttemptGivesUpExactlyWhenTheFullOneFallsShort(_ name: String) throws {
        let library = try ArticleCases.library()
        let facts = GuidanceFacts(answers: try ArticleCases.answers(name), meetingDate: TestScripts.meetingDate)
        let builder = PlanBuilder(facts: facts, library: library, mode: .director, holidays: [:])
        let drafts = builder.drafts()
        var given = 0, kept = 0
        for draft in drafts.fixed + drafts.flexible + drafts.steady {
            for shift in PlanBuilder.shifts {
                let day = draft.anchor.adding(days: shift)
                let full = builder.attempt(draft, anchor: day)
                let whole = builder.attempt(draft, anchor: day, wholeOnly: true)
                let short = full.failure != nil || !full.leftOut.isEmpty || !full.unpaid.isEmpty
                #expect(whole.abandoned == short, "\(draft.key) moved \(shift) days")
                if short { given += 1; continue }
                kept += 1
                #expect(whole.tasks.map(\.key) == full.tasks.map(\.key) && whole.tasks.map(\.first) == full.tasks.map(\.first)
                        && whole.tasks.map(\.last) == full.tasks.map(\.last) && whole.ledger == full.ledger && whole.money == full.money)
            }
        }
        #expect(given > 0 && kept > 0)
    }
}
