import Foundation

/// Strict parsers that turn one typed line into a typed answer value, or say why the line is refused.
///
/// Every function is pure: no printing, no clock (dates take the meeting day). Refusals are
/// `AnswerProblem`s whose message quotes what was typed, says what is wrong and gives a good example.
public enum ScalarParser {
    /// The longest free-text answer, in characters.
    public static let maxTextLength = AnswerRules.maximumLength

    /// Free text: trimmed, not empty, one line, at most 2000 characters.
    public static func text(_ input: String) -> Result<String, AnswerProblem> {
        oneLine(input, example: "\"Grow our share of dental practices\"", what: "a few words")
    }

    /// Items split on any character of `separators`, trimmed, empty items dropped; refuses an empty list or a repeated item.
    ///
    /// Repeats are found ignoring case and extra spaces, and the message names the repeated item.
    public static func list(_ input: String, separators: String = ",;") -> Result<[String], AnswerProblem> {
        let separator = separators.first.map { $0 == " " ? " " : "\($0) " } ?? ", "
        let sample = ["Dental practices", "Retail", "Legal"].joined(separator: separator)
        let name = separator == ", " ? "commas" : separator == " " ? "spaces"
            : "\"\(separator.trimmedOfWhitespace())\""
        let line: String
        switch oneLine(input, example: "\"\(sample)\"", what: "one or more items separated by \(name)") {
        case .success(let text): line = text
        case .failure(let problem): return .failure(problem)
        }
        let items = line.split(whereSeparator: { separators.contains($0) })
            .map { AnswerText.trimmed(String($0)) }.filter { !$0.isEmpty }
        guard !items.isEmpty else {
            return .failure(AnswerProblem(
                "\(AnswerText.quoted(line)) has no items in it: type one or more items separated by \(name), such as \"\(sample)\"."))
        }
        if items.count > AnswerRules.maximumItems {
            return .failure(AnswerProblem(
                "That is \(items.count) items: a list keeps at most \(AnswerRules.maximumItems); name the main ones, such as \"\(sample)\"."))
        }
        var seen = Set<String>()
        for item in items where !seen.insert(AnswerText.key(item)).inserted {
            let once = NameMatcher.unique(items).joined(separator: separator)
            return .failure(AnswerProblem(
                "\(AnswerText.quoted(item)) is in the list twice: name each item once, such as \"\(once)\"."))
        }
        return .success(items)
    }

    /// Yes or no: `y`, `yes`, `true`, `approved`, `agreed` or `n`, `no`, `false`, `not approved`, `not agreed`, `rejected`.
    public static func yesNo(_ input: String) -> Result<Bool, AnswerProblem> {
        let key = AnswerText.key(input)
        let yes: Set<String> = ["y", "yes", "true", "approved", "agreed"]
        let no: Set<String> = ["n", "no", "false", "not approved", "not agreed", "rejected"]
        if yes.contains(key) { return .success(true) }
        if no.contains(key) { return .success(false) }
        if key.isEmpty { return .failure(AnswerProblem("Nothing was typed: type yes or no.")) }
        return .failure(AnswerProblem("\(AnswerText.quoted(input)) is not a yes or no answer: type yes or no."))
    }

    /// A number such as "30", "30.5" or "-50", with an optional unit ("-50%", "30 hours", "30h"), range-checked.
    ///
    /// The unit may follow the number when `unit` is given: "%" (also "percent"), "hours" (also "h", "hr", "hrs"),
    /// "days" ("d"), "weeks" ("w", "wk"), or the unit's own name and its singular.
    public static func number(_ input: String, min: Decimal?, max: Decimal?, wholeOnly: Bool,
                              unit: String?) -> Result<Decimal, AnswerProblem> {
        NumberParser.number(input, min: min, max: max, wholeOnly: wholeOnly, unit: unit)
    }

    /// A whole percentage from 0 to 100: "50" or "50%".
    public static func percent(_ input: String) -> Result<Int, AnswerProblem> {
        NumberParser.number(input, min: 0, max: 100, wholeOnly: true, unit: "%").flatMap { value in
            guard let whole = AnswerText.int(value) else {
                return .failure(AnswerProblem("\(AnswerText.quoted(input)) is not a whole number: type it without decimals, such as 30%."))
            }
            return .success(whole)
        }
    }

    /// An amount of money, strictly: "12000", "12,000.50", "£12,000", "12000 GBP", "12.5k"; never negative.
    ///
    /// Only `.` is a decimal point and `,` only separates thousands (groups of three digits),
    /// so "€1.200" and "12,00" are refused rather than guessed.
    public static func money(_ input: String) -> Result<Decimal, AnswerProblem> {
        MoneyParser.money(input)
    }

    /// A month of the plan, 1, 2 or 3: "2", "month 2", "m2", "two", "second", or its name ("May") when
    /// `planStart` is known (see `PlanMonthName`).
    public static func month(_ input: String, planStart: CalendarDate? = nil) -> Result<Int, AnswerProblem> {
        let rule = "the plan runs for three months, so type 1, 2 or 3 (for example 2 for its second month)"
        var key = AnswerText.key(input)
        if key.isEmpty { return .failure(AnswerProblem("Nothing was typed: \(rule).")) }
        let values = ["1": 1, "one": 1, "first": 1, "1st": 1, "2": 2, "two": 2, "second": 2, "2nd": 2,
                      "3": 3, "three": 3, "third": 3, "3rd": 3]
        if key.hasPrefix("the ") { key = String(key.dropFirst(4)) }
        if let named = PlanMonthName.month(key, typed: input, planStart: planStart) { return named }
        for affix in ["month ", "month", "m ", "m"] where key.hasPrefix(affix) {
            key = String(key.dropFirst(affix.count))
            break
        }
        if key.hasSuffix(" month") { key = String(key.dropLast(6)) }
        if let value = values[key] { return .success(value) }
        return .failure(AnswerProblem("\(AnswerText.quoted(input)) is not a month of the plan: \(rule)."))
    }

