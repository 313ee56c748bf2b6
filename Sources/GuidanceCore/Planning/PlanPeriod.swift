import Foundation

/// The three months of a plan: its working days, months and weeks.
///
/// A working day is Monday to Friday and not a closed day (a public holiday of the session's calendar or a day off).
public struct PlanPeriod: Equatable, Sendable {
    /// The first day.
    public let start: CalendarDate
    /// The last day: three months on, less a day.
    public let end: CalendarDate
    /// Days with no work, with their names (public holidays and days off), inside or near the plan.
    public let closed: [CalendarDate: String]
    /// Every working day of the plan, in order.
    public let workingDays: [CalendarDate]
    /// The first day of `positions`: three weeks before the start.
    private let origin: CalendarDate
    /// For each day from `origin` to three weeks after the end: its position in `workingDays`, -1 for a day
    /// that is not a working day of the plan, -2 for a working day outside it. Saves the planner's many
    /// questions about days a dictionary look-up each.
    private let positions: [Int]

    /// Days looked up by position before the start and after the end.
    private static let margin = 21

    /// The period that starts on `start`, with no work on `closed` days.
    public init(start: CalendarDate, closed: [CalendarDate: String] = [:]) {
        self.start = start
        self.end = start.adding(months: 3).adding(days: -1)
        self.closed = closed
        var days: [CalendarDate] = []
        var day = start
        while day <= end {
            if day.isWorkingDay && closed[day] == nil { days.append(day) }
            day = day.adding(days: 1)
        }
        workingDays = days
        origin = start.adding(days: -Self.margin)
        var positions = Array(repeating: -1, count: origin.days(until: end) + Self.margin + 1)
        for offset in positions.indices {
            let day = origin.adding(days: offset)
            if day.isWorkingDay && closed[day] == nil { positions[offset] = -2 }
        }
        for (index, day) in days.enumerated() { positions[origin.days(until: day)] = index }
        self.positions = positions
    }

    /// The position of `day` from `origin`, when it is within `positions`.
    private func offset(_ day: CalendarDate) -> Int? {
        let offset = origin.days(until: day)
        return offset >= 0 && offset < positions.count ? offset : nil
    }

    /// Whether `day` is a working day (inside the plan or not).
    public func isWorking(_ day: CalendarDate) -> Bool {
        if let offset = offset(day) { return positions[offset] != -1 }
        return day.isWorkingDay && closed[day] == nil
    }

    /// The position of `day` among the plan's working days, `nil` when it is not one.
    public func index(of day: CalendarDate) -> Int? {
        guard let offset = offset(day) else { return nil }
        return positions[offset] >= 0 ? positions[offset] : nil
    }

    /// The first day of month `m` (1-3) of the plan.
    public func monthStart(_ m: Int) -> CalendarDate { start.adding(months: m - 1) }

    /// The last day of month `m` (1-3) of the plan.
    public func monthEnd(_ m: Int) -> CalendarDate { start.adding(months: m).adding(days: -1) }

    /// The month of the plan (1-3) that holds `day`, `nil` outside the plan.
    public func month(of day: CalendarDate) -> Int? {
        guard day >= start, day <= end else { return nil }
        return (1...3).first { day <= monthEnd($0) }
    }

    /// The week of the plan (1-14) that holds `day`, counted in sevens from the first day.
    public func week(of day: CalendarDate) -> Int { start.days(until: day) / 7 + 1 }

    /// The number of weeks the plan touches.
    public var weekCount: Int { week(of: end) }

    /// The first working day on or after `day` (looking past the plan when needed).
    public func workingDay(onOrAfter day: CalendarDate) -> CalendarDate {
        if let first = offset(day) {
            var offset = first
            while offset < positions.count && positions[offset] == -1 { offset += 1 }
            if offset < positions.count { return found(offset, from: day, first) }
        }
        var d = day
        while !isWorking(d) { d = d.adding(days: 1) }
        return d
    }

    /// The last working day on or before `day` (looking before the plan when needed).
    public func workingDay(onOrBefore day: CalendarDate) -> CalendarDate {
        if let first = offset(day) {
            var offset = first
            while offset >= 0 && positions[offset] == -1 { offset -= 1 }
            if offset >= 0 { return found(offset, from: day, first) }
        }
        var d = day
        while !isWorking(d) { d = d.adding(days: -1) }
        return d
    }

    /// The working day at `offset` from `origin`, found by walking from `day` (at offset `first`).
    private func found(_ offset: Int, from day: CalendarDate, _ first: Int) -> CalendarDate {
        if positions[offset] >= 0 { return workingDays[positions[offset]] }
        return offset == first ? day : day.adding(days: offset - first)
    }
}
