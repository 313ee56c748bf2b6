import Foundation

/// The three months of a plan: its working days, months and weeks.
public struct PlanPeriod: Equatable, Sendable {
    /// The first day.
    public let start: CalendarDate
    /// The last day: three months on, less a day.
    public let end: CalendarDate

    /// The period that starts on `start`.
    public init(start: CalendarDate) {
        self.start = start
        self.end = start.adding(months: 3).adding(days: -1)
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

    /// Every working day (Monday to Friday) of month `m`.
    public func workingDays(month m: Int) -> [CalendarDate] {
        var days: [CalendarDate] = []
        var day = monthStart(m)
        let last = monthEnd(m)
        while day <= last {
            if day.isWorkingDay { days.append(day) }
            day = day.adding(days: 1)
        }
        return days
    }

    /// Every working day of the plan.
    public var workingDays: [CalendarDate] { (1...3).flatMap { workingDays(month: $0) } }

    /// The first working day on or after `day`.
    public static func workingDay(onOrAfter day: CalendarDate) -> CalendarDate {
        var d = day
        while !d.isWorkingDay { d = d.adding(days: 1) }
        return d
    }

    /// The last working day on or before `day`.
    public static func workingDay(onOrBefore day: CalendarDate) -> CalendarDate {
        var d = day
        while !d.isWorkingDay { d = d.adding(days: -1) }
        return d
    }
}
