import Foundation

/// One line typed at the monthly review, read: what happened to a task, and what it took.
///
/// A task's answer is a word, then what goes with it: `done`, `going` (each optionally with the hours and
/// money it really took, `done 6h £300`), `moved DATE` (`moved 2027-04-12`, `moved to next friday`,
/// `moved 12 April 2h`) or `dropped REASON`. Hours carry a unit (`6h`, `6.5 hours`); money a currency
/// sign or code (`£300`, `300 GBP`), so neither is taken for the other. A campaign's line takes the same
/// words for all its tasks at once, without amounts, or `t` to answer task by task.
public struct ReviewAnswer: Equatable, Sendable {
    /// What happened.
    public var outcome: MonthlyReview.Outcome
    /// The hours typed, when typed.
    public var hours: Decimal?
    /// The money typed, when typed.
    public var cost: Decimal?

    /// An answer of `outcome` with the amounts typed.
    public init(outcome: MonthlyReview.Outcome, hours: Decimal? = nil, cost: Decimal? = nil) {
        self.outcome = outcome
        self.hours = hours
        self.cost = cost
    }

    /// The words that start an answer, as Tab offers them.
    public static let words = ["done", "moved", "dropped", "going"]

    /// What to type at a task, for the prompt and every refusal: "done 6h £300 / moved 2027-04-12 / dropped REASON / going".
    public static func choices(currency: String, example day: CalendarDate) -> String {
        "done 6h \(mark(currency))300 / moved \(day.iso) / dropped REASON / going"
    }

    /// The money sign of a currency ("£" for GBP), or its code and a space.
    static func mark(_ currency: String) -> String {
        switch currency.uppercased() {
        case "GBP": "£"
        case "USD": "$"
        case "EUR": "€"
        case "": ""
        default: currency.uppercased() + " "
        }
    }

    /// Reads a task's answer (not empty: Enter is the caller's), with relative dates counted from `today` and
    /// slashed dates read in `order`.
    public static func task(_ line: String, currency: String, today: CalendarDate,
                            order: DateOrder = .dmy) -> Result<ReviewAnswer, AnswerProblem> {
        let words = line.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let choices = Self.choices(currency: currency, example: today.endOfMonth.adding(days: 12))
        guard let first = words.first else { return .failure(AnswerProblem("Nothing was typed: type \(choices).")) }
        let rest = Array(words.dropFirst())
        switch first.lowercased() {
        case "done", "going":
            let amounts: (hours: Decimal?, cost: Decimal?)
            switch Self.amounts(rest, currency: currency) {
            case .success(let read): amounts = read
            case .failure(let problem): return .failure(problem)
            }
            let outcome: MonthlyReview.Outcome = first.lowercased() == "done" ? .done : .going
            return .success(ReviewAnswer(outcome: outcome, hours: amounts.hours, cost: amounts.cost))
        case "moved", "move":
            var dateWords = rest.first?.lowercased() == "to" ? Array(rest.dropFirst()) : rest
            var tail: [String] = []
            while let last = dateWords.last, Self.isAmount(last, before: dateWords.dropLast().last) {
                tail.insert(last, at: 0)
                dateWords.removeLast()
                if Self.isUnit(last), let number = dateWords.last { tail.insert(number, at: 0); dateWords.removeLast() }
            }
            guard !dateWords.isEmpty else {
                return .failure(AnswerProblem("Say the new due day after moved, such as: moved \(today.endOfMonth.adding(days: 12).iso)."))
            }
            let day: CalendarDate
            switch DateParser.date(dateWords.joined(separator: " "), relativeTo: today, order: order) {
            case .success(let read): day = read
            case .failure(let problem): return .failure(problem)
            }
            switch Self.amounts(tail, currency: currency) {
            case .success(let read): return .success(ReviewAnswer(outcome: .moved(to: day), hours: read.hours, cost: read.cost))
            case .failure(let problem): return .failure(problem)
            }
        case "dropped", "drop":
            let reason = rest.joined(separator: " ")
            guard !reason.isEmpty else {
                return .failure(AnswerProblem("Say why it was dropped after the word, such as: dropped Sales were at the show."))
            }
            switch ScalarParser.oneLine(reason, example: "dropped Sales were at the show", what: "the reason") {
            case .success(let text): return .success(ReviewAnswer(outcome: .dropped(reason: text)))
            case .failure(let problem): return .failure(problem)
            }
        default:
            return .failure(AnswerProblem("\(AnswerText.quoted(first)) is not an answer here: press Enter for done as planned, or type \(choices)."))
        }
    }

    /// Hours and money typed after the word: each at most once, each with its unit or currency.
    static func amounts(_ words: [String], currency: String) -> Result<(hours: Decimal?, cost: Decimal?), AnswerProblem> {
        var hours: Decimal?, cost: Decimal?
        var index = 0
        let sample = "such as done 6h \(mark(currency))300"
        while index < words.count {
            var token = words[index]
            if index + 1 < words.count, isUnit(words[index + 1]), NumberParser.literal(Substring(token)) != nil {
                token += words[index + 1]
                index += 1
            } else if index + 1 < words.count, MoneyParser.trailingCode(Substring(words[index + 1])) != nil,
                      words[index + 1].count == 3, NumberParser.literal(Substring(token)) != nil {
                token += " " + words[index + 1]
                index += 1
            }
            index += 1
            let quoted = AnswerText.quoted(token)
            if isHours(token) {
                guard hours == nil else { return .failure(AnswerProblem("\(quoted) gives the hours a second time: give them once, \(sample).")) }
                switch NumberParser.number(token, min: 0, max: nil, wholeOnly: false, unit: "hours") {
                case .success(let value): hours = value
                case .failure(let problem): return .failure(problem)
                }
            } else if NumberParser.literal(Substring(token)) != nil {
                return .failure(AnswerProblem("\(quoted) does not say whether it is hours or money: type \(token)h for hours or \(mark(currency))\(token) for money."))
            } else {
                guard cost == nil else { return .failure(AnswerProblem("\(quoted) gives the cost a second time: give it once, \(sample).")) }
                switch MoneyParser.money(token) {
                case .success(let value): cost = value
                case .failure(let problem): return .failure(problem)
                }
            }
        }
        return .success((hours, cost))
    }

    /// Whether `word` is an hours unit on its own: "h", "hours", "hrs".
    static func isUnit(_ word: String) -> Bool { NumberParser.suffixes(for: "hours").contains(word.lowercased()) }

    /// Whether `token` is a number of hours with its unit joined: "6h", "6.5hours".
    static func isHours(_ token: String) -> Bool {
        let lower = token.lowercased()
        for ending in NumberParser.suffixes(for: "hours") where lower.hasSuffix(ending) {
            return NumberParser.literal(Substring(lower.dropLast(ending.count))) != nil
        }
        return false
    }

    /// Whether the last word of a moved answer is an amount and not part of its date ("2h", "£40", "h" after a number).
    static func isAmount(_ word: String, before: String?) -> Bool {
        if isHours(word) { return true }
        if isUnit(word) { return before.map { NumberParser.literal(Substring($0)) != nil } ?? false }
        guard let first = word.first, "£$€".contains(first) else { return false }
        return true
    }
}
