import Foundation

/// Where a choice question takes its options from.
public enum OptionSource: Equatable, Sendable {
    /// A fixed list written in the script.
    case fixed([String])
    /// A fixed list of short codes, each with a name in plain words that may be typed instead
    /// (`"options": ["GB-EAW", ...], "option_names": {"GB-EAW": "England and Wales"}`).
    case labelled([String], names: [String: String])
    /// The answer to another question (a list, such as the segments).
    case answer(String)
    /// The names in another question's per-item answer whose value is `value`
    /// (`"options_from": "roles", "options_with": "grow"`: the segments whose role is grow).
    case answerWith(String, value: String)

    /// The question id the options come from, `nil` for fixed options.
    public var questionID: String? {
        switch self {
        case .fixed, .labelled: nil
        case .answer(let key), .answerWith(let key, _): key
        }
    }

    /// The key of the options in `AnswerContext.items`, `nil` for fixed options.
    public var itemKey: String? {
        switch self {
        case .fixed, .labelled: nil
        case .answer(let key): key
        case .answerWith(let key, let value): Self.itemKey(key, with: value)
        }
    }

    /// The key under which the names of `key`'s answer whose value is `value` are kept: `roles|with:grow`.
    public static func itemKey(_ key: String, with value: String) -> String { "\(key)|with:\(value)" }
}

/// The kind of answer a question takes, and the rules it is checked against.
public indirect enum AnswerType: Equatable, Sendable {
    /// One line of free text.
    case text
    /// Several short items on one line, split on any of `separators`.
    case list(separators: String)
    /// Exactly one of the options.
    case choice(OptionSource)
    /// Any number of the options (none means "all" where the script says so).
    case choices(OptionSource)
    /// Yes or no.
    case yesNo
    /// A number within optional bounds.
    case number(min: Decimal?, max: Decimal?, whole: Bool, unit: String?)
    /// A whole percentage 0-100.
    case percent
    /// An amount of money in the session's currency.
    case money
    /// A calendar date; simple forms such as "next monday" are resolved against the meeting date.
    case date
    /// An end date that may be open: a date, or "permanent", "ongoing" or "no end" (stored as `null`).
    case endDate
    /// Any number of dates on one line (none at all is an empty list).
    case dates
    /// A person: a name and an optional email address, stored as `{"name": ..., "email": ...}`.
    case person
    /// A month of the plan: 1, 2 or 3.
    case month
    /// Whole percentages per item of another answer's list, totalling exactly 100.
    case split(over: String)
    /// One answer of type `item` per element of another answer's list.
    case each(over: String, item: AnswerType, optionalItems: Bool)
    /// Repeated records, each answering the same sub-questions.
    case records(fields: [Field])

    /// A sub-question of a record.
    public struct Field: Equatable, Sendable {
        /// The key of this field inside each record.
        public var id: String
        /// The question as asked.
        public var ask: String
        /// The kind of answer it takes (never records, split or each).
        public var type: AnswerType
        /// Plain-words help for `/help`.
        public var help: String
        /// A good answer.
        public var example: String
        /// Whether Enter on an empty line leaves it out.
        public var optional: Bool
        /// The answer used when Enter is pressed on an empty line.
        public var defaultValue: JSONValue?

        /// Whether `null` is an answer of this field (an end date left open) rather than a blank.
        public var keepsNull: Bool { type == .endDate }

        /// A field with every property given.
        public init(id: String, ask: String, type: AnswerType, help: String, example: String,
                    optional: Bool = false, defaultValue: JSONValue? = nil) {
            self.id = id; self.ask = ask; self.type = type; self.help = help
            self.example = example; self.optional = optional; self.defaultValue = defaultValue
        }
    }

    /// The name of the type as written in a script.
    public var name: String {
        switch self {
        case .text: "text"
        case .list: "list"
        case .choice: "choice"
        case .choices: "choices"
        case .yesNo: "yesno"
        case .number: "number"
        case .percent: "percent"
        case .money: "money"
        case .date: "date"
        case .endDate: "end_date"
        case .dates: "dates"
        case .person: "person"
        case .month: "month"
        case .split: "split"
        case .each: "each"
        case .records: "records"
        }
    }

    /// Question ids this type reads its options or items from.
    public var sources: [String] {
        switch self {
        case .choice(let source), .choices(let source): source.questionID.map { [$0] } ?? []
        case .split(let key): [key]
        case .each(let key, let item, _): [key] + item.sources
        case .records(let fields): fields.flatMap(\.type.sources)
        default: []
        }
    }

    /// The keys in `AnswerContext.items` this type reads: `sources`, with a filtered option source
    /// named by its filter (`roles|with:grow`).
    public var itemKeys: [String] {
        switch self {
        case .choice(let source), .choices(let source): source.itemKey.map { [$0] } ?? []
        case .split(let key): [key]
        case .each(let key, let item, _): [key] + item.itemKeys
        case .records(let fields): fields.flatMap(\.type.itemKeys)
        default: []
        }
    }

    /// Whether one answer is made of several parts asked one at a time.
    public var isCompound: Bool {
        switch self {
        case .split, .each, .records: true
        default: false
        }
    }
}
