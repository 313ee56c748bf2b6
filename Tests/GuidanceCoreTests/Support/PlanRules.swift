import Foundation
@testable import GuidanceCore

/// The numbered rules of a plan a director signs (issue 8), each checked on a planned case from outside the
/// planner: a rule returns the breaches it finds, empty when it holds (or the plan states why it gave way).
enum PlanRule: String, CaseIterable, Sendable, CustomStringConvertible {
    case campaigns = "1 campaigns"
    case madeBeforeUsed = "2 made before used"
    case leadTimes = "3 lead times and key dates"
    case salesMaterial = "4 sales material by its date"
    case marketChanges = "5 market changes"
    case fitTheSegment = "6 fit the segment"
    case makeOnce = "7 make once, repeat on purpose"
    case realWeeks = "8 real weeks"
    case money = "9 money"
    case targets = "10 targets"
    case internalChanges = "11 internal changes"
    case decisionsAndRisks = "12 decisions and risks"

    var description: String { rawValue }

    /// The breaches of this rule in `c`.
    func check(_ c: PlannedCase) -> [String] {
        switch self {
        case .campaigns: PlanRules.campaigns(c)
        case .madeBeforeUsed: PlanRules.madeBeforeUsed(c)
        case .leadTimes: PlanRules.leadTimes(c)
        case .salesMaterial: PlanRules.salesMaterial(c)
        case .marketChanges: PlanRules.marketChanges(c)
        case .fitTheSegment: PlanRules.fitTheSegment(c)
        case .makeOnce: PlanRules.makeOnce(c)
        case .realWeeks: PlanRules.realWeeks(c)
        case .money: PlanRules.money(c)
        case .targets: PlanRules.targets(c)
        case .internalChanges: PlanRules.internalChanges(c)
        case .decisionsAndRisks: PlanRules.decisionsAndRisks(c)
        }
    }
}

/// The checks behind `PlanRule`.
enum PlanRules {
    /// 1: a few named campaigns per segment (at most 8), each with a purpose, start <= go-live <= end, its hours and
    /// cost the sum of its tasks, a why; fundamentals are campaigns with at least half an hour of marketing time.
    static func campaigns(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        for segment in c.facts.segments {
            let count = c.plan.campaigns.filter { $0.segment == segment.name }.count
            if count > 8 { out.append("\(segment.name) has \(count) campaigns") }
        }
        var names = Set<String>()
        for campaign in c.plan.campaigns {
            let name = campaign.name
            if name.trimmingCharacters(in: .whitespaces).isEmpty { out.append("a campaign has no name") }
            if !names.insert(name).inserted { out.append("two campaigns are called \(name)") }
            if campaign.tasks.isEmpty { out.append("\(name) has no tasks") }
            if !(campaign.start <= campaign.goLive && campaign.goLive <= campaign.end) { out.append("\(name): start, go-live and end out of order") }
            if campaign.start != campaign.tasks.map(\.start).min() || campaign.end != campaign.tasks.map(\.due).max() {
                out.append("\(name): start and end are not its tasks' first start and last due day")
            }
            if campaign.hours != campaign.tasks.filter(\.isMarketing).reduce(0, { $0 + $1.hours }) { out.append("\(name): hours are not its tasks' marketing hours") }
            if campaign.cost != campaign.tasks.reduce(0, { $0 + $1.cost }) { out.append("\(name): cost is not its tasks' cost") }
            if campaign.why.trimmingCharacters(in: .whitespaces).isEmpty { out.append("\(name) has no why") }
            if campaign.tasks.contains(where: { $0.campaign != name || $0.why.isEmpty }) { out.append("\(name): a task names another campaign or has no why") }
            if campaign.purpose == .fundamentals && campaign.hours < 0.5 { out.append("\(name): fundamentals with \(campaign.hours) marketing hours") }
            if (campaign.purpose == .fundamentals) != campaign.segment.isEmpty { out.append("\(name): fundamentals and segment disagree") }
        }
        for (index, item) in c.facts.fundamentals.enumerated() where item.approved && (1...3).contains(item.month) {
            let planned = c.plan.campaigns.contains { $0.purpose == .fundamentals && $0.key == "fundamental-\(index + 1)" }
            if !planned && !c.states([item.item]) { out.append("approved fundamentals \(item.item) is neither planned nor explained") }
        }
        return out
    }

