import Foundation

/// Reads plain numbers with an optional unit ("30", "-50%", "30 hours", "30h") and checks their range.
enum NumberParser {
    /// A signed decimal literal as typed: `[+-]digits[.digits]`, ASCII digits only.
    struct Literal: Equatable {
        /// The value, exact.
        var value: Decimal
        /// How many digits follow the point.
        var fractionDigits: Int
    }

    /// The most digits a number may have; longer input is refused rather than rounded.
    static let maxDigits = 24

    /// Parses `[+-]digits[.digits]` with nothing around it; `nil` for anything else.
    static func literal(_ text: Substring) -> Literal? {
        var body = text
        var negative = false
        if let sign = body.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : Substring("")
        guard AnswerText.isDigits(whole), parts.count == 1 || AnswerText.isDigits(fraction),
              whole.count + fraction.count <= maxDigits,
              let magnitude = AnswerText.decimal(whole: whole, fraction: fraction) else { return nil }
        let value = negative && !magnitude.isZero ? -magnitude : magnitude
        return Literal(value: value, fractionDigits: fraction.count)
    }

    /// The endings accepted after a number for `unit`, longest first (all lowercase).
    static func suffixes(for unit: String?) -> [String] {
        guard let unit else { return [] }
        let lower = unit.lowercased()
        let known: [String: [String]] = [
            "%": ["per cent", "percent", "pct", "%"],
            "hours": ["hours", "hour", "hrs", "hr", "h"],
            "days": ["days", "day", "d"],
            "weeks": ["weeks", "week", "wks", "wk", "w"],
        ]
        var endings = known[lower] ?? [lower]
        if lower.count > 1, lower.hasSuffix("s") { endings.append(String(lower.dropLast())) }
        return endings.sorted { $0.count > $1.count }
    }

    /// A value written with its unit: "30%", "30 hours", "30".
    static func withUnit(_ value: Decimal, _ unit: String?) -> String {
        let number = AnswerText.number(value)
        guard let unit else { return number }
        return unit == "%" ? number + "%" : number + " " + unit
    }

    /// A good example answer inside the range: 30 moved into `min...max` when needed.
    static func example(min: Decimal?, max: Decimal?, wholeOnly: Bool) -> Decimal {
        var value = Decimal(30)
        if let max, value > max { value = max }
        if let min, value < min { value = min }
        if wholeOnly, AnswerText.int(value) == nil {
            var rounded = Decimal()
            var copy = value
            NSDecimalRound(&rounded, &copy, 0, .up)
            value = rounded
        }
        return value
    }

    /// Parses one number as `ScalarParser.number` describes.
    static func number(_ input: String, min: Decimal?, max: Decimal?, wholeOnly: Bool,
                       unit: String?) -> Result<Decimal, AnswerProblem> {
        let typed = AnswerText.trimmed(input)
        let sample = withUnit(example(min: min, max: max, wholeOnly: wholeOnly), unit)
        let kind: String
        switch unit {
        case nil: kind = "a number"
        case "%"?: kind = "a percentage"
        case let unit?: kind = "a number of \(unit)"
        }
        if typed.isEmpty {
            return .failure(AnswerProblem("Nothing was typed: type \(kind), such as \(sample)."))
        }
        let quoted = AnswerText.quoted(typed)
        var text = Substring(AnswerText.plainSigns(typed).lowercased())
        for ending in suffixes(for: unit) where text.hasSuffix(ending) {
            text = text.dropLast(ending.count)
            while text.last?.isWhitespace == true { text = text.dropLast() }
            break
        }
        guard let literal = literal(text) else {
            return .failure(AnswerProblem("\(quoted) is not \(kind): type digits, such as \(sample)."))
        }
        let value = literal.value
        if wholeOnly, AnswerText.int(value) == nil {
            return .failure(AnswerProblem("\(quoted) is not a whole number: type it without decimals, such as \(sample)."))
        }
        switch (min, max) {
        case let (min?, max?) where value < min || value > max:
            let range = unit == "%" ? "\(withUnit(min, unit)) to \(withUnit(max, unit))"
                                    : "\(AnswerText.number(min)) to \(withUnit(max, unit))"
            return .failure(AnswerProblem("\(quoted) is outside the range \(range): type a number in that range, such as \(sample)."))
        case let (min?, nil) where value < min:
            return .failure(AnswerProblem("\(quoted) is less than \(withUnit(min, unit)): type \(withUnit(min, unit)) or more, such as \(sample)."))
        case let (nil, max?) where value > max:
            return .failure(AnswerProblem("\(quoted) is more than \(withUnit(max, unit)): type \(withUnit(max, unit)) or less, such as \(sample)."))
        default:
            return .success(value)
        }
    }
}
