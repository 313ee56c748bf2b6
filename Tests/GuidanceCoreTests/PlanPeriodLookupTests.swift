import Foundation
import Testing
@testable import GuidanceCore

/// The period's day look-ups by position and the ledger's week-by-week booking give what the plain definitions give.
@Suite struct PlanPeriodLookupTests {
    /// Plans starting on each weekday, with closed days inside, at the edges and outside the plan.
    static let starts = ["2027-02-01", "2027-02-03", "2027-02-06", "2027-12-27", "2028-02-28"]

    static func day(_ iso: String) -> CalendarDate { SamplePlans.day(iso) }

    @Test(arguments: starts)
    func dayLookUpsAreThePlainDefinitions(_ iso: String) {
        let start = Self.day(iso)
        var closed: [CalendarDate: String] = [:]
        for offset in [-30, -1, 0, 3, 4, 10, 40, 41, 42, 43, 44, 45, 46, 47, 60, 89, 92, 95, 120] { closed[start.adding(days: offset)] = "Closed" }
        let period = PlanPeriod(start: start, closed: closed)
        func working(_ day: CalendarDate) -> Bool { day.isWorkingDay && closed[day] == nil }
        for offset in -60...160 {
            let day = start.adding(days: offset)
            #expect(period.isWorking(day) == working(day), "\(day)")
            #expect(period.index(of: day) == period.workingDays.firstIndex(of: day), "\(day)")
            var before = day
            while !working(before) { before = before.adding(days: -1) }
            var after = day
            while !working(after) { after = after.adding(days: 1) }
            #expect(period.workingDay(onOrBefore: day) == before, "\(day)")
            #expect(period.workingDay(onOrAfter: day) == after, "\(day)")
        }
    }

    @Test(arguments: [(0, 0), (0, 4), (2, 9), (3, 30), (10, 10), (5, 24), (40, 62), (7, 6)])
    func bookingPutsInEachWeekItsSpreadPart(_ first: Int, _ last: Int) throws {
        let facts = GuidanceFacts(answers: try TestScripts.designAnswers(), meetingDate: TestScripts.meetingDate)
        let period = PlanPeriod(start: facts.planStart, closed: [facts.planStart.adding(days: 15): "Day off"])
        let capacity = Capacity(facts: facts, period: period, overheadDays: [])
        var ledger = WeekLedger(capacity: capacity, period: period)
        let segment = try #require(capacity.limit.keys.sorted().first)
        let last = min(last, period.workingDays.count - 1)
        let parts = ledger.spread(7.5, first: first, last: last)
        ledger.book(segment, hours: Decimal(string: "7.5") ?? 0, first: first, last: last)
        ledger.book("", hours: 3, first: first, last: last)
        let shared = ledger.spread(3, first: first, last: last)
        var team = Array(repeating: 0.0, count: period.weekCount), own = team
        for part in parts { team[part.week] += part.hours; own[part.week] += part.hours }
        for part in shared { team[part.week] += part.hours }
        #expect(ledger.teamUsed == team)
        guard case .segment(let index) = ledger.slot(segment) else { Issue.record("\(segment) has no slot"); return }
        #expect(ledger.used[index] == own)
        #expect(ledger.quarterUsed[index] == 7.5)
    }
}
