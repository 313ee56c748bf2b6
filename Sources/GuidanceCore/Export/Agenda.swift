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
    /// The session last time's answers come from, when there is one.
    public var previousSessionID: String?
    /// The topics in order; their minutes total the meeting's length.
    public var topics: [Topic]
    /// Actions agreed last time, carried forward to check.
    public var openActions: [String]
    /// What changed between the last two sessions, when there are two.
    public var changes: [ChangeLine]

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
