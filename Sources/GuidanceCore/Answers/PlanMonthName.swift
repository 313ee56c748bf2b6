import Foundation

/// Reads a month of the plan typed by its name ("May", "may 2027") when the plan's first day is known.
///
/// A name means the month of the plan that begins in that calendar month: for a plan from 1 March,
/// "May" is month 3; for a plan from 15 March, months begin on 15 March, 15 April and 15 May, so
/// "May" is month 3 too. A month in which none of the plan's three months begins is refused, naming them.
enum PlanMonthName {
    /// `nil` when `key` is not a month name (so the caller's own message stands); else the month 1-3 or a refusal.
    static func month(_ key: String, typed: String, planStart: CalendarDate?) -> Result<Int, AnswerProblem>? {
        let words = key.split(separator: " ").map(String.init)
        guard (1...2).contains(words.count), let month = DateParser.monthNumber(words[0]) else { return nil }
        var year: Int?
        if words.count == 2 {
            guard words[1].count == 4, AnswerText.isDigits(Substring(words[1])), let full = Int(words[1]) else { return nil }
            year = full
        }
        let quoted = AnswerText.quoted(typed)
        guard let start = planStart else {
            return .failure(AnswerProblem(
                "\(quoted) is a month, but the plan start is not given yet: type 1, 2 or 3 for the plan's first, second or third month, or answer plan_start first (/edit plan_start)."))
        }
        let starts = (1...3).map { start.adding(months: $0 - 1) }
        if let index = starts.firstIndex(where: { $0.month == month && (year == nil || $0.year == year) }) {
            return .success(index + 1)
        }
        let named = starts.enumerated().map { "\($0.element.monthName) \($0.element.year) (\($0.offset + 1))" }
        return .failure(AnswerProblem(
            "\(quoted) is not a month of this plan, which runs over \(AnswerFormatter.joined(named)): type one of those months or its number, 1, 2 or 3."))
    }
}
