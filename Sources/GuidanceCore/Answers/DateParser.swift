import Foundation

/// Reads a date typed in one of a few plain forms, relative to the meeting day.
///
/// Forms (case-insensitive, extra spaces and commas ignored):
/// - `2027-03-01` (strict `YYYY-MM-DD`), `today`, `tomorrow`;
/// - `monday` ... `sunday` (or `mon`, `tue`...), and `next monday`: both mean the first such day
///   strictly after today, so on a Monday, "monday" and "next monday" are both a week later;
/// - `next week`: the Monday of next week; `in 3 days`, `in 2 weeks`, `in 1 month`, `in a week`;
/// - `end of month`, `end of the month`, `month end`: the last day of today's month;
///   `end of next month`; `start of next month`, `beginning of next month`, `first of next month`;
/// - `1 March 2027`, `1 Mar 2027`, `March 1 2027`, `1st March`; without a year, the first such
///   date on or after today;
/// - `end of March`, `March end`, `start of May`, `beginning of May` (a year may follow): without a year,
///   the first such day on or after today (the meeting day), so "end of March" typed on 31 March is that day,
///   and typed on 1 April is the end of March next year;
/// - `31/5`, `31/5/2027`, `1/3/2027`: day first, or month first with `DateOrder.mdy` (see `SlashDateParser`);
///   dots work as slashes (`31.5.2027`, `31.5.`).
enum DateParser {
    /// Parses one date as described on the type; `order` says how slashed dates are read.
    static func date(_ input: String, relativeTo today: CalendarDate, order: DateOrder = .dmy) -> Result<CalendarDate, AnswerProblem> {
        let typed = AnswerText.trimmed(input)
        let next = today.endOfMonth.adding(days: 1)
        let hint = "type it as \(next.iso) or \(order.slashed(next)), or say \"next monday\", \"end of month\" or \"in 2 weeks\""
        if typed.isEmpty {
            return .failure(AnswerProblem("Nothing was typed: \(hint)."))
        }
        let quoted = AnswerText.quoted(typed)
        let unknown = AnswerProblem("\(quoted) is not a date I understand: \(hint).")
        let words = typed.lowercased().replacingOccurrences(of: ",", with: " ")
            .split(whereSeparator: { $0.isWhitespace }).map(String.init)

        if words.count == 1, words[0].contains("-"), words[0].first?.isNumber == true {
            return iso(words[0], quoted: quoted, unknown: unknown)
        }
        if words.count == 1 {
            let slashed = SlashDateParser.undotted(words[0]) ?? words[0]
            if SlashDateParser.looksSlashed(slashed) {
                return SlashDateParser.date(slashed, quoted: quoted, today: today, order: order, unknown: unknown)
            }
        }
        if let date = relative(words, today: today) { return .success(date) }
        if let edge = monthEdge(words.filter { $0 != "of" && $0 != "the" }, today: today) { return edge }
        return written(words.filter { $0 != "of" && $0 != "the" }, today: today, quoted: quoted, unknown: unknown)
    }

    /// A strict `YYYY-MM-DD`, with a clear message for a day or month that does not exist.
    static func iso(_ word: String, quoted: String, unknown: AnswerProblem) -> Result<CalendarDate, AnswerProblem> {
        if let date = CalendarDate(iso: word) { return .success(date) }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts.allSatisfy({ AnswerText.isDigits($0) }), year >= 1 else { return .failure(unknown) }
        guard (1...12).contains(month) else {
            return .failure(AnswerProblem(
                "\(quoted) is not a real date: months run from 01 to 12, so type a date such as \(parts[0])-12-01."))
        }
        let last = CalendarDate.daysIn(month: month, year: year)
        let example = CalendarDate(year: year, month: month, day: min(max(day, 1), last))?.iso ?? word
        return .failure(notReal(quoted, month: month, year: year, example: example))
    }

    /// The message for a day number that does not exist in its month.
    static func notReal(_ quoted: String, month: Int, year: Int?, example: String) -> AnswerProblem {
        let name = CalendarDate.monthNames[month - 1]
        let length = CalendarDate.daysIn(month: month, year: year ?? 2028)
        let monthText = year.map { "\(name) \($0)" } ?? name
        let has = year == nil && month == 2 ? "has at most 29 days" : "has \(length) days"
        return AnswerProblem(
            "\(quoted) is not a real date: \(monthText) \(has), so pick a day from 1 to \(length), such as \(example).")
    }

