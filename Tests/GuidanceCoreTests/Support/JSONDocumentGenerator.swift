/// Writes random, valid JSON text the way people and other programs write it: any whitespace, escapes
/// of every kind (`\u` in either case, surrogate pairs), raw non-ASCII text, numbers in every form the
/// grammar allows, deep nesting. Seeded, so a failing document can be made again.
struct JSONDocumentGenerator {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(state: seed) }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    private mutating func space() -> String {
        guard int(0...2) == 0 else { return "" }
        return String((0..<int(1...3)).map { _ in pick([" ", "\n", "\t", "\r", "\r\n"]) }.joined())
    }

    private mutating func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: int(0...1) == 0)
        return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    }

    mutating func stringToken() -> String {
        var text = "\""
        for _ in 0..<int(0...10) {
            switch int(0...9) {
            case 0: text += pick(["\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"])
            case 1: text += hex(UInt32(pick([0x00, 0x1F, 0x22, 0x41, 0x5C, 0xE9, 0x2028, 0xFEFF, 0xFFFF, 0x7FF, 0x800])))
            case 2:
                let scalar = UInt32(pick([0x1F600, 0x10000, 0x10FFFF, 0x1F468]))
                let high = 0xD800 + ((scalar - 0x10000) >> 10), low = 0xDC00 + ((scalar - 0x10000) & 0x3FF)
                text += hex(high) + hex(low)
            case 3: text += pick(["é", "😀", "中文", "e\u{301}", "👨‍👩‍👧", "\u{7F}", "\u{2028}", "£", "\u{A0}", "\u{FEFF}"])
            default: text += String(UnicodeScalar(UInt8(int(0x20...0x7E)))).replacingBackslashAndQuote()
            }
        }
        return text + "\""
    }

    mutating func numberToken() -> String {
        var text = int(0...2) == 0 ? "-" : ""
        let digits = pick([1, 1, 2, 3, 5, 9, 18, 19, 20, 25, 38, 39, 40])
        text += int(0...4) == 0 ? "0" : String(int(1...9)) + String((1..<digits).map { _ in Character(String(int(0...9))) })
        if int(0...2) == 0 { text += "." + String((0..<pick([1, 2, 5, 19, 30])).map { _ in Character(String(int(0...9))) }) }
        if int(0...3) == 0 { text += pick(["e", "E"]) + pick(["", "+", "-"]) + String(pick([0, 1, 2, 20, 90, 127, 128, 129, 140, 400])) }
        return text
    }

    mutating func value(depth: Int) -> String {
        switch int(0...(depth >= 6 ? 3 : 6)) {
        case 0: return pick(["true", "false", "null"])
        case 1: return numberToken()
        case 2, 3: return stringToken()
        case 4:
            if int(0...9) == 0 { return String(repeating: "[", count: 30) + "1" + String(repeating: "]", count: 30) }
            return "[" + space() + (0..<int(0...5)).map { _ in value(depth: depth + 1) }.joined(separator: space() + "," + space()) + space() + "]"
        default:
            var keys = Set<String>()
            let members = (0..<int(0...6)).compactMap { _ -> String? in
                let key = stringToken()
                guard keys.insert(key).inserted else { return nil }
                return key + space() + ":" + space() + value(depth: depth + 1)
            }
            return "{" + space() + members.joined(separator: space() + "," + space()) + space() + "}"
        }
    }

    /// One whole document: a value with whitespace around it, sometimes after a byte order mark.
    mutating func document() -> String {
        (int(0...9) == 0 ? "\u{FEFF}" : "") + space() + value(depth: 0) + space()
    }
}

private extension String {
    /// The character written so that it stands for itself inside a JSON string.
    func replacingBackslashAndQuote() -> String { self == "\\" ? "\\\\" : self == "\"" ? "\\\"" : self }
}
