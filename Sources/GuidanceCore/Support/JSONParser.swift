import Foundation

/// A strict RFC 8259 JSON reader that keeps object key order and reads numbers as exact `Decimal`s.
///
/// It rejects what lenient readers let through: trailing commas, comments, single quotes, NaN,
/// unpaired surrogate escapes, duplicate keys, more than one value, and nesting deeper than
/// `maximumDepth`. A UTF-8 byte order mark at the start is skipped. Every error names the line
/// and column of the problem (see `JSONParseError`).
public enum JSONParser {
    /// The deepest nesting of arrays and objects that is read; one level deeper is an error.
    public static let maximumDepth = 200

    /// Reads one JSON value from `text`.
    ///
    /// Whitespace may surround the value; anything else after it is an error.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var reader = JSONReader(bytes: Array(text.utf8))
        return try reader.document()
    }

    /// Reads one JSON value from UTF-8 `data`, rejecting bytes that are not valid UTF-8.
    public static func parse(_ data: Data) throws(JSONParseError) -> JSONValue {
        let bytes = [UInt8](data)
        var reader = JSONReader(bytes: bytes)
        if let bad = firstInvalidUTF8(in: bytes) {
            throw reader.error("the file is not valid UTF-8 text; save it with UTF-8 encoding and try again", at: bad)
        }
        return try reader.document()
    }

    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            var length = 2
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= bytes.count, (low...high).contains(bytes[index + 1]) else { return index }
            for next in (index + 2)..<(index + length) where !(0x80...0xBF).contains(bytes[next]) {
                return index
            }
            index += length
        }
        return nil
    }
}

/// The recursive-descent reader behind `JSONParser`, working on valid UTF-8 bytes.
private struct JSONReader {
    let bytes: [UInt8]
    let origin: Int
    var pos: Int

    init(bytes: [UInt8]) {
        self.bytes = bytes
        origin = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        pos = origin
    }

    func error(_ reason: String, at offset: Int) -> JSONParseError {
        JSONParseError(reason: reason, offset: offset, in: bytes, origin: origin)
    }

    var atEnd: Bool { pos >= bytes.count }
    func byte(_ ascii: Unicode.Scalar) -> Bool { pos < bytes.count && bytes[pos] == UInt8(ascii: ascii) }
    func isDigit(at offset: Int) -> Bool { offset < bytes.count && (0x30...0x39).contains(bytes[offset]) }

    mutating func skipWhitespace() {
        while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x0A || bytes[pos] == 0x0D || bytes[pos] == 0x09 {
            pos += 1
        }
    }

    /// The error for a missing `expectation` at `pos`: the file ending, a comment, or something else there.
    func unexpected(_ expectation: String, showingFound: Bool = false, hint: String = "") -> JSONParseError {
        if atEnd { return error("the file ends too early; \(expectation)", at: pos) }
        if byte("/") { return error("comments are not allowed in JSON; remove the comment", at: pos) }
        return error(expectation + (showingFound ? " but found \(found(at: pos))" : "") + hint, at: pos)
    }

