import Foundation

/// The plan draft as the CSV of the contract in DESIGN.md (version 2): one row per task.
///
/// RFC 4180, CR LF after every record (the last too), the header below, then one row per task
/// ordered by due day, then start. Text cells that a spreadsheet would take for a formula are
/// neutralised with a leading `'`.
public enum PlanCSV {
    /// The header row's cells, exactly as the contract names them.
    public static let columns = [
        "start", "due", "month", "week", "segment", "role", "campaign", "stage", "activity", "channel", "pull_push",
        "owner", "hours", "cost", "currency", "why",
    ]

    /// The whole CSV text for `plan`: the header, then one record per task.
    ///
    /// The same plan always gives the same bytes.
    public static func write(_ plan: Plan) -> String {
        var output = CSVField.record(columns)
        for row in plan.rows {
            output += CSVField.record(cells(of: row, currency: plan.currency))
        }
        return output
    }

    /// The cells of one row, quoted and neutralised, in the order of `columns`.
    ///
    /// A fundamentals row (no segment role and stage) has an empty segment and role and the stage `fundamentals`.
    static func cells(of row: PlanRow, currency: String) -> [String] {
        let isFundamental = row.stage == nil
        return [
            row.start.iso,
            row.due.iso,
            CSVField.number(row.month),
            CSVField.number(row.week),
            CSVField.text(isFundamental ? "" : row.segment),
            CSVField.text(isFundamental ? "" : row.role?.rawValue ?? ""),
            CSVField.text(row.campaign),
            CSVField.text(row.stage?.rawValue ?? "fundamentals"),
            CSVField.text(row.activity),
            CSVField.text(row.channel),
            CSVField.text(row.pullPush.rawValue),
            CSVField.text(row.owner),
            CSVField.number(row.hours),
            CSVField.number(row.cost),
            CSVField.text(currency),
            CSVField.text(row.why),
        ]
    }
}
