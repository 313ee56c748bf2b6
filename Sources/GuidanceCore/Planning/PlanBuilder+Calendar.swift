import Foundation

extension PlanBuilder {
    /// The day of the next Strategic Guidance meeting: the first working day of month two.
    var guidanceMeetingDay: CalendarDate { PlanPeriod.workingDay(onOrAfter: period.monthStart(2)) }

    /// The day of the planning appointment: mid-way through month two (the working day on or after its middle).
    var planningDay: CalendarDate {
        let start = period.monthStart(2)
        let middle = start.adding(days: start.days(until: period.monthEnd(2)) / 2)
        return PlanPeriod.workingDay(onOrAfter: middle)
    }

    /// Every calendar entry of the plan, in date order: meetings, appointments, launches, fundamentals,
    /// internal changes, market changes and reviews.
    func calendarEntries(rows: [PlanRow], agenda: [String]) -> [CalendarEntry] {
        let times = library.calendar
        var entries: [CalendarEntry] = []
        let growth = facts.growthSegment.map { "Are we still focusing on \($0) as the growth segment?\n" } ?? ""
        entries.append(CalendarEntry(
            key: "guidance-meeting", category: .guidanceMeeting, title: "Strategic Guidance meeting with your director",
            date: guidanceMeetingDay, startMinute: times.meetingStart, minutes: times.meetingMinutes,
            details: "30 minutes to check the strategic why for the next plan.\n\(growth)Agenda:\n" + agenda.map { "- \($0)" }.joined(separator: "\n"),
            hasReminder: true))
        entries.append(CalendarEntry(
            key: "planning-appointment", category: .planningAppointment, title: "Planning appointment: plan months four to six",
            date: planningDay, startMinute: times.planningStart, minutes: times.planningMinutes,
            details: "Two hours with yourself to plan months four to six, using the guidance from the meeting of \(guidanceMeetingDay.spoken).",
            hasReminder: true))
        for row in rows where row.kind == .fundamental {
            entries.append(CalendarEntry(
                key: row.source, category: .fundamentals, title: "Fundamentals: \(row.activity)", date: row.date,
                startMinute: nil, minutes: 0,
                details: "Approved for month \(row.month) with a budget of \(money(row.cost)), kept apart from the campaign budget.",
                hasReminder: false))
        }
        var launched = Set<String>()
        let position = Dictionary(facts.segments.enumerated().map { ($1.name, $0 + 1) }, uniquingKeysWith: { a, _ in a })
        for row in rows where row.kind == .marketResponse || isCampaign(row) {
            let name = row.activity.replacingOccurrences(of: #" \(part \d+ of \d+\)$"#, with: "", options: .regularExpression)
            // The segment by its position and the item by its source (a library id or a session item such as
            // market-change-1): the key, and so the UID, stays the same when a name or a response is reworded.
            let key = "launch-s\(position[row.segment] ?? 0)-m\(row.month)-\(Self.slug(row.source))"
            guard launched.insert(key).inserted else { continue }
            entries.append(CalendarEntry(
                key: key, category: .activity, title: "Launch: \(name) (\(row.segment))", date: row.date,
                startMinute: nil, minutes: 0, details: row.why, hasReminder: false))
        }
        for (index, change) in facts.internalChanges.enumerated() {
            let names = change.segments.isEmpty ? "all segments" : AnswerFormatter.joined(change.segments)
            let pct = "\(change.capacityPercent > 0 ? "+" : "")\(change.capacityPercent)%"
            entries.append(CalendarEntry(key: "internal-change-\(index + 1)-start", category: .internalChange,
                                         title: "Starts: \(change.change)", date: change.from, startMinute: nil, minutes: 0,
                                         details: "Hours for \(names) change by \(pct) until \(change.to.spoken).", hasReminder: false))
            entries.append(CalendarEntry(key: "internal-change-\(index + 1)-end", category: .internalChange,
                                         title: "Ends: \(change.change)", date: change.to, startMinute: nil, minutes: 0,
                                         details: "Hours for \(names) back to normal after this day.", hasReminder: false))
        }
        for (index, change) in facts.marketChanges.enumerated() {
            let source = "market-change-\(index + 1)"
            let day = rows.filter { $0.source == source }.map(\.date).min() ?? PlanPeriod.workingDay(onOrAfter: period.start)
            let kind = change.isOpportunity ? "Opportunity" : "Threat"
            entries.append(CalendarEntry(key: source, category: .marketChange, title: "\(kind): \(change.change)", date: day,
                                         startMinute: nil, minutes: 0,
                                         details: change.response.isEmpty ? "No response decided yet." : "Response: \(change.response).",
                                         hasReminder: false))
        }
        for m in 1...3 {
            let day = PlanPeriod.workingDay(onOrBefore: period.monthEnd(m))
            entries.append(CalendarEntry(key: "review-\(m)", category: .review, title: "Review of month \(m) of the plan",
                                         date: day, startMinute: times.reviewStart, minutes: times.reviewMinutes,
                                         details: "Half an hour to check month \(m) against the plan: hours per segment, spend, and what Sales needs next.",
                                         hasReminder: true))
        }
        return entries.enumerated().sorted { ($0.element.date, $0.element.startMinute ?? -1, $0.offset) < ($1.element.date, $1.element.startMinute ?? -1, $1.offset) }
            .map(\.element)
    }

    /// Whether the row is a campaign from the library (its launch goes in the calendar).
    func isCampaign(_ row: PlanRow) -> Bool {
        row.kind == .campaign && library.activities.first { $0.id == row.source }?.isCampaign == true
    }

    /// Lowercase letters, digits and dashes: a key that is safe in a UID.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII { out.unicodeScalars.append(scalar) } else if !out.hasSuffix("-") { out += "-" }
        }
        return out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}
