import Foundation

/// Reads the date answers beyond a single day: a list of dates (days off), and an end date that may
/// be left open ("permanent"); and checks both when read from a file.
enum DateListParser {
    /// Words that mean an end date is left open: the change lasts beyond the plan.
    static let openWords: Set<String> = ["permanent", "permanently", "ongoing", "no end", "no end date", "open", "open-ended", "open ended",
                                         "indefinite", "indefinitely", "for good", "never"]

    /// Words that mean "no dates at all" in a list of dates.
    static let noneWords: Set<String> = ["none", "no", "nothing", "-", "n/a"]

    /// One date per comma or semicolon, each read like a date answer; "none" is an empty list.
    ///
    /// The dates come back in order, earliest first; a day named twice is refused.
    static func dates(_ input: String, relativeTo today: CalendarDate, order: DateOrder = .dmy) -> Result<[CalendarDate], AnswerProblem> {
        let key = AnswerText.key(input)
        if key.isEmpty {
            return .failure(AnswerProblem("Nothing was typed: type one or more dates separated by commas, such as \"\(today.endOfMonth.adding(days: 1).iso), \(today.endOfMonth.adding(days: 8).iso)\", or \"none\"."))
        }
        if noneWords.contains(key) { return .success([]) }
        let items = input.split(whereSeparator: { $0 == "," || $0 == ";" }).map { AnswerText.trimmed(String($0)) }.filter { !$0.isEmpty }
        if items.count > AnswerRules.maximumItems {
            return .failure(AnswerProblem("That is \(items.count) dates: a list keeps at most \(AnswerRules.maximumItems); name the main ones."))
        }
        var dates: [CalendarDate] = []
        for item in items {
            switch checkedDate(item, relativeTo: today, order: order) {
            case .success(let date):
                if dates.contains(date) {
                    return .failure(AnswerProblem("\(date.spoken) is in the list twice: name each day once."))
                }
                dates.append(date)
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(dates.sorted())
    }

    /// An end date, or `nil` for "permanent", "ongoing", "no end" and the like.
    static func endDate(_ input: String, relativeTo today: CalendarDate, order: DateOrder = .dmy) -> Result<CalendarDate?, AnswerProblem> {
        if openWords.contains(AnswerText.key(input)) { return .success(nil) }
        switch checkedDate(input, relativeTo: today, order: order) {
        case .success(let date): return .success(date)
        case .failure(let problem):
            guard !AnswerText.key(input).isEmpty else { return .failure(problem) }
            return .failure(AnswerProblem("\(problem.message.withoutFullStop); or type \"permanent\" when it has no end."))
        }
    }

    /// One date, read as a date answer and kept within the years guidance plans for.
    static func checkedDate(_ input: String, relativeTo today: CalendarDate, order: DateOrder = .dmy) -> Result<CalendarDate, AnswerProblem> {
        if openWords.contains(AnswerText.key(input)) {
            return .failure(AnswerProblem("\(AnswerText.quoted(AnswerText.trimmed(input))) is not a date: only an end date can be left open; type a date such as \(today.endOfMonth.adding(days: 1).iso)."))
        }
        return DateParser.date(input, relativeTo: today, order: order).flatMap { date in
            if let problem = StoredValueChecker.dateProblem(date) {
                return .failure(AnswerProblem("\(problem.capitalizedFirst): type a date between 1970 and 2999."))
            }
            return .success(date)
        }
    }

    /// Checks a list of dates read from a file: `YYYY-MM-DD` texts, each day once; returned in order.
    static func checkDates(_ value: JSONValue) -> Result<JSONValue, AnswerProblem> {
        let shape = "it should be a list of dates written as YYYY-MM-DD, such as [\"2027-04-06\"], possibly empty"
        guard let list = value.arrayValue else { return .failure(AnswerProblem(shape)) }
        if let problem = AnswerRules.countProblem(list.count, noun: "dates") { return .failure(AnswerProblem(problem)) }
        var dates: [CalendarDate] = []
        for element in list {
            guard let date = element.stringValue.flatMap(CalendarDate.init(iso:)) else { return .failure(AnswerProblem(shape)) }
            if let problem = StoredValueChecker.dateProblem(date) { return .failure(AnswerProblem(problem)) }
            if dates.contains(date) { return .failure(AnswerProblem("\(date.iso) is in the list twice; keep it once")) }
            dates.append(date)
        }
        return .success(.array(dates.sorted().map { .string($0.iso) }))
    }

    /// Checks an end date read from a file: a date, or `null` when it has no end.
    static func checkEndDate(_ value: JSONValue) -> Result<JSONValue, AnswerProblem> {
        if value == .null { return .success(.null) }
        guard let s = value.stringValue, let date = CalendarDate(iso: s) else {
            return .failure(AnswerProblem("it should be a date written as YYYY-MM-DD, such as 2027-05-31, or null when it has no end"))
        }
        if let problem = StoredValueChecker.dateProblem(date) { return .failure(AnswerProblem(problem)) }
        return .success(.string(s))
    }
}
