import Foundation

/// The meeting agenda as one standalone HTML5 file that prints on one A4 page for a usual meeting.
///
/// The same content as the plain-text agenda (`AgendaText`): the opening blocks as the other exports lay
/// them out, then each topic as a title with its minutes and its questions under it, last time's answer
/// set apart beside each question. The embedded `PrintStyle` is followed by the agenda's own compact
/// style. No scripts, no external resources, every typed text escaped.
public enum AgendaHTML {
    /// The agenda's own style, after the shared one: A4, small margins and tight spacing so a meeting fits a page.
    static let css = """
        @page { size: A4; margin: 12mm 14mm; }
        body { font-size: 10pt; line-height: 1.3; }
        h1 { font-size: 15pt; margin: 0 0 1.5mm; }
        h2 { font-size: 11.5pt; margin: 3mm 0 1mm; padding-bottom: 0.5mm; border-bottom-width: 0.75pt; }
        h3 { font-size: 10pt; margin: 1.5mm 0 0.5mm; }
        p { margin: 0 0 1mm; }
        ul, ol { margin: 0 0 1mm; padding-left: 5mm; }
        li { margin: 0 0 0.5mm; }
        table { margin: 1mm 0 1.5mm; font-size: 9pt; }
        th, td { padding: 0.5mm 1.5mm; }
        .topic h2 { display: flex; justify-content: space-between; gap: 4mm; }
        .topic h2 .minutes { font-weight: normal; white-space: nowrap; }
        .topic .intro { font-style: italic; }
        .last { font-style: italic; color: #333; }
        .last::before { content: "\\2014\\00a0"; }
        section, header { break-inside: auto; page-break-inside: auto; }
        .topic { break-inside: avoid; page-break-inside: avoid; }
        @media print { body { font-size: 9.5pt; } }
        """

    /// The whole agenda as an HTML5 document, ending with a newline.
    public static func write(_ agenda: Agenda) -> String {
        let date = agenda.meetingDate.map { ", \($0.spoken)\(agenda.meetingMinute.map { " at \(ClockTime.text($0))" } ?? "")" } ?? ""
        let page = HTMLText.document(title: "Agenda: " + AgendaText.title(agenda) + date, blocks: [])
        var body = HTMLText.body(AgendaText.opening(agenda))
        if agenda.topics.isEmpty { body.append("<p>This agenda has no topics.</p>") }
        for index in agenda.topics.indices { body += topic(agenda, index) }
        body.append("<footer><p>\(HTMLText.escape(ExportFile.mark)).</p></footer>")
        let style = "<style>\n" + css + "\n</style>\n</head>"
        return page.replacingOccurrences(of: "</head>", with: style)
            .replacingOccurrences(of: "<body>\n</body>", with: "<body>\n" + body.joined(separator: "\n") + "\n</body>")
    }

    /// One topic: its number, title and minutes on one line, its intro, then its questions.
    static func topic(_ agenda: Agenda, _ index: Int) -> [String] {
        let topic = agenda.topics[index]
        let title = "\(index + 1). \(ExportBlock.cell(topic.title))"
        let minutes = AgendaText.timing(agenda, topic: index)
        var lines = ["<section class=\"topic\">",
                     "<h2><span>\(HTMLText.escape(title))</span> <span class=\"minutes\">\(HTMLText.escape(minutes))</span></h2>"]
        if !PlanMarkdown.blank(topic.intro) { lines.append("<p class=\"intro\">\(HTMLText.text(topic.intro))</p>") }
        if topic.questions.isEmpty {
            lines.append("<p>No questions in this topic.</p>")
        } else {
            lines.append("<ol>")
            for question in topic.questions {
                let last = AgendaText.lastTime(question).map { " <span class=\"last\">\(HTMLText.escape($0))</span>" } ?? ""
                lines.append("<li>\(HTMLText.text(question.text))\(last)</li>")
            }
            lines.append("</ol>")
        }
        return lines + ["</section>"]
    }
}
