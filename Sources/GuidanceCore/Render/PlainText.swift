import Foundation

/// Replacing and finding ASCII words in text without Foundation's `NSString` bridging, giving exactly what
/// `replacingOccurrences(of:with:)` and `contains(_:)` give.
///
/// Foundation compares composed character sequences (a quote followed by a combining accent is not a quote).
/// Where no character could combine with the word searched for, that is a byte-for-byte search, done here;
/// anywhere else the Foundation call is made as before.
enum PlainText {
    /// `text` with every `token` (ASCII) replaced by `value`, as `text.replacingOccurrences(of: token, with: value)`.
    static func replacing(_ token: String, with value: String, in text: String) -> String {
        let pattern = Array(token.utf8)
        guard let lead = pattern.first, text.hasUTF8Byte(where: { $0 == lead }) else { return text }
        guard isSimple(text) else { return text.replacingOccurrences(of: token, with: value) }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + value.utf8.count)
        var index = 0, changed = false
        while index < bytes.count {
            if bytes[index] == lead && index + pattern.count <= bytes.count && bytes[index..<index + pattern.count].elementsEqual(pattern) {
                out.append(contentsOf: value.utf8)
                index += pattern.count
                changed = true
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : text
    }

    /// Whether `text` holds `token` (ASCII), as Foundation's `text.contains(token)`.
    static func contains(_ token: String, in text: String) -> Bool {
        let pattern = Array(token.utf8)
        guard let lead = pattern.first, text.hasUTF8Byte(where: { $0 == lead }) else { return false }
        guard isSimple(text) else { return text.contains(token) }
        let bytes = Array(text.utf8)
        guard bytes.count >= pattern.count else { return false }
        for index in 0...(bytes.count - pattern.count) where bytes[index] == lead {
            if bytes[index..<index + pattern.count].elementsEqual(pattern) { return true }
        }
        return false
    }

    /// `text` with every double quote doubled, as `text.replacingOccurrences(of: "\"", with: "\"\"")`.
    static func doublingQuotes(_ text: String) -> String {
        let quote = UInt8(ascii: "\"")
        guard text.hasUTF8Byte(where: { $0 == quote }) else { return text }
        // A quote next to a character at U+0300 or above (a combining mark, a joiner) may be part of a longer
        // composed character, which Foundation would not match: leave those texts to Foundation.
        var previous: Unicode.Scalar?
        var afterQuote = false
        for scalar in text.unicodeScalars {
            if afterQuote && scalar.value >= 0x300 { return text.replacingOccurrences(of: "\"", with: "\"\"") }
            if scalar == "\"", let previous, previous.value >= 0x300 { return text.replacingOccurrences(of: "\"", with: "\"\"") }
            afterQuote = scalar == "\""
            previous = scalar
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            out.append(byte)
            if byte == quote { out.append(quote) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether every character of `text` is ASCII: then each is a composed character of its own, but CR LF,
    /// which an ASCII word without CR or LF never splits.
    static func isSimple(_ text: String) -> Bool {
        text.allUTF8Bytes { $0 < 0x80 }
    }
}
