import Foundation
import Testing
@testable import GuidanceCore

/// The invitation to the next guidance meeting: its lines, the people's parameters, and what it refuses.
@Suite("Invitation")
struct InvitationTests {
    /// Alex's case planned, with the director and marketer replaced when given.
    func plan(director: GuidanceFacts.Person?? = nil, marketer: GuidanceFacts.Person?? = nil) throws -> Plan {
        var plan = try ArticleCases.plan("alex")
        if let director { plan.director = director }
        if let marketer { plan.marketer = marketer }
        return plan
    }

    /// The invitation of `plan` in London time at the test stamp, with the meeting's SEQUENCE at `sequence`.
    func text(_ plan: Plan, sequence: Int = 0) throws -> String {
        let sequences = CalendarSequences(items: ["guidance-meeting": .init(fingerprint: "x", sequence: sequence)])
        return try Invitation.write(plan: plan, sequences: sequences, timeZone: ICSFixture.zone("Europe/London"), stamp: ICSFixture.stamp)
    }

    @Test func theMeetingIsARequestFromTheMarketerToTheDirector() throws {
        let text = try text(try plan(), sequence: 2)
        let lines = ICSFixture.logicalLines(text)
        #expect(Array(lines.prefix(5)) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//guidance//guidance plan//EN", "CALSCALE:GREGORIAN", "METHOD:REQUEST"])
        let events = ICSFixture.events(text)
        #expect(events.count == 1)
        let event = try #require(events.first)
        for line in [
            "UID:guidance-meeting.2027-02-01-case@guidance",
            "DTSTAMP:20270201T091542Z",
            "SEQUENCE:2",
            "DTSTART:20270401T090000Z",
            "DTEND:20270401T093000Z",
            "SUMMARY:Strategic Guidance meeting: Sam Patel and Alex Brown",
            "CATEGORIES:guidance-meeting",
            "ORGANIZER;CN=Alex Brown:mailto:alex@example.com",
            "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Patel:mailto:sam@example.com",
            "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", "END:VALARM",
        ] {
            #expect(event.contains(line), "missing \(line)")
        }
        let description = try #require(ICSFixture.value("DESCRIPTION", in: event))
        #expect(description.hasPrefix("30 minutes to check the strategic why for the next plan.\\nAre we still focusing on Dental practices as the growth segment?\\nAgenda:\\n- "))
        #expect(text.hasSuffix("END:VEVENT\r\nEND:VCALENDAR\r\n"))
        #expect(ICSFixture.physicalLines(text).allSatisfy { $0.utf8.count <= 75 })
    }

    @Test func theMeetingHasTheDayTimeAndUIDItHasInTheCalendar() throws {
        let plan = try plan()
        let calendar = ICalendarWriter.write(plan.calendar, sessionID: plan.sessionID, calendarName: "Plan", sequences: CalendarSequences(),
                                             timeZone: ICSFixture.zone("Europe/London"), stamp: ICSFixture.stamp, reminderMinutes: 15)
        let meeting = try #require(ICSFixture.events(calendar).first { $0.contains("CATEGORIES:guidance-meeting") })
        let invited = try #require(ICSFixture.events(try text(plan)).first)
        for name in ["UID", "DTSTART", "DTEND", "DESCRIPTION"] {
            #expect(ICSFixture.value(name, in: meeting) == ICSFixture.value(name, in: invited), "\(name) differs")
        }
    }

    @Test(arguments: [
        ("Patel, Sam", "CN=\"Patel, Sam\""),
        ("Sam; Patel", "CN=\"Sam; Patel\""),
        ("Dr: Patel", "CN=\"Dr: Patel\""),
        ("Sam \"the boss\" Patel", "CN=Sam ^'the boss^' Patel"),
        ("Sam ^ Patel", "CN=Sam ^^ Patel"),
        ("Zoë Ångström", "CN=Zoë Ångström"),
    ])
    func aNameIsWrittenAsAParameterValue(_ name: String, _ parameter: String) throws {
        let text = try text(try plan(director: GuidanceFacts.Person(name: name, email: "sam@example.com")))
        let event = try #require(ICSFixture.events(text).first)
        #expect(event.contains("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;\(parameter):mailto:sam@example.com"))
        #expect(ICSFixture.value("SUMMARY", in: event) == "Strategic Guidance meeting: \(ICalendarText.escape(name)) and Alex Brown")
    }

    @Test(arguments: [
        ("sam@example.com", "mailto:sam@example.com"),
        ("sam+plans@example.co.uk", "mailto:sam+plans@example.co.uk"),
        ("sam?x#y%z@example.com", "mailto:sam%3Fx%23y%25z@example.com"),
        ("zoë@example.com", "mailto:zo%C3%AB@example.com"),
    ])
    func anEmailIsAMailtoAddress(_ email: String, _ address: String) {
        #expect(ICalendarText.mailto(email) == address)
    }

    @Test(arguments: [
        (GuidanceFacts.Person?.none, GuidanceFacts.Person?.some(.init(name: "Alex Brown", email: "alex@example.com")),
         "The invitation needs your director's name and email address, and session 2027-02-01-case has neither. Add them with: guidance resume 2027-02-01-case, then /edit director, and type the name and the email, such as Sam Patel <sam@example.com>."),
        (.some(.init(name: "Sam Patel", email: nil)), .some(.init(name: "Alex Brown", email: "alex@example.com")),
         "The invitation needs your director's email address, and session 2027-02-01-case has only the name Sam Patel. Add it with: guidance resume 2027-02-01-case, then /edit director, and type the name and the email, such as Sam Patel <name@example.com>."),
        (.some(.init(name: "Sam Patel", email: "sam@example.com")), nil,
         "The invitation comes from you, and session 2027-02-01-case has neither your name nor your email address. Add them with: guidance resume 2027-02-01-case, then /edit marketer, and type the name and the email, such as Alex Brown <alex@example.com>."),
        (.some(.init(name: "Sam Patel", email: "sam@example.com")), .some(.init(name: "Alex Brown", email: nil)),
         "The invitation comes from you, and session 2027-02-01-case has only your name Alex Brown, not your email address. Add it with: guidance resume 2027-02-01-case, then /edit marketer, and type the name and the email, such as Alex Brown <name@example.com>."),
    ])
    func withoutAnEmailNothingIsWrittenAndTheMessageSaysWhatToAdd(_ director: GuidanceFacts.Person?, _ marketer: GuidanceFacts.Person?,
                                                                  _ message: String) throws {
        var plan = try plan()
        plan.director = director
        plan.marketer = marketer
        #expect(throws: InvitationProblem.self) { try text(plan) }
        do {
            _ = try text(plan)
        } catch let problem as InvitationProblem {
            #expect(problem.description == message)
        }
    }

    @Test func aPlanWithoutAMeetingIsRefused() throws {
        var plan = try plan()
        plan.calendar.removeAll { $0.category == .guidanceMeeting }
        #expect(throws: InvitationProblem.noMeeting(sessionID: "2027-02-01-case")) { try text(plan) }
    }
}
