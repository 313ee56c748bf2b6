import Foundation
@testable import GuidanceCore

/// A plan with everything it was made from, for the rule checks.
struct PlannedCase: Sendable {
    let session: GeneratedSession
    let facts: GuidanceFacts
    let library: ActivityLibrary
    /// The public holidays and days off the plan was given, by day.
    let closed: [CalendarDate: String]
    let plan: Plan

    /// A short description for failure messages.
    var label: String { session.label }

    /// `session` planned with `library` and the holidays of `book`.
    static func plan(_ session: GeneratedSession, library: ActivityLibrary, book: HolidayBook) -> PlannedCase {
        let facts = session.facts
        let period = PlanPeriod(start: facts.planStart)
        // The plan gets the holidays the binary gives it; the checks read every holiday of a wide stretch around
        // the plan, so an entry dated far outside it (an internal change ending, a market change) is checked too.
        let holidays = facts.holidays.flatMap { book.closedDays($0, around: facts) }
        let plan = Planner.plan(facts: facts, library: library, sessionID: "gen-\(session.seed)", mode: session.mode,
                                meetingDate: session.meetingDate, holidays: holidays?.days ?? [:],
                                holidayCalendar: holidays?.name, agenda: session.agenda)
        let wide = facts.holidays.flatMap { book.closedDays($0, from: period.start.adding(days: -400), through: period.end.adding(days: 400)) }
        var closed = wide?.days ?? [:]
        for day in facts.daysOff where closed[day] == nil { closed[day] = "Day off" }
        return PlannedCase(session: session, facts: facts, library: library, closed: closed, plan: plan)
    }

    /// The same case with a changed plan (for breaking a plan on purpose).
    func with(_ change: (inout Plan) -> Void) -> PlannedCase {
        var plan = self.plan
        change(&plan)
        return PlannedCase(session: session, facts: facts, library: library, closed: closed, plan: plan)
    }

    /// Whether `day` is a working day of this case (Monday to Friday, not a holiday or day off).
    func isWorking(_ day: CalendarDate) -> Bool { day.isWorkingDay && closed[day] == nil }

    /// The working days from `first` through `last`.
    func workingDays(_ first: CalendarDate, _ last: CalendarDate) -> [CalendarDate] {
        var days: [CalendarDate] = []
        var day = first
        while day <= last {
            if isWorking(day) { days.append(day) }
            day = day.adding(days: 1)
        }
        return days
    }

    /// Whether some line the plan states holds every one of `words`.
    func states(_ words: [String]) -> Bool {
        let lines = plan.cuts + plan.conflicts + plan.assumptions + plan.decisions.map { "\($0.decision) \($0.why)" }
            + plan.risks.map { "\($0.risk) \($0.response) \($0.segments.joined(separator: ", "))" }
        return lines.contains { line in words.allSatisfy { line.contains($0) } }
    }
}
