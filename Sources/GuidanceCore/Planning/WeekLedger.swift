import Foundation

/// Marketing hours booked per segment per week, against the capacity's limits.
///
/// A task's hours are spread evenly over its working days from start to due; a week carries the part that
/// falls in it. Shared work (fundamentals) is spread over the segments by their share of the split.
struct WeekLedger: Equatable {
    let capacity: Capacity
    let period: PlanPeriod
    /// The week (0-based) of each working day.
    let weekOfDay: [Int]
    /// Hours booked, per segment and week (0-based).
    private(set) var used: [String: [Decimal]]

    init(capacity: Capacity, period: PlanPeriod) {
        self.capacity = capacity
        self.period = period
        weekOfDay = period.workingDays.map { period.week(of: $0) - 1 }
        used = capacity.limit.mapValues { Array(repeating: 0, count: $0.count) }
    }

    /// The hours a task of `hours` from working day `first` to `last` (positions) puts in each week it touches.
    func spread(_ hours: Decimal, first: Int, last: Int) -> [(week: Int, hours: Decimal)] {
        let days = last - first + 1
        guard days > 0 else { return [] }
        var parts: [(week: Int, hours: Decimal)] = []
        for index in first...last {
            let week = weekOfDay[index]
            if let lastPart = parts.last, lastPart.week == week {
                parts[parts.count - 1].hours += 1
            } else {
                parts.append((week, 1))
            }
        }
        return parts.map { ($0.week, hours * $0.hours / Decimal(days)) }
    }

    /// How `hours` of work divide over the segments: all to `segment`, or by share when it is empty.
    func owners(_ segment: String, _ hours: Decimal) -> [(String, Decimal)] {
        if !segment.isEmpty { return [(segment, hours)] }
        return capacity.shares.keys.sorted().compactMap { name in
            let share = capacity.shares[name] ?? 0
            return share > 0 ? (name, hours * share) : nil
        }
    }

    /// Whether the work fits under every week's limit.
    func fits(_ segment: String, hours: Decimal, first: Int, last: Int) -> Bool {
        let parts = spread(hours, first: first, last: last)
        for (name, share) in owners(segment, hours) {
            guard let limits = capacity.limit[name], let booked = used[name] else { return false }
            for part in parts where booked[part.week] + part.hours * share / hours > limits[part.week] + Self.tolerance {
                return false
            }
        }
        return true
    }

    /// Books the work.
    mutating func book(_ segment: String, hours: Decimal, first: Int, last: Int) {
        guard hours > 0 else { return }
        let parts = spread(hours, first: first, last: last)
        for (name, share) in owners(segment, hours) {
            for part in parts { used[name]?[part.week] += part.hours * share / hours }
        }
    }

    /// Hours booked for `segment` in week `week` (0-based).
    func booked(_ segment: String, week: Int) -> Decimal { used[segment]?[week] ?? 0 }

    /// Rounding slack when comparing sums of divided hours.
    static let tolerance: Decimal = Decimal(string: "0.0001") ?? 0
}
