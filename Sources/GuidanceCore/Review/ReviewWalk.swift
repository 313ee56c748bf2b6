import Foundation

/// The monthly review as a guided walk: which question comes next, and what each typed line does.
///
/// Campaign by campaign (in plan order), a line for the campaign: Enter takes all its tasks of the month
/// as done as planned, `t` goes task by task, or one answer (`going`, `moved DATE`, `dropped REASON`)
/// covers them all. Task by task, Enter is done as planned, or the answer already given when the review
/// is reopened. Then "what else took time?" until Enter. The walk knows nothing of terminals: the shell
/// shows `question`, hands each line to `answer(_:)`, saves `review` after every accepted line.
public struct ReviewWalk: Sendable {
    /// A campaign with its tasks due or started in the month.
    public struct Group: Equatable, Sendable {
        /// The campaign's name.
        public var campaign: String
        /// The segment it serves, or empty for fundamentals.
        public var segment: String
        /// Its tasks of the month, in plan order.
        public var tasks: [PlanRow]
    }

    /// Where the walk is.
    public enum Step: Equatable, Sendable {
        /// At the line of group `index`.
        case campaign(Int)
        /// At task `task` of group `group`.
        case task(group: Int, task: Int)
        /// Asking what else took time.
        case unplanned
        /// Every question answered.
        case finished
    }

    /// What a typed line did.
    public enum Result: Equatable, Sendable {
        /// Taken; the sentence says what was recorded (empty when nothing needs saying).
        case accepted(String)
        /// Refused; the sentence says what to type instead. Nothing changed.
        case refused(String)
    }

    /// The plan reviewed.
    public let plan: Plan
    /// The session whose plan it is.
    public let sessionID: String
    /// The month of the plan (1-3).
    public let month: Int
    /// The day relative dates ("next friday") count from.
    public let today: CalendarDate
    /// How slashed dates are read (`31/5` day first, or `5/31` with `--date-order mdy`).
    public var dateOrder: DateOrder = .dmy
    /// The month's campaigns with their tasks, in plan order.
    public let groups: [Group]
    /// Where the walk is now.
    public internal(set) var step: Step
    /// The answers given so far, by task key.
    public internal(set) var reports: [String: MonthlyReview.TaskReport]
    /// The unplanned work recorded.
    public internal(set) var unplanned: [MonthlyReview.UnplannedWork]
    /// Whether the review was complete before this walk (a correction keeps it complete).
    let wasComplete: Bool
    /// The steps answered before this one, for `back()`.
    var earlier: [Step] = []

    /// A walk over `month` of `plan`, reopening `existing` when there is one.
    ///
    /// `answered` names the tasks of `existing` that were really answered (an unfinished review's file lists
    /// only those); a complete review counts every task as answered.
    public init(plan: Plan, sessionID: String, month: Int, today: CalendarDate,
                existing: MonthlyReview? = nil, answered: Set<String> = []) {
        self.plan = plan
        self.sessionID = sessionID
        self.month = month
        // Relative days ("next friday") and the examples count from the review's day: today when it falls in the
        // reviewed month or after it inside the plan, else the month's last day (a review made ahead of time or late).
        let monthStart = plan.start.adding(months: month - 1), monthEnd = plan.start.adding(months: month).adding(days: -1)
        self.today = today >= monthStart && today <= plan.end ? today : monthEnd
        let scope = ReviewScope.tasks(of: plan, month: month)
        let inScope = Set(scope.map(\.key))
        groups = plan.campaigns.compactMap { campaign in
            let keys = Set(campaign.tasks.map(\.key)).intersection(inScope)
            let tasks = scope.filter { keys.contains($0.key) }
            return tasks.isEmpty ? nil : Group(campaign: campaign.name, segment: campaign.segment, tasks: tasks)
        }
        wasComplete = existing?.complete ?? false
        var reports: [String: MonthlyReview.TaskReport] = [:]
        for report in existing?.tasks ?? [] where inScope.contains(report.key) && (wasComplete || answered.contains(report.key)) {
            reports[report.key] = report
        }
        self.reports = reports
        unplanned = existing?.unplanned ?? []
        step = groups.isEmpty ? .unplanned : .campaign(0)
    }

    /// The review as it stands: the tasks answered so far (in plan order), the unplanned work, and
    /// whether it is complete (the walk has ended, or it was complete before this correction).
    public var review: MonthlyReview {
        let ordered = ReviewScope.tasks(of: plan, month: month).compactMap { reports[$0.key] }
        return MonthlyReview(sessionID: sessionID, month: month, tasks: ordered, unplanned: unplanned,
                             complete: step == .finished || wasComplete)
    }

    /// Whether every question has been answered.
    public var isFinished: Bool { step == .finished }

    /// Hands one typed line to the current question; an empty line takes the Enter default.
    public mutating func answer(_ line: String) -> Result {
        let typed = AnswerText.trimmed(line)
        let before = step
        let result: Result
        switch step {
        case .campaign(let index): result = answerCampaign(index, typed)
        case .task(let group, let task): result = answerTask(group, task, typed)
        case .unplanned: result = answerUnplanned(typed)
        case .finished: result = .refused("The review is finished; there is nothing more to answer.")
        }
        if step != before { earlier.append(before) }
        return result
    }

