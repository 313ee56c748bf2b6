import Foundation

/// The plan draft as Markdown (CommonMark with GFM tables): what `guidance plan ID --format md` writes.
///
/// It carries the sections of the plain-text summary (`PlanSummary`) in the same order, with the
/// same words, plus "Changes since last time" when a previous session exists. Every text a
/// marketer typed is escaped, so it renders exactly as typed; the same plan always gives the same text.
public enum PlanMarkdown {
    /// The whole plan draft as Markdown, ending with a newline.
    public static func write(_ plan: Plan) -> String {
        MarkdownText.render(outline(plan))
    }

    /// The plan's outline, section by section in the plain-text summary's order, for any writer to lay out.
    ///
    /// The HTML plan lays out the same outline, so the two always carry the same sections.
    static func outline(_ plan: Plan) -> [ExportBlock] {
        let assumed = plan.mode == .selfPlanning
        func section(_ title: String, _ marked: Bool = false) -> ExportBlock {
            .heading(2, PlanSummary.heading(title, assumed: marked).dropFirst().first ?? title)
        }
        var blocks = title(plan) + changes(plan.changes)
        blocks += [section("The strategic why", assumed), items(plan.goals,
            empty: "No goals were recorded: ask the director what the company wants from these three months, and why.")]
        blocks += [section("Summary", assumed)] + summary(plan)
        blocks += [section("Why each segment", assumed), segmentWhys(plan)]
        blocks += [section("Fundamentals", assumed), unwrapped(PlanSummary.fundamentals(plan))]
        blocks += [section("Horizon: internal changes", assumed), items(plan.horizon, empty: "No internal changes on the horizon.")]
        blocks += [section("Market changes", assumed), items(plan.marketResponses, empty: "No market changes were recorded.")]
        blocks += [section("Risks", assumed), items(plan.risks, empty: "No risks were recorded.")]
        blocks += [section("Month by month", assumed)] + months(plan)
        blocks += [section("Sales materials", assumed), unwrapped(PlanSummary.salesMaterials(plan))]
        blocks += [section("Key dates"), keyDates(plan)]
        blocks += [section("What was cut and why"), items(plan.cuts, empty: "Nothing was cut.")]
        blocks += [section("Rules that gave way"), items(plan.conflicts, empty: "Every planning rule held.")]
        blocks += [section("Assumptions")] + assumptions(plan)
        blocks += [section("Actions"), items(plan.actions, empty: "No actions were recorded.")]
        return blocks + [.paragraph("\(ExportFile.mark) from session \(plan.sessionID).")]
    }

    /// The title (with "self-planning" when it is one) and where the plan comes from, worded as in the plain-text summary.
    static func title(_ plan: Plan) -> [ExportBlock] {
        let lines = PlanSummary.title(plan)
        return [.heading(1, lines.first ?? ""), .paragraph(lines.dropFirst(2).joined(separator: " "))]
    }

    /// "Changes since last time": what, last time and now side by side; nothing when nothing changed or there was no last time.
    static func changes(_ changes: [ChangeLine]) -> [ExportBlock] {
        guard !changes.isEmpty else { return [] }
        return [.heading(2, "Changes since last time"),
                .table(header: ["What", "Last time", "Now"], rows: changes.map { [$0.what, $0.before, $0.now] },
                       numeric: [], total: nil)]
    }

    /// The table per segment, what its columns mean, the checks for shares more than three points off, and the totals.
    static func summary(_ plan: Plan) -> [ExportBlock] {
        let totals = ExportBlock.paragraph(PlanSummary.totals(plan).joined(separator: " "))
        guard !plan.segments.isEmpty else {
            return [.paragraph("No segments were recorded, so the plan cannot split the work: ask the director who the plan is for."),
                    totals]
        }
        let rows = plan.segments.map { segment in
            [segment.name, segment.role.rawValue, "\(segment.directedShare)%", PlanSummary.share(segment.plannedShare) + "%",
             PlanSummary.hours(segment.plannedHours), PlanSummary.hours(segment.directedHours),
             AnswerFormatter.money(segment.plannedSpend), AnswerFormatter.money(segment.directedSpend)]
        }
        let sum = { (value: (SegmentPlan) -> Decimal) in plan.segments.reduce(Decimal(0)) { $0 + value($1) } }
        let total = ["Total", "", "\(plan.segments.reduce(0) { $0 + $1.directedShare })%",
                     PlanSummary.share(sum(\.plannedShare)) + "%", PlanSummary.hours(sum(\.plannedHours)),
                     PlanSummary.hours(sum(\.directedHours)), AnswerFormatter.money(sum(\.plannedSpend)),
                     AnswerFormatter.money(sum(\.directedSpend))]
        let note = "Directed is the focus split agreed; planned is this plan's share of the team's hours. "
            + "Asked is what the split gives each segment before internal changes. Money in \(PlanSummary.currencyName(plan))."
        let flags = plan.segments.compactMap { PlanSummary.flag($0, in: plan) }
        return [.table(header: ["Segment", "Role", "Directed", "Planned", "Hours", "Hours asked", "Spend", "Spend asked"],
                       rows: rows, numeric: [2, 3, 4, 5, 6, 7], total: total),
                .paragraph(note)]
            + (flags.isEmpty ? [] : [.checks(flags)])
            + [totals]
    }

