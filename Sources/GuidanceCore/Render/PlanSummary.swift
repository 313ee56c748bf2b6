import Foundation

/// The plan draft as readable plain text: what `/plan` shows and `guidance plan ID` prints.
///
/// Written for a marketing manager to hand their director: the strategic why on top, then
/// the summary per segment (planned against directed), the why per segment, fundamentals,
/// horizon, market changes and risks, the activities month by month and week by week, sales
/// materials, key dates, and what gave way. Lines stay within `width` columns where words
/// allow; the same plan always gives the same text.
public enum PlanSummary {
    /// The widest a line gets where the words allow.
    public static let width = 100

    /// A planned share further than this many points from the directed share is flagged.
    public static let shareTolerance: Decimal = 3

    /// The whole summary, every section in order, ending with a newline.
    public static func text(_ plan: Plan) -> String {
        let assumed = plan.mode == .selfPlanning
        var lines = title(plan)
        if !plan.changes.isEmpty {
            lines += heading("Changes since last time")
                + table([["What", "Last time", "Now"]] + plan.changes.map { [clean($0.what), clean($0.before), clean($0.now)] }, rightAligned: [])
        }
        lines += heading("The strategic why", assumed: assumed) + bullets(plan.goals,
            empty: "No goals were recorded: ask the director what the company wants from these three months, and why.")
        lines += heading("Summary", assumed: assumed) + summary(plan)
        lines += heading("Why each segment", assumed: assumed) + segmentWhys(plan)
        lines += heading("Fundamentals", assumed: assumed) + fundamentals(plan)
        lines += heading("Horizon: internal changes", assumed: assumed)
            + bullets(plan.horizon, empty: "No internal changes on the horizon.")
        lines += heading("Market changes", assumed: assumed)
            + bullets(plan.marketResponses, empty: "No market changes were recorded.")
        lines += heading("Risks", assumed: assumed) + bullets(plan.risks, empty: "No risks were recorded.")
        lines += heading("Month by month", assumed: assumed) + months(plan)
        lines += heading("Sales materials", assumed: assumed) + salesMaterials(plan)
        lines += heading("Key dates") + keyDates(plan)
        lines += heading("What was cut and why") + bullets(plan.cuts, empty: "Nothing was cut.")
        lines += heading("Rules that gave way") + bullets(plan.conflicts, empty: "Every planning rule held.")
        lines += heading("Assumptions") + assumptions(plan)
        lines += heading("Actions") + bullets(plan.actions, empty: "No actions were recorded.")
        return lines.map(trimmedRight).joined(separator: "\n") + "\n"
    }

    /// The title, underlined, and where the plan comes from; a self-planning plan says it rests on assumptions.
    static func title(_ plan: Plan) -> [String] {
        let period = span(plan.start, plan.end)
        let session = clean(plan.sessionID)
        let from = session.isEmpty ? "" : " (session \(session))"
        switch plan.mode {
        case .director:
            let text = "Tactical plan draft: \(period)"
            return [text, String(repeating: "=", count: text.count)]
                + wrap("From the Strategic Guidance meeting of \(plan.meetingDate.spoken)\(from).")
        case .selfPlanning:
            let text = "Tactical plan draft (self-planning): \(period)"
            return [text, String(repeating: "=", count: text.count)]
                + wrap("From the self-planning session of \(plan.meetingDate.spoken)\(from).")
                + wrap("Built on assumptions to confirm with your director: the director has not agreed this plan yet. "
                    + "The assumptions are listed at the end.")
        }
    }

    /// The table per segment, the flags for shares more than three points off, and the totals.
    static func summary(_ plan: Plan) -> [String] {
        guard !plan.segments.isEmpty else {
            return wrap("No segments were recorded, so the plan cannot split the work: ask the director who the plan is for.")
                + [""] + totals(plan)
        }
        let nameWidth = 28
        var rows = [["Segment", "Role", "Directed", "Planned", "Hours", "Hours asked", "Spend", "Spend asked"]]
        for segment in plan.segments {
            rows.append([fit(clean(segment.name), nameWidth), segment.role.rawValue, "\(segment.directedShare)%",
                         share(segment.plannedShare) + "%", hours(segment.plannedHours), hours(segment.directedHours),
                         AnswerFormatter.money(segment.plannedSpend), AnswerFormatter.money(segment.directedSpend)])
        }
        let sum = { (value: (SegmentPlan) -> Decimal) in plan.segments.reduce(Decimal(0)) { $0 + value($1) } }
        rows.append(["Total", "", "\(plan.segments.reduce(0) { $0 + $1.directedShare })%", share(sum(\.plannedShare)) + "%",
                     hours(sum(\.plannedHours)), hours(sum(\.directedHours)),
                     AnswerFormatter.money(sum(\.plannedSpend)), AnswerFormatter.money(sum(\.directedSpend))])
        var lines = table(rows, rightAligned: [2, 3, 4, 5, 6, 7])
        lines.insert(String(repeating: "-", count: lines.map(\.count).max() ?? 0), at: 1)
        lines.insert(String(repeating: "-", count: lines.map(\.count).max() ?? 0), at: lines.count - 1)
        lines += wrap("Directed is the focus split agreed; planned is this plan's share of the team's hours. "
            + "Asked is what the split gives each segment before internal changes. Money in \(currencyName(plan)).")
        let flags = plan.segments.compactMap { flag($0, in: plan) }
        if !flags.isEmpty { lines.append("") }
        lines += flags.flatMap { wrap($0, first: "! ", rest: "  ") }
        return lines + [""] + totals(plan)
    }

    /// The warning for a segment whose planned share is more than three points from its directed share, or `nil`.
    static func flag(_ segment: SegmentPlan, in plan: Plan) -> String? {
        let gap = segment.plannedShare - Decimal(segment.directedShare)
        guard gap > shareTolerance || gap < -shareTolerance else { return nil }
        let name = clean(segment.name)
        let only = gap < 0 ? "only " : ""
        var sections: [String] = []
        if plan.horizon.contains(where: { mentions($0, segment.name) }) { sections.append("Horizon") }
        if plan.conflicts.contains(where: { mentions($0, segment.name) }) { sections.append("Rules that gave way") }
        let reason = sections.isEmpty
            ? "the plan states no reason, so check it before you hand the plan over."
            : "see " + AnswerFormatter.joined(sections) + "."
        return "\(name) gets \(only)\(share(segment.plannedShare))% of the hours against \(segment.directedShare)% directed: \(reason)"
    }

    /// Planned hours, campaign spend against the budget, and the fundamentals spend.
    static func totals(_ plan: Plan) -> [String] {
        var lines = wrap("Team hours planned: \(hours(plan.plannedHours)) over the three months "
            + "(capacity \(hours(plan.weeklyHours)) hours a week before internal changes).")
        let spend = plan.campaignSpend, budget = plan.campaignBudget
        let left: String
        if spend == 0 && budget == 0 {
            return lines + ["Campaign spend: none, and no campaign budget was set."] + fundamentalsLine(plan)
        } else if spend > budget {
            left = "\(money(spend - budget, plan.currency)) over budget: see What was cut and why"
        } else if spend == budget {
            left = "all of it"
        } else {
            left = "\(money(budget - spend, plan.currency)) left"
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
        var text = Substring(line)
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
