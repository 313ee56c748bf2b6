import Foundation

/// One question of the review walk, ready to show: its lines, the prompt's label, the words Tab offers, its help.
public struct ReviewQuestion: Equatable, Sendable {
    /// What to print before the prompt (the question, with what Enter does).
    public var lines: [String]
    /// The prompt's label, such as "2/5 Leeds switch campaign".
    public var label: String
    /// The words Tab offers.
    public var completions: [String]
    /// What `/help` says about it.
    public var help: String
}

extension ReviewWalk {
    /// The question to ask now, or nil when the walk is finished.
    public var question: ReviewQuestion? {
        let money = { (amount: Decimal) in PlanSummary.money(amount, plan.currency) }
        let example = today.endOfMonth.adding(days: 12)
        let choices = ReviewAnswer.choices(currency: plan.currency, example: example)
        switch step {
        case .finished:
            return nil
        case .campaign(let index):
            let group = groups[index]
            let kept = group.tasks.filter { reports[$0.key] != nil }.count
            let enter: String
            switch kept {
            case 0: enter = "all done as planned"
            case group.tasks.count:
                enter = "keep the answers given (\(Self.tally(group.tasks.compactMap { reports[$0.key] })))"
            default:
                enter = "keep the \(Self.count(kept, "answer")) given and take the other \(group.tasks.count - kept) as done as planned"
            }
            let segment = group.segment.isEmpty ? "fundamentals" : group.segment
            let line = "\(group.campaign) (\(segment)): \(Self.count(group.tasks.count, "task")) this month. "
                + "Enter: \(enter), or answer task by task with t"
            return ReviewQuestion(
                lines: [line], label: "\(index + 1)/\(groups.count) \(group.campaign)", completions: ["t"] + ReviewAnswer.words,
                help: "Press Enter to take every task of the campaign as \(kept == 0 ? "done as planned" : "the answer given, or done as planned when it has none"). "
                    + "Type t to answer task by task, or one answer for all of them: done, going, moved DATE (such as moved \(example.iso)) or dropped REASON.")
        case .task(let groupIndex, let taskIndex):
            let group = groups[groupIndex]
            let row = group.tasks[taskIndex]
            let enter = reports[row.key].map { "keep " + describe($0, amounts: true) } ?? "done as planned"
            let line = "\(PlanSummary.short(row.due)) \(row.activity) (\(PlanSummary.hours(row.hours)) h planned, \(money(row.cost))). "
                + "Enter: \(enter); or type: \(choices)"
            return ReviewQuestion(
                lines: [line], label: "\(groupIndex + 1)/\(groups.count) \(group.campaign)", completions: ReviewAnswer.words,
                help: "done: finished (add the hours and cost when they differ from the plan, such as done 6h \(ReviewAnswer.mark(plan.currency))300). "
                    + "moved DATE: it will be done later, on that day (such as moved \(example.iso) or moved next friday). "
                    + "dropped REASON: it will not be done, and why. going: started and still going.")
        case .unplanned:
            var lines = ["What else took time this month? (what, segment, hours; Enter: nothing else)"]
            if !unplanned.isEmpty {
                let listed = unplanned.enumerated().map { "\($0.offset + 1). \(describe($0.element))" }
                lines.append("Recorded so far: " + listed.joined(separator: "; ") + ". Type remove and its number to take one off.")
            }
            return ReviewQuestion(
                lines: lines, label: "Unplanned work", completions: plan.segments.map(\.name) + ["none"],
                help: "Work nobody planned that took your time this month, one piece a line: what it was, the segment it served "
                    + "(or none) and the hours, with commas between them, such as: \(ReviewAnswer.sampleUnplanned(plan.segments.map(\.name))). "
                    + "Add the cost after the hours when it cost money (12h \(ReviewAnswer.mark(plan.currency))80). Press Enter when there is nothing else.")
        }
    }

    /// What the review says first: what the month holds and what Enter does, or how far an unfinished review got.
    ///
    /// A complete review is not described here: the shell shows its summary and asks whether to correct it.
    public func opening(reopened: MonthlyReview?) -> String {
        let count = groups.reduce(0) { $0 + $1.tasks.count }
        if let reopened, !reopened.complete {
            return "Welcome back: \(reports.count) of \(Self.count(count, "task")) answered so far. The answers given are offered again: Enter keeps them."
        }
        if count == 0 { return "No planned task was due or started in month \(month)." }
        return "\(Self.count(count, "task")) of \(Self.count(groups.count, "campaign")) were due or started this month. "
            + "For each campaign, press Enter when its tasks were done as planned, or type t to answer task by task."
    }

    /// A task's answer in words: "done (6 h, GBP 300)", "moved to Mon 12 Apr", "dropped: Sales were at the show", "going (5 h, GBP 0)".
    func describe(_ report: MonthlyReview.TaskReport, amounts: Bool) -> String {
        let taken = "\(PlanSummary.hours(report.hours)) h, \(PlanSummary.money(report.cost, plan.currency))"
        switch report.outcome {
        case .done: return amounts ? "done (\(taken))" : "done as planned"
        case .going: return amounts ? "going (\(taken) so far)" : "still going"
        case .moved(let day):
            let spent = amounts && (report.hours > 0 || report.cost > 0) ? " (\(taken) so far)" : ""
            return "moved to \(PlanSummary.short(day))" + (day.year == plan.start.year ? "" : " \(day.year)") + spent
        case .dropped(let reason): return "dropped: \(reason)"
        }
    }

    /// Unplanned work in words: "Hotel crisis calls (Hospitality, 12 h)".
    func describe(_ work: MonthlyReview.UnplannedWork) -> String {
        let cost = work.cost > 0 ? ", \(PlanSummary.money(work.cost, plan.currency))" : ""
        return "\(work.what) (\(work.segment.isEmpty ? "no segment" : work.segment), \(PlanSummary.hours(work.hours)) h\(cost))"
    }

    /// "4 tasks", "1 task".
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// The outcomes of `reports` counted: "3 done, 1 moved".
    static func tally(_ reports: [MonthlyReview.TaskReport]) -> String {
        ["done", "moved", "dropped", "going"].compactMap { name in
            let number = reports.filter { $0.outcome.name == name }.count
            return number == 0 ? nil : "\(number) \(name)"
        }.joined(separator: ", ")
    }
}
