import Foundation

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
            return fields.map(escaped).joined(separator: "\t") + (header.answerCount == 0 ? "" : "\t" + header.keyText)
        }
        return fields.map(escaped).joined(separator: "\t")
    }

    /// The header a line holds, or nil when it cannot be read.
    static func header(_ line: Substring) -> SessionHeader? {
        // Bytes, not characters: the fields are split at tabs, the keys after the 15th field kept as they are.
        let parts = line.utf8.split(separator: 0x09, maxSplits: 15, omittingEmptySubsequences: false)
        let fields = parts.prefix(15).map { unescaped(Substring($0)) }
        guard fields.count >= 5, let inode = UInt64(fields[2]), let size = Int64(fields[3]), let modified = Int64(fields[4]) else { return nil }
        let id = fields[1]
        switch fields[0] {
        case "u" where fields.count == 5:
            return SessionHeader(id: id, inode: inode, size: size, modified: modified, kind: .unreadable)
        case "d" where fields.count == 6:
            return SessionHeader(id: id, inode: inode, size: size, modified: modified, kind: .damaged(fields[5]))
        case "s" where fields.count == 15:
            var header = SessionHeader(id: id, inode: inode, size: size, modified: modified, kind: .session)
            header.meetingDate = fields[5]; header.startedAt = fields[6]; header.mode = fields[7]
            header.scriptID = fields[8]; header.status = fields[9]
            guard let answered = Int(fields[12]), let open = Int(fields[13]) else { return nil }
            if !fields[10].isEmpty {
                let damage = fields[11]
                guard damage == "-" || damage.hasPrefix("+") else { return nil }
                header.listing = SessionHeader.Listing(scriptStamp: fields[10], damage: damage == "-" ? nil : String(damage.dropFirst()),
                                                       answered: answered, open: open)
            }
            guard let count = Int(fields[14]), count >= 0, (count == 0) == (parts.count == 15) else { return nil }
            header.answerCount = count
            if parts.count == 16 { header.keyText = String(Substring(parts[15])) }
            return header
        default:
            return nil
        }
    }

    /// `text` with backslash, tab and line ends written as escapes.
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// The text an escaped field stands for.
    static func unescaped(_ field: Substring) -> String {
        guard field.utf8.contains(0x5C) else { return String(field) }
        var out = ""
        var escaping = false
        for character in field.unicodeScalars {
            if escaping {
                switch character {
                case "t": out += "\t"
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.unicodeScalars.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
