import Foundation

/// The text rules of RFC 5545: TEXT escaping, content-line folding, UID-safe names and a stable digest.
///
/// RFC 5545 §3.3.11: a backslash, semicolon and comma in a TEXT value are escaped with a backslash,
/// and a line break is written as `\n`; a colon is not escaped. §3.1: a content line longer than
/// 75 octets is split by inserting CRLF and one space, and unfolding removes every CRLF followed by
/// one space; a UTF-8 character is never split across lines.
public enum ICalendarText {
    /// The most octets a physical line may hold, not counting its CRLF (a continuation's leading space counts).
    public static let lineLimit = 75

    /// The line end of every iCalendar line.
    public static let lineEnd = "\r\n"

    /// `text` as an RFC 5545 TEXT value.
    ///
    /// `\` becomes `\\`, `;` becomes `\;`, `,` becomes `\,`, and a line break (LF, CRLF or a lone CR)
    /// becomes `\n`. Other control characters (C0, DEL and C1, but not tab) are removed, because
    /// TEXT cannot hold them. Everything else, emoji and accents included, is kept as it is.
    public static func escape(_ text: String) -> String {
        replacing(text, [(UInt8(ascii: "\\"), "\\\\"), (UInt8(ascii: ";"), "\\;"), (UInt8(ascii: ","), "\\,")], lineBreak: "\\n")
    }

