import Foundation

/// The files guidance writes, and how it knows a file is one of its own (so it may replace it without --force).
public enum ExportFile {
    /// The mark every Markdown, HTML and text export carries.
    public static let mark = "Made with guidance"

    /// Whether `data` looks like a file guidance wrote, judged by the file name's extension.
    public static func isWrittenByGuidance(_ data: Data, fileName: String) -> Bool {
        guard let text = String(data: data, encoding: .utf8) else { return false }
        switch (fileName as NSString).pathExtension.lowercased() {
        case "csv": return text.hasPrefix(PlanCSV.columns.joined(separator: ",") + "\r\n")
        case "ics": return text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.contains("\r\nPRODID:-//guidance//")
        case "json":
            guard let json = try? JSONParser.parse(data) else { return false }
            return json["format"]?.stringValue == AnswersFile.format && json["plan"] != nil
        default: return text.contains(mark) || text.hasPrefix("Tactical plan draft")
        }
    }

    /// The file names of `guidance export ID --all`, by format.
    public static func names(for sessionID: String) -> [(format: String, name: String)] {
        [("plan-md", "\(sessionID)-plan.md"), ("plan-html", "\(sessionID)-plan.html"), ("plan-csv", "\(sessionID)-plan.csv"),
         ("plan-json", "\(sessionID)-plan.json"), ("calendar", "\(sessionID)-calendar.ics"),
         ("agenda-md", "\(sessionID)-agenda.md"), ("agenda-html", "\(sessionID)-agenda.html")]
    }
}
