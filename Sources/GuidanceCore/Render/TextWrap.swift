import Foundation

/// Word wrapping for the terminal: lines broken at spaces, never inside a word, escape sequences taking no room.
public enum TextWrap {
    /// `text` with each line wrapped to `width` columns; continuation lines keep the line's leading spaces,
    /// and a numbered item's ("1. ") go on under its text.
    public static func wrap(_ text: String, width: Int) -> String {
        guard width >= 20 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    private static func wrapLine(_ line: String, width: Int) -> String {
        guard visibleLength(line) > width else { return line }
        let leading = String(line.prefix { $0 == " " })
        let words = line.dropFirst(leading.count).split(separator: " ").map(String.init)
        // "  1. text" goes on under "text": the marker's width joins the indent of the lines after the first.
        let first = words.first ?? ""
        let marker = (2...4).contains(first.count) && first.hasSuffix(".") && first.dropLast().allSatisfy(\.isNumber)
        let indent = marker ? leading + String(repeating: " ", count: first.count + 1) : leading
        var lines: [String] = []
        var current = leading
        var currentLength = leading.count
        var hasWord = false
        for word in words {
            let length = visibleLength(word)
            if hasWord && currentLength + 1 + length > width {
                lines.append(current)
                current = indent + word
                currentLength = indent.count + length
            } else {
                if hasWord { current += " "; currentLength += 1 }
                current += word
                currentLength += length
            }
            hasWord = true
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// Columns the text takes: characters outside ANSI escape sequences.
    public static func visibleLength(_ text: String) -> Int {
        var width = Width()
        width.add(text)
        return width.count
    }

    /// The columns of text added piece by piece: `add(a); add(b)` counts what `visibleLength(a + b)` counts,
    /// an escape sequence split between the pieces included, without reading `a` again.
    public struct Width: Sendable {
        /// Columns so far.
        public private(set) var count = 0
        private var inEscape = false

        /// No text yet.
        public init() {}

        /// Counts `text` as if it followed what was added before.
        public mutating func add<S: StringProtocol>(_ text: S) {
            for scalar in text.unicodeScalars {
                if inEscape {
                    if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                } else if scalar == "\u{1B}" {
                    inEscape = true
                } else if scalar.value >= 0x20 && scalar.value < 0x7F {
                    count += 1
                } else if scalar.properties.generalCategory != .nonspacingMark && scalar != "\u{01}" && scalar != "\u{02}" {
                    count += 1
                }
            }
        }
    }
}
