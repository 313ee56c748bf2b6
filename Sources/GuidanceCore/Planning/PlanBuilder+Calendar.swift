import Foundation

extension PlanBuilder {
    /// Every calendar entry of the plan, in date order: meetings, appointments, reviews, go-lives, key dates,
    /// deadlines, decisions, fundamentals, internal and market changes. None falls on a closed day.
    func calendarEntries(agenda: [String]) -> [CalendarEntry] {
        let times = library.calendar
        var entries: [CalendarEntry] = []
        let meeting = Self.guidanceMeetingDay(period)
        let growth = facts.growthSegment.map { "Are we still focusing on \($0) as the growth segment?\n" } ?? ""
        entries.append(CalendarEntry(
            key: "guidance-meeting", category: .guidanceMeeting, title: "Strategic Guidance meeting with your director",
            date: meeting, startMinute: times.meetingStart, minutes: times.meetingMinutes,
            details: "30 minutes to check the strategic why for the next plan.\n\(growth)Agenda:\n" + agenda.map { "- \($0)" }.joined(separator: "\n"),
            hasReminder: true))
        entries.append(CalendarEntry(
            key: "planning-appointment", category: .planningAppointment, title: "Planning appointment: plan \(nextQuarter)",
            date: Self.planningDay(period), startMinute: times.planningStart, minutes: times.planningMinutes,
            details: "Two hours with yourself to plan \(nextQuarter) (months four to six), using the guidance from the meeting of \(meeting.spoken).",
            hasReminder: true))
        for m in 1...3 {
            entries.append(CalendarEntry(key: "review-\(m)", category: .review, title: "Review of month \(m) of the plan",
                                         date: Self.reviewDay(period, month: m), startMinute: times.reviewStart, minutes: times.reviewMinutes,
                                         details: "Half an hour to check month \(m) against the plan: done, moved or dropped, hours per segment, spend, and what Sales needs next.",
                                         hasReminder: true))
        }
        for campaign in campaigns {
            if campaign.purpose == .fundamentals {
                entries.append(allDay(campaign.key, .fundamentals, "Fundamentals: \(campaign.name)", campaign.goLive,
                                      "Signed off by this day; approved with a budget of \(money(campaign.cost)), kept apart from the campaign budget."))
            } else {
                entries.append(allDay("launch-\(campaign.key)", .launch, "Go-live: \(campaign.name) (\(campaign.segment))", campaign.goLive,
                                      "Preparation from \(campaign.start.spoken). \(campaign.why)"))
            }
        }
        entries += dateEntries()
        return entries.enumerated().sorted { ($0.element.date, $0.element.startMinute ?? -1, $0.offset) < ($1.element.date, $1.element.startMinute ?? -1, $1.offset) }
            .map(\.element)
    }

    /// Key dates, deadlines, decisions and changes: dates from the answers, each on a working day.
    func dateEntries() -> [CalendarEntry] {
        var entries: [CalendarEntry] = []
        for (index, key) in facts.keyDates.enumerated() where key.date >= period.start && key.date <= period.end {
            let day = period.workingDay(onOrBefore: key.date)
            let note = day == key.date ? "" : " (on \(key.date.spoken))"
            let names = key.segments.isEmpty ? "all segments" : AnswerFormatter.joined(key.segments)
            entries.append(allDay("key-date-\(index + 1)", .keyDate, "Key date: \(key.name)\(note)", day,
                                  "\(key.kind.rawValue.capitalized) for \(names)."))
        }
        for (index, need) in facts.salesNeeds.enumerated() {
            let by = period.workingDay(onOrBefore: need.neededBy ?? period.start.adding(days: 13))
            entries.append(allDay("deadline-sales-need-\(index + 1)", .deadline, "Deadline: \(need.material) for Sales (\(need.segment))", by,
                                  "Sales needs it at the \(need.stage.rawValue) stage."))
        }
        for (index, action) in facts.agreedActions.enumerated() {
            guard let due = action.due else { continue }
            entries.append(allDay("deadline-action-\(index + 1)", .deadline, "Action due: \(action.action)", period.workingDay(onOrBefore: due),
                                  action.owner.map { "Owner: \($0)." } ?? "Agreed at the guidance meeting."))
        }
        let first = period.workingDays.first ?? period.start
        for (index, item) in facts.fundamentals.enumerated() where !item.approved {
            // A week before the month it is asked for, so there is time to do it once approved.
            let day = period.workingDay(onOrBefore: period.monthStart(min(max(item.month, 1), 3)).adding(days: -7))
            entries.append(allDay("decision-fundamental-\(index + 1)", .decision, "Decision needed: approve \(item.item)", day,
                                  "\(money(item.budget)) asked for month \(item.month); not planned until it is approved."))
        }
        for (index, change) in facts.internalChanges.enumerated() {
            let names = change.segments.isEmpty ? "all segments" : AnswerFormatter.joined(change.segments)
            let pct = "\(change.capacityPercent > 0 ? "+" : "")\(change.capacityPercent)%"
            entries.append(allDay("internal-change-\(index + 1)-start", .internalChange, "Internal change begins: \(change.change)",
                                  period.workingDay(onOrAfter: change.from),
                                  "Hours for \(names) change by \(pct) " + (change.to.map { "until \($0.spoken)." } ?? "with no end date.")))
            if let to = change.to {
                entries.append(allDay("internal-change-\(index + 1)-end", .internalChange, "Internal change over: \(change.change)",
                                      period.workingDay(onOrBefore: to), "Hours for \(names) back to normal after \(to.spoken)."))
            }
        }
        for (index, change) in facts.marketChanges.enumerated() {
            let day = period.workingDay(onOrAfter: max(change.when ?? first, period.start))
            entries.append(allDay("market-change-\(index + 1)", .marketChange, "\(change.isOpportunity ? "Opportunity" : "Threat"): \(change.change)",
                                  day, change.response.isEmpty ? "No response decided yet." : "Response: \(change.response)."))
        }
        return entries
    }

    /// The three months after the plan, in words: "June to August 2027", or "November 2027 to January 2028".
    var nextQuarter: String {
        let first = period.start.adding(months: 3), last = period.start.adding(months: 5)
        let from = first.year == last.year ? first.monthName : "\(first.monthName) \(first.year)"
        return "\(from) to \(last.monthName) \(last.year)"
    }

    /// An all-day entry.
    func allDay(_ key: String, _ category: CalendarEntry.Category, _ title: String, _ day: CalendarDate, _ details: String) -> CalendarEntry {
        CalendarEntry(key: key, category: category, title: title, date: day, startMinute: nil, minutes: 0, details: details, hasReminder: false)
    }
}
