import Foundation

extension JSONReader {
    /// A string token, starting at its opening quote; escapes are decoded.
    ///
    /// Most strings have no escape: they are made from their bytes at once. One with an escape, or
    /// with a byte JSON forbids in a string, is read by `escapedString()`, which also reports the error.
    mutating func string() throws(JSONParseError) -> String {
        let start = pos
        // The bytes are scanned in place (no bounds check a byte): a script is mostly text in quotes.
        let plain: String? = bytes.withUnsafeBufferPointer { buffer in
            var end = start + 1
            while end < buffer.count {
                let byte = buffer[end]
                if byte == UInt8(ascii: "\"") {
                    pos = end + 1
                    return String(decoding: UnsafeBufferPointer(rebasing: buffer[(start + 1)..<end]), as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
                end += 1
            }
            return nil
        }
        if let plain { return plain }
        return try escapedString()
    }

    /// A string token with escapes (or a problem), starting at its opening quote at `pos`.
    mutating func escapedString() throws(JSONParseError) -> String {
        let start = pos
        pos += 1
        var buffer: [UInt8] = []
        var runStart = pos
        while true {
            guard !atEnd else { return try endOfString(start) }
            let byte = bytes[pos]
            if byte == UInt8(ascii: "\"") {
                buffer.append(contentsOf: bytes[runStart..<pos])
                pos += 1
                return String(decoding: buffer, as: UTF8.self)
            } else if byte == UInt8(ascii: "\\") {
                buffer.append(contentsOf: bytes[runStart..<pos])
                try escape(into: &buffer, stringStart: start)
                runStart = pos
            } else if byte == 0x0A || byte == 0x0D {
                throw error("a text in quotes runs past the end of the line; add the closing '\"' or write the line break as \\n", at: pos)
            } else if byte == 0x09 {
                throw error("a text in quotes contains a tab; write it as \\t", at: pos)
            } else if byte < 0x20 {
                throw error("a text in quotes contains \(found(at: pos)); remove it", at: pos)
            } else {
                pos += 1
            }
        }
    }

    /// One escape sequence at `pos` (a backslash), appended to `buffer` as UTF-8.
    mutating func escape(into buffer: inout [UInt8], stringStart: Int) throws(JSONParseError) {
        let start = pos
        pos += 1
        guard !atEnd else { return try endOfString(stringStart) }
        let decoded: UInt8? = switch bytes[pos] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes[pos]
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let decoded {
            buffer.append(decoded)
            pos += 1
            return
        }
        guard byte("u") else {
            let shown = found(at: pos).hasPrefix("'") ? "'\\" + found(at: pos).dropFirst() : "a backslash before " + found(at: pos)
            throw error("\(shown) is not a valid escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hexadecimal digits", at: start)
        }
        let first = try hex4(escapeAt: start, stringStart: stringStart)
        var scalarValue = UInt32(first.value)
        if (0xDC00...0xDFFF).contains(first.value) {
            throw error("the escape '\\u\(first.text)' is the second half of a character with no first half before it; remove it", at: start)
        }
        if (0xD800...0xDBFF).contains(first.value) {
            let secondStart = pos
            guard byte("\\"), secondStart + 1 < bytes.count, bytes[secondStart + 1] == UInt8(ascii: "u") else {
                if atEnd { return try endOfString(stringStart) }
                throw error("the escape '\\u\(first.text)' is only the first half of a character; follow it with its second half, \\uDC00 to \\uDFFF", at: start)
            }
            pos += 1
            let second = try hex4(escapeAt: secondStart, stringStart: stringStart)
            guard (0xDC00...0xDFFF).contains(second.value) else {
                throw error("the escape '\\u\(first.text)' is only the first half of a character; follow it with its second half, \\uDC00 to \\uDFFF", at: start)
            }
            scalarValue = 0x10000 + ((UInt32(first.value) - 0xD800) << 10) + (UInt32(second.value) - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else {
            throw error("the escape '\\u\(first.text)' does not name a character; remove it", at: start)
        }
        UTF8.encode(scalar) { buffer.append($0) }
    }

    /// The four hexadecimal digits after `\u` (with `pos` at the `u`), as written and as a number.
    mutating func hex4(escapeAt start: Int, stringStart: Int) throws(JSONParseError) -> (text: String, value: UInt16) {
        var value: UInt16 = 0
        for offset in 1...4 {
            guard pos + offset < bytes.count else { pos = bytes.count; return try endOfString(stringStart) }
            guard let digit = Character(Unicode.Scalar(bytes[pos + offset])).hexDigitValue, bytes[pos + offset] < 0x80 else {
                throw error("the escape '\\u' must be followed by four hexadecimal digits (0-9, A-F)", at: start)
            }
            value = value << 4 + UInt16(digit)
        }
        let text = String(decoding: bytes[(pos + 1)...(pos + 4)], as: UTF8.self)
        pos += 5
        return (text, value)
    }

    /// The error for a file that ends inside the string starting at `stringStart`.
    func endOfString<T>(_ stringStart: Int) throws(JSONParseError) -> T {
        let (line, column) = JSONParseError.location(of: stringStart, in: bytes, origin: origin)
        throw error("the file ends too early; the text in quotes that starts at line \(line), column \(column) has no closing '\"'", at: bytes.count)
    }
}
