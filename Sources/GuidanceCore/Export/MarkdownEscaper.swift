import Foundation

/// Which backslashes typed text needs in Markdown to render exactly as typed, and no others.
///
/// CommonMark (with GitHub's tables and strikethrough) gives a character a meaning only in some
/// places: `#` starts a heading only at a line's start, `*` emphasises only when a later `*` can
/// close it, `|` splits only a table cell. So the source of a plan reads as plain text ("53.6%",
/// "2027-02-01"), and a marketer's `*stars*`, `<script>` or `[link](x)` still come out literally.
/// The escaper looks at a whole block (a paragraph, a list item, a cell, a heading) because
/// emphasis and code spans pair across its lines.
enum MarkdownEscaper {
    /// Where the text goes: its rules differ.
    enum Place {
        /// A table cell: inline rules, and every `|`.
        case cell
        /// A heading's text: inline rules, and a closing run of `#`.
        case heading
        /// A paragraph or list item, line by line: inline rules and what may start a block at a line's start.
        case block
    }

    /// The lines of one block with a backslash before each character that needs one.
    static func escape(_ lines: [String], in place: Place) -> [String] {
        if needsNothing(lines, in: place) { return lines }
        let text = Array(lines.joined(separator: "\n"))
        var marked = Array(repeating: false, count: text.count)
        backslashes(text, &marked, in: place)
        if place == .block { lineStarts(text, &marked) }
        if place == .heading { closingHashes(text, &marked) }
        markup(text, &marked, in: place)
        pairs(text, &marked)
        var result: [String] = [], line = ""
        for (index, character) in text.enumerated() {
            if character == "\n" {
                result.append(line)
                line = ""
                continue
            }
            if marked[index] { line.append("\\") }
            line.append(character)
        }
        result.append(line)
        return result
    }

    /// Whether no rule below can mark anything in `lines`, looking at bytes only: none of the characters the
    /// rules look at anywhere (`\\`, a delimiter, `&`, `<`, `[`, and `|` in a cell), no closing `#` in a heading,
    /// nothing that may start a block at a line's start, and no CR or LF inside a line (the lines come back as given).
    /// Every rule matches ASCII characters only, so a byte test never misses one; when in doubt the rules run.
    static func needsNothing(_ lines: [String], in place: Place) -> Bool {
        for line in lines {
            let clean = line.utf8.withContiguousStorageIfAvailable { needsNothing($0, in: place) }
            if clean == false { return false }
            if clean == nil, !Array(line.utf8).withUnsafeBufferPointer({ needsNothing($0, in: place) }) { return false }
        }
        return true
    }

