import Foundation

/// A month's review in a few lines: hours planned and taken by segment, and what became of the tasks.
///
/// Planned hours are the marketing hours of the month's tasks (due or started in it); hours taken are those the
/// review gives its answered marketing tasks, plus the unplanned work, each under the segment it served
/// (Sales' and suppliers' tasks are reviewed but, as in the plan, not counted as the team's hours).
public struct ReviewSummary: Equatable, Sendable {
    /// One segment's hours.
    public struct Line: Equatable, Sendable {
        /// The segment, or empty for fundamentals and work for no segment.
        public var segment: String
        /// Hours the plan gave the month's tasks.
        public var planned: Decimal
        /// Hours the review says were taken (planned tasks and unplanned work).
        public var taken: Decimal
    }

    /// The segments of the plan in its order, then work for no segment when there is any.
    public var lines: [Line]
    /// The review summed up.
    public let review: MonthlyReview
    /// What "month N" means in this plan: "March 2027", or "8 Mar to 7 Apr 2027".
    public let monthLabel: String

    /// The summary of `review` against `plan`.
    public init(review: MonthlyReview, plan: Plan) {
        self.review = review
        monthLabel = ReviewScope.label(month: review.month, of: plan)
        // Marketing hours only, as the plan and `guidance status` count them: Sales' and suppliers' work is not the team's.
        let scope = ReviewScope.tasks(of: plan, month: review.month).filter(\.isMarketing)
        let segmentOf = Dictionary(scope.map { ($0.key, $0.segment) }, uniquingKeysWith: { first, _ in first })
        var planned: [String: Decimal] = [:], taken: [String: Decimal] = [:]
        for row in scope { planned[row.segment, default: 0] += row.hours }
        for report in review.tasks { if let segment = segmentOf[report.key] { taken[segment, default: 0] += report.hours } }
        for work in review.unplanned { taken[work.segment, default: 0] += work.hours }
        var names = plan.segments.map(\.name)
        if planned[""] != nil || taken[""] != nil { names.append("") }
        lines = names.map { Line(segment: $0, planned: planned[$0] ?? 0, taken: taken[$0] ?? 0) }
    }

    /// The summary as lines of text: a heading, a table of hours by segment with the total, and the tasks counted.
    public var text: [String] {
        var rows = lines.map { line in
            [line.segment.isEmpty ? "No segment (fundamentals)" : line.segment,
             "\(PlanSummary.hours(line.planned)) h planned", "\(PlanSummary.hours(line.taken)) h taken"]
        }
        rows.append(["Total", "\(PlanSummary.hours(plannedTotal)) h planned", "\(PlanSummary.hours(takenTotal)) h taken"])
        return ["Month \(review.month) (\(monthLabel)): hours planned and taken"]
            + PlanSummary.table(rows, rightAligned: [1, 2]).map { "  " + $0 }
            + [tasksLine]
    }

    /// "12 tasks: 9 done, 1 moved, 1 dropped, 1 going; unplanned work 12 h."
    public var tasksLine: String {
        let count = review.tasks.count
        let tally = ReviewWalk.tally(review.tasks)
        let unplannedHours = review.unplanned.reduce(Decimal(0)) { $0 + $1.hours }
        let unplanned = review.unplanned.isEmpty ? "no unplanned work" : "unplanned work \(PlanSummary.hours(unplannedHours)) h"
        return "\(ReviewWalk.count(count, "task"))\(tally.isEmpty ? "" : ": " + tally); \(unplanned)."
    }

    /// The line `guidance review --answers` prints: "Stored the review of month 1 (March 2027) of session ID: 12 tasks: ...".
    public var storedLine: String {
        "Stored the review of month \(review.month) (\(monthLabel)) of session \(review.sessionID): \(tasksLine.dropLast()); "
            + "\(PlanSummary.hours(takenTotal)) h taken against \(PlanSummary.hours(plannedTotal)) h planned."
    }

    /// Hours planned for the month's tasks.
    public var plannedTotal: Decimal { lines.reduce(0) { $0 + $1.planned } }
    /// Hours taken, planned tasks and unplanned work.
    public var takenTotal: Decimal { lines.reduce(0) { $0 + $1.taken } }
}