    /// Each segment's role and directed share, why it has that role, and its message, in a table.
    static func segmentWhys(_ plan: Plan) -> ExportBlock {
        guard !plan.segments.isEmpty else { return .paragraph("No segments were recorded.") }
        let rows = plan.segments.map { segment in
            [segment.name, segment.role.rawValue, "\(segment.directedShare)%",
             blank(segment.why) ? "not recorded: ask the director why this segment has this role." : segment.why,
             blank(segment.message) ? "not written yet." : segment.message]
        }
        return .table(header: ["Segment", "Role", "Directed", "Why", "Message"], rows: rows, numeric: [2], total: nil)
    }

    /// Each month with its totals, then a table of its activities in date order: week, day, segment, stage, what, cost and why.
    static func months(_ plan: Plan) -> [ExportBlock] {
        var blocks: [ExportBlock] = []
        for month in Set([1, 2, 3] + plan.rows.map(\.month)).sorted() {
            let rows = plan.rows.filter { $0.month == month }
            let totals = rows.isEmpty ? "" : " (\(PlanSummary.monthTotals(rows, currency: plan.currency)))"
            blocks.append(.heading(3, "Month \(month): \(PlanSummary.monthName(plan, month))\(totals)"))
            guard !rows.isEmpty else {
                blocks.append(.paragraph("Nothing planned this month."))
                continue
            }
            let cells = rows.map { row in
                ["\(row.week)", PlanSummary.short(row.date),
                 row.kind == .fundamental || blank(row.segment) ? "All segments" : row.segment,
                 row.stage?.rawValue ?? "fundamentals", row.activity, row.channel, row.pullPush.rawValue,
                 PlanSummary.hours(row.hours), row.cost == 0 ? "no cost" : PlanSummary.money(row.cost, plan.currency), row.why]
            }
            blocks.append(.table(header: ["Week", "Day", "Segment", "Stage", "Activity", "Channel", "Pull or push", "Hours",
                                          "Cost", "Why"], rows: cells, numeric: [0, 7, 8], total: nil))
        }
        return blocks
    }

    /// The calendar entries in date order (all-day entries first on a day) with their time and length.
    static func keyDates(_ plan: Plan) -> ExportBlock {
        let entries = plan.calendar.enumerated().sorted { a, b in
            (a.element.date, a.element.startMinute ?? -1, a.offset) < (b.element.date, b.element.startMinute ?? -1, b.offset)
        }.map(\.element)
        guard !entries.isEmpty else { return .paragraph("No key dates.") }
        let rows = entries.map { entry in
            ["\(PlanSummary.short(entry.date)) \(entry.date.year)", entry.startMinute.map(PlanSummary.clock) ?? "all day",
             entry.title, entry.startMinute == nil ? "" : PlanSummary.duration(entry.minutes)]
        }
        return .table(header: ["Day", "Time", "What", "Length"], rows: rows, numeric: [], total: nil)
    }

    /// What the plan assumed; a self-planning plan first says every answer is an assumption to confirm.
    static func assumptions(_ plan: Plan) -> [ExportBlock] {
        switch plan.mode {
        case .selfPlanning:
            if plan.assumptions.contains(where: { PlanSummary.mentions($0, "self-planning") }) {
                return [items(plan.assumptions, empty: "")]
            }
            return [.paragraph("This plan comes from a self-planning session: every answer in it is an assumption to confirm "
                        + "with your director before the work starts."),
                    items(plan.assumptions, empty: "No other assumptions.")]
        case .director:
            return [items(plan.assumptions, empty: "None: every answer came from the director.")]
        }
    }

    /// The items as a bulleted list, or the sentence `empty` when none has any text.
    static func items(_ items: [String], empty: String) -> ExportBlock {
        let shown = items.filter { !blank($0) }
        return shown.isEmpty ? .paragraph(empty) : .bullets(shown)
    }

    /// The plain-text summary's wrapped "- " bullets as list items again, or its sentence as a paragraph.
    ///
    /// A bullet's continuation lines start with two spaces, so each item is its first line and those after it.
    static func unwrapped(_ lines: [String]) -> ExportBlock {
        var items: [String] = []
        var sentence: [String] = []
        for line in lines {
            if line.hasPrefix("- ") {
                items.append(String(line.dropFirst(2)))
            } else if line.hasPrefix("  "), let last = items.popLast() {
                items.append(last + " " + line.trimmingCharacters(in: .whitespaces))
            } else {
                sentence.append(line)
            }
        }
        return items.isEmpty ? .paragraph(sentence.joined(separator: " ")) : .bullets(items)
    }

    /// Whether typed text shows nothing once control characters and spaces are left out.
    static func blank(_ text: String) -> Bool {
        ExportBlock.lines(text).isEmpty
    }
}
