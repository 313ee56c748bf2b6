import Foundation

extension GuidanceFacts {
    /// The stretches of days the plan's calendar entries can fall in, merged and in order: the plan with a
    /// month either side, and two weeks either side of every date the answers name outside that (an action
    /// due, an internal change beginning or ending, a market change landing).
    ///
    /// An entry moves to the nearest working day from the date it is given, so the public holidays of
    /// these stretches are all the planner needs to keep every entry off a closed day, however far from
    /// the plan a date lies, without working out the holidays of every year in between.
    public var calendarWindows: [ClosedRange<CalendarDate>] {
        let period = PlanPeriod(start: planStart)
        var windows = [period.start.adding(days: -31)...period.end.adding(days: 31)]
        var dates = agreedActions.compactMap(\.due) + marketChanges.compactMap(\.when)
        for change in internalChanges { dates += [change.from] + (change.to.map { [$0] } ?? []) }
        for day in dates { windows.append(day.adding(days: -14)...day.adding(days: 14)) }
        var merged: [ClosedRange<CalendarDate>] = []
        for window in windows.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, window.lowerBound <= last.upperBound.adding(days: 1) {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, window.upperBound)
            } else {
                merged.append(window)
            }
        }
        return merged
    }
}
