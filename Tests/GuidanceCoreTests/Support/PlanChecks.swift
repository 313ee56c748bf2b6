import Foundation
@testable import GuidanceCore

/// A plan made for a test, with what it was made from.
struct PlannedCase: Sendable {
    /// The generated session (or a scenario dressed as one).
    let session: GeneratedSession
    /// The typed answers the planner read.
    let facts: GuidanceFacts
    /// The activity library it chose from.
    let library: ActivityLibrary
    /// The plan.
    let plan: Plan
    /// The same answers planned a second time, when made beforehand (for the determinism rule).
    var again: Plan? = nil
    /// For a self-planning session, the same answers planned as a director session, when made beforehand.
    var directorTwin: Plan? = nil

    /// The plan's three months.
    var period: PlanPeriod { PlanPeriod(start: facts.planStart) }
}

/// The planning rules of issue 3, one function per rule: each returns one message per breach, empty when the rule holds.
///
/// A rule may give way only when the plan says so: its `conflicts` (or `cuts`) hold a line naming where.
enum PlanChecks {
    /// "2027-03-01 Dental practices "Blog post"": a row in a message.
    static func describe(_ row: PlanRow) -> String {
        "\(row.date.iso) \(row.kind == .fundamental ? "fundamentals" : row.segment) \"\(row.activity)\" (\(row.kind.rawValue))"
    }

