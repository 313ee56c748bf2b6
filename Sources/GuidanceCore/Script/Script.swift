import Foundation

/// Who the session is with: the director, or the marketer alone.
public enum SessionMode: String, Equatable, Sendable, CaseIterable {
    /// A Strategic Guidance meeting with the director; the meeting has a clock.
    case director
    /// A self-planning session: every answer is an assumption to confirm.
    case selfPlanning = "self"
}

/// A prompt script: the topics and questions of one kind of session, loaded from `prompts/`.
public struct Script: Equatable, Sendable {
    /// The script id (`director`, `self`), stored with each session.
    public var id: String
    /// Raised when the questions change in a way stored sessions should know about.
    public var version: Int
    /// The title shown at the start, such as "Strategic Guidance meeting".
    public var title: String
    /// Director meeting or self-planning session.
    public var mode: SessionMode
    /// A few sentences shown when the session starts.
    public var intro: String
    /// The topics in the order they are covered.
    public var topics: [Topic]

    /// A script with every property given.
    public init(id: String, version: Int, title: String, mode: SessionMode, intro: String, topics: [Topic]) {
        self.id = id; self.version = version; self.title = title; self.mode = mode
        self.intro = intro; self.topics = topics
    }

    /// The whole timebox: the sum of the topics' minutes.
    public var minutes: Int { topics.reduce(0) { $0 + $1.minutes } }

    /// Every question in order, with the index of its topic.
    public var questions: [(topic: Int, question: Question)] {
        // One array made to size (flatMap over the topics made one more array a topic; 70,000 instructions at a start).
        var list: [(topic: Int, question: Question)] = []
        list.reserveCapacity(topics.reduce(0) { $0 + $1.questions.count })
        for (index, topic) in topics.enumerated() {
            for question in topic.questions { list.append((index, question)) }
        }
        return list
    }

    /// The question with this id.
    public func question(_ id: String) -> Question? {
        for topic in topics { if let q = topic.questions.first(where: { $0.id == id }) { return q } }
        return nil
    }

    /// The index of the topic holding the question with this id.
    public func topicIndex(ofQuestion id: String) -> Int? {
        topics.firstIndex { $0.questions.contains { $0.id == id } }
    }
}

/// One topic of the meeting, with its timebox.
public struct Topic: Equatable, Sendable {
    /// A short id used by `/goto`.
    public var id: String
    /// The title shown in the prompt line.
    public var title: String
    /// The minutes this topic is given in a director meeting.
    public var minutes: Int
    /// What the topic is for, shown when it starts.
    public var intro: String
    /// The questions in order.
    public var questions: [Question]

    /// A topic with every property given.
    public init(id: String, title: String, minutes: Int, intro: String, questions: [Question]) {
        self.id = id; self.title = title; self.minutes = minutes; self.intro = intro; self.questions = questions
    }
}

/// One question: its key in the answers file, its wording, its answer type and its help.
public struct Question: Equatable, Sendable {
    /// The answer key (see the answers-file contract).
    public var id: String
    /// The question as asked the first time; may quote earlier answers (`{{answers.segments}}`).
    public var ask: String
    /// The question as asked when last session's answer is the default (`{{previous.growth_segment}}`).
    public var again: String?
    /// The kind of answer and its rules.
    public var type: AnswerType
    /// Plain-words help for `/help`.
    public var help: String
    /// A good answer, shown with the help.
    public var example: String
    /// The answer used when Enter is pressed and there is no earlier answer.
    public var defaultValue: JSONValue?
    /// When the question is asked; always when `nil`.
    public var when: Condition?
    /// Whether Enter on an empty line may leave it unanswered.
    public var optional: Bool
    /// How last session's answer becomes this session's default.
    public var carry: Carry
    /// Whose answer it is: everyone's (the director's agenda asks it), or the marketer's own (kept off the agenda).
    public var audience: Audience = .everyone

    /// Who a question is for: the `"for"` key of a script question.
    public enum Audience: String, Equatable, Sendable, CaseIterable {
        /// Asked in the meeting and shown on the director's agenda (the default).
        case everyone
        /// The marketer's own fact (currency, hours a week, holidays): asked in the shell, left off the director's agenda.
        case marketer
    }

    /// How last session's answer is offered again.
    public enum Carry: String, Equatable, Sendable {
        /// As it was ("keep": the default).
        case keep
        /// Not at all: each session answers afresh (actions, for example).
        case none
        /// A date moved on by three months: the next plan starts a quarter later.
        case threeMonthsLater = "three_months_later"
        /// As it was in the latest session that answered it, of either script (the marketer's name):
        /// asked once, then offered every time.
        case latest
    }

    /// A question with every property given.
    public init(id: String, ask: String, again: String? = nil, type: AnswerType, help: String, example: String,
                defaultValue: JSONValue? = nil, when: Condition? = nil, optional: Bool = false, carry: Carry = .keep,
                audience: Audience = .everyone) {
        self.id = id; self.ask = ask; self.again = again; self.type = type; self.help = help
        self.example = example; self.defaultValue = defaultValue; self.when = when; self.optional = optional
        self.carry = carry; self.audience = audience
    }

    /// Last session's answer as this session's default, following `carry`.
    public func carried(_ previous: JSONValue?) -> JSONValue? {
        guard let previous else { return nil }
        switch carry {
        case .keep, .latest: return previous
        case .none: return nil
        case .threeMonthsLater:
            guard let date = previous.stringValue.flatMap(CalendarDate.init(iso:)) else { return nil }
            return .string(date.adding(months: 3).iso)
        }
    }

    /// Question ids this question reads: its options, its items, its condition and its templates.
    public var dependencies: Set<String> {
        var keys = Set(type.sources)
        if let when { keys.insert(when.key) }
        keys.formUnion(Template.answerKeys(in: ask))
        return keys
    }
}
