import Foundation

/// The sections of the plan summary below the table: why per segment, fundamentals, sales materials, dates, assumptions.
extension PlanSummary {
    /// Each segment's role and share, why it has that role, and its message.
    static func segmentWhys(_ plan: Plan) -> [String] {
        guard !plan.segments.isEmpty else { return ["No segments were recorded."] }
        var lines: [String] = []
        for (index, segment) in plan.segments.enumerated() {
            if index > 0 { lines.append("") }
            lines += wrap("\(clean(segment.name)): \(segment.role.rawValue), \(segment.directedShare)% of the effort directed",
                          rest: "  ")
            let why = clean(segment.why)
            lines += wrap(why.isEmpty ? "not recorded: ask the director why this segment has this role." : why,
                          first: "  Why: ", rest: "       ")
            let message = clean(segment.message)
            lines += wrap(message.isEmpty ? "not written yet." : message, first: "  Message: ", rest: "           ")
        }
        return lines
    }

    /// Approved fundamentals as campaigns (month, budget, marketing hours, span), then items not approved yet.
    static func fundamentals(_ plan: Plan) -> [String] {
        var lines: [String] = []
        for campaign in plan.campaigns where campaign.purpose == .fundamentals {
            let month = campaign.tasks.last?.month ?? 1
            let parts = ["month \(month) (\(monthName(plan, month)))", "budget \(money(campaign.cost, plan.currency))",
                         "\(hours(campaign.hours)) marketing hours", "from \(days(campaign.start, campaign.end))"]
            lines += wrap("\(clean(campaign.name)): \(parts.joined(separator: ", ")).", first: "- ", rest: "  ")
        }
        for item in plan.pendingFundamentals {
            lines += wrap("\(clean(item.item)): month \(item.month), budget \(money(item.budget, plan.currency)): "
                + "not approved yet: not scheduled (see Decisions needed).", first: "- ", rest: "  ")
        }
        return lines.isEmpty ? ["No fundamentals work was agreed for these three months."] : lines
    }

    /// Material Sales asked for: what, for which segment and stage, when it is made and when Sales gets it.
    static func salesMaterials(_ plan: Plan) -> [String] {
        var lines: [String] = []
        for campaign in plan.campaigns where campaign.purpose == .salesMaterial {
            for task in campaign.tasks where task.key.contains("/need-") {
                let stage = task.stage.map { ", \($0.rawValue) stage" } ?? ""
                let handover = campaign.goLive > task.due ? "; handed to Sales \(campaign.goLive.spoken)" : ", and handed to Sales that day"
                lines += wrap("\(clean(task.activity)) for \(clean(task.segment))\(stage): made \(days(task.start, task.due))\(handover)",
                              first: "- ", rest: "  ")
            }
        }
        return lines.isEmpty ? ["Sales asked for no material."] : lines
    }

    /// The calendar entries but the go-lives (the campaign timeline shows those), in date order, all-day entries first on a day.
    static func datesToKeep(_ plan: Plan) -> [CalendarEntry] {
        plan.calendar.enumerated().filter { $0.element.category != .launch }.sorted { a, b in
            let left = (a.element.date, a.element.startMinute ?? -1, a.offset)
            let right = (b.element.date, b.element.startMinute ?? -1, b.offset)
            return left < right
        }.map(\.element)
    }

    /// The dates to keep (`datesToKeep`), timed ones with their time and length.
    static func keyDates(_ plan: Plan) -> [String] {
        let entries = datesToKeep(plan)
        guard !entries.isEmpty else { return ["No key dates."] }
        let dateWidth = entries.map { "\(short($0.date)) \($0.date.year)".count }.max() ?? 0
        return entries.flatMap { entry -> [String] in
            let date = pad("\(short(entry.date)) \(entry.date.year)", dateWidth)
            let time = entry.startMinute.map(clock) ?? ""
            let length = entry.startMinute == nil ? "" : " (\(duration(entry.minutes)))"
            let lead = "\(date)  \(pad(time, 5))  "
            return wrap(clean(entry.title) + length, first: lead, rest: String(repeating: " ", count: lead.count))
        }
    }

    /// What the plan assumed; a self-planning plan first says every answer is an assumption to confirm.
    static func assumptions(_ plan: Plan) -> [String] {
        switch plan.mode {
        case .selfPlanning:
            // The planner may already open the list with this sentence; say it once.
            if plan.assumptions.contains(where: { mentions($0, "self-planning") }) {
                return bullets(plan.assumptions, empty: "")
            }
            return wrap("This plan comes from a self-planning session: every answer in it is an assumption to confirm "
                + "with your director before the work starts.")
                + bullets(plan.assumptions, empty: "No other assumptions.")
        case .director:
            return bullets(plan.assumptions, empty: "None: every answer came from the director.")
        }
    }

    /// `rows` grouped by `key`, groups in the order their first row appears, rows in their given order.
    static func grouped(_ rows: [PlanRow], by key: (PlanRow) -> String) -> [[PlanRow]] {
        var order: [String] = []
        var groups: [String: [PlanRow]] = [:]
        for row in rows {
            let name = key(row)
            if groups[name] == nil { order.append(name) }
            groups[name, default: []].append(row)
        }
        return order.compactMap { groups[$0] }
    }
}
