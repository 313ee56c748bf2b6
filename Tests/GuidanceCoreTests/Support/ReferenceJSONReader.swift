import Foundation
@testable import GuidanceCore

// The JSON reader as it was before it was made faster (commit 300243c), kept as it was but for its
// name: the reference the fast reader must agree with on every document, value, error and message.

/// Reads `text` or `data` the way `JSONParser.parse` did before the fast reader.
enum ReferenceJSONParser {
    static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var reader = ReferenceJSONReader(bytes: Array(text.utf8))
        return try reader.document()
    }

    static func parse(_ data: Data) throws(JSONParseError) -> JSONValue {
        let bytes = [UInt8](data)
        var reader = ReferenceJSONReader(bytes: bytes)
        if let bad = JSONParser.firstInvalidUTF8(in: bytes) {
            throw reader.error("the file is not valid UTF-8 text; save it with UTF-8 encoding and try again", at: bad)
        }
        return try reader.document()
    }
}

/// The recursive-descent reader behind `JSONParser`, working on valid UTF-8 bytes.
struct ReferenceJSONReader {
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