    /// A calendar date, typed strictly or in plain words relative to the meeting day `today`.
    ///
    /// See `DateParser` for every form; "monday" and "next monday" both mean the first Monday
    /// strictly after today.
    public static func date(_ input: String, relativeTo today: CalendarDate, order: DateOrder = .dmy) -> Result<CalendarDate, AnswerProblem> {
        DateParser.date(input, relativeTo: today, order: order)
    }

    /// A date given on the command line after `flag` (such as `--date`), read like a date answer with `order`.
    ///
    /// A refusal names the flag and the text as given ("--date 31/2/2027 is not a real date: ..."), so a very
    /// long argument is shortened where the message is printed, like any other.
    public static func flagDate(_ text: String, flag: String, relativeTo today: CalendarDate,
                                order: DateOrder) -> Result<CalendarDate, AnswerProblem> {
        DateListParser.checkedDate(text, relativeTo: today, order: order).mapError { problem in
            let quoted = AnswerText.quoted(AnswerText.trimmed(text))
            guard problem.message.hasPrefix(quoted) else { return AnswerProblem("\(flag): \(problem.message)") }
            return AnswerProblem("\(flag) \(text)" + problem.message.dropFirst(quoted.count))
        }
    }

    /// Several dates separated by commas or semicolons, each read like `date`; "none" is no dates.
    public static func dates(_ input: String, relativeTo today: CalendarDate, order: DateOrder = .dmy) -> Result<[CalendarDate], AnswerProblem> {
        DateListParser.dates(input, relativeTo: today, order: order)
    }

    /// An end date, or `nil` when it is left open ("permanent", "ongoing", "no end").
    public static func endDate(_ input: String, relativeTo today: CalendarDate, order: DateOrder = .dmy) -> Result<CalendarDate?, AnswerProblem> {
        DateListParser.endDate(input, relativeTo: today, order: order)
    }

    /// A person: a name with an optional email ("Sam Patel <sam@example.com>", "Sam Patel, sam@example.com",
    /// "Sam Patel"), as `{"name": ..., "email": ...}`.
    public static func person(_ input: String) -> Result<JSONValue, AnswerProblem> {
        PersonParser.person(input)
    }

    /// One of `options`, returned as spelled there; matched like `NameMatcher` (exact, then prefix, then word prefix).
    public static func choice(_ input: String, options: [String], noun: String = "option") -> Result<String, AnswerProblem> {
        NameMatcher.match(input, among: options, noun: noun)
    }

    /// Some of `options`, comma-separated, each matched like `choice`; "all" is every option, "none" or "-" none.
    ///
    /// An option spelled exactly like the whole line wins over "all" and "none". A repeated option is
    /// refused. The result follows the order of `options`.
    public static func choices(_ input: String, options: [String], noun: String = "option") -> Result<[String], AnswerProblem> {
        let key = AnswerText.key(input)
        let plural = AnswerText.plural(noun)
        let howTo = "type one or more of \(AnswerText.orList(NameMatcher.unique(options))) separated by commas, or \"all\" or \"none\""
        if key.isEmpty { return .failure(AnswerProblem("Nothing was typed: \(howTo).")) }
        if let exact = options.first(where: { AnswerText.key($0) == key }) { return .success([exact]) }
        if key == "all" { return .success(NameMatcher.unique(options)) }
        if key == "none" || key == "-" { return .success([]) }
        let items = input.split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { AnswerText.trimmed(String($0)) }.filter { !$0.isEmpty }
        guard !items.isEmpty else {
            return .failure(AnswerProblem("\(AnswerText.quoted(input)) names no \(plural): \(howTo)."))
        }
        var chosen: [String] = []
        for item in items {
            switch NameMatcher.match(item, among: options, noun: noun) {
            case .failure(let problem):
                return .failure(problem)
            case .success(let name) where chosen.contains(name):
                return .failure(AnswerProblem(
                    "\(AnswerText.quoted(item)) names \(name) a second time: name each \(noun) once, such as \"\(chosen.joined(separator: ", "))\"."))
            case .success(let name):
                chosen.append(name)
            }
        }
        return .success(NameMatcher.unique(options).filter { chosen.contains($0) })
    }

    /// The input trimmed, refused when empty, over two lines or longer than `maxTextLength`.
    static func oneLine(_ input: String, example: String, what: String) -> Result<String, AnswerProblem> {
        let text = AnswerText.trimmed(input)
        if text.isEmpty {
            return .failure(AnswerProblem("Nothing was typed: type \(what), such as \(example)."))
        }
        if text.contains(where: { $0.isNewline }) {
            return .failure(AnswerProblem("The answer runs over more than one line: type it on one line, such as \(example)."))
        }
        if text.count > maxTextLength {
            return .failure(AnswerProblem(
                "The answer is \(text.count) characters long: shorten it to \(maxTextLength) characters or fewer, such as \(example)."))
        }
        if AnswerRules.hasForbidden(text) {
            return .failure(AnswerProblem(
                "The answer holds a control character (such as an escape, a bell or a NUL byte), which cannot be kept: type it again without it."))
        }
        return .success(text)
    }
}
