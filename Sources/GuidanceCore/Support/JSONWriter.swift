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
            writePretty(value, indent: 0, lineStart: 0, trailerWidth: 0, into: &output)
            output.append(UInt8(ascii: "\n"))
        } else {
            writeCompact(value, into: &output)
        }
        return String(decoding: output, as: UTF8.self)
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
        if !string.hasUTF8Byte(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
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
        // Most strings need no escape: their bytes are appended whole, read in place.
        let plain = string.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if plain == true {
            output.append(UInt8(ascii: "\""))
            return
        }
        // Every character JSON escapes is ASCII: the escapes are written byte by byte, the rest copied as it is.
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "\\"))
            case 0x0A: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "n"))
            case 0x0D: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "r"))
            case 0x09: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "t"))
            case 0x08: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "b"))
            case 0x0C: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "f"))
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                           hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Appends a string, number, boolean or null; `false` (and nothing appended) for arrays and objects.
    static func appendScalar(_ value: JSONValue, into output: inout [UInt8]) -> Bool {
        switch value {
        case .null: output.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C] as [UInt8])  // null
        case .bool(let flag): output.append(contentsOf: flag ? [0x74, 0x72, 0x75, 0x65] as [UInt8] : [0x66, 0x61, 0x6C, 0x73, 0x65])  // true, false
        case .number(let number): appendNumber(number, into: &output)
        case .string(let string): appendQuoted(string, into: &output)
        case .array, .object: return false
        }
        return true
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
            for index in 0..<object.count {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                appendQuoted(object.keys[index], into: &output)
                output.append(UInt8(ascii: ":"))
                writeCompact(object.value(at: index), into: &output)
            }
            output.append(UInt8(ascii: "}"))
        default:
            _ = appendScalar(value, into: &output)
        }
    }

    /// Appends `value` in pretty form on a line begun at `lineStart` (its indent, and its key when it has one, are
    /// written already), without what ends the line: the caller writes the trailer (`,` or nothing, `trailerWidth`
    /// characters) and the line feed.
    ///
    /// An array whose elements are all scalars is written on the line first, and written again element by element
    /// when the line with its trailer is wider than `lineWidth` characters.
    static func writePretty(_ value: JSONValue, indent: Int, lineStart: Int, trailerWidth: Int, into output: inout [UInt8]) {
        switch value {
        case .array(let elements) where elements.isEmpty:
            output.append(UInt8(ascii: "[")); output.append(UInt8(ascii: "]"))
        case .object(let object) where object.isEmpty:
            output.append(UInt8(ascii: "{")); output.append(UInt8(ascii: "}"))
        case .array(let elements):
            let mark = output.count
            if fitsOnLine(elements, lineStart: lineStart, trailerWidth: trailerWidth, into: &output) { return }
            output.removeSubrange(mark...)
            output.append(UInt8(ascii: "[")); output.append(0x0A)
            for (index, element) in elements.enumerated() {
                let start = output.count
                pad(indent + 1, into: &output)
                let last = index == elements.count - 1
                writePretty(element, indent: indent + 1, lineStart: start, trailerWidth: last ? 0 : 1, into: &output)
                if !last { output.append(UInt8(ascii: ",")) }
                output.append(0x0A)
            }
            pad(indent, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{")); output.append(0x0A)
            for index in 0..<object.count {
                let start = output.count
                pad(indent + 1, into: &output)
                appendQuoted(object.keys[index], into: &output)
                output.append(UInt8(ascii: ":")); output.append(UInt8(ascii: " "))
                let last = index == object.count - 1
                writePretty(object.value(at: index), indent: indent + 1, lineStart: start, trailerWidth: last ? 0 : 1, into: &output)
                if !last { output.append(UInt8(ascii: ",")) }
                output.append(0x0A)
            }
            pad(indent, into: &output)
            output.append(UInt8(ascii: "}"))
        default:
            _ = appendScalar(value, into: &output)
        }
    }

    /// Appends `[a, b, c]` when every element is a scalar and the line from `lineStart`, with a trailer of
    /// `trailerWidth` characters, stays within `lineWidth` characters; `false` otherwise (with whatever was appended left for the caller to remove).
    static func fitsOnLine(_ elements: [JSONValue], lineStart: Int, trailerWidth: Int, into output: inout [UInt8]) -> Bool {
        output.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")); output.append(UInt8(ascii: " ")) }
            guard appendScalar(element, into: &output) else { return false }
        }
        output.append(UInt8(ascii: "]"))
        let width = output.count - lineStart + trailerWidth
        if width <= lineWidth { return true }
        // Characters, not bytes: a line with letters beyond ASCII may still fit.
        let line = output[lineStart...]
        guard line.contains(where: { $0 >= 0x80 }) else { return false }
        return String(decoding: line, as: UTF8.self).count + trailerWidth <= lineWidth
    }

    /// Appends two spaces for each level of `indent`.
    static func pad(_ indent: Int, into output: inout [UInt8]) {
        let count = indent * 2
        if count <= spaces.count {
            output.append(contentsOf: spaces[0..<count])
        } else {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
        }
    }

    /// Spaces enough for twenty levels of indentation, copied from at once.
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 40)
}
