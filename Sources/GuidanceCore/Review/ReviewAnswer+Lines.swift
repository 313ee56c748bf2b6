import Foundation

extension ReviewAnswer {
    /// What a campaign's line said: one answer for all its tasks, or to go through them one by one.
    public enum CampaignChoice: Equatable, Sendable {
        /// The same outcome for every task, with the plan's hours (done, going) or none (moved, dropped).
        case all(MonthlyReview.Outcome)
        /// Ask task by task.
        case taskByTask
    }

    /// Reads a campaign's line (not empty: Enter is the caller's): `t` for task by task, or a task's answer without amounts.
    public static func campaign(_ line: String, currency: String, today: CalendarDate,
                                order: DateOrder = .dmy) -> Result<CampaignChoice, AnswerProblem> {
        let key = AnswerText.key(line)
        if ["t", "task", "tasks", "task by task", "one by one"].contains(key) { return .success(.taskByTask) }
        let words = key.split(separator: " ")
        if let first = words.first, !Self.words.contains(String(first)), !["move", "drop"].contains(String(first)) {
            return .failure(AnswerProblem("\(AnswerText.quoted(String(first))) is not an answer here: press Enter for all done as planned, "
                + "type t to answer task by task, or one answer for all of them: done, going, moved DATE or dropped REASON."))
        }
        switch task(line, currency: currency, today: today, order: order) {
        case .failure(let problem): return .failure(problem)
        case .success(let answer):
            guard answer.hours == nil, answer.cost == nil else {
                return .failure(AnswerProblem("Hours and cost are given task by task: type t, then at each task such as done 6h \(mark(currency))300."))
            }
            return .success(.all(answer.outcome))
        }
    }

    /// Reads a line of unplanned work: "what, segment, hours" with an optional cost ("Hotel crisis calls, Hospitality, 12h £80").
    ///
    /// The segment is matched against `segments` like any segment answer (a unique start of its name will do); `none`,
    /// `-` or leaving it out (`Trade fair stand, 3h`) records work for no segment in particular.
    public static func unplanned(_ line: String, segments: [String], currency: String) -> Result<MonthlyReview.UnplannedWork, AnswerProblem> {
        let example = sampleUnplanned(segments)
        let sample = "such as: \(example)"
        let parts = line.split(separator: ",", omittingEmptySubsequences: false).map { AnswerText.trimmed(String($0)) }
        guard parts.count >= 2 else {
            return .failure(AnswerProblem("Type what it was, the segment and the hours, with commas between them, \(sample)."))
        }
        let amountWords = (parts.last ?? "").split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let amounts: (hours: Decimal?, cost: Decimal?)
        switch Self.amounts(amountWords, currency: currency) {
        case .success(let read): amounts = read
        case .failure(let problem): return .failure(problem)
        }
        guard let hours = amounts.hours, hours > 0 else {
            return .failure(AnswerProblem("Say how many hours it took at the end, more than 0, \(sample)."))
        }
        var middle = parts.dropLast()
        var segment = ""
        if middle.count >= 2, let typed = middle.last {
            middle = middle.dropLast()
            if !["none", "-", ""].contains(AnswerText.key(typed)) {
                switch NameMatcher.match(typed, among: segments, noun: "segment") {
                case .success(let name): segment = name
                case .failure(let problem):
                    return .failure(AnswerProblem(problem.message.dropLast() + ", or none for work for no segment in particular."))
                }
            }
        }
        let typed = middle.joined(separator: ", ")
        guard !AnswerText.trimmed(typed).isEmpty else {
            return .failure(AnswerProblem("Say what the work was before the first comma, \(sample)."))
        }
        let what: String
        switch ScalarParser.oneLine(typed, example: example, what: "what it was") {
        case .success(let text): what = text
        case .failure(let problem): return .failure(problem)
        }
        return .success(MonthlyReview.UnplannedWork(what: what, segment: segment, hours: hours, cost: amounts.cost ?? 0))
    }

    /// A line of unplanned work naming the plan's own first segment: "Extra support calls, Retail, 12h".
    public static func sampleUnplanned(_ segments: [String]) -> String {
        "Extra support calls, \(segments.first ?? "none"), 12h"
    }
}