    /// `needsNothing(_:in:)` for the UTF-8 bytes of one line.
    private static func needsNothing(_ line: UnsafeBufferPointer<UInt8>, in place: Place) -> Bool {
        var atStart = true
        for byte in line {
            switch byte {
            case 0x0A, 0x0D, UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"),
                 UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: "["):
                return false
            case UInt8(ascii: "|") where place == .cell:
                return false
            default:
                break
            }
            if atStart && place == .block {
                if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || blockStartBytes.contains(byte) { return false }
            }
            atStart = false
        }
        if place == .heading && line.last == UInt8(ascii: "#") { return false }
        return true
    }

    /// The characters that may start a block at a line's start (digits aside).
    static let blockStarts = "#>-+*_=`~|:"

    /// The bytes of `blockStarts`.
    private static let blockStartBytes = Array(blockStarts.utf8)

    /// A backslash before punctuation or at a line's end (a hard break) would act; and in a cell, every `|`.
    static func backslashes(_ text: [Character], _ marked: inout [Bool], in place: Place) {
        for (index, character) in text.enumerated() {
            if character == "\\" {
                let next = index + 1 < text.count ? text[index + 1] : nil
                if let next, next == "\n" || isASCIIPunctuation(next) { marked[index] = true }
            } else if character == "|" && place == .cell {
                marked[index] = true
            }
        }
    }

    /// Entities (`&amp;`), HTML (`<b>`, `<!--`) and links (`[a](x)`, a `[label]:` definition).
    static func markup(_ text: [Character], _ marked: inout [Bool], in place: Place) {
        for (index, character) in text.enumerated() {
            let rest = text[(index + 1)...]
            switch character {
            case "&":
                if isEntity(rest) { marked[index] = true }
            case "<":
                guard let next = rest.first, next.isASCII && (next.isLetter || "/!?".contains(next)) else { continue }
                let lineStart = index == 0 || text[index - 1] == "\n"
                if rest.contains(">") || (place == .block && lineStart) { marked[index] = true }
            case "[":
                let after = String(rest)
                let lineStart = index == 0 || text[index - 1] == "\n"
                if after.contains("](") || (place == .block && lineStart && after.contains("]:")) { marked[index] = true }
            default:
                continue
            }
        }
    }

    /// Whether the text after `&` makes an entity or a numeric character reference.
    static func isEntity(_ rest: ArraySlice<Character>) -> Bool {
        guard let semicolon = rest.firstIndex(of: ";") else { return false }
        let name = rest[rest.startIndex..<semicolon]
        guard let first = name.first, name.count <= 32, name.allSatisfy({ $0.isASCII }) else { return false }
        if first == "#" {
            let digits = name.dropFirst()
            if let x = digits.first, x == "x" || x == "X" {
                return (1...6).contains(digits.count - 1) && digits.dropFirst().allSatisfy(\.isHexDigit)
            }
            return (1...7).contains(digits.count) && digits.allSatisfy(\.isNumber)
        }
        return first.isLetter && name.allSatisfy { $0.isLetter || $0.isNumber }
    }

    /// What starts a block at a line's start: headings, quotes, list markers, rules, fences, setext underlines.
    static func lineStarts(_ text: [Character], _ marked: inout [Bool]) {
        var start = 0
        var first = true
        while start <= text.count {
            let end = text[start...].firstIndex(of: "\n") ?? text.count
            lineStart(Array(text[start..<end]), at: start, first: first, &marked)
            first = false
            start = end + 1
        }
    }

    /// The block-start rule for one line beginning at `offset`; `first` when no paragraph line comes before it.
    static func lineStart(_ line: [Character], at offset: Int, first: Bool, _ marked: inout [Bool]) {
        guard let c = line.first else { return }
        func blank(_ index: Int) -> Bool { index >= line.count || line[index] == " " || line[index] == "\t" }
        let trimmed = line.filter { $0 != " " && $0 != "\t" }
        let hashes = line.prefix { $0 == "#" }.count
        if c == "#" && hashes <= 6 && blank(hashes) { marked[offset] = true; return }
        if c == ">" { marked[offset] = true; return }
        if "-+*".contains(c) && blank(1) && (first || line.dropFirst().contains { $0 != " " && $0 != "\t" } || c == "-") {
            marked[offset] = true
            return
        }
        if "-*_".contains(c) && trimmed.count >= 3 && trimmed.allSatisfy({ $0 == c }) { marked[offset] = true; return }
        if !first && (c == "=" || c == "-") && trimmed.allSatisfy({ $0 == c }) { marked[offset] = true; return }
        if (c == "`" || c == "~") && line.prefix(while: { $0 == c }).count >= 3 { marked[offset] = true; return }
        if !first && "|-:".contains(c) && trimmed.contains("-") && trimmed.allSatisfy({ "|-:".contains($0) }) {
            marked[offset] = true
            return
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if (1...9).contains(digits.count), digits.count < line.count, ".)".contains(line[digits.count]), blank(digits.count + 1),
           first || Int(String(digits)) == 1 {
            marked[offset + digits.count] = true
        }
    }

    /// A heading's closing run of `#` (after a space, or the whole text), which the heading would drop.
    static func closingHashes(_ text: [Character], _ marked: inout [Bool]) {
        let run = text.reversed().prefix { $0 == "#" }.count
        guard run > 0 else { return }
        let start = text.count - run
        if start == 0 || text[start - 1] == " " || text[start - 1] == "\t" { marked[start] = true }
    }

    /// Code spans, emphasis and strikethrough: an opening run is escaped when a later run could close it.
    ///
    /// One character of the run is escaped at a time and the runs are found again, since what is left
    /// of a run may still open (or may no longer: CommonMark's "rule of 3"), and an escaped opener can
    /// free a later run to open.
    static func pairs(_ text: [Character], _ marked: inout [Bool]) {
        var changed = true
        while changed {
            changed = false
            let runs = delimiterRuns(text, marked)
            search: for (index, run) in runs.enumerated() where run.canOpen {
                for closer in runs[(index + 1)...] where closer.character == run.character && closer.canClose {
                    if run.character == "`" || run.character == "~", closer.length != run.length { continue }
                    if run.character == "~" && run.length > 2 { continue }
                    if "*_".contains(run.character) && (run.canClose || closer.canOpen)
                        && (run.length + closer.length) % 3 == 0 && !(run.length % 3 == 0 && closer.length % 3 == 0) {
                        continue
                    }
                    // One backslash, on the run's last character: what is left of the run may no longer open.
                    marked[run.start + run.length - 1] = true
                    changed = true
                    break search
                }
            }
        }
    }

    /// A run of one delimiter character not escaped, with whether it can open and close.
    struct Run {
        var character: Character
        var start: Int
        var length: Int
        var canOpen: Bool
        var canClose: Bool
    }

    /// The runs of `` ` ``, `*`, `_` and `~` not escaped, with CommonMark's flanking rules.
    static func delimiterRuns(_ text: [Character], _ marked: [Bool]) -> [Run] {
        var runs: [Run] = []
        var index = 0
        while index < text.count {
            let c = text[index]
            guard "`*_~".contains(c), !marked[index] else { index += 1; continue }
            var end = index
            while end < text.count && text[end] == c && !marked[end] { end += 1 }
            let before: Character = index > 0 ? text[index - 1] : "\n"
            let after: Character = end < text.count ? text[end] : "\n"
            let left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before))
            let right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after))
            var open = left, close = right
            if c == "_" {
                open = left && (!right || isPunctuation(before))
                close = right && (!left || isPunctuation(after))
            } else if c == "`" {
                open = true
                close = true
            }
            runs.append(Run(character: c, start: index, length: end - index, canOpen: open, canClose: close))
            index = end
        }
        return runs
    }

    /// Unicode white space as CommonMark counts it.
    static func isSpace(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .spaceSeparator || "\t\n\r\u{0C}".unicodeScalars.contains($0) }
    }

    /// ASCII punctuation, or a Unicode punctuation or symbol character.
    static func isPunctuation(_ character: Character) -> Bool {
        if isASCIIPunctuation(character) { return true }
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// One of the 32 ASCII punctuation characters, which a backslash escapes.
    static func isASCIIPunctuation(_ character: Character) -> Bool {
        character.isASCII && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".contains(character)
    }
}
