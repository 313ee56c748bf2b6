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
        var output = ""
        if pretty {
            writePretty(value, indent: 0, lead: "", trailer: "", into: &output)
        } else {
            writeCompact(value, into: &output)
        }
        return output
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
    static func writeCompact(_ value: JSONValue, into output: inout String) {
        switch value {
        case .array(let elements):
            output.append("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(",") }
                writeCompact(element, into: &output)
            }
            output.append("]")
        case .object(let object):
            output.append("{")
            for (index, member) in object.pairs.enumerated() {
                if index > 0 { output.append(",") }
                appendQuoted(member.key, into: &output)
                output.append(":")
                writeCompact(member.value, into: &output)
            }
            output.append("}")
        default:
            output.append(scalarText(value) ?? "null")
        }
    }

    /// Writes whole lines for `value`: `lead` (a key and `": "`, or nothing) comes before it and
    /// `trailer` (`","` or nothing) after it.
    ///
    /// Each piece is appended to `output` in turn, with no line built first (but a one-line array, which is measured).
    static func writePretty(_ value: JSONValue, indent: Int, lead: String, trailer: String, into output: inout String) {
        let padding = String(repeating: "  ", count: indent)
        func line(_ pieces: String...) {
            output.append(padding)
            output.append(lead)
            for piece in pieces { output.append(piece) }
            output.append(trailer)
            output.append("\n")
        }
        switch value {
        case .array(let elements) where elements.isEmpty:
            line("[]")
        case .object(let object) where object.isEmpty:
            line("{}")
        case .array(let elements):
            let scalars = elements.compactMap(scalarText)
            if scalars.count == elements.count {
                let line = padding + lead + "[" + scalars.joined(separator: ", ") + "]" + trailer
                if line.count <= lineWidth {
                    output.append(line + "\n")
                    return
                }
            }
            output.append(padding); output.append(lead); output.append("[\n")
            for (index, element) in elements.enumerated() {
                let comma = index < elements.count - 1 ? "," : ""
                writePretty(element, indent: indent + 1, lead: "", trailer: comma, into: &output)
            }
            output.append(padding); output.append("]"); output.append(trailer); output.append("\n")
        case .object(let object):
            output.append(padding); output.append(lead); output.append("{\n")
            let pairs = object.pairs
            for (index, member) in pairs.enumerated() {
                let comma = index < pairs.count - 1 ? "," : ""
                var key = ""
                appendQuoted(member.key, into: &key)
                key.append(": ")
                writePretty(member.value, indent: indent + 1, lead: key, trailer: comma, into: &output)
            }
            output.append(padding); output.append("}"); output.append(trailer); output.append("\n")
        case .string(let string):
            output.append(padding); output.append(lead)
            appendQuoted(string, into: &output)
            output.append(trailer); output.append("\n")
        default:
            line(scalarText(value) ?? "null")
        }
    }
}
