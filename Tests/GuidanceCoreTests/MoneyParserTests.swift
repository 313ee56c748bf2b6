import Foundation
import Testing
@testable import GuidanceCore

/// A decimal from its plain written form, for tables (never locale-dependent).
private func dec(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
}

@Suite struct MoneyParserTests {
    @Test(arguments: [
        ("12000", "12000"),
        ("12,000", "12000"),
        ("12,000.50", "12000.5"),
        ("12000.5", "12000.5"),
        ("1,234,567.89", "1234567.89"),
        ("£12,000", "12000"),
        ("£ 12,000", "12000"),
        ("$500", "500"),
        ("€1,200", "1200"),
        ("12000 GBP", "12000"),
        ("12000GBP", "12000"),
        ("GBP 12000", "12000"),
        ("USD500", "500"),
        ("£500 GBP", "500"),
        ("500 gbp", "500"),
        ("12k", "12000"),
        ("12K", "12000"),
        ("12.5k", "12500"),
        ("1.2345k", "1234.5"),
        ("£12k", "12000"),
        ("0", "0"),
        ("0.00", "0"),
        ("-0", "0"),
        ("  750  ", "750"),
        ("999,999,999,999.99", "999999999999.99"),
    ])
    func accepts(_ input: String, _ expected: String) {
        #expect(ScalarParser.money(input) == .success(dec(expected)))
    }

    static let commas = "use a dot for pence or cents and commas only between thousands, such as 12,000 or 1200.50."
    static let dots = "use a dot only for pence or cents and commas between thousands, such as 1,200 or 1200.50."

    @Test(arguments: [
        ("", "Nothing was typed: type an amount of money, such as 12,000 or 1200.50."),
        ("twelve thousand", "\"twelve thousand\" is not an amount of money: type digits, such as 12,000 or 1200.50."),
        ("GBP", "\"GBP\" is not an amount of money: type digits, such as 12,000 or 1200.50."),
        ("12 pounds", "\"12 pounds\" is not an amount of money: type digits, such as 12,000 or 1200.50."),
        ("12m", "\"12m\" is not an amount of money: type digits, such as 12,000 or 1200.50."),
        ("12,00", "\"12,00\" is not an amount of money: \(commas)"),
        ("1,2000", "\"1,2000\" is not an amount of money: \(commas)"),
        ("1234,567", "\"1234,567\" is not an amount of money: \(commas)"),
        (",500", "\",500\" is not an amount of money: \(commas)"),
        ("12 000", "\"12 000\" is not an amount of money: \(commas)"),
        ("12.", "\"12.\" is not an amount of money: \(commas)"),
        ("1.200,50", "\"1.200,50\" is not an amount of money: \(commas)"),
        ("€1.200", "\"€1.200\" has more than two digits after the dot: \(dots)"),
        ("12.505", "\"12.505\" has more than two digits after the dot: \(dots)"),
        ("1.234567k", "\"1.234567k\" has more than two digits after the dot: \(dots)"),
        ("-500", "\"-500\" is less than zero: type an amount of zero or more, such as 12,000 or 1200.50."),
        ("£-500", "\"£-500\" is less than zero: type an amount of zero or more, such as 12,000 or 1200.50."),
        ("-£1,000", "\"-£1,000\" is less than zero: type an amount of zero or more, such as 12,000 or 1200.50."),
        ("1000000000000",
         "\"1000000000000\" is too large an amount of money: type less than 1,000,000,000,000, such as 12,000 or 1200.50."),
        ("1000000000k",
         "\"1000000000k\" is too large an amount of money: type less than 1,000,000,000,000, such as 12,000 or 1200.50."),
    ])
    func refuses(_ input: String, _ message: String) {
        #expect(ScalarParser.money(input) == .failure(AnswerProblem(message)))
    }
}
