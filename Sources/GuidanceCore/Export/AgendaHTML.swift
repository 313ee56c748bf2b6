import Foundation

/// The meeting agenda as one standalone HTML5 file that prints on one A4 page for a usual meeting.
///
/// The same content as the plain-text agenda (`AgendaText`): the opening blocks as the other exports lay
/// them out, then each topic as a title with its minutes and its questions under it, last time's answer
/// set apart beside each question. The embedded `PrintStyle` is followed by the agenda's own compact
/// style. No scripts, no external resources, every typed text escaped.
public enum AgendaHTML {
    /// The agenda's own style, after the shared one: A4, small margins and tight spacing so a meeting fits a page.
    static func css(_ paper: Paper) -> String {
        """
        @page { size: \(paper.cssSize); margin: 8mm 11mm 11mm; @top-left { content: none; } }
        body { font-size: 10pt; line-height: 1.28; }
        h1 { font-size: 14pt; margin: 0 0 1mm; }
        h2 { font-size: 11pt; margin: 2.5mm 0 1mm; padding-bottom: 0.3mm; border-bottom-width: 0.75pt; }
        h3 { font-size: 9.5pt; margin: 1.2mm 0 0.3mm; }
        p { margin: 0 0 0.8mm; }
        ul, ol { margin: 0 0 0.8mm; padding-left: 4.5mm; }
        li { margin: 0 0 0.3mm; }
        table { margin: 0.5mm 0 1mm; font-size: 8.5pt; }
        th, td { padding: 0.3mm 1.2mm; }
        .glance { column-count: 2; column-gap: 6mm; column-fill: balance; }
        .glance h2:first-child { margin-top: 1mm; }
        .glance table { break-inside: avoid; page-break-inside: avoid; }
        .topic .head { display: grid; grid-template-columns: 54mm 1fr auto; gap: 0 3mm; align-items: baseline; margin: 1.5mm 0 0.6mm; border-bottom: 0.75pt solid #000; }
        .topic h2 { font-size: 10.5pt; margin: 0; padding: 0; border: none; }
        .topic .intro { font-style: italic; font-size: 0.9em; margin: 0; }
        .topic .minutes { white-space: nowrap; margin: 0; }
        .last { font-style: italic; color: #333; }
        section, header { break-inside: auto; page-break-inside: auto; }
        .topic { break-inside: avoid; page-break-inside: avoid; }
        @media print { body { font-size: 8.8pt; line-height: 1.25; } .topic .intro { font-size: 0.85em; } }
        """
    }

    /// The whole agenda as an HTML5 document laid out for `paper` in print, ending with a newline.
    public static func write(_ agenda: Agenda, paper: Paper = .a4) -> String {
        let date = agenda.meetingDate.map { ", \($0.spoken)\(agenda.meetingMinute.map { " at \(ClockTime.text($0))" } ?? "")" } ?? ""
        // The lines saying when and for whom run on as one paragraph: the same words, two lines shorter on paper.
        let text = AgendaText.about(agenda)
        let about = text.allUTF8Bytes({ $0 < 0x80 })  // ASCII: byte for byte, without Foundation's search
            ? String(decoding: text.utf8.map { $0 == 0x0A ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
            : text.replacingOccurrences(of: "\n", with: " ")
        var body = HTMLText.body([.heading(1, "Agenda: " + AgendaText.title(agenda)), .paragraph(about)])
        let glance = [AgendaText.sinceLastTime(agenda), AgendaText.thinkAbout(agenda)].filter { !$0.isEmpty }
        if !glance.isEmpty {
            body.append("<div class=\"glance\">")
            for part in glance { body += HTMLText.body(part) }
            body.append("</div>")
        }
        if agenda.topics.isEmpty { body.append("<p>This agenda has no topics.</p>") }
        for index in agenda.topics.indices { body += topic(agenda, index) }
        body.append("<footer><p>\(HTMLText.escape(ExportFile.mark)).</p></footer>")
        return HTMLText.document(title: "Agenda: " + AgendaText.title(agenda) + date, blocks: [], paper: paper,
                                 style: css(paper), body: body)
    }

    /// One topic: its number, title and minutes on one line, its intro, then its questions.
    static func topic(_ agenda: Agenda, _ index: Int) -> [String] {
        let topic = agenda.topics[index]
        let title = "\(index + 1). \(ExportBlock.cell(topic.title))"
        let minutes = AgendaText.timing(agenda, topic: index)
        var lines = ["<section class=\"topic\">", "<div class=\"head\">", "<h2>\(HTMLText.escape(title))</h2>",
                     "<div class=\"intro\">\(HTMLText.text(topic.intro))</div>",
                     "<div class=\"minutes\">\(HTMLText.escape(minutes))</div>", "</div>"]
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
