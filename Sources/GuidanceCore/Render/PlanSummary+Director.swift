import Foundation

/// The director's part of the plan summary: objectives and targets, campaigns, decisions, risks;
/// and the marketer's appendix: the tasks by campaign.
extension PlanSummary {
    /// The goals, then each target broken down by buying stage with the rates assumed.
    static func objectives(_ plan: Plan) -> [String] {
        var lines = bullets(plan.goals, empty: "No goals were recorded: ask the director what the company wants from these three months, and why.")
        for target in plan.targets {
            lines.append("")
            lines += wrap("\(clean(target.segment)): \(target.amount) \(clean(target.measure)) this quarter.", first: "", rest: "  ")
            let steps = target.stages.map { "\($0.count) \(clean($0.measure))" }.joined(separator: " -> ")
            lines += wrap("Needs \(steps).", first: "  ", rest: "  ")
            let rates = target.stages.dropLast().map { "\(share($0.rate * 100))% of \(clean($0.measure))" }
            lines += wrap("Rates assumed: \(rates.joined(separator: ", ")) move on to the next stage.", first: "  ", rest: "  ")
            let outlook = target.expected >= target.amount
                ? "The campaigns planned reach about \(target.plannedReach) prospects: enough for the target at these rates."
                : "The campaigns planned reach about \(target.plannedReach) prospects: about \(target.expected) at these rates, short of \(target.amount) (see Decisions needed)."
            lines += wrap(outlook, first: "  ", rest: "  ")
        }
        let missing = plan.segments.filter { segment in segment.role == .grow && !plan.targets.contains { $0.segment == segment.name } }
        if !missing.isEmpty {
            lines.append("")
            lines += wrap("No target was set for \(AnswerFormatter.joined(missing.map { clean($0.name) })).")
        }
        return lines
    }

    /// The campaigns on a timeline of characters, grouped by segment (`PlanTimeline.chartLines`).
    static func campaignList(_ plan: Plan) -> [String] {
        guard !plan.campaigns.isEmpty else { return ["No campaigns could be planned: see What was dropped or moved."] }
        return PlanTimeline(plan).chartLines
    }

    /// `text` in lines of at most `width` characters, broken at spaces (a longer word is cut).
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ").map(String.init) {
            var word = word
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty { current = word } else if current.count + 1 + word.count <= width { current += " " + word } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// A campaign's heading in the task list: its name, with its segment after it unless the name starts with it.
    static func campaignTitle(_ campaign: Campaign) -> String {
        let segment = campaignSegment(campaign)
        return campaign.name.hasPrefix(segment) ? campaign.name : "\(campaign.name) (\(segment))"
    }

    /// The segment column of a campaign: its segment, or "Fundamentals".
    static func campaignSegment(_ campaign: Campaign) -> String {
        campaign.segment.isEmpty ? "Fundamentals" : clean(campaign.segment)
    }

    /// `count` spaces.
    static func spaces(_ count: Int) -> String {
        String(decoding: [UInt8](repeating: UInt8(ascii: " "), count: max(0, count)), as: UTF8.self)
    }

    /// "1. ..." lines, wrapped under their text.
    static func numbered(_ items: [String], empty: String) -> [String] {
        guard !items.isEmpty else { return wrap(empty) }
        return items.enumerated().flatMap { index, item in
            let lead = "\(index + 1). "
            return wrap(clean(item), first: lead, rest: String(repeating: " ", count: lead.count))
        }
    }

    /// A risk in one line: what, for whom, and the response.
    static func riskLine(_ risk: Risk) -> String {
        let who = risk.segments.isEmpty ? "" : " (\(AnswerFormatter.joined(risk.segments)))"
        let what = risk.risk.hasSuffix(".") ? String(risk.risk.dropLast()) : risk.risk
        return "\(what)\(who). Response: \(risk.response)"
    }

    /// Public holidays and days off inside the plan.
    static func closedDays(_ plan: Plan) -> [String] {
        let calendar = plan.holidayCalendar.map { "Public holidays of \(clean($0))" } ?? "No public-holiday calendar was chosen"
        guard !plan.closedDays.isEmpty else { return wrap("\(calendar); no days off inside the plan.") }
        return wrap("\(calendar), and days off; no work is planned on them:")
            + plan.closedDays.map { "- \(short($0.date)) \($0.date.year): \(clean($0.name))" }
    }

    /// Each campaign with its why once, then its tasks: start and due, what, who, hours and cost.
    static func tasksByCampaign(_ plan: Plan) -> [String] {
        guard !plan.campaigns.isEmpty else { return ["No tasks."] }
        var lines = wrap("For the marketer: every task, grouped by campaign. A task's hours are spread over its days.")
        for campaign in plan.campaigns {
            lines.append("")
            lines += wrap("\(clean(campaignTitle(campaign))): go-live \(short(campaign.goLive)) \(campaign.goLive.year)")
            lines += wrap(clean(campaign.why), first: "  Why: ", rest: "       ")
            for task in campaign.tasks {
                let when = task.start == task.due ? short(task.due) : "\(short(task.start)) to \(short(task.due))"
                let lead = "  \(pad(when, 24))  "
                var details = [clean(task.owner), hours(task.hours) + "h"]
                if task.cost != 0 { details.append(money(task.cost, plan.currency)) }
                let live = task.isGoLive ? " [go-live]" : ""
                lines += wrap("\(clean(task.activity))\(live) (\(details.joined(separator: ", ")))", first: lead,
                              rest: spaces(lead.count))
            }
        }
        return lines
    }
}
