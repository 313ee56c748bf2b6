import Foundation

/// Reads a date typed with slashes: `31/5`, `31/5/2027`, `1/3/2027` (day first by default,
/// month first with `DateOrder.mdy`). Without a year it is the first such day on or after today.
enum SlashDateParser {
    /// Whether `word` looks like a slashed date (digits and one or two slashes), so that it is read here.
    static func looksSlashed(_ word: String) -> Bool {
        let parts = word.split(separator: "/", omittingEmptySubsequences: false)
        return (2...3).contains(parts.count) && word.first?.isNumber == true
    }

    /// `31.5.2027`, `31.5.` and `31.5` (a date typed with dots) as `31/5/2027` and `31/5`; nil when `word` is not
    /// digits between dots.
    static func undotted(_ word: String) -> String? {
        guard word.first?.isNumber == true, word.contains("."), !word.contains("/") else { return nil }
        let text = word.hasSuffix(".") ? word.dropLast() : Substring(word)
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && AnswerText.isDigits($0) }) else { return nil }
        return parts.joined(separator: "/")
    }

    /// Parses one slashed date; a refusal says what is wrong and shows the form expected.
    static func date(_ word: String, quoted: String, today: CalendarDate, order: DateOrder,
                     unknown: AnswerProblem) -> Result<CalendarDate, AnswerProblem> {
        let parts = word.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && AnswerText.isDigits($0) }),
              parts.prefix(2).allSatisfy({ $0.count <= 2 }),
              let first = Int(parts[0]), let second = Int(parts[1]) else { return .failure(unknown) }
        let (day, month) = order == .dmy ? (first, second) : (second, first)
        let sample = order.slashed(today.endOfMonth.adding(days: 1))
        var year: Int?
        if parts.count == 3 {
            guard parts[2].count == 4, let full = Int(parts[2]), full >= 1 else {
                return .failure(AnswerProblem("\(quoted) has a short year: type the year in full, such as \(sample)."))
            }
            year = full
        }
        guard (1...12).contains(month) else {
            if (1...12).contains(day), (1...31).contains(month) {
                let other: DateOrder = order == .dmy ? .mdy : .dmy
                let swapped = parts.count == 3 ? "\(parts[1])/\(parts[0])/\(parts[2])" : "\(parts[1])/\(parts[0])"
                return .failure(AnswerProblem(
                    "\(quoted) is not a date with the \(order.spoken): \(month) is not a month. Type it as \(swapped), or start guidance with --date-order \(other.rawValue) to type the \(other.spoken)."))
            }
            return .failure(AnswerProblem(
                "\(quoted) is not a real date: type the \(order.spoken) and a month from 1 to 12, such as \(sample)."))
        }
        let name = CalendarDate.monthNames[month - 1]
        if let year {
            if let date = CalendarDate(year: year, month: month, day: day) { return .success(date) }
            let last = CalendarDate.daysIn(month: month, year: year)
            let example = CalendarDate(year: year, month: month, day: min(max(day, 1), last)).map { order.slashed($0) } ?? sample
            return .failure(DateParser.notReal(quoted, month: month, year: year, example: example))
        }
        for candidate in today.year...(today.year + 8) {
            if let date = CalendarDate(year: candidate, month: month, day: day), date >= today { return .success(date) }
        }
        let last = CalendarDate.daysIn(month: month, year: 2027)
        let example = CalendarDate(year: 2027, month: month, day: min(max(day, 1), last)).map { order.slashed($0, withYear: false) } ?? name
        return .failure(DateParser.notReal(quoted, month: month, year: nil, example: example))
    }
}
