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

    /// Reads one JSON value from bytes that are valid UTF-8 (checked by the caller), as `parse(_:)` reads the same text.
    static func parse(validUTF8 bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        var reader = JSONReader(bytes: bytes)
        return try reader.document()
    }

    /// The text of UTF-8 `data` as `String(data:encoding: .utf8)` reads it, as bytes: without a byte order mark
    /// at the start; `nil` when the data is not valid UTF-8. Reading the bytes once, it spares making the text
    /// only to take its bytes again.
    static func utf8Text(_ data: Data) -> [UInt8]? {
        utf8Text([UInt8](data))
    }

    /// `bytes` without a leading byte order mark when they are UTF-8 text, else nil.
    static func utf8Text(_ bytes: [UInt8]) -> [UInt8]? {
        var bytes = bytes
        guard firstInvalidUTF8(in: bytes) == nil else { return nil }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return bytes
    }

    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer(firstInvalidUTF8(in:))
    }

    /// `firstInvalidUTF8(in:)` over bytes in place; runs of ASCII are stepped over eight bytes at a time.
    static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                while index + 8 <= bytes.count,
                      UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                continue
            }
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
struct JSONReader {
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
        skipWhitespace()
        if byte("}") { pos += 1; return .object(JSONObject()) }
        // The members are gathered in two arrays and made an object once; a repeated key is found by comparing
        // keys, or by a set of them once there are many.
        var keys: [String] = []
        var values: [JSONValue] = []
        keys.reserveCapacity(8)
        values.reserveCapacity(8)
        var seen: Set<String>?
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
            let repeated: Bool
            if seen == nil, keys.count < 16 {
                repeated = keys.contains(key)
            } else {
                if seen == nil { seen = Set(keys) }
                repeated = seen?.insert(key).inserted == false
            }
            if repeated {
                throw error("the key \"\(key)\" appears more than once in the same object; keep only one", at: keyStart)
            }
            skipWhitespace()
            guard byte(":") else { throw unexpected("expected ':' after the key \"\(key)\"") }
            pos += 1
            skipWhitespace()
            keys.append(key)
            values.append(try value(depth: depth))
            skipWhitespace()
            if byte("}") { pos += 1; return .object(JSONObject(keys: keys, values: values)) }
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
