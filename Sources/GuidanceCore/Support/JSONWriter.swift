import Foundation

/// A deterministic JSON writer: the same value always gives the same text, byte for byte.
///
/// Object keys keep their order. Numbers are written plainly (`12000`, `0.5`, `-3.25`): a `.`
/// decimal point, no exponent, no thousands separators, whatever the locale; `-0` becomes `0`.
/// Strings escape only `"`, `\` and control characters; other Unicode (emoji included) stays as
/// UTF-8 and `/` is not escaped. What `JSONParser` reads back equals the value written.
public enum JSONWriter {
    /// The widest line (in characters) on which a pretty array of scalars is kept on one line.
    public static let lineWidth = 100

    /// The JSON text for `value`: indented with two spaces and ending in a newline when `pretty`,
    /// otherwise on one line with no spaces and no final newline.
    ///
    /// Pretty form writes one object member or array element per line, `"key": value`, empty
    /// arrays and objects as `[]` and `{}`, and an array whose elements are all strings, numbers,
    /// booleans or nulls on one line (`[1, 2, 3]`) when that whole line fits in `lineWidth`.
    /// A `Decimal` NaN, which JSON cannot express, is written as `null`.
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(16 * 1024)
        if pretty {
            writePretty(value, indent: 0, lead: [], trailer: [], into: &output)
        } else {
            writeCompact(value, into: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The plain decimal text of `number`: digits, an optional `-` and `.`, never an exponent.
    public static func numberText(_ number: Decimal) -> String {
        if number.isNaN { return "null" }
        if number.isZero { return "0" }
        let digits = String(number.significand.description.filter { $0.isASCII && $0.isNumber })
        let exponent = number.exponent
        var text: String
        if exponent >= 0 {
            text = digits + String(repeating: "0", count: exponent)
        } else {
            let places = -exponent
            let whole = digits.count > places ? String(digits.dropLast(places)) : "0"
            var fraction = digits.count > places
                ? String(digits.suffix(places))
                : String(repeating: "0", count: places - digits.count) + digits
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text = fraction.isEmpty ? whole : whole + "." + fraction
        }
        return (number.sign == .minus ? "-" : "") + text
    }

    /// `string` in double quotes with the escapes JSON requires.
    public static func quoted(_ string: String) -> String {
        var output = ""
        appendQuoted(string, into: &output)
        return output
    }

    /// Appends `string` in double quotes with the escapes JSON requires.
    static func appendQuoted(_ string: String, into output: inout String) {
        output.append("\"")
        // Most strings need no escape: appended whole rather than scalar by scalar.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output.append(string)
            output.append("\"")
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case "\u{08}": output.append("\\b")
            case "\u{0C}": output.append("\\f")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output.append("\\u00" + (hex.count < 2 ? "0" : "") + hex)
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output.append("\"")
    }

    /// Appends the UTF-8 of `string` in double quotes with the escapes JSON requires: the same bytes as `appendQuoted(_:into:)`.
    static func appendQuoted(_ string: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Most strings need no escape: appended whole rather than scalar by scalar.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output.append(contentsOf: string.utf8)
            output.append(UInt8(ascii: "\""))
            return
        }
        var escaped = ""
        appendQuoted(string, into: &escaped)
        output.append(contentsOf: escaped.utf8.dropFirst())
    }

    /// The text of a string, number, boolean or null; `nil` for arrays and objects.
    static func scalarText(_ value: JSONValue) -> String? {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return numberText(number)
        case .string(let string): return quoted(string)
        case .array, .object: return nil
        }
    }

    /// Appends `value` with no whitespace at all.
    static func writeCompact(_ value: JSONValue, into output: inout [UInt8]) {
        switch value {
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeCompact(element, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            for (index, member) in object.pairs.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                appendQuoted(member.key, into: &output)
                output.append(UInt8(ascii: ":"))
                writeCompact(member.value, into: &output)
            }
            output.append(UInt8(ascii: "}"))
        case .string(let string):
            appendQuoted(string, into: &output)
        default:
            output.append(contentsOf: (scalarText(value) ?? "null").utf8)
        }
    }

    /// Writes whole lines for `value`: `lead` (a key and `": "`, or nothing) comes before it and
    /// `trailer` (`","` or nothing) after it, as UTF-8.
    ///
    /// Each piece is appended to `output` in turn, with no line built first (but a one-line array, which is measured).
    static func writePretty(_ value: JSONValue, indent: Int, lead: [UInt8], trailer: [UInt8], into output: inout [UInt8]) {
        func pad() { for _ in 0..<(indent * 2) { output.append(UInt8(ascii: " ")) } }
        func end() {
            output.append(contentsOf: trailer)
            output.append(UInt8(ascii: "\n"))
        }
        switch value {
        case .array(let elements) where elements.isEmpty:
            pad(); output.append(contentsOf: lead); output.append(contentsOf: "[]".utf8); end()
        case .object(let object) where object.isEmpty:
            pad(); output.append(contentsOf: lead); output.append(contentsOf: "{}".utf8); end()
        case .array(let elements):
            let scalars = elements.compactMap(scalarText)
            if scalars.count == elements.count {
                let line = String(repeating: "  ", count: indent) + String(decoding: lead, as: UTF8.self) + "["
                    + scalars.joined(separator: ", ") + "]" + String(decoding: trailer, as: UTF8.self)
                if line.count <= lineWidth {
                    output.append(contentsOf: line.utf8)
                    output.append(UInt8(ascii: "\n"))
                    return
                }
            }
            pad(); output.append(contentsOf: lead); output.append(contentsOf: "[\n".utf8)
            for (index, element) in elements.enumerated() {
                writePretty(element, indent: indent + 1, lead: [], trailer: index < elements.count - 1 ? comma : [], into: &output)
            }
            pad(); output.append(UInt8(ascii: "]")); end()
        case .object(let object):
            pad(); output.append(contentsOf: lead); output.append(contentsOf: "{\n".utf8)
            let pairs = object.pairs
            var key: [UInt8] = []
            for (index, member) in pairs.enumerated() {
                key.removeAll(keepingCapacity: true)
                appendQuoted(member.key, into: &key)
                key.append(contentsOf: ": ".utf8)
                writePretty(member.value, indent: indent + 1, lead: key, trailer: index < pairs.count - 1 ? comma : [], into: &output)
            }
            pad(); output.append(UInt8(ascii: "}")); end()
        case .string(let string):
            pad(); output.append(contentsOf: lead)
            appendQuoted(string, into: &output)
            end()
        default:
            pad(); output.append(contentsOf: lead); output.append(contentsOf: (scalarText(value) ?? "null").utf8); end()
        }
    }

    /// The trailer of every member or element but the last.
    private static let comma: [UInt8] = [UInt8(ascii: ",")]
}