    /// The activity without a " (part 2 of 3)" ending.
    static func baseName(_ activity: String) -> String {
        activity.replacingOccurrences(of: #" \(part \d+ of \d+\)$"#, with: "", options: .regularExpression)
    }

    /// Whether the row is the first (or only) part of its activity: the part that carries the cost.
    static func isFirstPart(_ row: PlanRow) -> Bool {
        !row.activity.hasSuffix(")") || !row.activity.contains(" (part ") || row.activity.contains(" (part 1 of ")
    }

    /// Whether a line of `conflicts` (or `cuts` when `cuts` is true) holds every one of `words`.
    static func states(_ plan: Plan, _ words: [String], cuts: Bool = false) -> Bool {
        (plan.conflicts + (cuts ? plan.cuts : [])).contains { line in words.allSatisfy { line.contains($0) } }
    }

    /// Hours `segment` may be given on `day`: its share of the weekly hours over five days, changed by every
    /// internal change that applies that day (percentages add; never below nothing). Worked out here, apart from `Capacity`.
    static func capacity(_ facts: GuidanceFacts, _ segment: GuidanceFacts.Segment, on day: CalendarDate) -> Decimal {
        capacity(base: facts.weeklyHours * Decimal(segment.share) / 100 / 5, facts, segment.name, on: day)
    }

    /// `base` hours a day changed by the internal changes that apply to `segment` on `day`.
    static func capacity(base: Decimal, _ facts: GuidanceFacts, _ segment: String, on day: CalendarDate) -> Decimal {
        let change = facts.internalChanges.reduce(0) { $0 + ($1.applies(to: segment, on: day) ? $1.capacityPercent : 0) }
        return change == 0 ? base : base * Decimal(max(0, 100 + change)) / 100
    }

    // MARK: - Rules

    /// Every row on a working day inside the plan; its month 1-3 matches the date; week = days since start / 7 + 1.
    static func dates(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        let period = c.period
        if c.plan.start != c.facts.planStart || c.plan.end != c.facts.planStart.adding(months: 3).adding(days: -1) {
            out.append("the plan runs \(c.plan.start.iso) to \(c.plan.end.iso), not three months from \(c.facts.planStart.iso)")
        }
        for row in c.plan.rows {
            if !row.date.isWorkingDay { out.append("\(describe(row)) is on a \(row.date.weekdayName)") }
            guard let month = period.month(of: row.date) else {
                out.append("\(describe(row)) is outside the plan (\(period.start.iso) to \(period.end.iso))"); continue
            }
            if row.month != month { out.append("\(describe(row)) says month \(row.month) but its date is in month \(month)") }
            let week = period.start.days(until: row.date) / 7 + 1
            if row.week != week || !(1...14).contains(row.week) { out.append("\(describe(row)) says week \(row.week) but its date is in week \(week)") }
        }
        if c.plan.rows.map(\.date) != c.plan.rows.map(\.date).sorted() { out.append("the rows are not in date order") }
        return out
    }

    /// No week books more hours than the week's capacity (all segments together, and each segment on its own).
    static func weeklyHours(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        let model = Capacity(facts: c.facts, period: c.period)
        var weekly: [Int: Decimal] = [:]
        var bySegment: [String: [Int: Decimal]] = [:]
        let bases = c.facts.segments.map { c.facts.weeklyHours * Decimal($0.share) / 100 / 5 }
        for day in c.period.workingDays {
            let week = c.period.week(of: day)
            for (segment, base) in zip(c.facts.segments, bases) {
                let hours = capacity(base: base, c.facts, segment.name, on: day)
                if model.hours(segment.name, on: day) != hours {
                    out.append("Capacity gives \(segment.name) \(model.hours(segment.name, on: day)) hours on \(day.iso), the rule gives \(hours)")
                }
                weekly[week, default: 0] += hours
                bySegment[segment.name, default: [:]][week, default: 0] += hours
            }
        }
        var booked: [Int: Decimal] = [:]
        var bookedBySegment: [String: [Int: Decimal]] = [:]
        for row in c.plan.rows {
            booked[row.week, default: 0] += row.hours
            if row.kind != .fundamental { bookedBySegment[row.segment, default: [:]][row.week, default: 0] += row.hours }
            if row.hours < 0 { out.append("\(describe(row)) books negative hours") }
        }
        for week in booked.keys.sorted() where booked[week, default: 0] > weekly[week, default: 0] {
            out.append("week \(week) books \(booked[week, default: 0]) hours but has \(weekly[week, default: 0])")
        }
        for segment in bookedBySegment.keys.sorted() {
            for (week, hours) in bookedBySegment[segment, default: [:]].sorted(by: { $0.key < $1.key })
            where hours > bySegment[segment]?[week] ?? 0 {
                out.append("week \(week) books \(hours) hours for \(segment), which has \(bySegment[segment]?[week] ?? 0)")
            }
        }
        return out.count > 6 ? Array(out.prefix(6)) + ["... and \(out.count - 6) more"] : out
    }

    /// Internal changes with hours that touch a segment of the plan on a working day inside it.
    static func changesInWindow(_ c: PlannedCase) -> [GuidanceFacts.InternalChange] {
        let days = c.period.workingDays
        return c.facts.internalChanges.filter { change in
            change.capacityPercent != 0 && days.contains { $0 >= change.from && $0 <= change.to }
                && (change.segments.isEmpty || c.facts.segments.contains { change.segments.contains($0.name) })
        }
    }

    /// Planned shares of hours within 3 points of the split; where an internal change applies, any larger gap is stated.
    static func shares(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        let campaign = c.plan.rows.filter { $0.kind != .fundamental }
        let total = campaign.reduce(Decimal(0)) { $0 + $1.hours }
        let changes = changesInWindow(c)
        for change in c.facts.internalChanges where !changes.contains(change) {
            for line in c.plan.conflicts where line.contains("focus split") && line.contains(change.change) {
                out.append("\"\(line)\" blames \"\(change.change)\", which changes no hours inside the plan")
            }
        }
        for segment in c.facts.segments {
            let hours = campaign.filter { $0.segment == segment.name }.reduce(Decimal(0)) { $0 + $1.hours }
            let share = total > 0 ? hours * 100 / total : 0
            if let summary = c.plan.segments.first(where: { $0.name == segment.name }) {
                if summary.plannedHours != hours || summary.plannedShare != share.rounded(2) {
                    out.append("the summary gives \(segment.name) \(summary.plannedHours) hours (\(summary.plannedShare)%), the rows \(hours) (\(share.rounded(2))%)")
                }
            } else {
                out.append("the summary has no line for \(segment.name)")
            }
            let gap = share - Decimal(segment.share)
            guard abs(NSDecimalNumber(decimal: gap).doubleValue) > 3 else { continue }
            let hair = abs(gap).rounded(2) == 3 ? " (off by less than 3.005 points)" : ""
            let what = "\(segment.name) gets \(share.rounded(1))% of the planned hours against \(segment.share)% directed\(hair)"
            if changes.isEmpty {
                out.append("\(what), and no internal change applies")
                continue
            }
            guard states(c.plan, [segment.name, "focus split"]) else {
                out.append("\(what) (internal changes apply) and no conflict names \(segment.name) and the focus split")
                continue
            }
            let own = changes.filter { $0.capacityPercent < 0 && ($0.segments.isEmpty || $0.segments.contains(segment.name)) }
            if gap < 0, !own.isEmpty, !own.contains(where: { states(c.plan, [segment.name, "focus split", $0.change]) }) {
                out.append("\(what), but the statement does not say which change (and when) takes its hours")
            }
        }
        return out
    }

    /// Every grow segment with a share gets work at every stage every month, maintain at interest and loyalty,
    /// or a conflict names the segment, the stage and the month; exit segments get loyalty work only.
    static func stages(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        for segment in c.facts.segments {
            let rows = c.plan.rows.filter { $0.kind != .fundamental && $0.segment == segment.name }
            if segment.role == .exit {
                for row in rows where row.stage != .loyalty {
                    out.append("\(describe(row)) is at the \(row.stage?.rawValue ?? "no") stage, but \(segment.name) is being exited")
                }
            }
            let required: [BuyingStage] = segment.role == .grow ? BuyingStage.allCases : (segment.role == .maintain ? [.interest, .loyalty] : [])
            for m in 1...3 {
                let covered = Set(rows.filter { $0.month == m }.compactMap(\.stage))
                for stage in required where !covered.contains(stage) {
                    let stated = states(c.plan, [segment.name, stage.rawValue, "month \(m)"]) || states(c.plan, [segment.name, stage.rawValue, "any month"])
                    if !stated {
                        out.append("\(segment.name) (\(segment.role.rawValue), \(segment.share)%) has no \(stage.rawValue) work in month \(m), and no conflict says so")
                    }
                }
            }
        }
        return out
    }

    /// Each sales need is a push row of kind sales material for its segment and stage in month one, before any
    /// follow-up of that segment and stage; an exit segment gets none but loyalty material; else a conflict says why.
    static func salesMaterials(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        for need in c.facts.salesNeeds {
            let what = "\"\(need.material)\" (\(need.stage.rawValue), \(need.segment))"
            let rows = c.plan.rows.filter { $0.kind == .salesMaterial && $0.segment == need.segment && baseName($0.activity) == need.material }
            guard let segment = c.facts.segment(need.segment) else {
                if !states(c.plan, [need.material]) { out.append("\(what) names a segment the plan does not have, and no conflict says so") }
                continue
            }
            if segment.role == .exit && need.stage != .loyalty {
                if !rows.isEmpty { out.append("\(what) is scheduled, but \(segment.name) is being exited") }
                if !states(c.plan, [need.material]) { out.append("\(what) is for a segment being exited, and no conflict says it is not scheduled") }
                continue
            }
            guard let first = rows.first, let last = rows.map(\.date).max() else {
                if !states(c.plan, [need.material]) { out.append("\(what) is not scheduled, and no conflict says so") }
                continue
            }
            for row in rows where row.stage != need.stage || row.pullPush != .push {
                out.append("\(describe(row)) should be push work at the \(need.stage.rawValue) stage")
            }
            if first.month != 1 && !states(c.plan, [need.material]) {
                out.append("\(what) starts in month \(first.month), not month 1, and no conflict says why")
            } else if first.month == 1 && c.facts.planStart.days(until: first.date) >= 14 && !states(c.plan, [need.material]) {
                out.append("\(what) starts on \(first.date.iso), not early in month 1 (its first two weeks), and no conflict says why")
            }
            let early = c.plan.rows.filter { $0.kind == .followUp && $0.segment == segment.name && $0.stage == need.stage && $0.date < last }
            if let followUp = early.first, !states(c.plan, [segment.name, "follow-up"]) && !states(c.plan, [segment.name, "Follow-up"]) {
                out.append("\(describe(followUp)) comes before \(what) is finished on \(last.iso), and no conflict says so")
            }
        }
        return out
    }

    /// Every approved item is one fundamentals row in its month at its budget, with no segment, role or stage;
    /// every item not approved is pending and not scheduled.
    static func fundamentals(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        let rows = c.plan.rows.filter { $0.kind == .fundamental }
        let approved = c.facts.fundamentals.filter(\.approved)
        if rows.count != approved.count { out.append("\(rows.count) fundamentals rows for \(approved.count) approved items") }
        for item in approved {
            let mine = rows.filter { $0.activity == item.item }
            guard mine.count == 1, let row = mine.first else { out.append("approved \"\(item.item)\" has \(mine.count) rows, not 1"); continue }
            if row.month != item.month || c.period.month(of: row.date) != item.month {
                out.append("\(describe(row)) is in month \(row.month), approved for month \(item.month)")
            }
            if row.cost != item.budget { out.append("\(describe(row)) costs \(row.cost), its budget is \(item.budget)") }
            if !row.segment.isEmpty || row.role != nil || row.stage != nil { out.append("\(describe(row)) has a segment, role or stage") }
        }
        let pending = c.facts.fundamentals.filter { !$0.approved }
        let expected = pending.map { PendingItem(item: $0.item, budget: $0.budget, month: $0.month) }
        if c.plan.pendingFundamentals != expected {
            out.append("pending fundamentals are \(c.plan.pendingFundamentals.map(\.item)), expected \(expected.map(\.item))")
        }
        for item in pending where c.plan.rows.contains(where: { $0.activity == item.item && $0.kind == .fundamental }) {
            out.append("\"\(item.item)\" is not approved but is scheduled")
        }
        return out
    }

    /// An opportunity gets a response row in month one for each segment it names that is not exited; a threat a
    /// defensive row per segment and a risk line; or a conflict names the segment and the change.
    static func marketChanges(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        for change in c.facts.marketChanges {
            let targets = change.segments.isEmpty ? c.facts.segments : c.facts.segments.filter { change.segments.contains($0.name) }
            let kind: RowKind = change.isOpportunity ? .marketResponse : .defensive
            if !change.isOpportunity && !c.plan.risks.contains(where: { $0.contains(change.change) }) {
                out.append("the threat \"\(change.change)\" is not listed as a risk")
            }
            for segment in targets where !(change.isOpportunity && segment.role == .exit) {
                let rows = c.plan.rows.filter { $0.kind == kind && $0.segment == segment.name && $0.why.contains(change.change) }
                let stated = states(c.plan, [segment.name, change.change]) || (!change.response.isEmpty && states(c.plan, [segment.name, change.response]))
                if rows.isEmpty {
                    if !stated { out.append("\"\(change.change)\" has no \(kind.rawValue) row for \(segment.name), and no conflict says so") }
                } else if change.isOpportunity && rows.map(\.month).min() != 1 && !stated {
                    out.append("the response to \"\(change.change)\" for \(segment.name) starts in month \(rows.map(\.month).min() ?? 0), not month 1")
                }
            }
        }
        return out
    }
}
