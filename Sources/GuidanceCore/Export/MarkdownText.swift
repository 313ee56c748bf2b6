import Foundation

/// Markdown for the exports: typed text escaped so it renders exactly as typed, and blocks laid out as CommonMark with GFM tables.
///
/// Every ASCII punctuation mark that could start markup is escaped with a backslash (CommonMark
/// allows a backslash before any ASCII punctuation), so `*bold*`, `<script>`, `[link](x)`,
/// `a | b` or `# title` typed by a marketer come out as literal text. No raw HTML is ever written.
enum MarkdownText {
    /// The marks escaped wherever they appear.
    static let escaped: Set<Character> = ["\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "|",
                                          "<", ">", "&", "~", "^", "$", "@"]

    /// One line of typed text as Markdown inline text: markup characters escaped with a backslash.
    ///
    /// Also escaped: `=` at the start (a setext underline), and `:` before a letter, digit, `_`, `+`,
    /// `-` or `/`: the start of an emoji short code (pandoc's GFM) or the `://` of a web address, which
    /// the GFM autolink extension reads raw, backslashes and all, if it is allowed to see it.
    static func escape(_ line: String) -> String {
        var result = ""
        let characters = Array(line)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if escaped.contains(character)
                || (character == "=" && index == 0)
                || (character == ":" && next.map(startsShortCode) == true) {
                result.append("\\")
            }
            result.append(character)
        }
        return result
    }

    /// Whether `character` after a colon could make it a short code such as `:smile:` or a web address's `://`.
    static func startsShortCode(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "_+-/".contains(character))
    }

    /// Typed text for a table cell: its lines joined by spaces, escaped (so `|` is `\|`).
    static func cell(_ text: String) -> String {
        escape(ExportBlock.cell(text))
    }

    /// Typed text for a paragraph or list item: each line escaped, lines joined by hard breaks (`\` at the line's end).
    ///
    /// `indent` starts every line after the first, so the text stays inside its list item.
    static func text(_ text: String, indent: String = "") -> String {
        ExportBlock.lines(text).map(escape).joined(separator: "\\\n" + indent)
    }

    /// The blocks as one Markdown document, a blank line between blocks, ending with a newline.
    static func render(_ blocks: [ExportBlock]) -> String {
        blocks.compactMap(render).joined(separator: "\n\n") + "\n"
    }

    /// One block as Markdown, or `nil` when it has nothing to show.
    static func render(_ block: ExportBlock) -> String? {
        switch block {
        case let .heading(level, title):
            return String(repeating: "#", count: max(1, min(6, level))) + " " + cell(title)
        case let .paragraph(body):
            let shown = text(body)
            return shown.isEmpty ? nil : shown
        case let .list(items, numbered):
            let shown = items.filter { !ExportBlock.lines($0).isEmpty }
            guard !shown.isEmpty else { return nil }
            return shown.enumerated().map { index, item in
                let marker = numbered ? "\(index + 1). " : "- "
                return marker + text(item, indent: String(repeating: " ", count: marker.count))
            }.joined(separator: "\n")
        case let .checks(items):
            let shown = items.filter { !ExportBlock.lines($0).isEmpty }
            guard !shown.isEmpty else { return nil }
            return shown.map { "- **Check:** " + text($0, indent: "  ") }.joined(separator: "\n")
        case let .table(header, rows, numeric, total):
            let line = { (cells: [String]) in
                "| " + (0..<header.count).map { $0 < cells.count ? cell(cells[$0]) : "" }.joined(separator: " | ") + " |"
            }
            let rule = "|" + header.indices.map { numeric.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|"
            return ([line(header), rule] + rows.map(line) + (total.map { [line($0)] } ?? [])).joined(separator: "\n")
        }
    }
}

/// A block of an export document: the outline the Markdown, HTML and plain-text writers share.
///
/// Text in a block is as typed, never escaped: each writer escapes it for its own format, so the
/// three carry the same sections with the same words.
enum ExportBlock: Equatable, Sendable {
    /// A heading: level 1 is the document's title, 2 a section, 3 a part of a section.
    case heading(Int, String)
    /// A paragraph whose line breaks are kept.
    case paragraph(String)
    /// A bulleted list, or a numbered one; each item's line breaks are kept.
    case list([String], numbered: Bool)
    /// Points the reader must check (a share far from the split), each marked "Check:".
    case checks([String])
    /// A table: the header, the rows, the columns holding numbers (aligned right), and a total row when there is one.
    case table(header: [String], rows: [[String]], numeric: Set<Int>, total: [String]?)

    /// A bulleted list.
    static func bullets(_ items: [String]) -> ExportBlock { .list(items, numbered: false) }

    /// The lines of typed text, ready for any format: control characters dropped, each line trimmed, blank lines left out.
    ///
    /// CR LF, CR, NEL and the Unicode line and paragraph separators end a line; other control
    /// characters but tab (escape sequences, NUL) and noncharacters are dropped, since no format
    /// can show them and HTML forbids them.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            if scalar == "\n" && afterCR { continue }
            if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else if scalar == "\t"
                || (scalar.properties.generalCategory != .control && !scalar.properties.isNoncharacterCodePoint) {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Typed text for one line (a table cell, a heading): its lines joined by single spaces.
    static func cell(_ text: String) -> String {
        lines(text).joined(separator: " ")
    }
}
