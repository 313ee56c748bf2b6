import Foundation

/// Reads an amount of money strictly: `12000`, `12,000.50`, `£12,000`, `12000 GBP`, `12.5k`.
///
/// Only `.` is a decimal point; `,` only groups thousands, exactly three digits per group.
/// An optional currency symbol (£ $ €) may lead; a three-letter code (GBP, USD...) may lead or
/// trail; `k` multiplies by a thousand. At most two decimals in the amount; never negative.
enum MoneyParser {
    /// How a good answer looks, for every message.
    static let sample = "such as 12,000 or 1200.50"

    /// The largest amount accepted (exclusive).
    static let limit = Decimal(1_000_000_000_000)

    /// Parses one amount as described on the type.
    static func money(_ input: String) -> Result<Decimal, AnswerProblem> {
        let typed = AnswerText.trimmed(input)
        if typed.isEmpty {
            return .failure(AnswerProblem("Nothing was typed: type an amount of money, \(sample)."))
        }
        let quoted = AnswerText.quoted(typed)
        var text = Substring(AnswerText.plainSigns(typed))
        var negative = false
        func trim() { text = Substring(AnswerText.trimmed(String(text))) }
        func takeMinus() { if text.first == "-" { negative = true; text = text.dropFirst(); trim() } }

        takeMinus()
        if let first = text.first, "£$€".contains(first) { text = text.dropFirst(); trim() }
        takeMinus()
        var hadCode = false
        if let code = leadingCode(text) { text = text.dropFirst(code); trim(); hadCode = true }
        takeMinus()
        if !hadCode, let code = trailingCode(text) { text = text.dropLast(code); trim() }
        var thousands = false
        if let last = text.last, last == "k" || last == "K" { text = text.dropLast(); trim(); thousands = true }

        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let grouped = parts[0]
        let fraction = parts.count == 2 ? parts[1] : Substring("")
        let allowed = Set("0123456789,. ")
        guard !text.isEmpty, text.allSatisfy({ allowed.contains($0) }) else {
            return .failure(AnswerProblem("\(quoted) is not an amount of money: type digits, \(sample)."))
        }
        guard let whole = ungrouped(grouped), parts.count == 1 || AnswerText.isDigits(fraction) else {
            return .failure(AnswerProblem(
                "\(quoted) is not an amount of money: use a dot for pence or cents and commas only between thousands, \(sample)."))
        }
        if fraction.count > (thousands ? 5 : 2) {
            return .failure(AnswerProblem(
                "\(quoted) has more than two digits after the dot: use a dot only for pence or cents and commas between thousands, such as 1,200 or 1200.50."))
        }
        guard whole.count <= 15, var value = AnswerText.decimal(whole: whole, fraction: fraction) else {
            return .failure(AnswerProblem("\(quoted) is too large an amount of money: type less than 1,000,000,000,000, \(sample)."))
        }
        if thousands { value *= 1000 }
        if negative && !value.isZero {
            return .failure(AnswerProblem("\(quoted) is less than zero: type an amount of zero or more, \(sample)."))
        }
        if value >= limit {
            return .failure(AnswerProblem("\(quoted) is too large an amount of money: type less than 1,000,000,000,000, \(sample)."))
        }
        return .success(value)
    }

    /// The digits of a whole part written plainly ("12000") or grouped in threes ("12,000"); `nil` otherwise.
    static func ungrouped(_ text: Substring) -> Substring? {
        guard text.contains(",") else { return AnswerText.isDigits(text) ? text : nil }
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count), AnswerText.isDigits(first),
              groups.dropFirst().allSatisfy({ $0.count == 3 && AnswerText.isDigits($0) }) else { return nil }
        return Substring(groups.joined())
    }

    /// The length of a three-letter currency code at the start ("GBP 500"), or `nil`.
    static func leadingCode(_ text: Substring) -> Int? {
        let head = text.prefix(3)
        guard head.count == 3, head.allSatisfy(isLetter) else { return nil }
        if let next = text.dropFirst(3).first, isLetter(next) { return nil }
        return 3
    }

    /// The length of a three-letter currency code at the end ("500 GBP", "500GBP"), or `nil`.
    static func trailingCode(_ text: Substring) -> Int? {
        let tail = text.suffix(3)
        guard tail.count == 3, tail.allSatisfy(isLetter) else { return nil }
        if let before = text.dropLast(3).last, isLetter(before) { return nil }
        return 3
    }

    /// Whether the character is an ASCII letter (codes may be typed in either case).
    static func isLetter(_ character: Character) -> Bool {
        character.isASCII && character.isLetter
    }
}