    /// The character at `offset` for a message: quoted, or as U+XXXX when it is invisible.
    func found(at offset: Int) -> String {
        let slice = bytes[offset..<min(offset + 4, bytes.count)]
        guard let scalar = String(decoding: slice, as: UTF8.self).unicodeScalars.first else { return "nothing" }
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned,
             .privateUse, .surrogate, .nonspacingMark, .enclosingMark:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "the invisible character U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        default:
            return scalar == "'" ? "a single quote" : "'\(scalar)'"
        }
    }

    mutating func document() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        if atEnd { throw error("the file is empty; it should hold a JSON object", at: origin) }
        let result = try value(depth: 0)
        skipWhitespace()
        if !atEnd {
            if byte("/") { throw error("comments are not allowed in JSON; remove the comment", at: pos) }
            throw error("found \(found(at: pos)) after the end of the JSON data; remove the extra text", at: pos)
        }
        return result
    }

    mutating func value(depth: Int) throws(JSONParseError) -> JSONValue {
        guard !atEnd else { throw unexpected("expected a value") }
        if (byte("{") || byte("[")) && depth >= JSONParser.maximumDepth {
            throw error("the data is nested more than \(JSONParser.maximumDepth) levels deep; simplify the file", at: pos)
        }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "-"), 0x30...0x39: return .number(try number())
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return try word()
        case UInt8(ascii: "'"): throw unexpected("expected a value", showingFound: true, hint: "; text must be in double quotes, not single quotes")
        case UInt8(ascii: "+"): throw unexpected("expected a value", showingFound: true, hint: "; numbers must not start with '+'")
        case UInt8(ascii: "."): throw unexpected("expected a value", showingFound: true, hint: "; write a digit before the decimal point, as in 0.5")
        default: throw unexpected("expected a value", showingFound: true)
        }
    }

    /// `true`, `false` or `null`; any other bare word is an error that shows the word.
    mutating func word() throws(JSONParseError) -> JSONValue {
        let start = pos
        var end = pos
        while end < bytes.count, end - start < 40,
              (0x30...0x39).contains(bytes[end]) || (0x41...0x5A).contains(bytes[end] & 0xDF) || bytes[end] == 0x5F {
            end += 1
        }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        switch text {
        case "true": pos = end; return .bool(true)
        case "false": pos = end; return .bool(false)
        case "null": pos = end; return .null
        case "NaN", "Infinity", "nan", "inf":
            throw error("expected a value but found '\(text)'; JSON has no NaN or Infinity, so write a number or null", at: start)
        default:
            throw error("expected a value but found '\(text)'; text must be in double quotes", at: start)
        }
    }

    mutating func object(depth: Int) throws(JSONParseError) -> JSONValue {
        pos += 1
        var object = JSONObject()
        skipWhitespace()
        if byte("}") { pos += 1; return .object(object) }
        var afterComma = false
        while true {
            guard byte("\"") else {
                if afterComma, byte("}") {
                    throw error("expected a key in double quotes after ',' but found '}'; remove the extra ','", at: pos)
                }
                throw unexpected("expected a key in double quotes", showingFound: true)
            }
            let keyStart = pos
            let key = try string()
            if object[key] != nil {
                throw error("the key \"\(key)\" appears more than once in the same object; keep only one", at: keyStart)
            }
            skipWhitespace()
            guard byte(":") else { throw unexpected("expected ':' after the key \"\(key)\"") }
            pos += 1
            skipWhitespace()
            object[key] = try value(depth: depth)
            skipWhitespace()
            if byte("}") { pos += 1; return .object(object) }
            guard byte(",") else { throw unexpected("expected ',' or '}' after an object member") }
            pos += 1
            skipWhitespace()
            afterComma = true
        }
    }

    mutating func array(depth: Int) throws(JSONParseError) -> JSONValue {
        pos += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if byte("]") { pos += 1; return .array(elements) }
        while true {
            elements.append(try value(depth: depth))
            skipWhitespace()
            if byte("]") { pos += 1; return .array(elements) }
            guard byte(",") else { throw unexpected("expected ',' or ']' after an array element") }
            pos += 1
            skipWhitespace()
            if byte("]") { throw error("expected a value after ',' but found ']'; remove the extra ','", at: pos) }
        }
    }
}

extension JSONReader {
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
              let value = Decimal(string: canonical, locale: Locale(identifier: "en_US_POSIX")), !value.isNaN else {
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

    /// The number-like text starting at `start`, quoted (shortened when very long), for a message.
    func lexeme(from start: Int) -> String {
        var end = start
        while end < bytes.count, "0123456789+-.eE".utf8.contains(bytes[end]) { end += 1 }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return "'" + (text.count > 40 ? text.prefix(40) + "…" : text) + "'"
    }
}
