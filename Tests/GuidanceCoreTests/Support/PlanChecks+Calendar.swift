import Foundation
@testable import GuidanceCore

extension PlanChecks {
    /// The first working day on or after `day`, worked out here.
    static func firstWorkingDay(onOrAfter day: CalendarDate) -> CalendarDate {
        (0..<7).map { day.adding(days: $0) }.first(where: \.isWorkingDay) ?? day
    }

    /// The last working day on or before `day`, worked out here.
    static func lastWorkingDay(onOrBefore day: CalendarDate) -> CalendarDate {
        (0..<7).map { day.adding(days: -$0) }.first(where: \.isWorkingDay) ?? day
    }

    /// The calendar: the guidance meeting, the planning appointment, a review per month, fundamentals,
    /// internal changes, market changes and campaign launches, on the right days, with unique keys.
    static func calendar(_ c: PlannedCase) -> [String] {
        var out: [String] = []
        let entries = c.plan.calendar
        func of(_ category: CalendarEntry.Category) -> [CalendarEntry] { entries.filter { $0.category == category } }
        let monthTwo = c.facts.planStart.adding(months: 1)
        let monthTwoEnd = c.facts.planStart.adding(months: 2).adding(days: -1)

        let meetings = of(.guidanceMeeting)
        if meetings.count != 1 { out.append("\(meetings.count) guidance meetings, not 1") }
        if let meeting = meetings.first {
            let day = firstWorkingDay(onOrAfter: monthTwo)
            if meeting.date != day { out.append("the guidance meeting is on \(meeting.date.iso), not the first working day of month two, \(day.iso)") }
            if meeting.startMinute != c.library.calendar.meetingStart || meeting.minutes != 30 {
                out.append("the guidance meeting is not 30 minutes at the library's meeting time")
            }
            for topic in c.session.agenda where !meeting.details.contains(topic) { out.append("the guidance meeting's details lack the agenda topic \"\(topic)\"") }
        }

        let appointments = of(.planningAppointment)
        if appointments.count != 1 { out.append("\(appointments.count) planning appointments, not 1") }
        if let appointment = appointments.first {
            let days = monthTwo.days(until: monthTwoEnd) + 1
            let offset = monthTwo.days(until: appointment.date)
            if !appointment.date.isWorkingDay || offset * 3 < days || offset * 3 > days * 2 {
                out.append("the planning appointment is on \(appointment.date.iso), not a working day in the middle third of month two (\(monthTwo.iso) to \(monthTwoEnd.iso))")
            }
            if appointment.startMinute != c.library.calendar.planningStart || appointment.minutes != 120 {
                out.append("the planning appointment is not two hours at the library's planning time")
            }
            if !(appointment.title + appointment.details).contains("four to six") { out.append("the planning appointment does not say it plans months four to six") }
        }

        let reviews = of(.review)
        if reviews.count != 3 { out.append("\(reviews.count) reviews, not 3") }
        for m in 1...3 {
            let day = lastWorkingDay(onOrBefore: c.facts.planStart.adding(months: m).adding(days: -1))
            if !reviews.contains(where: { $0.date == day && $0.startMinute == c.library.calendar.reviewStart && (1...60).contains($0.minutes) }) {
                out.append("no short timed review on \(day.iso), the last working day of month \(m)")
            }
        }

        let fundamentalRows = c.plan.rows.filter { $0.kind == .fundamental }
        if of(.fundamentals).count != fundamentalRows.count { out.append("\(of(.fundamentals).count) fundamentals entries for \(fundamentalRows.count) approved items") }
        for row in fundamentalRows where !of(.fundamentals).contains(where: { $0.date == row.date && $0.title.contains(row.activity) }) {
            out.append("no fundamentals entry for \(describe(row)) on its day")
        }

        if of(.internalChange).count != 2 * c.facts.internalChanges.count {
            out.append("\(of(.internalChange).count) internal-change entries for \(c.facts.internalChanges.count) changes (a start and an end each)")
        }
        for change in c.facts.internalChanges {
            for (edge, day) in [("start", change.from), ("end", change.to)]
            where !of(.internalChange).contains(where: { $0.date == day && $0.title.contains(change.change) }) {
                out.append("no internal-change entry for the \(edge) of \"\(change.change)\" on \(day.iso)")
            }
        }

        if of(.marketChange).count != c.facts.marketChanges.count {
            out.append("\(of(.marketChange).count) market-change entries for \(c.facts.marketChanges.count) market changes")
        }
        for change in c.facts.marketChanges where !of(.marketChange).contains(where: { $0.title.contains(change.change) }) {
            out.append("no market-change entry for \"\(change.change)\"")
        }

        out += launches(c)
        let keys = entries.map(\.key)
        if Set(keys).count != keys.count { out.append("calendar keys repeat: \(keys.filter { k in keys.filter { $0 == k }.count > 1 })") }
        for entry in entries where (entry.startMinute == nil) != (entry.minutes == 0) {
            out.append("the entry \"\(entry.title)\" is neither a timed entry with a length nor an all-day marker")
        }
        return out
    }

    /// Each campaign (a library campaign or a market response) has a launch entry on its first day, per segment and month.
    static func launches(_ c: PlannedCase) -> [String] {
        let campaigns = Set(c.library.activities.filter(\.isCampaign).map(\.id))
        let rows = c.plan.rows.filter { $0.kind == .marketResponse || ($0.kind == .campaign && campaigns.contains($0.source)) }
        let groups = Dictionary(grouping: rows) { "\($0.segment)|\($0.month)|\($0.source)|\(baseName($0.activity))" }
        var out: [String] = []
        for key in groups.keys.sorted() {
            guard let group = groups[key], let first = group.min(by: { $0.date < $1.date }) else { continue }
            let name = baseName(first.activity)
            let found = c.plan.calendar.contains {
                $0.category == .activity && $0.date == first.date && $0.title.contains(name) && $0.title.contains(first.segment)
            }
            if !found { out.append("no launch entry for \(describe(first)) on its first day") }
        }
        return out
    }
}
