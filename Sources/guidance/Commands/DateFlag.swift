import Foundation
import GuidanceCore

/// Reads `--date` (of `new`, `agenda` and `review`) the way a date answer is read: `tomorrow`,
/// `31/5`, `end of March`, `2027-03-01`..., relative to today in the user's time zone.
enum DateFlag {
    /// The invocation with its `--date` rewritten as `YYYY-MM-DD`; a date that cannot be read is a usage error.
    static func resolve(_ invocation: Invocation, today: CalendarDate, order: DateOrder) throws(UsageError) -> Invocation {
        var resolved = invocation
        switch invocation.command {
        case .new(let script, let answers, let date?):
            resolved.command = .new(script: script, answers: answers, date: try day(date, today: today, order: order, command: "new"))
        case .agenda(let script, let from, let format, let output, let date?, let time, let paper):
            resolved.command = .agenda(script: script, from: from, format: format, output: output,
                                       date: try day(date, today: today, order: order, command: "agenda"), time: time, paper: paper)
        case .review(let id, let month, let answers, let date?):
            resolved.command = .review(id: id, month: month, answers: answers, date: try day(date, today: today, order: order, command: "review"))
        default:
            break
        }
        return resolved
    }

    /// One `--date` value as `YYYY-MM-DD`.
    static func day(_ text: String, today: CalendarDate, order: DateOrder, command: String) throws(UsageError) -> String {
        switch ScalarParser.flagDate(text, flag: "--date", relativeTo: today, order: order) {
        case .success(let day): return day.iso
        case .failure(let problem): throw UsageError(message: problem.message, command: command)
        }
    }
}
