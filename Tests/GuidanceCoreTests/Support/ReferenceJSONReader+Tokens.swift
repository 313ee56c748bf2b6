import Foundation
@testable import GuidanceCore

// Numbers and strings of the reference reader, as they were before the fast reader (commit 300243c).

extension ReferenceJSONReader {
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
        var digits = Array(bytes[integerStart..<pos])
        var exponent = 0
        if byte(".") {
            pos += 1
            guard isDigit(at: pos) else { throw unexpected("expected a digit after the decimal point") }
            let fractionStart = pos
            while isDigit(at: pos) { pos += 1 }
            digits += bytes[fractionStart..<pos]
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

extension ReferenceJSONReader {
    /// A string token, starting at its opening quote; escapes are decoded.
    mutating func string() throws(JSONParseError) -> String {
        let start = pos
        pos += 1
        var buffer: [UInt8] = []
        var runStart = pos
        while true {
            guard !atEnd else { return try endOfString(start) }
            let byte = bytes[pos]
            if byte == UInt8(ascii: "\"") {
                buffer.append(contentsOf: bytes[runStart..<pos])
                pos += 1
                return String(decoding: buffer, as: UTF8.self)
            } else if byte == UInt8(ascii: "\\") {
                buffer.append(contentsOf: bytes[runStart..<pos])
                try escape(into: &buffer, stringStart: start)
                runStart = pos
            } else if byte == 0x0A || byte == 0x0D {
                throw error("a text in quotes runs past the end of the line; add the closing '\"' or write the line break as \\n", at: pos)
            } else if byte == 0x09 {
                throw error("a text in quotes contains a tab; write it as \\t", at: pos)
            } else if byte < 0x20 {
                throw error("a text in quotes contains \(found(at: pos)); remove it", at: pos)
            } else {
                pos += 1
            }
        }
    }

    /// One escape sequence at `pos` (a backslash), appended to `buffer` as UTF-8.
    mutating func escape(into buffer: inout [UInt8], stringStart: Int) throws(JSONParseError) {
        let start = pos
        pos += 1
        guard !atEnd else { return try endOfString(stringStart) }
        let decoded: UInt8? = switch bytes[pos] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes[pos]
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let decoded {
            buffer.append(decoded)
            pos += 1
            return
        }
        guard byte("u") else {
            let shown = found(at: pos).hasPrefix("'") ? "'\\" + found(at: pos).dropFirst() : "a backslash before " + found(at: pos)
            throw error("\(shown) is not a valid escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hexadecimal digits", at: start)
        }
        let first = try hex4(escapeAt: start, stringStart: stringStart)
        var scalarValue = UInt32(first.value)
        if (0xDC00...0xDFFF).contains(first.value) {
            throw error("the escape '\\u\(first.text)' is the second half of a character with no first half before it; remove it", at: start)
        }
        if (0xD800...0xDBFF).contains(first.value) {
            let secondStart = pos
            guard byte("\\"), secondStart + 1 < bytes.count, bytes[secondStart + 1] == UInt8(ascii: "u") else {
                if atEnd { return try endOfString(stringStart) }
                throw error("the escape '\\u\(first.text)' is only the first half of a character; follow it with its second half, \\uDC00 to \\uDFFF", at: start)
            }
            pos += 1
            let second = try hex4(escapeAt: secondStart, stringStart: stringStart)
            guard (0xDC00...0xDFFF).contains(second.value) else {
                throw error("the escape '\\u\(first.text)' is only the first half of a character; follow it with its second half, \\uDC00 to \\uDFFF", at: start)
            }
            scalarValue = 0x10000 + ((UInt32(first.value) - 0xD800) << 10) + (UInt32(second.value) - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else {
            throw error("the escape '\\u\(first.text)' does not name a character; remove it", at: start)
        }
        UTF8.encode(scalar) { buffer.append($0) }
    }

    /// The four hexadecimal digits after `\u` (with `pos` at the `u`), as written and as a number.
    mutating func hex4(escapeAt start: Int, stringStart: Int) throws(JSONParseError) -> (text: String, value: UInt16) {
        var value: UInt16 = 0
        for offset in 1...4 {
            guard pos + offset < bytes.count else { pos = bytes.count; return try endOfString(stringStart) }
            guard let digit = Character(Unicode.Scalar(bytes[pos + offset])).hexDigitValue, bytes[pos + offset] < 0x80 else {
                throw error("the escape '\\u' must be followed by four hexadecimal digits (0-9, A-F)", at: start)
            }
            value = value << 4 + UInt16(digit)
        }
        let text = String(decoding: bytes[(pos + 1)...(pos + 4)], as: UTF8.self)
        pos += 5
        return (text, value)
    }

    /// The error for a file that ends inside the string starting at `stringStart`.
    func endOfString<T>(_ stringStart: Int) throws(JSONParseError) -> T {
        let (line, column) = JSONParseError.location(of: stringStart, in: bytes, origin: origin)
        throw error("the file ends too early; the text in quotes that starts at line \(line), column \(column) has no closing '\"'", at: bytes.count)
    }
}
