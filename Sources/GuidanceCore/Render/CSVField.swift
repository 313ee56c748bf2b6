import Foundation

/// One cell of an RFC 4180 CSV file: quoting, formula neutralisation and plain numbers.
///
/// Shared by every CSV writer, so each export quotes and neutralises the same way.
enum CSVField {
    /// The record end RFC 4180 asks for, written after every record including the last.
    static let recordEnd = "\r\n"

    /// A text cell: neutralised when a spreadsheet would read it as a formula, then quoted when needed.
    ///
    /// A cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so a spreadsheet
    /// shows the text instead of running it; the result is quoted as `quoted(_:)` says.
    static func text(_ value: String) -> String {
        quoted(neutralised(value))
    }

    /// A number cell: `.` decimal point, no thousands separator, no exponent ("1250.5", "-3", "0").
    ///
    /// A value that is not a number (`Decimal.nan`) is written as an empty cell.
    static func number(_ value: Decimal) -> String {
        value.isNaN ? "" : JSONWriter.numberText(value)
    }

    /// A whole-number cell ("3", "-1").
    static func number(_ value: Int) -> String {
        String(value)
    }

    /// The cell in double quotes (inner quotes doubled) when it holds a comma, a double quote, CR or LF.
    ///
    /// Cells without those characters are written as they are. Characters are checked one
    /// Unicode scalar at a time, so a CR LF pair (one Swift `Character`) is still found.
    static func quoted(_ value: String) -> String {
        // The four are ASCII, so their bytes are found wherever the scalars are (read in place, not scalar by scalar).
        let needsQuotes = value.hasUTF8Byte { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else { return value }
        return "\"" + PlainText.doublingQuotes(value) + "\""
    }

    /// `value` with a leading `'` when it starts with `=`, `+`, `-`, `@`, tab or CR; otherwise unchanged.
    static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, startsFormula(first) else { return value }
        return "'" + value
    }

    /// Whether a cell starting with `scalar` would be read as a formula: `=`, `+`, `-`, `@`, tab or CR.
    static func startsFormula(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "=", "+", "-", "@", "\t", "\r": return true
        default: return false
        }
    }

    /// One record: the cells joined by commas, then CR LF. The cells must already be quoted.
    static func record(_ cells: [String]) -> String {
        cells.joined(separator: ",") + recordEnd
    }

}
