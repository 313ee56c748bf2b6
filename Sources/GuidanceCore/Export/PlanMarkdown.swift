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
        blocks += [section("Objectives and targets", assumed)] + objectives(plan)
        blocks += [section("Hours and spend by month", assumed)] + summary(plan)
        blocks += [section("Campaigns", assumed), campaigns(plan)]
        blocks += [section("Decisions needed"), items(plan.decisions.map { "\($0.decision) \($0.why)" },
                                                      empty: "None: the plan settles everything it was asked.")]
        blocks += [section("Risks"), items(plan.risks.map(PlanSummary.riskLine), empty: "No risks were recorded.")]
        blocks += [section("Why each segment", assumed), segmentWhys(plan)]
        blocks += [section("Fundamentals", assumed), unwrapped(PlanSummary.fundamentals(plan))]
        blocks += [section("Horizon: internal changes", assumed), items(plan.horizon, empty: "No internal changes on the horizon.")]
        blocks += [section("Market changes", assumed), items(plan.marketResponses, empty: "No market changes were recorded.")]
        blocks += [section("Sales materials", assumed), unwrapped(PlanSummary.salesMaterials(plan))]
        blocks += [section("Key dates"), keyDates(plan)]
        blocks += [section("What was dropped or moved"), items(plan.cuts, empty: "Nothing was dropped or moved.")]
        blocks += [section("Rules that gave way"), items(plan.conflicts, empty: "Every planning rule held.")]
        blocks += [section("Days with no work"), unwrapped(PlanSummary.closedDays(plan))]
        blocks += [section("Assumptions")] + assumptions(plan)
        blocks += [section("Actions"), items(plan.actions, empty: "No actions were recorded.")]
        blocks += [section("Tasks by campaign", assumed)] + tasks(plan)
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

    /// The goals, then each target with its breakdown by buying stage, the stages across.
    static func objectives(_ plan: Plan) -> [ExportBlock] {
        var blocks = [items(plan.goals, empty: "No goals were recorded: ask the director what the company wants from these three months, and why.")]
        for target in plan.targets {
            let outlook = target.expected >= target.amount
                ? "the campaigns planned reach about \(target.plannedReach) prospects: enough at the rates below."
                : "the campaigns planned reach about \(target.plannedReach) prospects: about \(target.expected) at the rates below, short of \(target.amount) (see Decisions needed)."
            blocks.append(.paragraph("\(target.segment): \(target.amount) \(target.measure) this quarter; " + outlook))
            let moves = target.stages.map { $0.stage == .purchase ? "" : PlanSummary.share($0.rate * 100) + "%" }
            blocks.append(.table(header: ["Stage"] + target.stages.map(\.measure),
                                 rows: [["Needed"] + target.stages.map { "\($0.count)" }, ["Rate to the next stage"] + moves],
                                 numeric: Set(1...max(1, target.stages.count)), total: nil))
        }
        let missing = plan.segments.filter { segment in segment.role == .grow && !plan.targets.contains { $0.segment == segment.name } }
        if !missing.isEmpty {
            blocks.append(.paragraph("No target was set for \(AnswerFormatter.joined(missing.map(\.name)))."))
        }
        return blocks
    }

    /// Hours and spend by month and segment, against the split and each segment's share of the budget.
    static func summary(_ plan: Plan) -> [ExportBlock] {
        let totals = ExportBlock.paragraph(PlanSummary.totals(plan).joined(separator: " "))
        guard !plan.segments.isEmpty else {
            return [.paragraph("No segments were recorded, so the plan cannot split the work: ask the director who the plan is for."),
                    totals]
        }
        let names = plan.segments.map(\.name) + (plan.months.contains { $0.segment.isEmpty } ? [""] : [])
        func value(_ m: Int, _ name: String, _ pick: (MonthTotal) -> Decimal) -> Decimal {
            plan.months.first { $0.month == m && $0.segment == name }.map(pick) ?? 0
        }
        var hours: [[String]] = [], spend: [[String]] = []
        for name in names {
            let segment = plan.segments.first { $0.name == name }
            let label = name.isEmpty ? "Fundamentals" : "\(name) (\(segment?.role.rawValue ?? ""))"
            let h = (1...3).map { value($0, name, \.hours) }, c = (1...3).map { value($0, name, \.cost) }
            hours.append([label] + h.map(PlanSummary.hours) + [PlanSummary.hours(h.reduce(0, +)),
                         segment.map { PlanSummary.share($0.plannedShare) + "%" } ?? "", segment.map { "\($0.directedShare)%" } ?? ""])
            spend.append([label] + c.map(AnswerFormatter.money) + [AnswerFormatter.money(c.reduce(0, +)),
                         segment.map { AnswerFormatter.money($0.directedSpend.rounded(0)) } ?? "own budget"])
        }
        let flags = plan.segments.compactMap { PlanSummary.flag($0, in: plan) }
        return [.paragraph("Marketing hours by month (Sales' and suppliers' work is not counted), against the focus split:"),
                .table(header: ["Segment", "Month 1", "Month 2", "Month 3", "Total", "Planned", "Directed"], rows: hours,
                       numeric: [1, 2, 3, 4, 5, 6], total: nil),
                .paragraph("Spend by month in \(PlanSummary.currencyName(plan)), against each segment's share of the campaign budget:"),
                .table(header: ["Segment", "Month 1", "Month 2", "Month 3", "Total", "Share of budget"],
                       rows: spend, numeric: [1, 2, 3, 4, 5], total: nil),
                .paragraph("Planned is each segment's share of the planned hours; directed is the focus split agreed.")]
            + (flags.isEmpty ? [] : [.checks(flags)])
            + [totals]
    }

    /// The campaigns on their timeline (drawn by each writer), or why there are none.
    static func campaigns(_ plan: Plan) -> ExportBlock {
        guard !plan.campaigns.isEmpty else { return .paragraph("No campaigns could be planned: see What was dropped or moved.") }
        return .timeline(PlanTimeline(plan))
    }

    /// Each campaign with its why once, then a table of its tasks.
    static func tasks(_ plan: Plan) -> [ExportBlock] {
        guard !plan.campaigns.isEmpty else { return [.paragraph("No tasks.")] }
        return plan.campaigns.flatMap { c -> [ExportBlock] in
            let rows = c.tasks.map { t in
                [t.start == t.due ? PlanSummary.short(t.due) : "\(PlanSummary.short(t.start)) to \(PlanSummary.short(t.due))",
                 t.activity + (t.isGoLive ? " (go-live)" : ""), t.owner, PlanSummary.hours(t.hours),
                 t.cost == 0 ? "no cost" : PlanSummary.money(t.cost, plan.currency)]
            }
            return [.heading(3, PlanSummary.campaignTitle(c)), .paragraph("Why: \(c.why)"),
                    .table(header: ["When", "Task", "Owner", "Hours", "Cost"], rows: rows, numeric: [3, 4], total: nil)]
        }
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

    /// The dates to keep (meetings, reviews, deadlines, key dates; go-lives are on the timeline) with their time and length.
    static func keyDates(_ plan: Plan) -> ExportBlock {
        let entries = PlanSummary.datesToKeep(plan)
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
                items.append(last + " " + line.trimmedOfWhitespace())
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
