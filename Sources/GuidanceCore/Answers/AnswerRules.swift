/// The limits every kept answer obeys, whether typed in the shell, read from an answers file or held in a draft.
///
/// One set of rules decides both sides: what the shell accepts is always what the loader accepts.
public enum AnswerRules {
    /// The longest text, in characters.
    public static let maximumLength = 2000

    /// The most items a list answer may hold, and the most records a records answer may hold.
    public static let maximumItems = 200

    /// Why a list or records answer of `count` items cannot be kept, or `nil` when it can.
    public static func countProblem(_ count: Int, noun: String = "items") -> String? {
        count > maximumItems ? "it has \(count) \(noun); keep it to \(maximumItems)" : nil
    }

    /// Whether a text may not hold `scalar`: control characters (C0 other than tab, line feed and carriage return, DEL, C1).
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x09 && value != 0x0A && value != 0x0D }
        return (0x7F...0x9F).contains(value)
    }

    /// Whether `text` holds a character no kept text may hold.
    public static func hasForbidden(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isForbidden)
    }

    /// Why `text` cannot be kept (too long, or holding a control character), or `nil` when it can.
    public static func problem(_ text: String) -> String? {
        // Counting characters is linear; stop early on texts far over the limit.
        if text.utf8.count > maximumLength * 4 || text.count > maximumLength {
            return "it is \(text.count) characters long; keep it to \(maximumLength)"
        }
        return hasForbidden(text) ? "it holds a control character (such as an escape or a bell); remove it" : nil
    }
}
