import Foundation

/// Writes a JSON document member by member, in the pretty form of `JSONWriter.write(_:)`, byte for byte the same,
/// without building the whole `JSONValue` tree first.
///
/// Containers are opened and closed in order; a member whose value is a `JSONValue` (an answer, a list of texts)
/// is written by `JSONWriter` on its line. `last` says whether it is the last of its container, since a one-line
/// array's width counts the comma after it.
struct JSONPrettyWriter {
    /// The UTF-8 written so far.
    private(set) var output: [UInt8] = []
    /// For each open container, outermost first: whether it has a member or element yet.
    private var filled: [Bool] = []

    /// A writer with room for `capacity` bytes.
    init(capacity: Int) {
        output.reserveCapacity(capacity)
    }

    /// Ends the line before a new member or element of the innermost container, indents, and writes `key` and `": "`;
    /// returns where the new line starts.
    private mutating func startLine(key: String?) -> Int {
        if let last = filled.last {
            if last { output.append(UInt8(ascii: ",")) }
            output.append(0x0A)
            filled[filled.count - 1] = true
        }
        let start = output.count
        JSONWriter.pad(filled.count, into: &output)
        if let key {
            JSONWriter.appendQuoted(key, into: &output)
            output.append(UInt8(ascii: ":"))
            output.append(UInt8(ascii: " "))
        }
        return start
    }

    /// Opens an object (a member `key` of the object around it, or an element when `key` is nil).
    mutating func beginObject(_ key: String? = nil) {
        _ = startLine(key: key)
        output.append(UInt8(ascii: "{"))
        filled.append(false)
    }

    /// Opens an array of objects or arrays (a list of scalars goes through `value(_:_:last:)`, which may keep it on one line).
    mutating func beginArray(_ key: String? = nil) {
        _ = startLine(key: key)
        output.append(UInt8(ascii: "["))
        filled.append(false)
    }

    /// Closes the innermost object.
    mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Closes the innermost array.
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Closes the innermost container with `bracket`: on its own line after members, right after the opening when empty.
    private mutating func close(_ bracket: UInt8) {
        if filled.popLast() == true {
            output.append(0x0A)
            JSONWriter.pad(filled.count, into: &output)
        }
        output.append(bracket)
    }

    /// A member (or, when `key` is nil, an element) holding `value`; `last` when nothing follows it in its container.
    mutating func value(_ key: String?, _ value: JSONValue, last: Bool) {
        let start = startLine(key: key)
        JSONWriter.writePretty(value, indent: filled.count, lineStart: start, trailerWidth: last ? 0 : 1, into: &output)
    }

    /// A member holding text.
    mutating func string(_ key: String, _ text: String) {
        _ = startLine(key: key)
        JSONWriter.appendQuoted(text, into: &output)
    }

    /// A member holding a number.
    mutating func number(_ key: String, _ number: Decimal) {
        _ = startLine(key: key)
        JSONWriter.appendNumber(number, into: &output)
    }

    /// The document, ending with a line feed.
    mutating func finish() -> String {
        output.append(0x0A)
        return String(decoding: output, as: UTF8.self)
    }
}
