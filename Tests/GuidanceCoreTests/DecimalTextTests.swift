import Foundation
import Testing
@testable import GuidanceCore

/// `DecimalText.plain` writes numbers from their digits; it must write what `NSDecimalNumber` writes.
@Suite struct DecimalTextTests {
    static func reference(_ n: Decimal) -> String {
        NSDecimalNumber(decimal: n).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }

    @Test(arguments: ["0", "1", "-1", "12000", "1250.50", "0.05", "-0.05", "1.5", "100", "0.000123", "-987654.321",
                      "18446744073709551615", "1e5", "12.3400", "0.0", "-0", "3.14159265358979", "1000000000000"])
    func typedNumbersAreWrittenAsFoundationWritesThem(_ typed: String) throws {
        let n = try #require(Decimal(string: typed))
        #expect(DecimalText.plain(n) == Self.reference(n), "\(typed)")
    }

    @Test func workedNumbersAreWrittenAsFoundationWritesThem() {
        var random = SplitMix64(state: 3)
        for _ in 0..<3000 {
            let a = Decimal(Int(random.next() % 2_000_001) - 1_000_000) / Decimal(Int(random.next() % 999) + 1)
            let b = Decimal(Int(random.next() % 10_000)) * Decimal(sign: .plus, exponent: -Int(random.next() % 6), significand: 1)
            for n in [a, b, a + b, a * b, a.rounded(2), a.rounded(0), -b] {
                let expected = DecimalText.parts(n) == nil ? nil : Self.reference(n)
                #expect(DecimalText.plain(n) == expected, "\(n)")
            }
        }
    }

    @Test func theLayoutOfThisFoundationIsKnown() {
        #expect(DecimalText.Layout.found != nil)
    }

    @Test func numbersTooLongForSixtyFourBitsAreLeftToFoundation() throws {
        let n = try #require(Decimal(string: "123456789012345678901234567890"))
        #expect(DecimalText.plain(n) == nil)
        #expect(DecimalText.plain(Decimal.nan) == nil)
    }

    /// Money written from the digits must read as Foundation's rounding and number text make it.
    @Test func moneyIsWrittenAsFoundationWritesIt() {
        var random = SplitMix64(state: 8)
        var checked = 0
        for _ in 0..<3000 {
            let a = Decimal(Int(random.next() % 20_000_001) - 10_000_000) / Decimal(Int(random.next() % 999) + 1)
            let b = Decimal(Int(random.next() % 100_000)) * Decimal(sign: .plus, exponent: -Int(random.next() % 5), significand: 1)
            for n in [a, b, -b, a.rounded(2), a.rounded(3), b + Decimal(string: "0.005")!, b - Decimal(string: "0.005")!] {
                guard let fast = DecimalText.money(n) else { continue }
                checked += 1
                #expect(fast == AnswerFormatter.moneyByFoundation(n), "\(n)")
            }
        }
        #expect(checked > 15_000)
    }

    @Test(arguments: [("12000", "12,000"), ("1250.5", "1,250.50"), ("-0.05", "-0.05"), ("0.004", "0"), ("-0.004", "0"),
                      ("2.999", "3"), ("1.005", "1.01"), ("-1.005", "-1.01"), ("999999.995", "1,000,000"), ("0", "0")])
    func moneyCases(_ typed: String, _ written: String) throws {
        let n = try #require(Decimal(string: typed))
        #expect(AnswerFormatter.money(n) == written)
        #expect(AnswerFormatter.moneyByFoundation(n) == written)
    }
}
