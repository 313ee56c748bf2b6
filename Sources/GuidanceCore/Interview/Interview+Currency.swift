import Foundation

/// A currency typed with a money answer ("£7,500", "7500 EUR") becomes the plan's currency when it has none yet,
/// so the currency question is not asked; one that differs from the plan's is refused by the answer's parser.
/// The code typed again on the next line (as written for the question that was skipped) is taken as agreement.
extension Interview {
    /// The answers key of the plan's currency.
    static let currencyKey = "currency"

    /// The currency code a money answer names, when the plan has none yet and the script offers that currency.
    func currencyToTake(from line: String) -> MoneyCurrency? {
        guard session.answers[Self.currencyKey] == nil, let question = script.question(Self.currencyKey),
              let typed = MoneyCurrency.named(in: line) else { return nil }
        if case .choice(.fixed(let options)) = question.type, !options.contains(typed.code) { return nil }
        return typed
    }

    /// Stores the money answer and the currency it names together (one undo takes back both), and moves on.
    mutating func commitTakingCurrency(_ q: Question, _ value: JSONValue, _ taken: MoneyCurrency, now: String) -> AnswerOutcome {
        let outcome = commit(q, value, now: now)
        guard case .accepted(let echo) = outcome else { return outcome }
        session.setAnswer(Self.currencyKey, .string(taken.code), at: now)
        session.skipped.removeAll { $0 == Self.currencyKey }
        if currentQuestion?.id == Self.currencyKey { advance(from: index ?? -1) }
        currencyJustTaken = (taken.code, currentQuestion?.id)
        return .accepted(echo: "\(echo) \(taken.code) (the plan's currency, from the \(taken.mark) typed)")
    }
}
