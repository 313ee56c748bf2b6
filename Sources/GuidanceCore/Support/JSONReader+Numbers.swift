import Foundation

extension JSONReader {
    /// A number token per the JSON grammar, read exactly into a `Decimal`.
    ///
    /// The digits are normalised (leading and trailing zeros dropped into the exponent) before
    /// `Decimal(string:locale:)` sees them, so any value whose digits fit Decimal's 128-bit mantissa
    /// and whose exponent it can hold is read exactly; anything else is an error, never a rounding.
    mutating func number() throws(JSONParseError) -> Decimal {
        let start = pos
        let negative = byte("-")
        if negative { pos += 1 }
        guard isDigit(at: pos) else { throw unexpected("expected a digit after '-'") }
        let integerStart = pos
        if byte("0"), isDigit(at: pos + 1) {
            throw error("the number \(lexeme(from: start)) must not start with a zero; remove the leading zero", at: start)
        }
        while isDigit(at: pos) { pos += 1 }
        let integerEnd = pos
        var fraction = pos..<pos
        var exponent = 0
        if byte(".") {
            pos += 1
            guard isDigit(at: pos) else { throw unexpected("expected a digit after the decimal point") }
            let fractionStart = pos
            while isDigit(at: pos) { pos += 1 }
            fraction = fractionStart..<pos
            exponent -= pos - fractionStart
        }
        if byte("e") || byte("E") {
            pos += 1
            let exponentNegative = byte("-")
            if byte("-") || byte("+") { pos += 1 }
            guard isDigit(at: pos) else { throw unexpected("expected a digit in the exponent of the number") }
            var written = 0
            while isDigit(at: pos) {
                written = min(written * 10 + Int(bytes[pos] - 0x30), 100_000_000)
                pos += 1
            }
            exponent += exponentNegative ? -written : written
        }
        if let quick = Self.smallDecimal(bytes, integerStart..<integerEnd, fraction, exponent: exponent, negative: negative) {
            return quick
        }
        var digits = Array(bytes[integerStart..<integerEnd])
        digits += bytes[fraction]
        guard let firstSignificant = digits.firstIndex(where: { $0 != 0x30 }),
              let lastSignificant = digits.lastIndex(where: { $0 != 0x30 }) else { return Decimal.zero }
        exponent += digits.count - 1 - lastSignificant
        digits = Array(digits[firstSignificant...lastSignificant])
        let tooPrecise = "the number \(lexeme(from: start)) has more significant digits than can be stored exactly; shorten it"
        if digits.count > 39 { throw error(tooPrecise, at: start) }
        while exponent > 127, digits.count < 38 {
            digits.append(0x30)
            exponent -= 1
        }
        let canonical = (negative ? "-" : "") + String(decoding: digits, as: UTF8.self) + "e\(exponent)"
        guard exponent <= 127, exponent >= -128,
              let value = Decimal(string: canonical, locale: Self.posix), !value.isNaN else {
            let problem = exponent > 0 ? "is too large to be stored; use a smaller number"
                : "is too close to zero to be stored; use 0 or fewer decimal places"
            throw error("the number \(lexeme(from: start)) \(problem)", at: start)
        }
        // Decimal keeps at most 128 bits of digits and silently drops the rest: refuse rather than round.
        let kept = value.significand.description.utf8.filter { (0x30...0x39).contains($0) }
        guard kept.prefix(digits.count).elementsEqual(digits), kept.dropFirst(digits.count).allSatisfy({ $0 == 0x30 }) else {
            throw error(tooPrecise, at: start)
        }
        return value
    }

    /// The number whose digits are `integer` then `fraction` (ranges of `bytes`) times ten to `exponent`,
    /// made directly when its significant digits fit a `UInt64` and its exponent fits `Decimal`; `nil` otherwise.
    ///
    /// The result is the very `Decimal` (the same bits) that `Decimal(string:)` makes of the normalised
    /// digits, without building a string or reading it back: nearly every number in our files takes this way.
    static func smallDecimal(_ bytes: [UInt8], _ integer: Range<Int>, _ fraction: Range<Int>,
                             exponent: Int, negative: Bool) -> Decimal? {
        let count = integer.count + fraction.count
        func digit(_ place: Int) -> UInt8 {
            place < integer.count ? bytes[integer.lowerBound + place] : bytes[fraction.lowerBound + place - integer.count]
        }
        var first = 0
        while first < count, digit(first) == 0x30 { first += 1 }
        guard first < count else { return Decimal.zero }
        var last = count - 1
        while digit(last) == 0x30 { last -= 1 }
        let scale = exponent + (count - 1 - last)
        guard last - first < 19, scale <= 127, scale >= -128 else { return nil }
        var significand: UInt64 = 0
        for place in first...last { significand = significand * 10 + UInt64(digit(place) - 0x30) }
        return Decimal(sign: negative ? .minus : .plus, exponent: scale, significand: Decimal(significand))
    }

    /// The locale numbers are read in, made once (making a `Locale` for every number was most of the reading).
    static let posix = Locale(identifier: "en_US_POSIX")

    /// The number-like text starting at `start`, quoted (shortened when very long), for a message.
    func lexeme(from start: Int) -> String {
        var end = start
        while end < bytes.count, "0123456789+-.eE".utf8.contains(bytes[end]) { end += 1 }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return "'" + (text.count > 40 ? text.prefix(40) + "…" : text) + "'"
    }
}
