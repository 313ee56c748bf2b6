import Foundation

/// The files guidance writes: their names, and the mark the readable ones carry.
public enum ExportFile {
    /// The mark every Markdown, HTML and text export carries.
    public static let mark = "Made with guidance"

    /// The file names of `guidance export ID --all`, by format.
    public static func names(for sessionID: String) -> [(format: String, name: String)] {
        [("plan-md", "\(sessionID)-plan.md"), ("plan-html", "\(sessionID)-plan.html"), ("plan-csv", "\(sessionID)-plan.csv"),
         ("plan-json", "\(sessionID)-plan.json"), ("calendar", "\(sessionID)-calendar.ics"),
         ("agenda-md", "\(sessionID)-agenda.md"), ("agenda-html", "\(sessionID)-agenda.html")]
    }
}
