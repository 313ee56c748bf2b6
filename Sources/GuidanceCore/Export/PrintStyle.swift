import Foundation

/// The paper an HTML export is laid out for when printed: A4 (the default) or US Letter.
public enum Paper: String, CaseIterable, Sendable {
    /// ISO A4, 210 × 297 mm.
    case a4
    /// US Letter, 8.5 × 11 inches.
    case letter

    /// The name CSS gives the size in `@page`.
    var cssSize: String { self == .a4 ? "A4" : "letter" }
}

/// The style embedded in every HTML export: the window's full width on screen, and a compact printed report.
///
/// In print the page is A4 (or Letter) with 14 mm margins, a running title at the top and "Page 2
/// of 6" at the bottom (CSS page-margin boxes, which Chromium prints). Tables take the full width
/// and repeat their header on each page; no row, list item or paragraph is split across pages, and
/// a heading stays with what follows it. Sections are free to break, so no page is left near-empty
/// because a long section would not fit. Black on white, drawn with borders rather than backgrounds
/// (a printer may drop backgrounds); system fonts only: nothing is loaded from elsewhere.
enum PrintStyle {
    /// The CSS for a document titled `title` (the running title in print), one rule a line.
    static func css(title: String, paper: Paper) -> String {
        """
        @page { size: \(paper.cssSize); margin: 14mm 14mm 16mm; @top-left { content: "\(cssString(title))"; font: 8pt Arial, Helvetica, sans-serif; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, Helvetica, sans-serif; } }
        html { color: #000; background: #fff; }
        body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.35; margin: 0; padding: 4mm 6mm; }
        h1 { font-size: 16pt; line-height: 1.2; margin: 2mm 0 2mm; }
        h2 { font-size: 12.5pt; line-height: 1.2; margin: 5mm 0 1.5mm; padding-bottom: 0.8mm; border-bottom: 1pt solid #000; }
        h3 { font-size: 10.5pt; line-height: 1.2; margin: 3.5mm 0 1mm; }
        h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
        p { margin: 0 0 1.5mm; orphans: 3; widows: 3; }
        ul, ol { margin: 0 0 1.5mm; padding-left: 5mm; }
        li { margin: 0 0 0.5mm; }
        table { width: 100%; border-collapse: collapse; margin: 1mm 0 2.5mm; font-size: 9pt; line-height: 1.25; }
        thead { display: table-header-group; }
        tfoot { display: table-row-group; }
        th, td { border: 0.5pt solid #000; padding: 0.6mm 1.2mm; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        th { font-weight: bold; }
        tfoot td { font-weight: bold; }
        .num { text-align: right; white-space: nowrap; }
        .checks { list-style: none; padding-left: 0; }
        .checks li { border-left: 2pt solid #000; padding-left: 2mm; }
        tr, li, p { break-inside: avoid; page-break-inside: avoid; }
        .timeline td, .timeline th { vertical-align: middle; }
        .timeline .bar { width: 34%; }
        .timeline td:nth-last-child(3) { white-space: nowrap; }
        .timeline th[scope="rowgroup"] { width: 17%; vertical-align: top; }
        .track { position: relative; height: 3mm; }
        .track div { position: absolute; top: 0; box-sizing: border-box; }
        .track .month { white-space: nowrap; }
        .track .line { height: 3mm; border-left: 0.5pt dotted #000; }
        .track .prep { height: 3mm; border: 0.75pt solid #000; border-right: none; }
        .track .live { height: 3mm; border-top: 3mm solid #000; }
        .legend { font-size: 8.5pt; }
        @media screen { body { max-width: none; } }
        @media print { body { padding: 0; font-size: 9.5pt; line-height: 1.25; } table { font-size: 8pt; line-height: 1.15; margin-bottom: 1.5mm; } th, td { padding: 0.2mm 1mm; } h1 { margin-top: 0; font-size: 15pt; } h2 { font-size: 11.5pt; margin-top: 3.5mm; } p, ul, ol { margin-bottom: 1mm; } }
        """
    }

    /// `text` inside a CSS double-quoted string: backslashes and quotes escaped, line ends as spaces.
    static func cssString(_ text: String) -> String {
        var result = ""
        for character in ExportBlock.cell(text) {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "<": result += "\\3C "
            default: result.append(character)
            }
        }
        return result
    }
}
