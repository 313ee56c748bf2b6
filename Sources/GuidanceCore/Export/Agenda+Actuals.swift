import Foundation

extension Agenda.SinceLastTime {
    /// Adds what the monthly reviews of the last plan say: the actual split against the directed one, what was
    /// delivered, and what slipped and why (with the work no plan had).
    mutating func add(_ status: PlanStatus, plan: Plan) {
        guard !status.months.isEmpty else { return }
        reviewed = AnswerFormatter.joined(status.months.map { PlanSummary.monthName(plan, $0) })
        func whole(_ share: Decimal) -> Int { NSDecimalNumber(decimal: share.rounded(0)).intValue }
        actualSplit = status.segments.map { segment in
            let short = status.shortOfSplit.contains(segment.name) ? ": more than 5 points short of the split" : ""
            return "\(segment.name): \(whole(segment.actualShare))% of the hours against \(segment.directedShare)% directed "
                + "(\(whole(segment.plannedShare))% planned)\(short)"
        }
        delivered = status.launches.filter { $0.outcome == .done }.map { launch in
            launch.salesMaterial ? "\(launch.campaign): delivered" : "\(launch.campaign) (\(launch.segment)): live"
        }
        slipped = status.slipLines + status.unplanned.map { work in
            "Unplanned: \(work.what)\(work.segment.isEmpty ? "" : " (\(work.segment))"), \(PlanSummary.hours(work.hours)) hours"
        }
    }
}
