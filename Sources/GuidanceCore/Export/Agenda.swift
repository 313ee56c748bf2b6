import Foundation

/// The agenda of a guidance session, sent to the director before the meeting.
public struct Agenda: Equatable, Sendable {
    /// One topic with its timebox and questions.
    public struct Topic: Equatable, Sendable {
        /// The topic's title.
        public var title: String
        /// Its timebox in minutes.
        public var minutes: Int
        /// What the topic is for.
        public var intro: String
        /// The questions in plain words, each with last time's answer when there is one.
        public var questions: [Question]
    }

    /// One question of the agenda.
    public struct Question: Equatable, Sendable {
        /// The question as it will be asked (the carry-forward wording when there is a last answer).
        public var text: String
        /// Last time's answer in plain words, when there is one.
        public var lastAnswer: String?
    }

    /// "Strategic Guidance meeting" or "Self-planning session".
    public var title: String
    /// Director meeting or self-planning session.
    public var mode: SessionMode
    /// The day of the meeting, when known.
    public var meetingDate: CalendarDate?
    /// The time it starts, in minutes after midnight, when known.
    public var meetingMinute: Int? = nil
    /// The session last time's answers come from, when there is one (for the program: the agenda never shows it).
    public var previousSessionID: String?
    /// The topics in order; their minutes total the meeting's length.
    public var topics: [Topic]
    /// Actions agreed last time, carried forward to check.
    public var openActions: [String]
    /// What changed between the last two sessions, when there are two.
    public var changes: [ChangeLine]
    /// What happened since the last session, by its plan: `nil` for a first meeting.
    public var sinceLastTime: SinceLastTime? = nil
    /// A few points for the director to think about before the meeting.
    public var thinkAbout: [String] = []

    /// What the last session's plan had due by the meeting, and what it still waits for.
    public struct SinceLastTime: Equatable, Sendable {
        /// The day of the last session.
        public var lastMeeting: CalendarDate
        /// The day the plan's work is counted to: the meeting's day, or the last plan's next meeting.
        public var dueBy: CalendarDate?
        /// Campaigns live, sales material and fundamentals the plan had due by `dueBy`, in words, by date.
        public var due: [String]
        /// The decisions the last plan asked the director for.
        public var decisions: [String]
        /// Whether the last session was a self-planning session (its answers were assumptions to confirm).
        public var selfPlanning: Bool = false
        /// The months of the last plan that were reviewed, in words ("March and April 2027"), when any was.
        public var reviewed: String? = nil
        /// From the reviews: each segment's actual share of the hours against the directed one, warnings first.
        public var actualSplit: [String] = []
        /// From the reviews: the campaigns that went live and the sales material delivered.
        public var delivered: [String] = []
        /// From the reviews: what slipped (moved or dropped) and why, and the work no plan had.
        public var slipped: [String] = []

        /// A value with every property given.
        public init(lastMeeting: CalendarDate, dueBy: CalendarDate?, due: [String], decisions: [String], selfPlanning: Bool = false) {
            self.lastMeeting = lastMeeting; self.dueBy = dueBy; self.due = due; self.decisions = decisions
            self.selfPlanning = selfPlanning
        }
    }

    /// The meeting's length: the topics' minutes together.
    public var minutes: Int { topics.reduce(0) { $0 + $1.minutes } }
}

/// One thing that changed since last time, side by side.
public struct ChangeLine: Equatable, Sendable {
    /// What it is: "Growth segment", "Focus split", "Role of Retail"...
    public var what: String
    /// Last time's value in words ("none" when new).
    public var before: String
    /// This time's value in words ("none" when gone).
    public var now: String
}
