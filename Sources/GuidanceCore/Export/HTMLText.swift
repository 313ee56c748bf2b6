import Foundation

/// HTML for the exports: typed text escaped, blocks laid out, and the standalone HTML5 document around them.
///
/// The document has no scripts and no external resources: its style is embedded (`PrintStyle`)
/// and nothing links out, so it opens and prints the same anywhere, offline.
enum HTMLText {
    /// Text with the five HTML special characters escaped: `&`, `<`, `>`, `"` and `'`.
    static func escape(_ text: String) -> String {
        // Each of the five is a character of its own in ASCII text; other text is read by characters below.
        if !text.hasUTF8Byte(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) { return text }
        if PlainText.isSimple(text) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count + 16)
            for byte in text.utf8 {
                switch byte {
                case 0x26: bytes += Array("&amp;".utf8)
                case 0x3C: bytes += Array("&lt;".utf8)
                case 0x3E: bytes += Array("&gt;".utf8)
                case 0x22: bytes += Array("&quot;".utf8)
                case 0x27: bytes += Array("&#39;".utf8)
                default: bytes.append(byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Typed text for a paragraph, list item or cell: each line escaped, lines joined by `<br>` and a newline.
    ///
    /// The newline shows nothing in a browser, but keeps the lines apart for any tool that reads the text out.
    static func text(_ text: String) -> String {
        if let line = ExportBlock.printableASCIITrimmed(text) { return escape(line) }  // one line (or none)
        return ExportBlock.lines(text).map(escape).joined(separator: "<br>\n")
    }

    /// The whole standalone document: doctype, head with title and embedded style, and the blocks in the body.
    ///
    /// `style` comes after the shared style, so a document can tighten it; `body`, when given, replaces the blocks' lines.
    static func document(title: String, blocks: [ExportBlock], paper: Paper = .a4, style: String = "", body given: [String]? = nil) -> String {
        // The lines joined by line feeds; the style is written whole, as its lines joined again would give it.
        let lines = given ?? body(blocks)
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"guidance\">\n"
        out.reserveCapacity(8192 + lines.reduce(0) { $0 + $1.utf8.count + 1 })
        out += "<title>\(escape(ExportBlock.cell(title)))</title>\n<style>\n"
        out += PrintStyle.css(title: title, paper: paper)
        out += "\n"
        if !style.isEmpty { out += style + "\n" }
        out += "</style>\n</head>\n<body>\n"
        for line in lines {
            out += line
            out += "\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    /// The body's lines: what comes before the first section in a `<header>`, each level-2 section in a `<section>`.
    static func body(_ blocks: [ExportBlock]) -> [String] {
        var lines: [String] = []
        var open: String?
        for block in blocks {
            let starts: String? = switch block {
            case .heading(let level, _) where level <= 2: level == 1 ? "header" : "section"
            default: open == nil ? "header" : nil
            }
            if let element = starts {
                if let current = open { lines.append("</\(current)>") }
                lines.append("<\(element)>")
                open = element
            }
            lines += render(block)
        }
        if let current = open { lines.append("</\(current)>") }
        return lines
    }

    /// One block as HTML lines; a block with nothing to show gives none.
    static func render(_ block: ExportBlock) -> [String] {
        switch block {
        case let .heading(level, title):
            let tag = "h\(max(1, min(6, level)))"
            return ["<\(tag)>\(escape(ExportBlock.cell(title)))</\(tag)>"]
        case let .paragraph(body):
            let shown = text(body)
            return shown.isEmpty ? [] : ["<p>\(shown)</p>"]
        case let .list(items, numbered):
            let shown = items.map(text).filter { !$0.isEmpty }
            guard !shown.isEmpty else { return [] }
            let tag = numbered ? "ol" : "ul"
            return ["<\(tag)>"] + shown.map { "<li>\($0)</li>" } + ["</\(tag)>"]
        case let .checks(items):
            let shown = items.map(text).filter { !$0.isEmpty }
            guard !shown.isEmpty else { return [] }
            return ["<ul class=\"checks\">"] + shown.map { "<li><strong>Check:</strong> \($0)</li>" } + ["</ul>"]
        case let .table(header, rows, numeric, total):
            return table(header: header, rows: rows, numeric: numeric, total: total)
        case let .timeline(timeline):
            return self.timeline(timeline)
        }
    }

    /// A table with its header in `<thead>`, its rows in `<tbody>` and the total row in `<tfoot>`.
    static func table(header: [String], rows: [[String]], numeric: Set<Int>, total: [String]?) -> [String] {
        // Each column's opening tag, made once for the header and once for all the other rows.
        func openings(_ tag: String, scope: String?) -> [String] {
            header.indices.map { index in
                "<\(tag)" + (scope.map { " scope=\"\($0)\"" } ?? "") + (numeric.contains(index) ? " class=\"num\"" : "") + ">"
            }
        }
        func row(_ cells: [String], openings: [String], closing: String) -> String {
            var line = "<tr>"
            for index in header.indices {
                line += openings[index]
                if index < cells.count { line += text(cells[index]) }
                line += closing
            }
            return line + "</tr>"
        }
        let data = openings("td", scope: nil)
        var lines = ["<table>", "<thead>", row(header, openings: openings("th", scope: "col"), closing: "</th>"), "</thead>", "<tbody>"]
        lines.reserveCapacity(rows.count + 10)
        for cells in rows { lines.append(row(cells, openings: data, closing: "</td>")) }
        lines.append("</tbody>")
        if let total { lines += ["<tfoot>", row(total, openings: data, closing: "</td>"), "</tfoot>"] }
        lines.append("</table>")
        return lines
    }
}
