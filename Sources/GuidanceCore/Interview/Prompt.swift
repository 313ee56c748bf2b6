import Foundation

/// What the shell shows for the question the session stands at.
public struct Prompt: Equatable, Sendable {
    /// The question's answer key.
    public var questionID: String
    /// The topic's index in the script, from 0.
    public var topicIndex: Int
    /// How many topics the script has.
    public var topicCount: Int
    /// The topic's id.
    public var topicID: String
    /// The topic's title.
    public var topicTitle: String
    /// The question in words, quoting earlier answers where the script says so.
    public var text: String
    /// The part being asked of a question answered in parts ("Dental practices", "Fundamentals item 2: What budget does it have?").
    public var part: String?
    /// The part's short name for the prompt line ("Dental practices", "Fundamentals item 2").
    public var partName: String?
    /// A line to show under the question: running total, re-check notice, assumption.
    public var note: String?
    /// What was typed so far of the record being added, to name it when the question is shown again
    /// part-way (on resuming, or after /back): "Internal change 1 so far: Jo leaves (from Wednesday 31 March 2027)."
    public var typedSoFar: String?
    /// What Enter on an empty line gives, in plain words.
    public var defaultAnswer: String?
    /// Help for `/help`.
    public var help: String
    /// A good answer.
    public var example: String
    /// Words Tab offers: options, segment names, stages.
    public var completions: [String]
    /// Whether this is the first question shown in its topic.
    public var startsTopic: Bool
    /// Whether this is one of last quarter's open actions, asked before the first topic.
    public var opensMeeting: Bool = false
}

/// What happened to a typed answer.
public enum AnswerOutcome: Equatable, Sendable {
    /// The question's answer was stored; `echo` says what was understood.
    case accepted(echo: String)
    /// One part of a question answered in parts was stored.
    case partAccepted(echo: String)
    /// The question was left unanswered (optional, or `/skip`).
    case skipped(String)
    /// The line was not accepted: what is wrong and what a good answer looks like.
    case refused(String)
}
