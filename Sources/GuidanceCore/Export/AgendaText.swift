import Foundation

/// The meeting agenda as plain text for the terminal: what `guidance agenda --format txt` prints.
///
/// Its outline is shared with the Markdown and HTML agendas: the title, when and how long, what
/// happened since last time (the work the last plan had due by the meeting, open actions, decisions
/// still waiting, what changed), a few points to think about, then each topic with its timebox, intro
/// and questions (last time's answer beside each one when the question does not already quote it).
/// A self-planning agenda says it is for deciding alone and that its answers are assumptions to
/// confirm. Lines stay within `PlanSummary.width` columns where words allow.
public enum AgendaText {
    /// The whole agenda as plain text, ending with a newline.
    public static func write(_ agenda: Agenda) -> String {
        render(outline(agenda))
    }

    /// The agenda's outline, for any writer to lay out: the Markdown and HTML agendas use it too.
    static func outline(_ agenda: Agenda) -> [ExportBlock] {
        var blocks = opening(agenda)
        if agenda.topics.isEmpty { blocks.append(.paragraph("This agenda has no topics.")) }
        for (index, topic) in agenda.topics.enumerated() {
            blocks.append(.heading(2, heading(agenda, topic: index)))
            if !PlanMarkdown.blank(topic.intro) { blocks.append(.paragraph(topic.intro)) }
            blocks.append(topic.questions.isEmpty ? .paragraph("No questions in this topic.")
                : .list(topic.questions.map(question), numbered: true))
        }
        return blocks + [.paragraph(ExportFile.mark + ".")]
    }

    /// Everything before the topics: the title, when and for whom, "Since last time" and "To think about".
    static func opening(_ agenda: Agenda) -> [ExportBlock] {
        [.heading(1, "Agenda: " + title(agenda)), .paragraph(about(agenda))] + sinceLastTime(agenda) + thinkAbout(agenda)
    }

    /// "To think about before we meet", when there is something to think about.
    static func thinkAbout(_ agenda: Agenda) -> [ExportBlock] {
        let points = agenda.thinkAbout.filter { !PlanMarkdown.blank($0) }
        let heading = agenda.mode == .director ? "To think about before we meet" : "To think about beforehand"
        return points.isEmpty ? [] : [.heading(2, heading), .bullets(points)]
    }

    /// "Since last time": what the last plan had due by the meeting, open actions, decisions waiting and what
    /// changed; nothing for a first meeting.
    static func sinceLastTime(_ agenda: Agenda) -> [ExportBlock] {
        guard agenda.sinceLastTime != nil || !agenda.openActions.isEmpty || !agenda.changes.isEmpty else { return [] }
        var blocks: [ExportBlock] = [.heading(2, "Since last time")]
        if let since = agenda.sinceLastTime, let months = since.reviewed {
            blocks.append(.heading(3, "What really happened (\(months) reviewed)"))
            blocks.append(.bullets(since.actualSplit))
            if !since.delivered.isEmpty { blocks.append(.paragraph("Delivered: " + since.delivered.joined(separator: "; ") + ".")) }
            if !since.slipped.isEmpty { blocks.append(.heading(3, "What slipped, and why")); blocks.append(.bullets(since.slipped)) }
        }
        if let since = agenda.sinceLastTime {
            blocks.append(.heading(3, since.dueBy.map { "Due by \($0.spoken) in the last plan" } ?? "Due in the last plan"))
            blocks.append(since.dueBy == nil ? .paragraph("The meeting has no date yet, so nothing is counted as due.")
                : PlanMarkdown.items(since.due, empty: "Nothing in the last plan was due by then."))
        }
        blocks.append(.heading(3, "Open actions"))
        blocks.append(PlanMarkdown.items(agenda.openActions, empty: "No open actions carried forward."))
        if let since = agenda.sinceLastTime {
            blocks.append(.heading(3, "Decisions still waiting"))
            blocks.append(PlanMarkdown.items(since.decisions, empty: "No decisions waiting."))
        }
        if !agenda.changes.isEmpty {
            blocks.append(.heading(3, "What changed between the last two meetings"))
            blocks.append(.table(header: ["What", "The time before", "Last time"], rows: agenda.changes.map { [$0.what, $0.before, $0.now] },
                                 numeric: [], total: nil))
        }
        return blocks
    }

    /// "1. Strategic why (3 min)", with the time it starts when the meeting's time is known: "(10:00, 3 min)".
    static func heading(_ agenda: Agenda, topic index: Int) -> String {
        "\(index + 1). \(agenda.topics[index].title) (\(timing(agenda, topic: index)))"
    }

    /// A topic's minutes, after the time it starts when the meeting's time is known: "3 min", "10:03, 6 min".
    static func timing(_ agenda: Agenda, topic index: Int) -> String {
        let starts = agenda.meetingMinute.map { start in
            ClockTime.text(start + agenda.topics.prefix(index).reduce(0) { $0 + $1.minutes }) + ", "
        } ?? ""
        return starts + PlanSummary.duration(agenda.topics[index].minutes)
    }

    /// The agenda's title, or the kind of session when the script gave none.
    static func title(_ agenda: Agenda) -> String {
        if !PlanMarkdown.blank(agenda.title) { return agenda.title }
        return agenda.mode == .director ? "Strategic Guidance meeting" : "Self-planning session"
    }

    /// When, how long, who it is for, and which meeting last time's answers come from: one line each.
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
        if let since = agenda.sinceLastTime {
            lines.append(since.selfPlanning
                ? "Last time's answers are from the self-planning session of \(since.lastMeeting.spoken): assumptions to confirm."
                : "Last time's answers are from the meeting of \(since.lastMeeting.spoken).")
        }
        return lines.joined(separator: "\n")
    }

    /// A question as a list item, with "Last time: ..." beside it when there is a last answer to show.
    static func question(_ question: Agenda.Question) -> String {
        guard let answer = lastTime(question) else { return question.text }
        return question.text + " " + answer
    }

    /// "Last time: Website update: 6,000 GBP in month 3, approved.", or `nil` when there is nothing to show.
    static func lastTime(_ question: Agenda.Question) -> String? {
        guard let answer = question.lastAnswer, !PlanMarkdown.blank(answer) else { return nil }
        let said = ExportBlock.cell(answer)
        return "Last time: " + said + (said.last.map { ".?!".contains($0) } == true ? "" : ".")
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
            if case .heading = block { afterHeading = true } else { afterHeading = false }
        }
        return lines.map(PlanSummary.trimmedRight).joined(separator: "\n") + "\n"
    }

    /// One block as plain-text lines; a block with nothing to show gives none.
    static func render(_ block: ExportBlock) -> [String] {
        switch block {
        case let .heading(level, title):
            let text = ExportBlock.cell(title)
            guard level <= 2 else { return [text + ":"] }
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
