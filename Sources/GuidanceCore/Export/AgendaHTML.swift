import Foundation

/// The meeting agenda as one standalone HTML5 file that prints on a page or two of A4 or Letter.
///
/// The same outline as the plain-text agenda (`AgendaText`), laid out by the embedded
/// `PrintStyle`; no scripts, no external resources, every typed text escaped.
public enum AgendaHTML {
    /// The whole agenda as an HTML5 document, ending with a newline.
    public static func write(_ agenda: Agenda) -> String {
        let date = agenda.meetingDate.map { ", \($0.spoken)\(agenda.meetingMinute.map { " at \(ClockTime.text($0))" } ?? "")" } ?? ""
        return HTMLText.document(title: "Agenda: " + AgendaText.title(agenda) + date, blocks: AgendaText.outline(agenda))
    }
}
