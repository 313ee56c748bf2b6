import Foundation

/// The plan to date as readable text: what `guidance status` prints.
extension PlanStatus {
    /// The status of `plan` as text, ending with a newline; `sessionSpoken` names the meeting it comes from.
    public func text(plan: Plan) -> String {
        var lines = ["Plan to date: \(PlanSummary.span(plan.start, plan.end))"]
        lines.append(String(repeating: "=", count: lines[0].count))
        guard !months.isEmpty else {
            let first = PlanSummary.monthName(plan, 1)
            return (lines + PlanSummary.wrap("No month of this plan has been reviewed yet. At the end of \(first), run: "
                + "guidance review \(plan.sessionID) --month 1")).joined(separator: "\n") + "\n"
        }
        lines += PlanSummary.wrap("Reviewed: \(AnswerFormatter.joined(months.map { PlanSummary.monthName(plan, $0) })).")
        if !warnings.isEmpty { lines.append("") }
        lines += warnings.flatMap { PlanSummary.wrap($0, first: "! ", rest: "  ") }
        lines += PlanSummary.heading("Hours by segment")
        var rows = [["Segment", "Planned", "Actual", "Unplanned", "Share planned", "Share actual", "Directed"]]
        for segment in segments {
            rows.append(["\(PlanSummary.clean(segment.name)) (\(segment.role.rawValue))", PlanSummary.hours(segment.plannedHours),
                         PlanSummary.hours(segment.actualHours), PlanSummary.hours(segment.unplannedHours),
                         PlanSummary.share(segment.plannedShare) + "%", PlanSummary.share(segment.actualShare) + "%",
                         "\(segment.directedShare)%"])
        }
        var table = PlanSummary.table(rows, rightAligned: [1, 2, 3, 4, 5, 6])
        table.insert(String(repeating: "-", count: table.map(\.count).max() ?? 0), at: 1)
        lines += table
        lines += PlanSummary.wrap("Marketing hours in the months reviewed. Actual includes the unplanned work; the shares are of the "
            + "hours that went to segments" + (otherHours > 0 ? " (\(PlanSummary.hours(otherHours)) more went to fundamentals and to work for no segment)." : "."))
        lines += PlanSummary.heading("Spend by segment")
        var spend = [["Segment", "Planned", "Actual", "Quarter's budget"]]
        for segment in segments {
            let budget = plan.segments.first { $0.name == segment.name }?.directedSpend ?? 0
            spend.append([PlanSummary.clean(segment.name), AnswerFormatter.money(segment.plannedCost), AnswerFormatter.money(segment.actualCost),
                          AnswerFormatter.money(budget.rounded(0))])
        }
        var spendTable = PlanSummary.table(spend, rightAligned: [1, 2, 3])
        spendTable.insert(String(repeating: "-", count: spendTable.map(\.count).max() ?? 0), at: 1)
        lines += spendTable + PlanSummary.wrap("In \(PlanSummary.currencyName(plan)), for the months reviewed; the quarter's budget is each "
            + "segment's share of the campaign budget, by the focus split.")
        let live = launches.filter { !$0.salesMaterial }, material = launches.filter(\.salesMaterial)
        lines += PlanSummary.heading("Campaigns due to go live") + PlanSummary.bullets(live.map { launch in
            "\(launch.campaign) (\(launch.segment)), \(PlanSummary.short(launch.planned)): \(Self.said(launch.outcome, done: "live"))"
        }, empty: "None was due to go live in the months reviewed.")
        lines += PlanSummary.heading("Sales material") + PlanSummary.bullets(material.map { launch in
            "\(launch.campaign), needed \(PlanSummary.short(launch.planned)): \(Self.said(launch.outcome, done: "delivered"))"
        }, empty: "None was due in the months reviewed.")
        lines += PlanSummary.heading("What slipped") + PlanSummary.bullets(slipLines, empty: "Nothing was moved or dropped.")
        lines += PlanSummary.heading("Unplanned work") + PlanSummary.bullets(unplanned.map { work in
            "\(work.what)\(work.segment.isEmpty ? "" : " (\(work.segment))"): \(PlanSummary.hours(work.hours)) hours"
                + (work.cost > 0 ? ", \(PlanSummary.money(work.cost, plan.currency))" : "")
        }, empty: "None was recorded.")
        return lines.map(PlanSummary.trimmedRight).joined(separator: "\n") + "\n"
    }

    /// What slipped, a line a task, or a line a campaign whose tasks all slipped the same way ("Leeds switch
    /// campaign: 8 tasks dropped: the reason").
    var slipLines: [String] {
        var lines: [String] = []
        var index = 0
        let order = slips.sorted { ($0.campaign, $0.planned) < ($1.campaign, $1.planned) }
        while index < order.count {
            let slip = order[index]
            let same = order[index...].prefix { $0.campaign == slip.campaign && $0.outcome == slip.outcome }
            if same.count > 2 {
                lines.append("\(slip.campaign): \(same.count) tasks \(Self.said(slip.outcome, done: "done"))")
            } else {
                lines += same.map { "\($0.task) (\($0.campaign)), due \(PlanSummary.short($0.planned)): \(Self.said($0.outcome, done: "done"))" }
            }
            index += same.count
        }
        return lines
    }

    /// An outcome in words: "live", "under way", "moved to Fri 19 Mar", "dropped: the reason", "not reviewed".
    static func said(_ outcome: MonthlyReview.Outcome?, done: String) -> String {
        switch outcome {
        case .done: done
        case .going: "under way"
        case .moved(let day): "moved to \(PlanSummary.short(day))"
        case .dropped(let reason): "dropped: \(PlanSummary.clean(reason))"
        case nil: "not reviewed"
        }
    }
}
