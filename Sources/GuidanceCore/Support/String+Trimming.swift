import Foundation

extension String {
    /// The text without white space at either end, as `trimmingCharacters(in: .whitespaces)` gives it
    /// (tab and the space separators, `Zs`), without the bridge to `NSString` that made that slow.
    public func trimmedOfWhitespace() -> String { trimmingScalars(where: String.isWhitespaceScalar) }

    /// The text without white space or line breaks at either end, as `trimmingCharacters(in: .whitespacesAndNewlines)`
    /// gives it (also U+000A to U+000D, U+0085 and the line and paragraph separators).
    public func trimmedOfWhitespaceAndNewlines() -> String {
        trimmingScalars { String.isWhitespaceScalar($0) || String.isNewlineScalar($0) }
    }

    /// The text without the scalars at either end that `drop` says to drop; itself when there are none.
    private func trimmingScalars(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        guard let last = scalars.lastIndex(where: { !drop($0) }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    /// Whether `scalar` is in `CharacterSet.whitespaces`: tab, a space separator, or the zero-width space
    /// (which Foundation's set keeps from an older Unicode).
    static func isWhitespaceScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
            || (scalar.value > 0x7F && (scalar.value == 0x200B || scalar.properties.generalCategory == .spaceSeparator))
    }

    /// Whether `scalar` is in `CharacterSet.newlines`: U+000A to U+000D, U+0085, U+2028 and U+2029.
    static func isNewlineScalar(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
