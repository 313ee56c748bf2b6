import Foundation

/// Marketing hours booked per segment per week, against the capacity's limits.
///
/// A task's hours are spread evenly over its working days from start to due; a week carries the part that
/// falls in it. Three limits hold: the team's week (85% of its hours after the meetings), each segment's
/// share of the quarter, and, so work stays spread out, a segment's own share of any week (half as much again once every segment
/// has had its turn).
/// Shared work (fundamentals, with no segment) counts against the team's week only.
///
/// Segments are kept by position (`slot(_:)`), so the planner's many questions about one task cost no
/// dictionary look-up each.
struct WeekLedger: Equatable {
    /// Whose hours a question is about: shared work, a segment of the capacity (by position), or a segment it does not know.
    enum Slot: Equatable {
        case shared
        case segment(Int)
        case unknown
    }

    let capacity: Capacity
    let period: PlanPeriod
    /// The week (0-based) of each working day.
    let weekOfDay: [Int]
    /// The last working day (position) of each week (0-based) that has one.
    let weekEnd: [Int]
    /// What the team may fill each week (0-based).
    let teamLimit: [Double]
    /// The position of each segment of the capacity in the arrays below.
    let slots: [String: Int]
    /// What each segment may fill each week (0-based), and over the quarter, by position.
    let segmentLimit: [[Double]]
    let quarterLimit: [Double]
    /// Hours booked per week, all segments and shared work together.
    private(set) var teamUsed: [Double]
    /// Hours booked, per segment (by position) and week (0-based).
    private(set) var used: [[Double]]
    /// Hours booked per segment (by position) over the quarter.
    private(set) var quarterUsed: [Double]

    /// How far a segment may go over its own share of a week by borrowing from the others: not at all while
    /// every segment's campaigns are first placed, then by half as much again for what did not fit.
    var borrowing: Double = 1
    /// The borrowing allowed once every segment has had its own share.
    static let lateBorrowing: Double = 1.5

    init(capacity: Capacity, period: PlanPeriod) {
        self.capacity = capacity
        self.period = period
        weekOfDay = period.workingDays.map { period.week(of: $0) - 1 }
        let weeks = period.weekCount
        var ends = Array(repeating: -1, count: max(weeks, (weekOfDay.last ?? -1) + 1))
        for (index, week) in weekOfDay.enumerated() where week >= 0 { ends[week] = index }
        weekEnd = ends
        let names = capacity.limit.keys.sorted()
        slots = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let limits = names.map { (capacity.limit[$0] ?? []).map(Self.double) }
        let teamHours = capacity.teamHoursByWeek()
        teamLimit = (0..<weeks).map { week in
            Self.double(ExactDecimal.product(max(0, ExactDecimal.difference(teamHours[week], capacity.overhead[week])), Capacity.usableShare))
        }
        segmentLimit = limits
        quarterLimit = limits.map { $0.reduce(0, +) }
        teamUsed = Array(repeating: 0, count: weeks)
        used = limits.map { Array(repeating: 0, count: $0.count) }
        quarterUsed = Array(repeating: 0, count: limits.count)
    }

    /// Whose hours work for `segment` counts against: shared work when it is empty.
    func slot(_ segment: String) -> Slot {
        if segment.isEmpty { return .shared }
        return slots[segment].map(Slot.segment) ?? .unknown
    }

    /// The hours a task of `hours` from working day `first` to `last` (positions) puts in each week it touches.
    func spread(_ hours: Double, first: Int, last: Int) -> [(week: Int, hours: Double)] {
        let days = last - first + 1
        guard days > 0 else { return [] }
        var parts: [(week: Int, hours: Double)] = []
        for index in first...last {
            let week = weekOfDay[index]
            if let lastPart = parts.last, lastPart.week == week {
                parts[parts.count - 1].hours += 1
            } else {
                parts.append((week, 1))
            }
        }
        return parts.map { ($0.week, hours * $0.hours / Double(days)) }
    }

    /// Whether the work fits under every limit, its hours already a `Double` (the planner asks this for many
    /// days in a row with the same hours). The same test as spreading the hours with `spread` and checking
    /// each week's part, without building the parts.
    func fits(_ slot: Slot, hoursAsDouble hours: Double, first: Int, last: Int) -> Bool {
        guard mayFit(slot, hoursAsDouble: hours) else { return false }
        var segment = -1
        if case .segment(let index) = slot { segment = index }
        return Self.walk(hours, first: first, last: last, weekOfDay: weekOfDay, weekEnd: weekEnd) { week, part in
            if teamUsed[week] + part > teamLimit[week] + Self.tolerance { return false }
            return !(segment >= 0 && used[segment][week] + part > segmentLimit[segment][week] * borrowing + Self.tolerance)
        }
    }

    /// Gives each week that work of `hours` from working day `first` to `last` (positions) touches its part, as
    /// `spread` gives it, until `visit` says no; whether every week was visited. `weekEnd` is the last working day
    /// of each week.
    static func walk(_ hours: Double, first: Int, last: Int, weekOfDay: [Int], weekEnd: [Int],
                     _ visit: (_ week: Int, _ part: Double) -> Bool) -> Bool {
        let days = last - first + 1
        var index = first
        while index <= last {
            let week = weekOfDay[index]
            let end = week >= 0 ? min(last, weekEnd[week]) : index
            let part = hours * Double(end - index + 1) / Double(days)
            index = end + 1
            if !visit(week, part) { return false }
        }
        return true
    }

    /// Whether work of `hours` may fit anywhere: a segment the capacity knows, with room left in its quarter.
    /// When it may not, `fits` says no for every day.
    func mayFit(_ slot: Slot, hoursAsDouble hours: Double) -> Bool {
        switch slot {
        case .unknown: return false
        case .shared: return true
        case .segment(let index): return !(quarterUsed[index] + hours > quarterLimit[index] + Self.tolerance)
        }
    }

    /// Books the work.
    mutating func book(_ segment: String, hours: Decimal, first: Int, last: Int) {
        book(slot(segment), hoursAsDouble: Self.double(hours), first: first, last: last)
    }

    /// Books the work, its hours already a `Double`: each week gets its part, as `spread` gives it.
    mutating func book(_ slot: Slot, hoursAsDouble hours: Double, first: Int, last: Int) {
        guard hours > 0 else { return }
        var segment = -1
        if case .segment(let index) = slot { segment = index }
        _ = Self.walk(hours, first: first, last: last, weekOfDay: weekOfDay, weekEnd: weekEnd) { week, part in
            teamUsed[week] += part
            if segment >= 0 { used[segment][week] += part }
            return true
        }
        if segment >= 0 { quarterUsed[segment] += hours }
    }

    /// Rounding slack when comparing sums of divided hours.
    static let tolerance = 0.000001

    /// `value` as a `Double`.
    static func double(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }
}
