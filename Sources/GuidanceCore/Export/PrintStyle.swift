import Foundation

/// The style embedded in every HTML export: readable on screen, and printing well on A4 and US Letter.
///
/// The page is A4 with 18 mm margins; the text column is never wider than 170 mm, which also
/// fits Letter (216 mm less its margins). Tables take the full width and repeat their header on
/// each printed page; rows, list items and short sections are not split across pages. Black on
/// white with borders, never colours or shading that a printer may drop. System serif fonts only:
/// nothing is loaded from elsewhere.
enum PrintStyle {
    /// The CSS, one rule a line.
    static let css = """
        @page { margin: 18mm; }
        html { color: #000; background: #fff; }
        body { font-family: Georgia, "Times New Roman", Times, serif; font-size: 11pt; line-height: 1.4; max-width: 170mm; margin: 0 auto; padding: 0 4mm; }
        h1 { font-size: 18pt; line-height: 1.2; margin: 6mm 0 3mm; }
        h2 { font-size: 14pt; line-height: 1.2; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1pt solid #000; }
        h3 { font-size: 12pt; line-height: 1.2; margin: 5mm 0 2mm; }
        h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
        p { margin: 0 0 2mm; orphans: 3; widows: 3; }
        ul, ol { margin: 0 0 2mm; padding-left: 6mm; }
        li { margin: 0 0 1mm; }
        table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 9.5pt; line-height: 1.3; }
        thead { display: table-header-group; }
        tfoot { display: table-row-group; }
        th, td { border: 0.75pt solid #000; padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        th { font-weight: bold; }
        tfoot td { font-weight: bold; }
        .num { text-align: right; white-space: nowrap; }
        .checks { list-style: none; padding-left: 0; }
        .checks li { border-left: 2pt solid #000; padding-left: 2mm; }
        tr, li, p { break-inside: avoid; page-break-inside: avoid; }
        header, section { break-inside: avoid; page-break-inside: avoid; }
        @media print { body { max-width: none; padding: 0; } h1 { margin-top: 0; } }
        """
}
