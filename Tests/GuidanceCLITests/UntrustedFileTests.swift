import Foundation
import Testing
import GuidanceCore

/// Numbers and dates read from files are not trusted: out-of-range values are refused with a message, never a crash.
@Suite("Untrusted files")
struct UntrustedFileTests {
    func stored(_ folder: TemporaryFolder) throws -> (common: [String], id: String) { try folder.storeDesignSession() }

    @Test(arguments: ["9223372036854775807", "1000001"])
    func aCalendarRecordWithAnUnreasonableSequenceIsRefusedNotACrash(sequence: String) throws {
        let folder = try TemporaryFolder()
        let (common, id) = try stored(folder)
        let state = "\(folder.path)/sessions/\(id).calendar-state"
        let damaged = #"{"format": "guidance-calendar/1", "items": {"guidance-meeting": {"fingerprint": "changed", "sequence": \#(sequence)}}}"#
        try Data(damaged.utf8).write(to: URL(fileURLWithPath: state))
        let result = try GuidanceProcess.run(["calendar", id] + common)
        #expect(result.code == 65)
        #expect(result.stdout == "")
        #expect(result.stderr == "guidance: The calendar record \(state) is damaged (the calendar item \"guidance-meeting\" has the sequence number \(sequence), more than the 1000000 a record can reach); move it out of the sessions folder and export again: the calendar's sequence numbers then start again from 0.\n")
        #expect(try String(contentsOfFile: state, encoding: .utf8) == damaged)
    }

    @Test func aCalendarRecordAtTheHighestSequenceStaysThere() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try stored(folder)
        let state = "\(folder.path)/sessions/\(id).calendar-state"
        try Data(#"{"format": "guidance-calendar/1", "items": {"guidance-meeting": {"fingerprint": "changed", "sequence": 1000000}}}"#.utf8)
            .write(to: URL(fileURLWithPath: state))
        let result = try GuidanceProcess.run(["calendar", id] + common)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "\r\nSEQUENCE:1000000\r\n").count == 2)
        #expect(try String(contentsOfFile: state, encoding: .utf8).contains("\"sequence\": 1000000"))
    }

    @Test(arguments: ["9999-12-31", "0001-01-01", "1969-12-31", "3000-01-01"])
    func anAnswersFileMeetingDateOutsideTheYearsIsRefused(date: String) throws {
        let folder = try TemporaryFolder()
        let text = Fixtures.designAnswers.replacingOccurrences(of: #""meeting_date": "2027-02-01""#, with: #""meeting_date": "\#(date)""#)
        #expect(text != Fixtures.designAnswers)
        let file = try folder.write("answers.json", text)
        let result = try GuidanceProcess.run(["new", "--answers", file, "--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts])
        #expect(result.code == 65)
        #expect(result.stderr == "guidance: \(file): \"meeting_date\" = \"\(date)\" is refused: \(date) is outside the years guidance plans for (1970 to 2999). Nothing was stored.\n")
        #expect(folder.sessionFiles().isEmpty)
    }

    @Test(arguments: ["9999-12-31", "0001-01-01"])
    func aSessionFileMeetingDateOutsideTheYearsIsDamaged(date: String) throws {
        let folder = try TemporaryFolder()
        let (common, id) = try stored(folder)
        let path = "\(folder.path)/sessions/\(id).json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = text.replacingOccurrences(of: #""meeting_date": "2027-02-01""#, with: #""meeting_date": "\#(date)""#)
        #expect(changed != text)
        try Data(changed.utf8).write(to: URL(fileURLWithPath: path))
        for command in [["show", id], ["calendar", id]] {
            let result = try GuidanceProcess.run(command + common)
            #expect(result.code == 65)
            #expect(result.stderr == "guidance: The session file \(path) is damaged (its \"meeting_date\" is refused: \(date) is outside the years guidance plans for (1970 to 2999)); restore it from a backup, or move it out of the sessions folder to carry on without it.\n")
        }
    }
}
