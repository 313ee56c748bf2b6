import Foundation

/// The next Strategic Guidance meeting of a plan as an iCalendar invitation (RFC 5546 `METHOD:REQUEST`) from the marketer to the director.
///
/// A published calendar carries no attendees, so the meeting is also written on its own: the
/// marketer as ORGANIZER, the director as the one ATTENDEE asked to reply, the agenda (what
/// `guidance calendar` puts in the meeting's description) as DESCRIPTION, and a reminder. Its day,
/// time and UID are those of the meeting in `guidance calendar`, so a calendar holding both shows
/// one meeting. The text rules are the calendar writer's (`ICalendarWriter`, `ICalendarText`).
public enum Invitation {
    /// The invitation's whole text: CRLF line ends, folded lines, TEXT escaped, times in UTC.
    ///
    /// RFC 5546 §3.2.2: a REQUEST carries UID, SEQUENCE, DTSTAMP, DTSTART, ORGANIZER, ATTENDEE and
    /// SUMMARY. `sequences` gives the SEQUENCE (the same record as the calendar's); `stamp` is the
    /// DTSTAMP. Fails, naming what to add, when the plan has no meeting or a person or an email is missing.
    public static func write(plan: Plan, sequences: CalendarSequences, timeZone: TimeZone, stamp: Date) throws(InvitationProblem) -> String {
        guard let meeting = meeting(of: plan) else { throw .noMeeting(sessionID: plan.sessionID) }
        let (director, organizer) = try people(of: plan)
        var out = ""
        func line(_ name: String, _ value: String) { out += ICalendarText.contentLine(name, value) }
        let converter = LocalTime(timeZone: timeZone)
        let title = "Strategic Guidance meeting: \(director.name) and \(organizer.name)"
        for (name, value) in ICalendarWriter.opening(method: "REQUEST") { line(name, value) }
        line("BEGIN", "VEVENT")
        line("UID", ICalendarWriter.uid(key: meeting.key, sessionID: plan.sessionID))
        line("DTSTAMP", converter.utcText(stamp))
        line("SEQUENCE", String(sequences.sequence(for: meeting.key)))
        for (name, value) in ICalendarWriter.times(of: meeting, converter: converter) { line(name, value) }
        line("SUMMARY", ICalendarText.escape(title))
        line("DESCRIPTION", ICalendarText.escape(meeting.details))
        line("CATEGORIES", ICalendarText.escape(meeting.category.rawValue))
        line("STATUS", "CONFIRMED")
        line("ORGANIZER;CN=\(ICalendarText.parameter(organizer.name))", ICalendarText.mailto(organizer.email))
        line("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\(ICalendarText.parameter(director.name))",
             ICalendarText.mailto(director.email))
        for (name, value) in ICalendarWriter.alarm(title, minutesBefore: plan.reminderMinutes) { line(name, value) }
        line("END", "VEVENT")
        line("END", "VCALENDAR")
        return out
    }

    /// The plan's next guidance meeting: its first calendar entry in the `guidance-meeting` category.
    public static func meeting(of plan: Plan) -> CalendarEntry? {
        plan.calendar.first { $0.category == .guidanceMeeting }
    }

    /// The director (attendee) and the marketer (organizer), each with an email, or the first thing missing.
    static func people(of plan: Plan) throws(InvitationProblem) -> (director: (name: String, email: String), marketer: (name: String, email: String)) {
        guard let director = plan.director else { throw .noDirector(sessionID: plan.sessionID) }
        guard let to = director.email else { throw .noDirectorEmail(sessionID: plan.sessionID, name: director.name) }
        guard let marketer = plan.marketer else { throw .noMarketer(sessionID: plan.sessionID) }
        guard let from = marketer.email else { throw .noMarketerEmail(sessionID: plan.sessionID, name: marketer.name) }
        return ((director.name, to), (marketer.name, from))
    }
}
