import Foundation

/// Joins sentences into one message, each ending with a full stop (or its own ? or !) and one space between.
///
/// Messages are built from parts that come from different places (a parser's reason, a check's
/// problem, "Nothing was stored"); joining them here keeps "...simplify the file Nothing was stored."
/// from happening: every part becomes a sentence of its own.
public enum Sentences {
    /// `parts` as sentences: empty parts dropped, each trimmed and ended with a full stop.
    public static func join(_ parts: String...) -> String { join(parts) }

    /// `parts` as sentences: empty parts dropped, each trimmed and ended with a full stop.
    ///
    /// The first letter is left as it is: a part may start with a file name, which must not change.
    public static func join(_ parts: [String]) -> String {
        parts.map(sentence).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// One part as a sentence: trimmed of spaces and line ends, ending with ".", "?" or "!" (empty stays empty).
    public static func sentence(_ part: String) -> String {
        var text = Substring(part)
        while let first = text.first, first == " " || first == "\n" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\n" { text = text.dropLast() }
        return text.isEmpty ? "" : String(text).sentenceEnd
    }
}
