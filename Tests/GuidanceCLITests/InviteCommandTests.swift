import Foundation
import Testing
import GuidanceCore

/// `guidance invite` and the invitation written by `export --all`, through the binary.
@Suite("Invite command")
struct InviteCommandTests {
    /// The version-2 example, which names the director and the marketer with their emails.
    func stored(_ folder: TemporaryFolder, _ answers: String = Fixtures.designAnswersV2) throws -> (common: [String], id: String) {
        let (common, id) = try folder.storeDesignSession(answers)
        return (common + ["--tz", "Europe/London"], id)
    }

    /// The logical lines of an iCalendar text (unfolded at CRLF and a space).
    func lines(_ ics: String) -> [String] {
        ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    }

    @Test func theInvitationIsPrintedAsARequestToTheDirector() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try stored(folder)
        let result = try GuidanceProcess.run(["invite", "latest"] + common)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(result.stdout.hasSuffix("END:VCALENDAR\r\n"))
        let lines = lines(result.stdout)
        for line in [
            "METHOD:REQUEST", "UID:guidance-meeting.\(id)@guidance", "SEQUENCE:0",
            "DTSTART:20270401T090000Z", "DTEND:20270401T093000Z",
            "SUMMARY:Strategic Guidance meeting: Sam Patel and Alex Brown",
            "ORGANIZER;CN=Alex Brown:mailto:alex@example.com",
            "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Patel:mailto:sam@example.com",
            "BEGIN:VALARM", "TRIGGER:-PT15M",
        ] {
            #expect(lines.contains(line), "missing \(line)")
        }
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
        #expect(lines.contains { $0.hasPrefix("DESCRIPTION:30 minutes to check the strategic why for the next plan.\\nAre we still focusing on Dental practices") })
    }

    @Test func dashOWritesTheFileAndReplacesOnlyItsOwn() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try stored(folder)
        let path = folder.path + "/out/invite.ics"
        let first = try GuidanceProcess.run(["invite", id, "-o", path] + common)
        #expect(first.code == 0, "\(first.stderr)")
        #expect(first.stdout.isEmpty)
        #expect(first.stderr == "Wrote the invitation to the next guidance meeting of session \(id) to \(path).\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("\r\nMETHOD:REQUEST\r\n"))
        let again = try GuidanceProcess.run(["invite", id, "-o", path] + common)
        #expect(again.code == 0, "guidance replaces what it wrote: \(again.stderr)")
        let mine = try folder.write("mine.ics", "my own invitation")
        let refused = try GuidanceProcess.run(["invite", id, "-o", mine] + common)
        #expect(refused.code == 73)
        #expect(refused.stderr == "guidance: \(mine) already exists and was not written by guidance (or was changed since); choose another name, or add --force to replace it.\n")
        #expect(try String(contentsOfFile: mine, encoding: .utf8) == "my own invitation")
        let forced = try GuidanceProcess.run(["invite", id, "-o", mine, "--force"] + common)
        #expect(forced.code == 0)
    }

    @Test(arguments: [
        ("a version 1 session names no director", "",
         "The invitation needs your director's name and email address, and session ID has neither. Add them with: guidance resume ID, then /edit director, and type the name and the email, such as Sam Patel <sam@example.com>."),
        ("the director has no email", "director",
         "The invitation needs your director's email address, and session ID has only the name Sam Patel. Add it with: guidance resume ID, then /edit director, and type the name and the email, such as Sam Patel <name@example.com>."),
        ("the marketer has no email", "marketer",
         "The invitation comes from you, and session ID has only your name Alex Brown, not your email address. Add it with: guidance resume ID, then /edit marketer, and type the name and the email, such as Alex Brown <name@example.com>."),
    ])
    func withoutAnEmailItWritesNothingAndSaysWhatToAdd(_ what: String, _ without: String, _ message: String) throws {
        let folder = try TemporaryFolder()
        var answers = Fixtures.designAnswers
        if without == "director" {
            answers = Fixtures.designAnswersV2.replacingOccurrences(of: "\"name\": \"Sam Patel\", \"email\": \"sam@example.com\"", with: "\"name\": \"Sam Patel\"")
        } else if without == "marketer" {
            answers = Fixtures.designAnswersV2.replacingOccurrences(of: "\"name\": \"Alex Brown\", \"email\": \"alex@example.com\"", with: "\"name\": \"Alex Brown\"")
        }
        let (common, id) = try stored(folder, answers)
        let path = folder.path + "/invite.ics"
        let result = try GuidanceProcess.run(["invite", "latest", "-o", path] + common)
        #expect(result.code == 65, "\(what)")
        #expect(result.stderr == "guidance: " + message.replacingOccurrences(of: "ID", with: id) + "\n", "\(what)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(arguments: [
        (["invite"], 64, "guidance: guidance invite needs a session id (see guidance list).\nusage: guidance invite ID [-o FILE] [--force]\n"),
        (["invite", "2027-01-01-zzzz"], 66, "guidance: There is no session 2027-01-01-zzzz; run guidance list to see the sessions you have.\n"),
        (["invite", "latest"], 66, nil),
        (["invite", "latest", "--format", "md"], 64, "guidance: --format does not go with guidance invite.\nusage: guidance invite ID [-o FILE] [--force]\n"),
    ])
    func refusedWithTheReason(_ arguments: [String], _ code: Int32, _ stderr: String?) throws {
        let folder = try TemporaryFolder()
        let result = try GuidanceProcess.run(arguments + ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts])
        #expect(result.code == code, "\(result.stderr)")
        if let stderr { #expect(result.stderr == stderr) }
        #expect(result.stdout.isEmpty)
    }

    @Test func aMovedMeetingIsSentAgainWithAHigherSequence() throws {
        let folder = try TemporaryFolder()
        let (common, _) = try stored(folder)
        let london = try GuidanceProcess.run(["invite", "latest"] + common)
        let again = try GuidanceProcess.run(["invite", "latest"] + common)
        let newYork = try GuidanceProcess.run(["invite", "latest"] + common + ["--tz", "America/New_York"])
        #expect(lines(london.stdout).contains("SEQUENCE:0") && lines(again.stdout).contains("SEQUENCE:0"))
        #expect(lines(newYork.stdout).contains("SEQUENCE:1"))
        #expect(lines(newYork.stdout).contains("DTSTART:20270401T140000Z"))
        let calendar = try GuidanceProcess.run(["calendar", "latest"] + common + ["--tz", "America/New_York"])
        #expect(lines(calendar.stdout).contains("SEQUENCE:1"), "the calendar agrees with the invitation sent")
    }

    @Test func exportAllWritesTheInvitationBesideTheOtherFiles() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try stored(folder)
        let out = folder.path + "/out"
        let result = try GuidanceProcess.run(["export", id, "--all", "-o", out] + common)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let names = ["plan.md", "plan.html", "plan.csv", "plan.json", "calendar.ics", "agenda.md", "agenda.html", "invite.ics"].map { "\(id)-\($0)" }
        #expect(result.stdout == names.map { "\(out)/\($0)\n" }.joined())
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == names.sorted())
        let invite = try GuidanceProcess.run(["invite", id] + common)
        let written = try String(contentsOfFile: "\(out)/\(id)-invite.ics", encoding: .utf8)
        let withoutStamp = { (text: String) in self.lines(text).filter { !$0.hasPrefix("DTSTAMP:") } }
        #expect(withoutStamp(written) == withoutStamp(invite.stdout), "export --all writes what guidance invite prints")
    }
}
