import Foundation

/// Makes text from people and files inert before it reaches a terminal.
///
/// A terminal obeys the control characters in what it prints: ESC starts sequences that clear the
/// screen, set the window title or write to the clipboard (OSC 52), BEL rings, C1 controls such as
/// U+009B (CSI) start sequences on their own, and the bidirectional overrides and isolates
/// (U+202A-U+202E, U+2066-U+2069) make a line read in another order than it is stored.
/// `inert(_:)` shows each of them visibly instead:
///
/// - C0 controls in caret notation (ESC is `^[`, BEL is `^G`, NUL is `^@`), DEL as `^?`;
///   line feed and tab stay, and so does a carriage return just before a line feed (CRLF);
/// - C1 controls (U+0080-U+009F) and the bidirectional controls as `<U+009B>`, `<U+202E>`.
///
/// Everything else is kept byte for byte. The work is one pass over the UTF-8 bytes, and text with
/// nothing to change (nearly all of it) comes back as it is after a scan.
public enum TerminalSafe {
    /// `text` with every control character shown visibly and the bidirectional controls neutralised.
    public static func inert(_ text: String) -> String { inert(text, keeping: []) }

    /// `text` made inert, but for the exact sequences in `kept` (such as our own colour codes) where an ESC starts one.
    public static func inert(_ text: String, keeping kept: [String]) -> String {
        guard text.hasUTF8Byte(where: mayNeedChange) else { return text }
        let bytes = Array(text.utf8)
        let keptBytes = kept.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x1B, let sequence = keptBytes.first(where: { starts(bytes, at: i, with: $0) }) {
                out.append(contentsOf: sequence)
                i += sequence.count
                continue
            }
            switch byte {
            case 0x0A, 0x09:
                out.append(byte)
            case 0x0D where i + 1 < bytes.count && bytes[i + 1] == 0x0A:
                out.append(byte)
            case 0x00..<0x20:
                out.append(contentsOf: [UInt8(ascii: "^"), byte + 0x40])
            case 0x7F:
                out.append(contentsOf: [UInt8(ascii: "^"), UInt8(ascii: "?")])
            case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]):
                out.append(contentsOf: shown(UInt32(bytes[i + 1])))
                i += 1
            case 0xD8 where i + 1 < bytes.count && bytes[i + 1] == 0x9C:  // U+061C, the Arabic letter mark
                out.append(contentsOf: shown(0x061C))
                i += 1
            case 0xE2 where i + 2 < bytes.count:
                if let scalar = bidiScalar(bytes[i + 1], bytes[i + 2]) {
                    out.append(contentsOf: shown(scalar))
                    i += 2
                } else {
                    out.append(byte)
                }
            default:
                out.append(byte)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` with every line longer than `limit` characters cut in the middle, saying how much was left out:
    /// a message quoting a 100,000-character argument or key stays readable.
    public static func shortened(_ text: String, limit: Int = 1000) -> String {
        guard text.utf8.count > limit else { return text }
        let keep = max(limit / 2 - 20, 1)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > limit else { return String(line) }
            return "\(line.prefix(keep)) … (\(line.count - 2 * keep) characters left out) … \(line.suffix(keep))"
        }.joined(separator: "\n")
    }

    /// The bidirectional overrides and isolates in `text`, each once, in the order they first appear.
    ///
    /// Exports keep such text as it was typed; the command line uses this to warn that it is there.
    public static func bidiControls(in text: String) -> [Unicode.Scalar] {
        // Each is D8 9C, or E2 80 or E2 81 and one more byte, in UTF-8: the lead bytes are found with memchr, in place.
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
            guard let base = bytes.baseAddress else { return [] }
            var hits: [(offset: Int, scalar: Unicode.Scalar)] = []
            for lead in [UInt8(0xD8), 0xE2] {
                var offset = 0
                while offset < bytes.count, let found = memchr(base + offset, Int32(lead), bytes.count - offset) {
                    let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    offset = at + 1
                    let value: UInt32
                    if lead == 0xD8, at + 1 < bytes.count {
                        value = 0x0600 | UInt32(bytes[at + 1] & 0x3F)
                    } else if lead == 0xE2, at + 2 < bytes.count {
                        value = 0x2000 | UInt32(bytes[at + 1] & 0x3F) << 6 | UInt32(bytes[at + 2] & 0x3F)
                    } else {
                        continue
                    }
                    if let scalar = Unicode.Scalar(value), isBidiControl(scalar) { hits.append((at, scalar)) }
                }
            }
            var found: [Unicode.Scalar] = []
            for hit in hits.sorted(by: { $0.offset < $1.offset }) where !found.contains(hit.scalar) { found.append(hit.scalar) }
            return found
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// Whether `scalar` is a bidirectional control (Unicode's Bidi_Control): U+061C, U+200E, U+200F (marks),
    /// U+202A-U+202E (embeddings and overrides) or U+2066-U+2069 (isolates).
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0x061C || value == 0x200E || value == 0x200F
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// `U+202E` for a scalar value, four hex digits at least.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A byte that may start something `inert` changes: a C0 control (bar line feed and tab), DEL,
    /// or the first byte of a C1 control (0xC2) or of a bidirectional control (0xE2).
    private static func mayNeedChange(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xD8
    }

    /// The bidirectional control or line separator whose UTF-8 is E2 `second` `third`, if it is one:
    /// U+200E, U+200F, U+2028, U+2029 (which breaks a line where the terminal does not expect it), U+202A-U+202E, U+2066-U+2069.
    private static func bidiScalar(_ second: UInt8, _ third: UInt8) -> UInt32? {
        if second == 0x80, [0x8E, 0x8F, 0xA8, 0xA9].contains(third) { return 0x2000 + UInt32(third - 0x80) }
        if second == 0x80, (0xAA...0xAE).contains(third) { return 0x2000 + UInt32(third - 0x80) }
        if second == 0x81, (0xA6...0xA9).contains(third) { return 0x2040 + UInt32(third - 0x80) }
        return nil
    }

    /// `<U+009B>` as bytes.
    private static func shown(_ value: UInt32) -> [UInt8] {
        Array(("<" + name(Unicode.Scalar(value) ?? "?") + ">").utf8)
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with prefix: [UInt8]) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        return bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    }
}
