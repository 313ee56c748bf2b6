import Foundation

/// What the shell shows when the last question is answered: what was agreed, the plan's headline and
/// what to do next, with the commands to type.
///
/// Plain lines without colour; the shell styles the headings (`headings`) and wraps to the terminal.
public enum ClosingScreen {
    /// The headings of the screen's three parts, in order.
    public static let headings = ["What was agreed", "The plan draft", "Next"]

    /// The screen after the last answer of session `id`, from the plan made of its answers.
    ///
    /// - Parameters:
    ///   - plan: the plan of the finished session.
    ///   - id: the session id, as the commands should be typed.
    ///   - mode: a self-planning session says "What you assumed" and reminds that nothing is agreed yet.
    ///   - exportFolder: where `/export` writes by default.
    public static func lines(plan: Plan, id: String, mode: SessionMode, exportFolder: String = "exports") -> [String] {
        var lines: [String] = []
        lines.append(mode == .director ? headings[0] : "What you assumed (to confirm with your director)")
        lines += agreed(plan).map { "  " + $0 }
        lines.append("")
        lines.append(headings[1])
        lines += headline(plan).map { "  " + $0 }
        lines.append("")
        lines.append(headings[2])
        lines += next(plan, id: id, exportFolder: exportFolder).map { "  " + $0 }
        return lines
    }

    /// The key answers, one line each.
    static func agreed(_ plan: Plan) -> [String] {
        var lines: [String] = []
        if !plan.goals.isEmpty { lines.append("Strategic why: " + plan.goals.joined(separator: "; ")) }
        if let growth = plan.segments.first(where: { $0.role == .grow }) { lines.append("Growth segment: \(growth.name)") }
        if !plan.segments.isEmpty {
            lines.append("Focus split: " + plan.segments.map { "\($0.name) \($0.directedShare)%" }.joined(separator: ", "))
        }
        lines.append("Resources: \(PlanSummary.money(plan.campaignBudget, plan.currency)) campaign budget, "
            + "\(PlanSummary.hours(plan.weeklyHours)) hours a week, \(period(plan))")
        return lines
    }

    /// The plan's headline: hours planned against the split, and the decisions it needs.
    static func headline(_ plan: Plan) -> [String] {
        var lines: [String] = []
        if !plan.segments.isEmpty {
            lines.append("Hours planned against the split: " + plan.segments.map {
                "\($0.name) \(AnswerFormatter.number($0.plannedShare.rounded(0)))% (\($0.directedShare)%)"
            }.joined(separator: ", "))
        }
        let campaigns = plan.campaigns.filter { $0.purpose != .fundamentals }.count
        lines.append("\(campaigns) campaign\(campaigns == 1 ? "" : "s"), \(PlanSummary.hours(plan.plannedHours)) marketing hours, "
            + "\(PlanSummary.money(plan.campaignSpend, plan.currency)) of the campaign budget")
        switch plan.decisions.count {
        case 0: lines.append("No decisions needed from your director.")
        case let count:
            lines.append("\(count) decision\(count == 1 ? "" : "s") needed from your director:")
            for (index, decision) in plan.decisions.prefix(3).enumerated() { lines.append("  \(index + 1). \(decision.decision)") }
            if count > 3 { lines.append("  and \(count - 3) more in the plan.") }
        }
        return lines
    }

    /// The next dates, soonest first, and the commands to type with what each does.
    static func next(_ plan: Plan, id: String, exportFolder: String) -> [String] {
        var lines: [String] = []
        let dates = plan.calendar.filter { $0.category == .planningAppointment || $0.category == .guidanceMeeting }
            .sorted { ($0.date, $0.startMinute ?? 0) < ($1.date, $1.startMinute ?? 0) }
        for entry in dates {
            let time = entry.startMinute.map { " at " + ClockTime.text($0) } ?? ""
            let what = entry.category == .guidanceMeeting ? "Next guidance meeting" : "Planning appointment"
            lines.append("\(what): \(entry.date.spoken)\(time)")
        }
        var commands = [
            ("guidance plan \(id)", "read the plan draft"),
            ("guidance export \(id) --all -o \(exportFolder)", "write the plan, calendar and agenda files"),
        ]
        if plan.director?.email != nil {
            commands.append(("guidance invite \(id) -o invite.ics", "the next meeting's invitation for your director"))
        }
        let width = commands.map(\.0.count).max() ?? 0
        for (command, what) in commands {
            lines.append(command + String(repeating: " ", count: width - command.count) + "   " + what)
        }
        return lines
    }

    static func period(_ plan: Plan) -> String {
        "\(plan.start.day) \(plan.start.monthName) to \(plan.end.day) \(plan.end.monthName) \(plan.end.year)"
    }
}