    /// 2: a task starts only after every task it requires is due (in its campaign, or the segment's asset made
    /// before); the go-live comes after the preparation and before the follow-up; the launch entry is on the go-live day.
    static func madeBeforeUsed(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        let all = c.plan.campaigns
        for campaign in all {
            let goLives = campaign.tasks.filter(\.isGoLive)
            if goLives.count != 1 || goLives.first?.due != campaign.goLive { out.append("\(campaign.name): not exactly one go-live task on its go-live day"); continue }
            let template = c.library.template(campaign.template)
            let goLiveOffset = template?.steps.first(where: \.goLive)?.offset ?? 0
            for task in campaign.tasks {
                guard let activity = c.library.activity(task.activityID) else { continue }
                for required in activity.requires {
                    let before = campaign.tasks.filter { $0.activityID == required }
                        + all.filter { $0.segment == campaign.segment && $0.key != campaign.key }.flatMap(\.tasks)
                            .filter { $0.activityID == required && c.library.activity(required)?.kind == .asset }
                    if before.isEmpty { out.append("\(campaign.name): \(task.activity) has no \(required) before it"); continue }
                    if !before.contains(where: { $0.due < task.start }) {
                        out.append("\(campaign.name): \(task.activity) starts \(task.start) before \(required) is due")
                    }
                }
                if task.key.contains("/need-") && task.due >= campaign.goLive && !task.isGoLive {
                    out.append("\(campaign.name): \(task.activity) is not ready before the hand-over")
                }
                guard !task.isGoLive, let step = template?.steps.first(where: { $0.activity == task.activityID }) else { continue }
                if step.offset < goLiveOffset && task.due >= campaign.goLive { out.append("\(campaign.name): preparation \(task.activity) due \(task.due), not before the go-live \(campaign.goLive)") }
                if step.offset > goLiveOffset && task.due <= campaign.goLive { out.append("\(campaign.name): follow-up \(task.activity) due \(task.due), not after the go-live \(campaign.goLive)") }
            }
            if campaign.purpose != .fundamentals,
               !c.plan.calendar.contains(where: { $0.category == .launch && $0.key == "launch-\(campaign.key)" && $0.date == campaign.goLive }) {
                out.append("\(campaign.name): no launch entry on its go-live day")
            }
        }
        return out
    }

    /// 3: lead times are honoured; an event is promoted four to six weeks ahead (or the plan says why not),
    /// nothing selling it is due after it, and follow-up comes after it.
    static func leadTimes(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        for task in c.plan.rows {
            guard let activity = c.library.activity(task.activityID) else { continue }
            if task.start.days(until: task.due) < activity.leadDays { out.append("\(task.campaign): \(task.activity) has \(task.start.days(until: task.due)) days, needs \(activity.leadDays)") }
        }
        for (index, key) in c.facts.keyDates.enumerated() {
            guard let campaign = c.plan.campaigns.first(where: { $0.key == "key-date-\(index + 1)" }) else { continue }
            let template = c.library.template(campaign.template)
            if key.kind == .event {
                let days = campaign.goLive.days(until: key.date)
                if !(28...42).contains(days) && !c.states([campaign.name, "Lead time gave way"]) {
                    out.append("\(campaign.name): promotion starts \(days) days before the event, unstated")
                }
            }
            for task in campaign.tasks {
                guard let step = template?.steps.first(where: { $0.activity == task.activityID }) else { continue }
                if step.offset < 0 && task.due > key.date { out.append("\(campaign.name): \(task.activity) selling it is due \(task.due), after \(key.date)") }
                if step.offset > 0 && task.due <= key.date { out.append("\(campaign.name): follow-up \(task.activity) due \(task.due), not after \(key.date)") }
            }
        }
        return out
    }