    /// The relative forms: today, tomorrow, weekdays, next week, in N units, month ends and starts.
    static func relative(_ words: [String], today: CalendarDate) -> CalendarDate? {
        let phrase = words.filter { $0 != "the" }.joined(separator: " ")
        let nextMonthStart = today.endOfMonth.adding(days: 1)
        switch phrase {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        case "next week": return today.adding(days: 8 - today.weekday)
        case "end of month", "month end", "month-end", "end of this month", "this month end":
            return today.endOfMonth
        case "end of next month", "next month end":
            return nextMonthStart.endOfMonth
        case "start of next month", "beginning of next month", "first of next month", "1st of next month":
            return nextMonthStart
        default: break
        }
        let named = words.first == "next" ? Array(words.dropFirst()) : words
        if named.count == 1, let weekday = weekday(named[0]) {
            let ahead = (weekday - today.weekday + 7) % 7
            return today.adding(days: ahead == 0 ? 7 : ahead)
        }
        if words.count == 3, words[0] == "in", let count = count(words[1]) {
            switch words[2] {
            case "day", "days": return today.adding(days: count)
            case "week", "weeks": return today.adding(days: 7 * count)
            case "month", "months": return today.adding(months: count)
            default: return nil
            }
        }
        return nil
    }

    /// "end of March", "March end", "start of May", "beginning of May 2027": the month's last or first day.
    ///
    /// Without a year, the first such day on or after today; `nil` when the words are not of this form.
    static func monthEdge(_ words: [String], today: CalendarDate) -> Result<CalendarDate, AnswerProblem>? {
        let ends = ["end": true, "start": false, "beginning": false, "first": false]
        var rest = words
        var year: Int?
        if rest.count == 3, let last = rest.last {
            guard last.count == 4, AnswerText.isDigits(Substring(last)), let full = Int(last), full >= 1 else { return nil }
            year = full
            rest.removeLast()
        }
        guard rest.count == 2 else { return nil }
        let isEnd: Bool
        let month: Int
        if let edge = ends[rest[0]], let m = monthNumber(rest[1]) {
            (isEnd, month) = (edge, m)
        } else if let m = monthNumber(rest[0]), let edge = ends[rest[1]] {
            (isEnd, month) = (edge, m)
        } else {
            return nil
        }
        func day(in year: Int) -> CalendarDate? {
            CalendarDate(year: year, month: month, day: isEnd ? CalendarDate.daysIn(month: month, year: year) : 1)
        }
        if let year { return day(in: year).map { .success($0) } }
        for candidate in today.year...(today.year + 1) {
            if let date = day(in: candidate), date >= today { return .success(date) }
        }
        return nil
    }

    /// Written dates: "1 March 2027", "March 1 2027", "1st Mar", "March 1".
    static func written(_ words: [String], today: CalendarDate, quoted: String,
                        unknown: AnswerProblem) -> Result<CalendarDate, AnswerProblem> {
        guard words.count == 2 || words.count == 3 else { return .failure(unknown) }
        let day: Int
        let month: Int
        if let m = monthNumber(words[0]), let d = dayNumber(words[1]) {
            (day, month) = (d, m)
        } else if let d = dayNumber(words[0]), let m = monthNumber(words[1]) {
            (day, month) = (d, m)
        } else {
            return .failure(unknown)
        }
        let name = CalendarDate.monthNames[month - 1]
        if words.count == 3 {
            guard words[2].count == 4, AnswerText.isDigits(Substring(words[2])), let year = Int(words[2]),
                  year >= 1 else { return .failure(unknown) }
            if let date = CalendarDate(year: year, month: month, day: day) { return .success(date) }
            let last = CalendarDate.daysIn(month: month, year: year)
            return .failure(notReal(quoted, month: month, year: year, example: "\(last) \(name) \(year)"))
        }
        for year in today.year...(today.year + 8) {
            if let date = CalendarDate(year: year, month: month, day: day), date >= today { return .success(date) }
        }
        let last = CalendarDate.daysIn(month: month, year: 2027)
        return .failure(notReal(quoted, month: month, year: nil, example: "\(last) \(name)"))
    }

    /// The ISO weekday of a weekday name or common abbreviation.
    static func weekday(_ word: String) -> Int? {
        let names: [String: Int] = [
            "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
            "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
            "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
        ]
        return names[word]
    }

    /// The month number of an English month name or its three-letter abbreviation ("sept" too).
    static func monthNumber(_ word: String) -> Int? {
        if word == "sept" { return 9 }
        for (index, name) in CalendarDate.monthNames.enumerated() {
            let lower = name.lowercased()
            if word == lower || word == String(lower.prefix(3)) { return index + 1 }
        }
        return nil
    }

    /// A day of the month as typed, "1" to "31" with an optional "st", "nd", "rd" or "th".
    static func dayNumber(_ word: String) -> Int? {
        var digits = Substring(word)
        for ending in ["st", "nd", "rd", "th"] where digits.hasSuffix(ending) {
            digits = digits.dropLast(2)
            break
        }
        guard digits.count <= 2, AnswerText.isDigits(digits), let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    /// A count for "in N days": digits up to 999, or "a", "one" ... "ten".
    static func count(_ word: String) -> Int? {
        let words = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                     "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10]
        if let value = words[word] { return value }
        guard word.count <= 3, AnswerText.isDigits(Substring(word)) else { return nil }
        return Int(word)
    }
}
