import Foundation

/// The currency a money answer names, by its symbol (£ € $) or its three-letter code ("7500 GBP", "EUR 7500").
///
/// £ is GBP and € is EUR; $ is USD when the plan has no currency yet, and fits any dollar currency
/// (USD, AUD, CAD, NZD) when it has one. A code wins over a symbol ("$500 AUD" is AUD).
public struct MoneyCurrency: Equatable, Sendable {
    /// What was typed: "£", "€", "$" or the code as typed in capitals.
    public var mark: String
    /// The currency code it stands for when the plan has none yet.
    public var code: String

    /// The currencies written with a dollar sign.
    static let dollars: Set<String> = ["USD", "AUD", "CAD", "NZD"]

    /// The currency named in a money answer, or `nil` when it names none.
    public static func named(in input: String) -> MoneyCurrency? {
        var text = Substring(AnswerText.trimmed(AnswerText.plainSigns(input)))
        if text.first == "-" { text = text.dropFirst() }
        var symbol: Character?
        if let first = text.first, "£$€".contains(first) {
            symbol = first
            text = Substring(AnswerText.trimmed(String(text.dropFirst())))
        }
        if let length = MoneyParser.leadingCode(text) {
            let code = text.prefix(length).uppercased()
            return MoneyCurrency(mark: code, code: code)
        }
        if let length = MoneyParser.trailingCode(text) {
            let code = text.suffix(length).uppercased()
            return MoneyCurrency(mark: code, code: code)
        }
        switch symbol {
        case "£": return MoneyCurrency(mark: "£", code: "GBP")
        case "€": return MoneyCurrency(mark: "€", code: "EUR")
        case "$": return MoneyCurrency(mark: "$", code: "USD")
        default: return nil
        }
    }

    /// Whether this fits a plan whose currency is `planCurrency`.
    public func fits(_ planCurrency: String) -> Bool {
        let plan = planCurrency.uppercased()
        return mark == "$" ? Self.dollars.contains(plan) : code == plan
    }

    /// The refusal when the amount is typed in another currency than the plan's.
    public func conflict(with planCurrency: String) -> AnswerProblem {
        AnswerProblem("You typed \(mark) but this plan is in \(planCurrency): type the amount in \(planCurrency), or change the currency first with /edit currency.")
    }
}
