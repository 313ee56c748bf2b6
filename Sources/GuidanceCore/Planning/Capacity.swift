import Foundation

/// Marketing hours per segment per week: the weekly hours, the focus split, internal changes, the time the
/// meetings take, and the 15% of each week kept free for the unplanned.
public struct Capacity: Equatable, Sendable {
    /// The share of a week's hours the plan may fill.
    public static let usableShare: Decimal = Decimal(string: "0.85") ?? 1

    /// Hours each segment has on each working day (by the day's position in the period).
    private(set) var daily: [String: [Decimal]] = [:]
    /// The sum of the internal changes (in percent) on each working day, per segment: days with the same sum
    /// have the very same hours, which lets a week of such days be added up once for all.
    private var dailyChange: [String: [Int]] = [:]
    /// The same with no internal change: what the split asked for.
    private(set) var directedDaily: [String: [Decimal]] = [:]
    /// Hours the guidance meeting, the planning appointment and the reviews take, by week (1-based index).
    public private(set) var overhead: [Decimal]
    /// What the plan may fill, per segment and week (index 0 is week 1).
    public private(set) var limit: [String: [Decimal]] = [:]
    /// The segments' shares of the split, for spreading shared work.
    let shares: [String: Decimal]
    let period: PlanPeriod

    /// The capacity of every segment in every week of `period`; `overheadDays` are the meeting days with their hours.
    public init(facts: GuidanceFacts, period: PlanPeriod, overheadDays: [(CalendarDate, Decimal)]) {
        self.period = period
        let weeks = period.weekCount
        var overhead = Array(repeating: Decimal(0), count: weeks)
        for (day, hours) in overheadDays where day >= period.start && day <= period.end {
            overhead[period.week(of: day) - 1] = ExactDecimal.sum(overhead[period.week(of: day) - 1], hours)
        }
        self.overhead = overhead
        let totalShare = Decimal(facts.segments.reduce(0) { $0 + $1.share })
        var shares: [String: Decimal] = [:]
        for segment in facts.segments {
            shares[segment.name] = totalShare > 0 ? ExactDecimal.quotient(Decimal(segment.share), totalShare) : 0
        }
        self.shares = shares
        let perDay = ExactDecimal.quotient(facts.weeklyHours, 5)
        for segment in facts.segments {
            let base = ExactDecimal.product(perDay, shares[segment.name] ?? 0)
            let changes = facts.internalChanges.filter { $0.segments.isEmpty || $0.segments.contains(segment.name) }
            var days: [Decimal] = []
            days.reserveCapacity(period.workingDays.count)
            // A day's hours depend only on the sum of the changes that day: worked out once per sum (the sums
            // seen are few, and a short list saves a dictionary type of its own, which costs more to set up).
            var changesSeen: [Int] = [], hoursSeen: [Decimal] = []
            var dayChanges: [Int] = []
            dayChanges.reserveCapacity(period.workingDays.count)
            for day in period.workingDays {
                let change = changes.reduce(0) { $0 + ($1.applies(to: segment.name, on: day) ? $1.capacityPercent : 0) }
                dayChanges.append(change)
                if let seen = changesSeen.firstIndex(of: change) {
                    days.append(hoursSeen[seen])
                } else {
                    let hours = ExactDecimal.quotient(ExactDecimal.product(base, Decimal(max(0, 100 + change))), 100)
                    changesSeen.append(change)
                    hoursSeen.append(hours)
                    days.append(hours)
                }
            }
            daily[segment.name] = days
            dailyChange[segment.name] = dayChanges
            directedDaily[segment.name] = Array(repeating: base, count: period.workingDays.count)
            var weekly = Array(repeating: Decimal(0), count: weeks)
            // Day by day, as always; a week whose days all have the same hours is added up once per length and hours.
            var sums = KnownSums()
            for run in Self.weekRuns(period) {
                let same = dayChanges[run.days].allSatisfy { $0 == dayChanges[run.days.lowerBound] }
                let key = [dayChanges[run.days.lowerBound], run.days.count]
                if same, run.week >= 0, run.week < weeks, let sum = sums[key] {
                    weekly[run.week] = sum
                    continue
                }
                var sum = ExactDecimal.Sum()
                sum.add(weekly[run.week])
                for index in run.days { sum.add(days[index]) }
                weekly[run.week] = sum.value
                if same { sums[key] = weekly[run.week] }
            }
            limit[segment.name] = weekly.enumerated().map { week, hours in
                max(0, ExactDecimal.product(ExactDecimal.difference(hours, ExactDecimal.product(overhead[week], shares[segment.name] ?? 0)), Self.usableShare))
            }
        }
    }