    /// 4: sales material is ready by its needed-by day (default: the end of the plan's second week) or the plan
    /// names it as a risk; each need has a deadline entry on a working day no later than that day.
    static func salesMaterial(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        let fallback = c.workingDays(c.facts.planStart, c.facts.planStart.adding(days: 13)).last ?? c.facts.planStart
        for (index, need) in c.facts.salesNeeds.enumerated() {
            let by = need.neededBy ?? fallback
            if !c.plan.calendar.contains(where: { $0.category == .deadline && $0.key == "deadline-sales-need-\(index + 1)" && $0.date <= by && c.isWorking($0.date) }) {
                out.append("\(need.material): no deadline entry by \(by)")
            }
            guard let segment = c.facts.segment(need.segment), segment.share > 0, !(segment.role == .exit && need.stage != .loyalty) else { continue }
            let tasks = c.plan.rows.filter { $0.key.hasSuffix("/need-\(index + 1)") }
            guard let task = tasks.first else {
                if !c.states([need.material]) { out.append("\(need.material) for \(need.segment) is neither planned nor explained") }
                continue
            }
            if task.stage != need.stage { out.append("\(need.material) is at \(String(describing: task.stage)), Sales asked for \(need.stage)") }
            if task.due > by && !c.plan.risks.contains(where: { $0.risk.contains(need.material) }) {
                out.append("\(need.material) is ready \(task.due), after \(by), and no risk says so")
            }
        }
        return out
    }

    /// 5: an opportunity gets a response campaign (not one small task) around its date in a segment it touches;
    /// a threat becomes a risk with the response.
    static func marketChanges(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        for (index, change) in c.facts.marketChanges.enumerated() {
            let planned = c.plan.campaigns.filter { $0.key.hasPrefix("market-change-\(index + 1)-") }
            if change.isOpportunity {
                let touched = c.facts.segments.filter { (change.segments.isEmpty || change.segments.contains($0.name)) && $0.share > 0 && $0.role != .exit }
                if touched.isEmpty { continue }
                if planned.isEmpty && !c.states([change.response.isEmpty ? change.change : change.response]) {
                    out.append("opportunity \(change.change): no response campaign and no word why")
                }
                let day = max(change.when ?? c.facts.planStart, c.facts.planStart)
                for campaign in planned {
                    if campaign.tasks.filter(\.isMarketing).count < 3 { out.append("\(campaign.name): a response of \(campaign.tasks.count) tasks") }
                    if campaign.goLive < day || campaign.goLive > day.adding(days: 35) { out.append("\(campaign.name) goes live \(campaign.goLive), not around \(day)") }
                }
            } else if !c.plan.risks.contains(where: { $0.risk.contains(change.change) && (change.response.isEmpty || $0.response.contains(change.response)) }) {
                out.append("threat \(change.change) is not a risk with its response")
            }
        }
        return out
    }

    /// 6: no work that needs customers where there are none (except material the director asked for); maintained
    /// segments get no prospecting or wind-down; an exit segment gets wind-down only with an agreed exit plan,
    /// else none and a decision.
    static func fitTheSegment(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        for campaign in c.plan.campaigns where !campaign.segment.isEmpty {
            guard let segment = c.facts.segment(campaign.segment) else { out.append("\(campaign.name) serves an unknown segment"); continue }
            for task in campaign.tasks where c.library.activity(task.activityID)?.needsCustomers == true && !segment.hasCustomers {
                if campaign.purpose != .salesMaterial { out.append("\(campaign.name): \(task.activity) needs customers \(segment.name) does not have") }
            }
            switch segment.role {
            case .maintain where [.prospecting, .windDown].contains(campaign.purpose):
                out.append("\(campaign.name): \(campaign.purpose) work for maintained \(segment.name)")
            case .exit where campaign.purpose != .windDown && campaign.purpose != .salesMaterial:
                out.append("\(campaign.name): \(campaign.purpose) work for exit segment \(segment.name)")
            case .exit where c.facts.exitPlan == nil && campaign.purpose == .windDown:
                out.append("\(campaign.name): wind-down for \(segment.name) with no exit plan")
            case .grow where campaign.purpose == .windDown:
                out.append("\(campaign.name): wind-down for a segment to grow")
            default: break
            }
        }
        for segment in c.facts.segments where segment.role == .exit && segment.share > 0 && c.facts.exitPlan == nil {
            if !c.plan.decisions.contains(where: { $0.decision.contains(segment.name) }) { out.append("no decision asks for \(segment.name)'s exit plan") }
        }
        return out
    }
}
