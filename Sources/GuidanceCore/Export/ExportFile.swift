import Foundation

/// The files guidance writes: their names, and the mark the readable ones carry.
public enum ExportFile {
    /// The mark every Markdown, HTML and text export carries.
    public static let mark = "Made with guidance"

    /// The permissions of an exported file under `umask`: 0666 less the umask, as any program's new file.
    ///
    /// Session files stay 0600 whatever the umask; exports are the user's to share, so they follow it.
    public static func mode(umask: mode_t) -> mode_t { 0o666 & ~umask & 0o777 }

    /// The file names of `guidance export ID --all`, by format (the invitation is left out when the session has no email to send it to).
    public static func names(for sessionID: String) -> [(format: String, name: String)] {
        [("plan-md", "\(sessionID)-plan.md"), ("plan-html", "\(sessionID)-plan.html"), ("plan-csv", "\(sessionID)-plan.csv"),
         ("plan-json", "\(sessionID)-plan.json"), ("calendar", "\(sessionID)-calendar.ics"),
         ("agenda-md", "\(sessionID)-agenda.md"), ("agenda-html", "\(sessionID)-agenda.html"), ("invite", "\(sessionID)-invite.ics")]
    }
}
