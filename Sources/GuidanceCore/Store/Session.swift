import Foundation

/// One stored guidance session: who it was with, when, and every answer with the time it was given.
public struct Session: Equatable, Sendable {
    /// In progress until the last question has been passed.
    public enum Status: String, Equatable, Sendable {
        /// Questions remain.
        case inProgress = "in_progress"
        /// The end of the script was reached.
        case complete
    }

    /// One stored answer.
    public struct Answer: Equatable, Sendable {
        /// The typed value (see the answers-file contract).
        public var value: JSONValue
        /// When it was given, ISO 8601 in UTC.
        public var at: String
        /// Whether an answer it depends on changed since, so it should be checked again.
        public var recheck: Bool

        /// An answer with every property given.
        public init(value: JSONValue, at: String, recheck: Bool = false) {
            self.value = value; self.at = at; self.recheck = recheck
        }
    }

    /// The current schema of session files.
    public static let schema = 1

    /// The session id, also the file name.
    public var id: String
    /// The script the session follows.
    public var scriptID: String
    /// The version of that script when the session started.
    public var scriptVersion: Int
    /// Director meeting or self-planning session.
    public var mode: SessionMode
    /// The day of the meeting; relative dates are resolved against it.
    public var meetingDate: CalendarDate
    /// When the session was created, ISO 8601 in UTC.
    public var startedAt: String
    /// When it was last saved, ISO 8601 in UTC.
    public var updatedAt: String
    /// In progress or complete.
    public var status: Status
    /// The session whose answers were carried forward, when there was one.
    public var previousID: String?
    /// Answers by question id, in the order they were first given.
    public var answers: [String: Answer]
    /// The order answers were first given in, for stable files.
    public var answerOrder: [String]
    /// Questions passed over with `/skip` or `/next`.
    public var skipped: [String]
    /// The question the session stands at, `nil` when finished.
    public var position: String?
    /// The parts typed so far of a question answered in parts (split, each, records).
    public var draft: JSONValue?
    /// Minutes actually spent per topic id, in a director meeting.
    public var minutes: [String: Decimal]

    /// A new, empty session.
    public init(id: String, script: Script, meetingDate: CalendarDate, now: String, previousID: String? = nil) {
        self.id = id; self.scriptID = script.id; self.scriptVersion = script.version; self.mode = script.mode
        self.meetingDate = meetingDate; self.startedAt = now; self.updatedAt = now; self.status = .inProgress
        self.previousID = previousID; self.answers = [:]; self.answerOrder = []; self.skipped = []
        self.position = script.topics.first?.questions.first?.id; self.draft = nil; self.minutes = [:]
    }

    /// The answer values alone, by question id.
    public var values: [String: JSONValue] { answers.mapValues(\.value) }

    /// Stores `value` for `key`, keeping the first-given order.
    public mutating func setAnswer(_ key: String, _ value: JSONValue, at time: String) {
        if answers[key] == nil { answerOrder.append(key) }
        answers[key] = Answer(value: value, at: time)
        skipped.removeAll { $0 == key }
    }

    /// Removes the answer for `key`.
    public mutating func removeAnswer(_ key: String) {
        answers[key] = nil
        answerOrder.removeAll { $0 == key }
    }

    /// The most minutes recorded for one topic (a working week): a shell left open for days stops counting there.
    public static let maximumMinutes: Decimal = 2400

    /// `minutes` kept within 0 and `maximumMinutes`.
    public static func minutesInRange(_ minutes: Decimal) -> Decimal {
        min(max(minutes, 0), maximumMinutes)
    }

    /// The total minutes spent so far.
    public var totalMinutes: Decimal { minutes.values.reduce(0, +) }
}