    /// Goes back to the question answered before this one; its answer stays, as the Enter default.
    public mutating func back() -> Result {
        guard step != .finished, let previous = earlier.popLast() else {
            return .refused("This is the first question of the review: there is nothing to go back to.")
        }
        step = previous
        return .accepted("Back to the previous question; Enter keeps the answer given.")
    }

    /// Refuses a day a task cannot be moved to: one before the plan starts.
    func checkMove(_ outcome: MonthlyReview.Outcome) -> String? {
        guard case .moved(let day) = outcome, day < plan.start else { return nil }
        return "\(day.iso) is before the plan starts (\(plan.start.spoken)): type the day it is now due, such as \(today.endOfMonth.adding(days: 12).iso)."
    }

    /// The step after group `index`: the next group's line, or the unplanned question.
    func after(group index: Int) -> Step {
        index + 1 < groups.count ? .campaign(index + 1) : .unplanned
    }

    /// The report a task gets from `answer`: amounts typed, else the plan's (done, going) or none (moved, dropped).
    static func report(_ row: PlanRow, _ answer: ReviewAnswer) -> MonthlyReview.TaskReport {
        let planned: Bool
        switch answer.outcome {
        case .done, .going: planned = true
        case .moved, .dropped: planned = false
        }
        return MonthlyReview.TaskReport(key: row.key, outcome: answer.outcome,
                                        hours: answer.hours ?? (planned ? row.hours : 0),
                                        cost: answer.cost ?? (planned ? row.cost : 0))
    }

    mutating func answerCampaign(_ index: Int, _ typed: String) -> Result {
        let group = groups[index]
        if typed.isEmpty {
            let kept = group.tasks.filter { reports[$0.key] != nil }.count
            for row in group.tasks where reports[row.key] == nil { reports[row.key] = Self.report(row, ReviewAnswer(outcome: .done)) }
            step = after(group: index)
            let fresh = group.tasks.count - kept
            if kept == 0 { return .accepted(Self.count(fresh, "task") + " done as planned") }
            if fresh == 0 { return .accepted("Kept the " + Self.count(kept, "answer") + " given") }
            return .accepted("Kept the " + Self.count(kept, "answer") + " given; " + Self.count(fresh, "more task") + " done as planned")
        }
        switch ReviewAnswer.campaign(typed, currency: plan.currency, today: today, order: dateOrder) {
        case .failure(let problem): return .refused(problem.message)
        case .success(.taskByTask):
            step = .task(group: index, task: 0)
            return .accepted("")
        case .success(.all(let outcome)):
            if let problem = checkMove(outcome) { return .refused(problem) }
            for row in group.tasks { reports[row.key] = Self.report(row, ReviewAnswer(outcome: outcome)) }
            step = after(group: index)
            let all = group.tasks.count == 1 ? "The task" : "All \(group.tasks.count) tasks"
            return .accepted(all + " " + describe(MonthlyReview.TaskReport(key: "", outcome: outcome, hours: 0, cost: 0), amounts: false))
        }
    }

    mutating func answerTask(_ groupIndex: Int, _ taskIndex: Int, _ typed: String) -> Result {
        let row = groups[groupIndex].tasks[taskIndex]
        let report: MonthlyReview.TaskReport
        if typed.isEmpty {
            report = reports[row.key] ?? Self.report(row, ReviewAnswer(outcome: .done))
        } else {
            switch ReviewAnswer.task(typed, currency: plan.currency, today: today, order: dateOrder) {
            case .failure(let problem): return .refused(problem.message)
            case .success(let answer):
                if let problem = checkMove(answer.outcome) { return .refused(problem) }
                report = Self.report(row, answer)
            }
        }
        reports[row.key] = report
        let said = describe(report, amounts: true)
        step = taskIndex + 1 < groups[groupIndex].tasks.count ? .task(group: groupIndex, task: taskIndex + 1) : after(group: groupIndex)
        return .accepted(said.prefix(1).uppercased() + said.dropFirst())
    }

    mutating func answerUnplanned(_ typed: String) -> Result {
        if typed.isEmpty {
            step = .finished
            return .accepted("")
        }
        let words = typed.split(separator: " ")
        if words.count == 2, words[0].lowercased() == "remove" {
            guard let number = Int(words[1]), (1...max(unplanned.count, 1)).contains(number), !unplanned.isEmpty else {
                let range = unplanned.isEmpty ? "there is none recorded" : "type remove and a number from 1 to \(unplanned.count)"
                return .refused("\(AnswerText.quoted(typed)) names no unplanned work: \(range).")
            }
            let removed = unplanned.remove(at: number - 1)
            return .accepted("Removed: \(removed.what)")
        }
        switch ReviewAnswer.unplanned(typed, segments: plan.segments.map(\.name), currency: plan.currency) {
        case .failure(let problem): return .refused(problem.message)
        case .success(let work):
            unplanned.append(work)
            return .accepted(describe(work))
        }
    }
}
