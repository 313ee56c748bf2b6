import Foundation

/// What really happened in one month of a plan, as the marketer tells it at the monthly review.
///
/// A review belongs to one session's plan and one of its three months. Each task of the plan that
/// was due or started in the month gets an outcome (done, moved to a new day, dropped with a reason,
/// or still going) with the hours and money it really took; work nobody planned is recorded too,
/// with its segment, because that is where hours go missing. Tasks are named by their stable
/// plan key (`PlanRow.key`), so a review survives a re-plan of the weeks left.
public struct MonthlyReview: Equatable, Sendable {
    /// The format name written at the top of a review file.
    public static let format = "guidance-review/1"

    /// What happened to one planned task.
    public enum Outcome: Equatable, Sendable {
        /// Done (as planned unless hours or cost say otherwise).
        case done
        /// Moved to a new due day.
        case moved(to: CalendarDate)
        /// Dropped, with the reason.
        case dropped(reason: String)
        /// Started and still going at the review.
        case going

        /// The outcome's name in the file: done, moved, dropped or going.
        public var name: String {
            switch self {
            case .done: "done"
            case .moved: "moved"
            case .dropped: "dropped"
            case .going: "going"
            }
        }
    }

    /// One planned task as reviewed.
    public struct TaskReport: Equatable, Sendable {
        /// The task's stable key in the plan (`PlanRow.key`).
        public var key: String
        /// What happened to it.
        public var outcome: Outcome
        /// Marketing hours it really took this month (the planned hours when not said).
        public var hours: Decimal
        /// What it really cost this month.
        public var cost: Decimal

        /// A report of `outcome` with the hours and cost it took.
        public init(key: String, outcome: Outcome, hours: Decimal, cost: Decimal) {
            self.key = key
            self.outcome = outcome
            self.hours = hours
            self.cost = cost
        }
    }

    /// Work that took time although no plan had it.
    public struct UnplannedWork: Equatable, Sendable {
        /// What it was, as typed.
        public var what: String
        /// The segment it served, or empty when it served none in particular.
        public var segment: String
        /// Marketing hours it took.
        public var hours: Decimal
        /// What it cost.
        public var cost: Decimal

        /// Unplanned work of `hours` for `segment`.
        public init(what: String, segment: String, hours: Decimal, cost: Decimal = 0) {
            self.what = what
            self.segment = segment
            self.hours = hours
            self.cost = cost
        }
    }

    /// The session whose plan is reviewed.
    public var sessionID: String
    /// The month of the plan (1, 2 or 3).
    public var month: Int
    /// The planned tasks of the month, as reviewed, in plan order.
    public var tasks: [TaskReport]
    /// Work done that no plan had.
    public var unplanned: [UnplannedWork]
    /// Whether every task of the month has been answered.
    public var complete: Bool

    /// A review of `month` of `sessionID`'s plan.
    public init(sessionID: String, month: Int, tasks: [TaskReport] = [], unplanned: [UnplannedWork] = [], complete: Bool = false) {
        self.sessionID = sessionID
        self.month = month
        self.tasks = tasks
        self.unplanned = unplanned
        self.complete = complete
    }

    /// The report of the task `key`, when it has one.
    public func report(_ key: String) -> TaskReport? { tasks.first { $0.key == key } }

    /// The file name of the review of `month` of session `sessionID`, beside the session's own file.
    ///
    /// It holds JSON but does not end in `.json`, so the session list never takes it for a session
    /// (like the calendar record, `ID.calendar-state`).
    public static func fileName(sessionID: String, month: Int) -> String { "\(sessionID).review-\(month)" }
}