    /// Hours `segment` may fill over the whole plan.
    public func usable(_ segment: String) -> Decimal { ExactDecimal.total(limit[segment] ?? []) }

    /// Hours `segment` would have over the plan with no internal change, before the 15% kept free.
    public func directedHours(_ segment: String) -> Decimal { ExactDecimal.total(directedDaily[segment] ?? []) }

    /// The team's hours in `week` (1-based) after internal changes, before the meetings and the 15% kept free.
    public func teamHours(week: Int) -> Decimal {
        let weekly = teamHoursByWeek()
        return week >= 1 && week <= weekly.count ? weekly[week - 1] : 0
    }

    /// The team's hours in every week (index 0 is week 1), in one pass over the days; each week's sum is
    /// added up in the same order as `teamHours(week:)` always did (day by day, segments by name).
    ///
    /// A week whose days all have the same hours in every segment (the same changes) is added up once per
    /// length: the same additions in the same order give the same sum.
    public func teamHoursByWeek() -> [Decimal] {
        var totals = Array(repeating: Decimal(0), count: period.weekCount)
        let names = daily.keys.sorted()
        let columns = names.map { daily[$0] ?? [] }
        let changes = names.map { dailyChange[$0] ?? [] }
        var sums = KnownSums()
        for run in Self.weekRuns(period) {
            let week = run.week
            guard week >= 0 && week < totals.count else { continue }
            let first = run.days.lowerBound
            let pattern = changes.map { $0.indices.contains(first) ? $0[first] : Int.min }
            let same = columns.allSatisfy { $0.indices.contains(first) && $0.count == columns[0].count }
                && run.days.allSatisfy { index in changes.indices.allSatisfy { changes[$0].indices.contains(index) && changes[$0][index] == pattern[$0] } }
            let key = pattern + [run.days.count]
            if same, let sum = sums[key] {
                totals[week] = sum
                continue
            }
            var sum = ExactDecimal.Sum()
            sum.add(totals[week])
            for index in run.days {
                for column in columns { sum.add(index < column.count ? column[index] : 0) }
            }
            totals[week] = sum.value
            if same { sums[key] = totals[week] }
        }
        return totals
    }

    /// The working days of `period` in runs of one week each (positions, in order), with the week (0-based).
    static func weekRuns(_ period: PlanPeriod) -> [WeekRun] {
        var runs: [WeekRun] = []
        var start = 0
        let days = period.workingDays
        while start < days.count {
            let week = period.week(of: days[start]) - 1
            var end = start + 1
            while end < days.count && period.week(of: days[end]) - 1 == week { end += 1 }
            runs.append(WeekRun(week: week, days: start..<end))
            start = end
        }
        return runs
    }
}

/// The working days of one week of a plan (positions), with the week (0-based).
struct WeekRun {
    let week: Int
    let days: Range<Int>
}

/// Week sums already added up, by the kind of week (its changes and its length): a short list, since the
/// kinds are few, rather than a dictionary type of its own, which costs more to set up than the look-ups save.
struct KnownSums {
    private var keys: [[Int]] = []
    private var sums: [Decimal] = []

    /// The sum of a week of kind `key`, when one was added up.
    subscript(key: [Int]) -> Decimal? {
        get { keys.firstIndex(of: key).map { sums[$0] } }
        set {
            guard let newValue else { return }
            if let index = keys.firstIndex(of: key) { sums[index] = newValue } else { keys.append(key); sums.append(newValue) }
        }
    }
}
