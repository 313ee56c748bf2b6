import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SessionIndex {
    /// One header as a line of tab-separated fields (without its line end).
    ///
    /// `kind id inode size modified`, then for a session `meeting started mode script status stamp damage
    /// answered open count key...` (stamp empty when no listing; damage `-` or `+` and the reason), for a damaged
    /// file its reason. Tabs, line ends and backslashes inside a field are written `\t`, `\n`, `\r`, `\\`.
    static func line(_ header: SessionHeader) -> String {
        var fields = [header.id, String(header.inode), String(header.size), String(header.modified)]
        switch header.kind {
        case .unreadable:
            fields.insert("u", at: 0)
        case .damaged(let reason):
            fields.insert("d", at: 0)
            fields.append(reason)
        case .session:
            fields.insert("s", at: 0)
            fields += [header.meetingDate, header.startedAt, header.mode, header.scriptID, header.status]
            if let listing = header.listing {
                fields += [listing.scriptStamp, listing.damage.map { "+" + $0 } ?? "-", String(listing.answered), String(listing.open)]
            } else {
                fields += ["", "-", "0", "0"]
            }
            fields.append(String(header.answerCount))
            return tabbed(fields) + (header.answerCount == 0 ? "" : "\t" + header.keyText)
        }
        return tabbed(fields)
    }

    /// The header a line holds, or nil when it cannot be read.
    static func header(_ line: Substring) -> SessionHeader? {
        var line = line
        return line.withUTF8 { header(bytes: $0) }
    }

    /// The header the UTF-8 bytes of a line hold (without its line end), or nil when it cannot be read.
    ///
    /// Bytes, not characters: the fields are split at tabs, the keys after the 15th field kept as they are.
    static func header(bytes: UnsafeBufferPointer<UInt8>) -> SessionHeader? {
        guard let base = bytes.baseAddress else { return nil }
        var parts: [Range<Int>] = []
        parts.reserveCapacity(16)
        var start = 0
        while parts.count < 15 {
            guard start < bytes.count, let tab = memchr(base + start, 0x09, bytes.count - start) else { break }
            let end = base.distance(to: tab.assumingMemoryBound(to: UInt8.self))
            parts.append(start..<end)
            start = end + 1
        }
        parts.append(start..<bytes.count)  // the last field, or (after 15) the keys, tabs and all
        func field(_ at: Int) -> String {
            let range = parts[at]
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            guard !range.isEmpty, memchr(base + range.lowerBound, 0x5C, range.count) != nil else { return text }
            return unescaped(text[...])
        }
        func number<N: FixedWidthInteger>(_ at: Int) -> N? {
            guard !parts[at].isEmpty else { return nil }
            var value: N = 0
            var negative = false
            for (offset, byte) in bytes[parts[at]].enumerated() {
                if offset == 0 && byte == UInt8(ascii: "-") && N.isSigned { negative = true; continue }
                guard (0x30...0x39).contains(byte) else { return nil }
                let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(N(byte - 0x30))
                guard !overflow, !overflow2 else { return nil }
                value = sum
            }
            guard !(negative && parts[at].count == 1) else { return nil }
            return negative ? 0 - value : value
        }
        let count = min(parts.count, 15)
        guard count >= 5, parts[0].count == 1, let inode: UInt64 = number(2), let size: Int64 = number(3),
              let modified: Int64 = number(4) else { return nil }
        let id = field(1)
        switch bytes[0] {
        case UInt8(ascii: "u") where parts.count == 5:
            return SessionHeader(id: id, inode: inode, size: size, modified: modified, kind: .unreadable)
        case UInt8(ascii: "d") where parts.count == 6:
            return SessionHeader(id: id, inode: inode, size: size, modified: modified, kind: .damaged(field(5)))
        case UInt8(ascii: "s") where parts.count >= 15:
            var header = SessionHeader(id: id, inode: inode, size: size, modified: modified, kind: .session)
            header.meetingDate = field(5); header.startedAt = field(6); header.mode = field(7)
            header.scriptID = field(8); header.status = field(9)
            guard let answered: Int = number(12), let open: Int = number(13) else { return nil }
            let stamp = field(10)
            if !stamp.isEmpty {
                let damage = field(11)
                guard damage == "-" || damage.hasPrefix("+") else { return nil }
                header.listing = SessionHeader.Listing(scriptStamp: stamp, damage: damage == "-" ? nil : String(damage.dropFirst()),
                                                       answered: answered, open: open)
            }
            guard let answers: Int = number(14), answers >= 0, (answers == 0) == (parts.count == 15) else { return nil }
            header.answerCount = answers
            if parts.count == 16 { header.keyText = String(decoding: UnsafeBufferPointer(rebasing: bytes[parts[15]]), as: UTF8.self) }
            return header
        default:
            return nil
        }
    }

    /// `fields`, each escaped, between tabs. Appended by hand: `joined` makes the runtime look up the collection's types
    /// (a scan of every conformance in the binary, about 230,000 instructions the first time in a process).
    static func tabbed(_ fields: [String]) -> String {
        // Bytes, made to size: appending strings cost about a thousand instructions a field.
        var line: [UInt8] = []
        line.reserveCapacity(fields.reduce(fields.count) { $0 + $1.utf8.count })
        for (at, field) in fields.enumerated() {
            if at > 0 { line.append(0x09) }
            appendEscaped(field, to: &line)
        }
        return String(decoding: line, as: UTF8.self)
    }

    /// `text` with backslash, tab and line ends written as escapes.
    static func escaped(_ text: String) -> String {
        guard text.hasUTF8Byte(where: needsEscape) else { return text }
        var out: [UInt8] = []
        appendEscaped(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes a field's text is written as: a backslash, tab, line end or carriage return as a backslash and
    /// `\`, `t`, `n` or `r`; every other byte as it is.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard bytes.contains(where: needsEscape) else { out.append(contentsOf: bytes); return }
            for byte in bytes {
                switch byte {
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                default: out.append(byte)
                }
            }
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool { byte == 0x5C || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// The text an escaped field stands for.
    static func unescaped(_ field: Substring) -> String {
        var field = field
        return field.withUTF8(unescaped)
    }

    /// The text the escaped UTF-8 bytes of a field stand for: a backslash and the byte after it stand for a tab,
    /// a line end or a carriage return (t, n, r) or that byte itself; a backslash at the end stands for nothing.
    /// (Bytes in place: stepping through a substring's UTF-8 view costs hundreds of instructions a byte.)
    static func unescaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = bytes.baseAddress, memchr(base, 0x5C, bytes.count) != nil else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaping = false
        for byte in bytes {
            if escaping {
                switch byte {
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                default: out.append(byte)
                }
                escaping = false
            } else if byte == 0x5C {
                escaping = true
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Where the first line end of `text` is, found in its bytes in place (`utf8.firstIndex(of:)` steps byte by byte
    /// through the view, at hundreds of instructions a byte).
    static func lineEnd(in text: Substring) -> Substring.Index? {
        var copy = text
        return copy.withUTF8(lineEnd).map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// The offset of the first line end in `bytes`.
    static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, 0x0A, bytes.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The fields of a line (without its line end): cut at every tab and unescaped.
    static func fields(_ line: Substring) -> [String] {
        var line = line
        return line.withUTF8(fields)
    }

    /// The fields of a line's UTF-8 bytes (without its line end), cut and unescaped in place.
    static func fields(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var fields: [String] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x09 {
            fields.append(unescaped(UnsafeBufferPointer(rebasing: bytes[start..<index])))
            start = index + 1
        }
        return fields
    }
}
