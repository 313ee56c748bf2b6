import Foundation

/// The plan draft as the CSV of the contract in DESIGN.md: one row per planned activity.
///
/// RFC 4180, CR LF after every record (the last too), the header below, then one row
/// per `plan.rows` element in the order given. Text cells that a spreadsheet would take
/// for a formula are neutralised with a leading `'`.
public enum PlanCSV {
    /// The header row's cells, exactly as the contract names them.
    public static let columns = [
        "date", "month", "week", "segment", "role", "stage", "activity", "channel", "pull_push",
        "hours", "cost", "currency", "why",
    ]

    /// The whole CSV text for `plan`: the header, then one record per row of the plan.
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
    /// A fundamentals row (kind `fundamental`, or no role and stage) has an empty segment
    /// and role and the stage `fundamentals`.
    static func cells(of row: PlanRow, currency: String) -> [String] {
        let isFundamental = row.kind == .fundamental
        let segment = isFundamental ? "" : row.segment
        let role = isFundamental ? "" : row.role?.rawValue ?? ""
        let stage = isFundamental ? "fundamentals" : row.stage?.rawValue ?? "fundamentals"
        return [
            row.date.iso,
            CSVField.number(row.month),
            CSVField.number(row.week),
            CSVField.text(segment),
            CSVField.text(role),
            CSVField.text(stage),
            CSVField.text(row.activity),
            CSVField.text(row.channel),
            CSVField.text(row.pullPush.rawValue),
            CSVField.number(row.hours),
            CSVField.number(row.cost),
            CSVField.text(currency),
            CSVField.text(row.why),
        ]
    }
}
