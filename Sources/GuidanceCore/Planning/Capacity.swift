import Foundation

/// Team hours per segment per working day: the weekly hours, the focus split and the internal changes.
public struct Capacity: Equatable, Sendable {
    /// Hours by segment name, then by day.
    private var hours: [String: [CalendarDate: Decimal]] = [:]
    /// The same without internal changes: what the split asked for.
    private var directed: [String: [CalendarDate: Decimal]] = [:]

    /// The capacity of every segment on every working day of `period`.
    public init(facts: GuidanceFacts, period: PlanPeriod) {
        for segment in facts.segments {
            var days: [CalendarDate: Decimal] = [:]
            var plain: [CalendarDate: Decimal] = [:]
            for day in period.workingDays {
                let base = facts.weeklyHours * Decimal(segment.share) / 500
                let change = facts.internalChanges.filter { $0.applies(to: segment.name, on: day) }
                    .reduce(0) { $0 + $1.capacityPercent }
                let factor = max(0, 100 + change)
                days[day] = base * Decimal(factor) / 100
                plain[day] = base
            }
            hours[segment.name] = days
            directed[segment.name] = plain
        }
    }

    /// Hours `segment` has on `day`.
    public func hours(_ segment: String, on day: CalendarDate) -> Decimal { hours[segment]?[day] ?? 0 }

    /// Hours `segment` has over `days`.
    public func hours(_ segment: String, over days: [CalendarDate]) -> Decimal {
        days.reduce(0) { $0 + hours(segment, on: $1) }
    }

    /// Hours `segment` would have over `days` with no internal change.
    public func directedHours(_ segment: String, over days: [CalendarDate]) -> Decimal {
        days.reduce(0) { $0 + (directed[segment]?[$1] ?? 0) }
    }

    /// Hours of every segment together on `day`.
    public func total(on day: CalendarDate) -> Decimal { hours.values.reduce(0) { $0 + ($1[day] ?? 0) } }
}
