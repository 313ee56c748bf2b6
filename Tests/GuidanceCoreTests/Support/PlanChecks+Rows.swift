import Foundation
@testable import GuidanceCore

extension PlanChecks {
    /// Campaign spend never above the campaign budget; a library activity planned below its cost is a stated cut.
    static func budget(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        let spend = c.plan.rows.filter { $0.kind != .fundamental }.reduce(Decimal(0)) { $0 + $1.cost }
        if spend > c.facts.campaignBudget { out.append("campaign spend \(spend) is over the budget of \(c.facts.campaignBudget)") }
        if c.plan.campaignSpend != spend { out.append("the plan's campaign spend \(c.plan.campaignSpend) is not the rows' \(spend)") }
        let library = Dictionary(c.library.activities.map { ($0.id, $0) }) { first, _ in first }
        for row in c.plan.rows where row.kind != .fundamental {
            if row.cost < 0 { out.append("\(describe(row)) costs less than nothing") }
            guard let activity = library[row.source], row.kind == .campaign || row.kind == .followUp else { continue }
            guard isFirstPart(row) else {
                if row.cost != 0 { out.append("\(describe(row)) is a later part but costs \(row.cost)") }
                continue
            }
            if row.cost != activity.cost && row.cost != 0 {
                out.append("\(describe(row)) costs \(row.cost), the library says \(activity.cost)")
            } else if row.cost == 0 && activity.cost > 0 && !states(c.plan, [baseName(row.activity), row.segment], cuts: true) {
                out.append("\(describe(row)) is planned at no cost though it costs \(activity.cost), and no cut says so")
            }
        }
        return out
    }

    /// Every row says why: the segment, its role and the goal (fundamentals: that they are fundamentals).
    static func why(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        for row in c.plan.rows {
            let why = row.why.trimmingCharacters(in: .whitespacesAndNewlines)
            if why.isEmpty { out.append("\(describe(row)) has no why"); continue }
            if row.kind == .fundamental {
                if !why.lowercased().contains("fundamentals") { out.append("\(describe(row)) has a why that does not say fundamentals: \(why)") }
                continue
            }
            let role = c.facts.segment(row.segment)?.role
            if !why.contains(row.segment) { out.append("\(describe(row)) has a why that does not name its segment: \(why)") }
            if let role, !why.lowercased().contains(role.rawValue) { out.append("\(describe(row)) has a why that does not give the role \(role.rawValue): \(why)") }
            if row.role != role { out.append("\(describe(row)) has role \(row.role?.rawValue ?? "none"), the segment's is \(role?.rawValue ?? "none")") }
            if !c.facts.goals.isEmpty && !c.facts.goals.contains(where: { why.contains($0) }) {
                out.append("\(describe(row)) has a why that names no goal: \(why)")
            }
        }
        return out.count > 6 ? Array(out.prefix(6)) + ["... and \(out.count - 6) more"] : out
    }
}
