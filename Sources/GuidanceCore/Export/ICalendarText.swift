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
        replacing(text, ["\\": "\\\\", ";": "\\;", ",": "\\,"], lineBreak: "\\n")
    }

    /// The content line `line` folded into physical lines of at most `lineLimit` octets, joined by CRLF and a space.
    ///
    /// The result has no final CRLF. A line that fits is returned unchanged. Lines break only
    /// between Unicode scalars, so no UTF-8 sequence is ever split; each continuation line starts
    /// with one space and holds at least one character after it.
    public static func fold(_ line: String) -> String {
        if line.utf8.count <= lineLimit { return line }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in line.unicodeScalars {
            let size = scalar.utf8.count
            if used + size > lineLimit {
                out.append(contentsOf: "\r\n ".unicodeScalars)
                used = 1
            }
            out.append(scalar)
            used += size
        }
        return String(out)
    }

    /// `text` as an RFC 5545 parameter value (such as a CN), quoted when it holds `:`, `;` or `,`.
    ///
    /// A parameter value cannot hold a double quote or a line break: RFC 6868 writes them as `^'`
    /// and `^n`, and a caret as `^^`. Other control characters (tab aside) are removed.
    public static func parameter(_ text: String) -> String {
        let value = replacing(text, ["^": "^^", "\"": "^'"], lineBreak: "^n")
        return value.contains(where: { ":;,".contains($0) }) ? "\"\(value)\"" : value
    }

    /// `text` with each scalar in `table` replaced, each line break (LF, CRLF or a lone CR) written as
    /// `lineBreak`, and every other control character but tab removed.
    private static func replacing(_ text: String, _ table: [Unicode.Scalar: String], lineBreak: String) -> String {
        // Printable ASCII with none of the table's (ASCII) characters: every scalar would be kept as it is.
        let keys = table.keys.compactMap { $0.isASCII ? UInt8($0.value) : nil }
        if keys.count == table.count && text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && !keys.contains($0) }) { return text }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            if let replacement = table[scalar] {
                out.append(contentsOf: replacement.unicodeScalars)
            } else if scalar == "\r" || (scalar == "\n" && !afterCR) {
                out.append(contentsOf: lineBreak.unicodeScalars)
            } else if scalar == "\t" || (!isControl(scalar) && scalar != "\n") {
                out.append(scalar)
            }
        }
        return String(out)
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

    /// `text` reduced to ASCII letters, digits, dashes and the characters in `extra`, safe inside a UID.
    ///
    /// Every run of other characters becomes one dash, and leading and trailing dashes go. When
    /// anything had to change, the result ends in a dash and eight hex digits of `text`'s digest,
    /// so two different texts never share a slug by accident; empty text gives `item`.
    public static func slug(_ text: String, keeping extra: Set<Unicode.Scalar> = []) -> String {
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

    /// FNV-1a 64 over the UTF-8 of `text`, as sixteen lowercase hex digits: stable on every platform and run.
    public static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        // The same bytes, read from the string's own storage when it has one (a native string always does).
        let read: Void? = text.utf8.withContiguousStorageIfAvailable { (bytes: UnsafeBufferPointer<UInt8>) -> Void in
            for byte in bytes { add(byte) }
        }
        if read == nil {
            for byte in text.utf8 { add(byte) }
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