    /// The content line `line` folded into physical lines of at most `lineLimit` octets, joined by CRLF and a space.
    ///
    /// The result has no final CRLF. A line that fits is returned unchanged. Lines break only
    /// between Unicode scalars, so no UTF-8 sequence is ever split; each continuation line starts
    /// with one space and holds at least one character after it.
    public static func fold(_ line: String) -> String {
        if line.utf8.count <= lineLimit { return line }
        var out: [UInt8] = []
        appendFolded(line, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 of `line` folded as `fold(_:)` folds it.
    static func appendFolded(_ line: String, into out: inout [UInt8]) {
        if line.utf8.count <= lineLimit { out.append(contentsOf: line.utf8); return }
        let bytes = Array(line.utf8)
        out.reserveCapacity(out.count + bytes.count + bytes.count / 32 + 8)
        var used = 0
        var index = 0
        while index < bytes.count {
            // A scalar's size in UTF-8, from its first byte.
            let lead = bytes[index]
            let size = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            if used + size > lineLimit {
                out.append(contentsOf: "\r\n ".utf8)
                used = 1
            }
            let end = min(index + size, bytes.count)
            out.append(contentsOf: bytes[index..<end])
            index = end
            used += size
        }
    }

    /// `text` as an RFC 5545 parameter value (such as a CN), quoted when it holds `:`, `;` or `,`.
    ///
    /// A parameter value cannot hold a double quote or a line break: RFC 6868 writes them as `^'`
    /// and `^n`, and a caret as `^^`. Other control characters (tab aside) are removed.
    public static func parameter(_ text: String) -> String {
        let value = replacing(text, [(UInt8(ascii: "^"), "^^"), (UInt8(ascii: "\""), "^'")], lineBreak: "^n")
        return value.contains(where: { ":;,".contains($0) }) ? "\"\(value)\"" : value
    }

    /// `text` with each ASCII character in `table` replaced, each line break (LF, CRLF or a lone CR) written as
    /// `lineBreak`, and every other control character but tab (C0, DEL and C1) removed; read and written as UTF-8 bytes.
    private static func replacing(_ text: String, _ table: [(byte: UInt8, replacement: String)], lineBreak: String) -> String {
        // Printable ASCII with none of the table's characters: every byte would be kept as it is.
        if text.allUTF8Bytes({ byte in byte >= 0x20 && byte < 0x7F && !table.contains { $0.byte == byte } }) { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if let replacement = table.first(where: { $0.byte == byte })?.replacement {
                out.append(contentsOf: replacement.utf8)
            } else if byte == 0x0D || (byte == 0x0A && (index < 2 || bytes[index - 2] != 0x0D)) {
                out.append(contentsOf: lineBreak.utf8)
            } else if byte == 0xC2, index < bytes.count, (0x80...0x9F).contains(bytes[index]) {
                index += 1  // a C1 control, U+0080 to U+009F
            } else if byte == 0x09 || (byte >= 0x20 && byte != 0x7F) {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `email` as a `mailto:` CAL-ADDRESS (RFC 6068): every character but ASCII letters, digits and `-._~!$'*+=@` percent-encoded.
    public static func mailto(_ email: String) -> String {
        let kept = Set("-._~!$'*+=@".utf8)
        var out = "mailto:"
        for byte in email.utf8 {
            if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || kept.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0x0F, radix: 16, uppercase: true)
            }
        }
        return out
    }

    /// The folded content line `name:value` followed by CRLF; `value` must already be escaped where it is TEXT.
    public static func contentLine(_ name: String, _ value: String) -> String {
        fold("\(name):\(value)") + lineEnd
    }

    /// Appends the folded content line `name:value` and its CRLF as UTF-8: the bytes of `contentLine(_:_:)`.
    static func appendContentLine(_ name: String, _ value: String, into out: inout [UInt8]) {
        appendFolded(name + ":" + value, into: &out)
        out.append(contentsOf: lineEnd.utf8)
    }

    /// `text` reduced to ASCII letters, digits, dashes and the characters in `extra`, safe inside a UID.
    ///
    /// Every run of other characters becomes one dash, and leading and trailing dashes go. When
    /// anything had to change, the result ends in a dash and eight hex digits of `text`'s digest,
    /// so two different texts never share a slug by accident; empty text gives `item`.
    public static func slug(_ text: String, keeping extra: Set<Unicode.Scalar> = []) -> String {
        if extra.allSatisfy(\.isASCII) { return slug(text, keepingASCII: extra.map { UInt8($0.value) }) }
        return scalarSlug(text, keeping: extra)
    }

    /// `slug(_:keeping:)` worked scalar by scalar, for any characters to keep.
    static func scalarSlug(_ text: String, keeping extra: Set<Unicode.Scalar>) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if isSlugSafe(scalar) || extra.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix("-") { out.removeLast() }
        if out == text && !out.isEmpty { return out }
        let tag = String(digest(text).prefix(8))
        return out.isEmpty ? (text.isEmpty ? "item" : tag) : "\(out)-\(tag)"
    }

    /// `slug(_:keeping:)` with ASCII characters to keep, worked on the UTF-8 bytes: a character beyond ASCII is
    /// two to four bytes that are none of them safe, and they make one dash as the character did.
    static func slug(_ text: String, keepingASCII extra: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isSlugSafe(Unicode.Scalar(byte)) || extra.contains(byte) {
                out.append(byte)
            } else if out.last != UInt8(ascii: "-") {
                out.append(UInt8(ascii: "-"))
            }
        }
        let first = out.firstIndex { $0 != UInt8(ascii: "-") } ?? out.endIndex
        let last = out.lastIndex { $0 != UInt8(ascii: "-") }.map { $0 + 1 } ?? first
        let kept = String(decoding: out[first..<max(first, last)], as: UTF8.self)
        if kept == text && !kept.isEmpty { return kept }
        let tag = String(digest(text).prefix(8))
        return kept.isEmpty ? (text.isEmpty ? "item" : tag) : "\(kept)-\(tag)"
    }

    /// FNV-1a 64 over the UTF-8 of `text`, as sixteen lowercase hex digits: stable on every platform and run.
    public static func digest(_ text: String) -> String {
        // The same bytes, read from the string's own storage when it has one (a native string always does).
        if let hex = text.utf8.withContiguousStorageIfAvailable({ digest(bytes: $0) }) { return hex }
        return digest(bytes: Array(text.utf8))
    }

    /// `digest(_:)` of the text whose UTF-8 is `bytes`.
    static func digest<Bytes: Sequence<UInt8>>(bytes: Bytes) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether `scalar` is a control character that TEXT cannot hold (tab excepted).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09) || (0x7F...0x9F).contains(v)
    }

    /// Whether `scalar` is an ASCII letter, digit or dash.
    private static func isSlugSafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D: return true
        default: return false
        }
    }
}
