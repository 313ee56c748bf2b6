import Foundation

/// The meeting agenda as plain text for the terminal: what `guidance agenda --format txt` prints.
///
/// Its outline is shared with the Markdown and HTML agendas: the title, when and how long, the
/// timetable, each topic with its timebox, intro and questions (last time's answer beside each
/// one when there is one), the open actions carried forward, and what changed since last time.
/// A self-planning agenda says it is for deciding alone and that its answers are assumptions to
/// confirm. Lines stay within `PlanSummary.width` columns where words allow.
public enum AgendaText {
    /// The whole agenda as plain text, ending with a newline.
    public static func write(_ agenda: Agenda) -> String {
        render(outline(agenda))
    }

    /// The agenda's outline, for any writer to lay out: the Markdown and HTML agendas use it too.
    static func outline(_ agenda: Agenda) -> [ExportBlock] {
        var blocks: [ExportBlock] = [.heading(1, "Agenda: " + title(agenda)), .paragraph(about(agenda))]
        blocks.append(.heading(2, "Timetable"))
        if agenda.topics.isEmpty {
            blocks.append(.paragraph("This agenda has no topics."))
        } else {
            let rows = agenda.topics.enumerated().map { ["\($0.offset + 1). \($0.element.title)", "\($0.element.minutes)"] }
            blocks.append(.table(header: ["Topic", "Minutes"], rows: rows, numeric: [1], total: ["Total", "\(agenda.minutes)"]))
        }
        for (index, topic) in agenda.topics.enumerated() {
            blocks.append(.heading(2, "\(index + 1). \(topic.title) (\(PlanSummary.duration(topic.minutes)))"))
            if !PlanMarkdown.blank(topic.intro) { blocks.append(.paragraph(topic.intro)) }
            blocks.append(topic.questions.isEmpty ? .paragraph("No questions in this topic.")
                : .list(topic.questions.map(question), numbered: true))
        }
        blocks.append(.heading(2, "Open actions from last time"))
        blocks.append(PlanMarkdown.items(agenda.openActions, empty: "No open actions carried forward."))
        return blocks + PlanMarkdown.changes(agenda.changes) + [.paragraph(ExportFile.mark + ".")]
    }

    /// The agenda's title, or the kind of session when the script gave none.
    static func title(_ agenda: Agenda) -> String {
        if !PlanMarkdown.blank(agenda.title) { return agenda.title }
        return agenda.mode == .director ? "Strategic Guidance meeting" : "Self-planning session"
    }

    /// When, how long, who it is for, and where last time's answers come from: one line each.
    static func about(_ agenda: Agenda) -> String {
        var lines = [agenda.meetingDate.map { "Date: \($0.spoken)\(agenda.meetingMinute.map { " at \(ClockTime.text($0))" } ?? "")." }
                        ?? "Date: not set yet.",
                     "Length: \(agenda.minutes) minutes, each topic timed as below."]
        switch agenda.mode {
        case .director:
            lines.append("For the director and the marketer: the marketer asks, the director answers. "
                + "Read the questions beforehand so the meeting keeps to time.")
        case .selfPlanning:
            lines.append("For deciding alone: a self-planning session while the director is unavailable. "
                + "Every answer is an assumption to confirm with your director.")
        }
        if let previous = agenda.previousSessionID, !PlanMarkdown.blank(previous) {
            lines.append("Last time's answers come from session \(ExportBlock.cell(previous)).")
        }
        return lines.joined(separator: "\n")
    }

    /// A question as a list item, with "Last time: ..." on the line below when there is a last answer.
    static func question(_ question: Agenda.Question) -> String {
        guard let answer = question.lastAnswer, !PlanMarkdown.blank(answer) else { return question.text }
        return question.text + "\nLast time: " + answer
    }

    /// The blocks as plain text: headings underlined, a blank line between blocks, lines wrapped.
    static func render(_ blocks: [ExportBlock]) -> String {
        var lines: [String] = []
        var afterHeading = false
        for block in blocks {
            let shown = render(block)
            guard !shown.isEmpty else { continue }
            if !lines.isEmpty && !afterHeading { lines.append("") }
            lines += shown
            if case let .heading(level, _) = block { afterHeading = level <= 2 } else { afterHeading = false }
        }
        return lines.map(PlanSummary.trimmedRight).joined(separator: "\n") + "\n"
    }

    /// One block as plain-text lines; a block with nothing to show gives none.
    static func render(_ block: ExportBlock) -> [String] {
        switch block {
        case let .heading(level, title):
            let text = ExportBlock.cell(title)
            guard level <= 2 else { return [text] }
            return [text, String(repeating: level == 1 ? "=" : "-", count: text.count)]
        case let .paragraph(body):
            return ExportBlock.lines(body).flatMap { PlanSummary.wrap($0) }
        case let .list(items, numbered):
            let shown = items.filter { !PlanMarkdown.blank($0) }
            return shown.enumerated().flatMap { index, item in
                self.item(item, marker: numbered ? "\(index + 1). " : "- ")
            }
        case let .checks(items):
            return items.filter { !PlanMarkdown.blank($0) }.flatMap { self.item($0, marker: "! ") }
        case let .table(header, rows, numeric, total):
            let cells = ([header] + rows + (total.map { [$0] } ?? [])).map { $0.map(ExportBlock.cell) }
            var lines = PlanSummary.table(cells, rightAligned: numeric)
            let rule = String(repeating: "-", count: lines.map(\.count).max() ?? 0)
            lines.insert(rule, at: 1)
            if total != nil { lines.insert(rule, at: lines.count - 1) }
            return lines
        case let .timeline(timeline):
            return timeline.chartLines
        }
    }

    /// A list item after its marker, its later lines and wrapped parts under its text.
    static func item(_ text: String, marker: String) -> [String] {
        let indent = String(repeating: " ", count: marker.count)
        return ExportBlock.lines(text).enumerated().flatMap { index, line in
            PlanSummary.wrap(line, first: index == 0 ? marker : indent, rest: indent)
        }
    }
}
