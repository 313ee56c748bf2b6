import Foundation

/// The plan draft as readable plain text: what `/plan` shows and `guidance plan ID` prints.
///
/// Written for a marketing manager to hand their director: objectives and targets, hours and spend
/// by month and segment, the campaigns with their go-live days, decisions and risks first; then
/// why each segment, fundamentals, horizon, market changes, sales materials, key dates and what
/// gave way; the tasks by campaign last. Lines stay within `width` columns where words allow;
/// the same plan always gives the same text.
public enum PlanSummary {
    /// The widest a line gets where the words allow.
    public static let width = 100

    /// A planned share further than this many points from the directed share is flagged.
    public static let shareTolerance: Decimal = 5

    /// The whole summary, every section in order, ending with a newline.
    ///
    /// First what the director reads (objectives and targets, hours and spend by month, campaigns, decisions,
    /// risks), then the reasons and the details, then the tasks by campaign for the marketer.
    public static func text(_ plan: Plan) -> String {
        let assumed = plan.mode == .selfPlanning
        var lines = title(plan)
        if !plan.changes.isEmpty {
            lines += heading("Changes since last time")
                + table([["What", "Last time", "Now"]] + plan.changes.map { [clean($0.what), clean($0.before), clean($0.now)] }, rightAligned: [])
        }
        lines += heading("Objectives and targets", assumed: assumed) + objectives(plan)
        lines += heading("Hours and spend by month", assumed: assumed) + summary(plan)
        lines += heading("Campaigns", assumed: assumed) + campaignList(plan)
        lines += heading("Decisions needed") + numbered(plan.decisions.map { "\($0.decision) \($0.why)" },
                                                       empty: "None: the plan settles everything it was asked.")
        lines += heading("Risks") + bullets(plan.risks.map(riskLine), empty: "No risks were recorded.")
        lines += heading("Why each segment", assumed: assumed) + segmentWhys(plan)
        lines += heading("Fundamentals", assumed: assumed) + fundamentals(plan)
        lines += heading("Horizon: internal changes", assumed: assumed)
            + bullets(plan.horizon, empty: "No internal changes on the horizon.")
        lines += heading("Market changes", assumed: assumed)
            + bullets(plan.marketResponses, empty: "No market changes were recorded.")
        lines += heading("Sales materials", assumed: assumed) + salesMaterials(plan)
        lines += heading("Key dates") + keyDates(plan)
        lines += heading("What was dropped or moved") + bullets(plan.cuts, empty: "Nothing was dropped or moved.")
        lines += heading("Rules that gave way") + bullets(plan.conflicts, empty: "Every planning rule held.")
        lines += heading("Days with no work") + closedDays(plan)
        lines += heading("Assumptions") + assumptions(plan)
        lines += heading("Actions") + bullets(plan.actions, empty: "No actions were recorded.")
        lines += heading("Tasks by campaign", assumed: assumed) + tasksByCampaign(plan)
        return lines.map(trimmedRight).joined(separator: "\n") + "\n"
    }

    /// The title, underlined, and where the plan comes from (the meeting, who was in it); a self-planning plan says it rests on assumptions.
    ///
    /// The session id is not here: a director has no use for it; the plan's last line names it for the marketer.
    static func title(_ plan: Plan) -> [String] {
        let period = span(plan.start, plan.end)
        let director = plan.director.map { clean($0.name) } ?? ""
        let marketer = plan.marketer.map { clean($0.name) } ?? ""
        let by = marketer.isEmpty ? "" : "; prepared by \(marketer)"
        switch plan.mode {
        case .director:
            let text = "Tactical plan draft: \(period)"
            let with = director.isEmpty ? "" : " with \(director)"
            return [text, String(repeating: "=", count: text.count)]
                + wrap("From the Strategic Guidance meeting of \(plan.meetingDate.spoken)\(with)\(by).")
        case .selfPlanning:
            let text = "Tactical plan draft (self-planning): \(period)"
            return [text, String(repeating: "=", count: text.count)]
                + wrap("From the self-planning session of \(plan.meetingDate.spoken)\(by).")
                + wrap("Built on assumptions to confirm with your director: the director has not agreed this plan yet. "
                    + "The assumptions are listed at the end.")
        }
    }

