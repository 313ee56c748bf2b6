import Foundation

/// The meeting agenda as Markdown (CommonMark with GFM tables), to send the director before the meeting.
///
/// The same outline as the plain-text agenda (`AgendaText`); every text typed into the script
/// or a session is escaped so it renders as typed.
public enum AgendaMarkdown {
    /// The whole agenda as Markdown, ending with a newline.
    public static func write(_ agenda: Agenda) -> String {
        MarkdownText.render(AgendaText.outline(agenda))
    }
}
