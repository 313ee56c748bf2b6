import Foundation

/// Markdown for the exports: typed text escaped so it renders exactly as typed, and blocks laid out as CommonMark with GFM tables.
///
/// A backslash goes only where Markdown would otherwise read markup (`MarkdownEscaper`), so the
/// source reads as plain text, while `*bold*`, `<script>`, `[link](x)`, `a | b` in a cell or `# title`
/// typed by a marketer still come out literally. No raw HTML is ever written.
enum MarkdownText {
    /// Typed text for a table cell: its lines joined by spaces, escaped where Markdown needs it (every `|`).
    static func cell(_ text: String) -> String {
        // Most cells are one line of plain ASCII with nothing to escape: the line itself.
        if let line = ExportBlock.printableASCIITrimmed(text), MarkdownEscaper.needsNothing([line], in: .cell) { return line }
        return MarkdownEscaper.escape([ExportBlock.cell(text)], in: .cell).joined()
    }

    /// Typed text for a paragraph or list item: escaped where Markdown needs it, lines joined by hard breaks (`\` at the line's end).
    ///
    /// `indent` starts every line after the first, so the text stays inside its list item.
    static func text(_ text: String, indent: String = "") -> String {
        if let line = ExportBlock.printableASCIITrimmed(text), MarkdownEscaper.needsNothing([line], in: .block) { return line }
        return MarkdownEscaper.escape(ExportBlock.lines(text), in: .block).joined(separator: "\\\n" + indent)
    }

    /// The blocks as one Markdown document, a blank line between blocks, ending with a newline.
    static func render(_ blocks: [ExportBlock]) -> String {
        blocks.compactMap(render).joined(separator: "\n\n") + "\n"
    }

    /// One block as Markdown, or `nil` when it has nothing to show.
    static func render(_ block: ExportBlock) -> String? {
        switch block {
        case let .heading(level, title):
            return String(repeating: "#", count: max(1, min(6, level))) + " "
                + MarkdownEscaper.escape([ExportBlock.cell(title)], in: .heading).joined()
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
            if header.isEmpty { return (["|  |", "||"] + rows.map { _ in "|  |" } + (total.map { _ in ["|  |"] } ?? [])).joined(separator: "\n") }
            // One string, row by row: "| a | b |", the rule, the rows and the total, lines joined by line feeds.
            var out = ""
            out.reserveCapacity((rows.count + 3) * header.count * 24)
            func line(_ cells: [String]) {
                out += "|"
                for index in 0..<header.count {
                    out += " "
                    if index < cells.count { out += cell(cells[index]) }
                    out += " |"
                }
            }
            line(header)
            out += "\n|"
            for index in header.indices { out += numeric.contains(index) ? " ---: |" : " --- |" }
            for cells in rows {
                out += "\n"
                line(cells)
            }
            if let total {
                out += "\n"
                line(total)
            }
            return out
        case let .timeline(timeline):
            return timelineChart(timeline) + "\n\n" + (render(timeline.table) ?? "")
        }
    }
}

extension MarkdownText {
    /// The timeline's bars of characters in a fenced code block, so they keep their columns when rendered.
    ///
    /// The fence is longer than any run of backticks in the chart, so no typed name can close it.
    static func timelineChart(_ timeline: PlanTimeline) -> String {
        let chart = timeline.chartLines
        var longest = 0, run = 0
        // With no backtick byte there is no backtick character: the fence is the shortest.
        let backticks = chart.contains { $0.hasUTF8Byte(where: { $0 == UInt8(ascii: "`") }) }
        for character in backticks ? chart.joined() : "" {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return ([fence + "text"] + chart + [fence]).joined(separator: "\n")
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
    /// The campaigns on the plan's months: bars in HTML, bars of characters in text, a chart and a table in Markdown.
    case timeline(PlanTimeline)

    /// A bulleted list.
    static func bullets(_ items: [String]) -> ExportBlock { .list(items, numbered: false) }

    /// The lines of typed text, ready for any format: control characters dropped, each line trimmed, blank lines left out.
    ///
    /// CR LF, CR, NEL and the Unicode line and paragraph separators end a line; other control
    /// characters but tab (escape sequences, NUL) and noncharacters are dropped, since no format
    /// can show them and HTML forbids them.
    static func lines(_ text: String) -> [String] {
        // Printable ASCII has no line break and nothing to drop: the text, trimmed, is the one line.
        if let line = printableASCIITrimmed(text) { return line.isEmpty ? [] : [line] }
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            if scalar == "\n" && afterCR { continue }
            if scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else if scalar == "\t" || (scalar.value >= 0x20 && scalar.value < 0x7F)
                || (scalar.properties.generalCategory != .control && !scalar.properties.isNoncharacterCodePoint) {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines.map { $0.trimmedOfWhitespace() }.filter { !$0.isEmpty }
    }

    /// `text` without spaces at either end when it is all printable ASCII (whose only white space is the space);
    /// `nil` for any other text. Read from the string's bytes in place.
    static func printableASCIITrimmed(_ text: String) -> String? {
        let trimmed = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            guard let first = bytes.firstIndex(where: { $0 != 0x20 }), let last = bytes.lastIndex(where: { $0 != 0x20 }) else { return "" }
            if first == 0 && last == bytes.count - 1 { return text }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[first...last]), as: UTF8.self)
        }
        if let trimmed { return trimmed }
        return text.allUTF8Bytes({ $0 >= 0x20 && $0 < 0x7F }) ? text.trimmedOfWhitespace() : nil
    }

    /// Typed text for one line (a table cell, a heading): its lines joined by single spaces.
    static func cell(_ text: String) -> String {
        lines(text).joined(separator: " ")
    }
}