    /// Hours by month and segment against the split, then spend by month against each segment's share,
    /// the flags for shares more than five points off, and the totals.
    static func summary(_ plan: Plan) -> [String] {
        guard !plan.segments.isEmpty else {
            return wrap("No segments were recorded, so the plan cannot split the work: ask the director who the plan is for.")
                + [""] + totals(plan)
        }
        let nameWidth = 26
        let names = plan.segments.map(\.name) + (plan.months.contains { $0.segment.isEmpty } ? [""] : [])
        func value(_ m: Int, _ name: String, _ pick: (MonthTotal) -> Decimal) -> Decimal {
            plan.months.first { $0.month == m && $0.segment == name }.map(pick) ?? 0
        }
        var hoursRows = [["Segment", "Month 1", "Month 2", "Month 3", "Total", "Planned", "Directed"]]
        var spendRows = [["Segment", "Month 1", "Month 2", "Month 3", "Total", "Share of budget"]]
        for name in names {
            let segment = plan.segments.first { $0.name == name }
            let label = name.isEmpty ? "Fundamentals" : fit(clean(name), nameWidth) + " (\(segment?.role.rawValue ?? ""))"
            let h = (1...3).map { value($0, name, \.hours) }, c = (1...3).map { value($0, name, \.cost) }
            hoursRows.append([label] + h.map(hours) + [hours(ExactDecimal.total(h)),
                              segment.map { share($0.plannedShare) + "%" } ?? "", segment.map { "\($0.directedShare)%" } ?? ""])
            spendRows.append([label] + c.map(AnswerFormatter.money) + [AnswerFormatter.money(ExactDecimal.total(c)),
                              segment.map { AnswerFormatter.money($0.directedSpend.rounded(0)) } ?? "own budget"])
        }
        var lines = ["Marketing hours by month (Sales' and suppliers' work is not counted), against the focus split:"]
        var hoursTable = table(hoursRows, rightAligned: [1, 2, 3, 4, 5, 6])
        hoursTable.insert(String(repeating: "-", count: hoursTable.map(\.count).max() ?? 0), at: 1)
        lines += hoursTable + ["", "Spend by month in \(currencyName(plan)), against each segment's share of the campaign budget:"]
        var spend = table(spendRows, rightAligned: [1, 2, 3, 4, 5])
        spend.insert(String(repeating: "-", count: spend.map(\.count).max() ?? 0), at: 1)
        lines += spend
        lines += wrap("Planned is each segment's share of the planned hours; directed is the focus split agreed.")
        let flags = plan.segments.compactMap { flag($0, in: plan) }
        if !flags.isEmpty { lines.append("") }
        lines += flags.flatMap { wrap($0, first: "! ", rest: "  ") }
        return lines + [""] + totals(plan)
    }

    /// The warning for a segment whose planned share is more than five points from its directed share, or `nil`.
    static func flag(_ segment: SegmentPlan, in plan: Plan) -> String? {
        let gap = ExactDecimal.difference(segment.plannedShare, Decimal(segment.directedShare))
        guard gap > shareTolerance || gap < -shareTolerance else { return nil }
        let name = clean(segment.name)
        let only = gap < 0 ? "only " : ""
        var sections: [String] = []
        if plan.conflicts.contains(where: { mentions($0, segment.name) }) { sections.append("Rules that gave way") }
        if plan.decisions.contains(where: { mentions($0.decision, segment.name) }) { sections.append("Decisions needed") }
        let reason = sections.isEmpty
            ? "the plan states no reason, so check it before you hand the plan over."
            : "see " + AnswerFormatter.joined(sections) + "."
        return "\(name) gets \(only)\(share(segment.plannedShare))% of the hours against \(segment.directedShare)% directed: \(reason)"
    }

    /// Planned hours, campaign spend against the budget, and the fundamentals spend.
    static func totals(_ plan: Plan) -> [String] {
        var lines: [String]
        if plan.usableHours > 0 {
            let free = ExactDecimal.difference(plan.usableHours, plan.plannedHours)
            lines = wrap("Marketing hours planned: \(hours(plan.plannedHours)) of the \(hours(plan.usableHours)) the three months allow "
                + "after internal changes, the meetings and the 15% of each week kept free"
                + (free > 0 ? "; \(hours(free)) are still free." : ".")
                + " The team has \(hours(plan.weeklyHours)) hours a week before internal changes.")
        } else {
            lines = wrap("Marketing hours planned: \(hours(plan.plannedHours)) over the three months "
                + "(capacity \(hours(plan.weeklyHours)) hours a week before internal changes).")
        }
        let spend = plan.campaignSpend, budget = plan.campaignBudget
        let left: String
        if spend == 0 && budget == 0 {
            return lines + ["Campaign spend: none, and no campaign budget was set."] + fundamentalsLine(plan)
        } else if spend > budget {
            left = "\(money(ExactDecimal.difference(spend, budget), plan.currency)) over budget: see What was dropped or moved"
        } else if spend == budget {
            left = "all of it"
        } else {
            left = "\(money(ExactDecimal.difference(budget, spend), plan.currency)) left"
        }
        lines += wrap("Campaign spend: \(money(spend, plan.currency)) of the \(money(budget, plan.currency)) "
            + "campaign budget (\(left)).")
        return lines + fundamentalsLine(plan)
    }

    /// What the approved fundamentals cost, kept apart from the campaign budget.
    static func fundamentalsLine(_ plan: Plan) -> [String] {
        let spend = plan.fundamentalsSpend
        return wrap(spend == 0
            ? "Fundamentals: nothing scheduled, so nothing spent."
            : "Fundamentals: \(money(spend, plan.currency)) from their own approved budget, apart from the campaign budget.")
    }

    /// The currency code for sentences, or "the plan's currency" when none was given.
    static func currencyName(_ plan: Plan) -> String {
        let code = clean(plan.currency)
        return code.isEmpty ? "the plan's currency" : code
    }

    /// `line` without spaces at its end.
    static func trimmedRight(_ line: String) -> String {
        guard line.utf8.last == UInt8(ascii: " ") else { return line }
        var text = Substring(line)
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
