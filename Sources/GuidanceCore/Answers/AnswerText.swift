import Foundation

/// Small text helpers shared by the answer parsers: trimming, matching keys and message wording.
enum AnswerText {
    /// The input without leading and trailing spaces or line breaks.
    static func trimmed(_ input: String) -> String {
        input.trimmedOfWhitespaceAndNewlines()
    }

    /// The input trimmed, with every run of spaces or tabs inside it made one space.
    static func collapsed(_ input: String) -> String {
        // One pass, no `split` and `joined`: those are generic and cost the runtime about 9,000 instructions a call.
        var out = ""
        var gap = false
        for character in input {
            if character.isWhitespace {
                gap = !out.isEmpty
            } else {
                if gap { out.append(" "); gap = false }
                out.append(character)
            }
        }
        return out
    }

    /// A key for comparing what was typed: collapsed, case and accents folded ("Cafés " -> "cafes").
    ///
    /// ASCII text (nearly every name) has no accents and folds to lower case byte by byte, without
    /// the trip through `NSString` that `folding` takes.
    static func key(_ input: String) -> String {
        let text = collapsed(input)
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// What was typed, trimmed and quoted for a message; shortened with an ellipsis when long.
    static func quoted(_ input: String) -> String {
        let text = collapsed(input)
        let shown = text.count > 60 ? String(text.prefix(57)) + "..." : text
        return "\"\(shown)\""
    }

    /// "A", "A or B", "A, B or C".
    static func orList(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " or " + (items.last ?? "")
        }
    }

    /// The English plural of a simple noun: "segment" -> "segments", "category" -> "categories".
    static func plural(_ noun: String) -> String {
        let vowels = "aeiou"
        if noun.hasSuffix("y"), noun.count > 1, let before = noun.dropLast().last, !vowels.contains(before) {
            return noun.dropLast() + "ies"
        }
        if ["s", "x", "ch", "sh"].contains(where: { noun.hasSuffix($0) }) { return noun + "es" }
        return noun + "s"
    }

    /// The input with look-alike characters made plain: the Unicode minus and dashes become "-".
    static func plainSigns(_ input: String) -> String {
        String(input.map { "\u{2212}\u{2013}\u{2014}".contains($0) ? "-" : $0 })
    }

    /// A decimal number from ASCII digits before and after the point; `nil` when a character is not a digit.
    ///
    /// Built digit by digit so the value is exact and never depends on the locale.
    static func decimal(whole: Substring, fraction: Substring) -> Decimal? {
        var significand = Decimal(0)
        for scalar in (whole + fraction).unicodeScalars {
            guard let digit = CalendarDate.asciiDigit(scalar) else { return nil }
            significand = significand * 10 + Decimal(digit)
        }
        if fraction.isEmpty || significand.isZero { return significand }
        return Decimal(sign: .plus, exponent: -fraction.count, significand: significand)
    }

    /// Whether every character is an ASCII digit (and there is at least one).
    static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { CalendarDate.asciiDigit($0) != nil }
    }

    /// A number written plainly for a message: "30", "-50", "12.5".
    static func number(_ value: Decimal) -> String {
        NSDecimalNumber(decimal: value).description(withLocale: JSONReader.posix)
    }

    /// The value as an `Int` when it is whole and fits, otherwise `nil`.
    static func int(_ value: Decimal) -> Int? {
        var rounded = Decimal()
        var copy = value
        NSDecimalRound(&rounded, &copy, 0, .plain)
        guard rounded == value, value.magnitude < 1_000_000_000_000 else { return nil }
        return Int(number(value))
    }
}
