import Foundation
import Testing
import GuidanceCore

/// `guidance export`, `calendar`, `agenda` and `/export` through the binary.
@Suite("Export commands")
struct ExportCommandTests {
    func stored(_ folder: TemporaryFolder) throws -> (common: [String], id: String) { try folder.storeDesignSession() }

    /// UID and SEQUENCE of every event, unfolded.
    func sequences(_ ics: String) -> [String: String] {
        let lines = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        var result: [String: String] = [:]
        var uid = ""
        for line in lines {
            if line.hasPrefix("UID:") { uid = String(line.dropFirst(4)) }
            if line.hasPrefix("SEQUENCE:") { result[uid] = String(line.dropFirst(9)) }
        }
        return result
    }

    @Test func exportAllWritesEveryFormatWithPredictableNames() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try stored(folder)
        let out = folder.path + "/out"
        let result = try GuidanceProcess.run(["export", id, "--all", "-o", out] + common)
        #expect(result.code == 0, "\(result.stderr)")
        let names = ["plan.md", "plan.html", "plan.csv", "plan.json", "calendar.ics", "agenda.md", "agenda.html"].map { "\(id)-\($0)" }
        #expect(result.stdout == names.map { "\(out)/\($0)\n" }.joined())
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == names.sorted())
        // The design example (version 1) names no director: the invitation is left out, in one line that says why.
        #expect(result.stderr == "guidance: left out \(id)-invite.ics: The invitation needs your director's name and email address, "
            + "and session \(id) has neither. Add them with: guidance resume \(id), then /edit director, and type the name and the email, "
            + "such as Sam Patel <sam@example.com>.\n")
        let again = try GuidanceProcess.run(["export", id, "--all", "-o", out] + common)
        #expect(again.code == 0, "guidance replaces its own files without --force: \(again.stderr)")
    }

    @Test func aFileGuidanceDidNotWriteIsNotReplacedWithoutForce() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try stored(folder)
        let path = try folder.write("mine.md", "# My own notes\n")
        let refused = try GuidanceProcess.run(["plan", id, "--format", "md", "-o", path] + common)
        #expect(refused.code == 73)
        #expect(refused.stderr.contains("\(path) already exists and was not written by guidance (or was changed since); choose another name, or add --force to replace it."))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "# My own notes\n")
        let forced = try GuidanceProcess.run(["plan", id, "--format", "md", "-o", path, "--force"] + common)
        #expect(forced.code == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Made with guidance"))
    }

    @Test func anExportEditedSinceGuidanceWroteItIsNotReplaced() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try stored(folder)
        let path = folder.path + "/new/folder/plan.csv"
        let first = try GuidanceProcess.run(["plan", id, "--format", "csv", "-o", path] + common)
        #expect(first.code == 0, "a missing folder is created: \(first.stderr)")
        let again = try GuidanceProcess.run(["plan", id, "--format", "csv", "-o", path] + common)
        #expect(again.code == 0, "guidance replaces what it wrote")
        let edited = try String(contentsOfFile: path, encoding: .utf8) + "my extra row\r\n"
        try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
        let refused = try GuidanceProcess.run(["plan", id, "--format", "csv", "-o", path] + common)
        #expect(refused.code == 73)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == edited)
    }

    @Test func exportAllWritesNothingWhenOneFileIsNotGuidances() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try stored(folder)
        let out = folder.path + "/out"
        try folder.write("out/\(id)-calendar.ics", "my calendar")
        let result = try GuidanceProcess.run(["export", id, "--all", "-o", out] + common)
        #expect(result.code == 73)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["\(id)-calendar.ics"])
        let link = folder.path + "/link.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.path + "/out/\(id)-calendar.ics")
        let linked = try GuidanceProcess.run(["plan", id, "--format", "md", "-o", link, "--force"] + common)
        #expect(linked.code == 73)
        #expect(linked.stderr.contains("is not an ordinary file"))
    }

    @Test func anotherTimeZoneMovesTheMeetingsAndRaisesOnlyTheirSequence() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try stored(folder)
        let london = sequences(try GuidanceProcess.run(["calendar", id, "--tz", "Europe/London"] + common).stdout)
        let newYork = sequences(try GuidanceProcess.run(["calendar", id, "--tz", "America/New_York"] + common).stdout)
        let raised = newYork.filter { london[$0.key] != $0.value }.map(\.key).sorted()
        #expect(raised == ["guidance-meeting.\(id)@guidance", "planning-appointment.\(id)@guidance",
                           "review-1.\(id)@guidance", "review-2.\(id)@guidance", "review-3.\(id)@guidance"])
    }

    @Test func exportFormatJSONIsThePlanJSON() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try stored(folder)
        let export = try GuidanceProcess.run(["export", id, "--format", "json"] + common)
        let plan = try GuidanceProcess.run(["plan", id, "--format", "json"] + common)
        #expect(export.code == 0)
        #expect(export.stdout == plan.stdout)
        #expect(export.stdout.contains("\"format\": \"guidance-answers/2\""))
    }

    @Test func theSameSessionKeepsItsUIDsAndSequencesAndAChangeRaisesOnlyItsEntries() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try stored(folder)
        let first = try GuidanceProcess.run(["calendar", id] + common)
        let second = try GuidanceProcess.run(["calendar", id] + common)
        #expect(first.code == 0 && second.code == 0)
        let before = sequences(first.stdout)
        #expect(!before.isEmpty)
        #expect(before == sequences(second.stdout))
        #expect(Set(before.values) == ["0"])
        let path = folder.path + "/sessions/\(id).json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // A new owner for the agreed action changes its deadline entry and nothing the planner schedules.
        try Data(text.replacingOccurrences(of: "\"Jodie\"", with: "\"Sam\"").utf8).write(to: URL(fileURLWithPath: path))
        let third = try GuidanceProcess.run(["calendar", id] + common)
        let after = sequences(third.stdout)
        let raised = after.filter { before[$0.key] != nil && $0.value != before[$0.key] }.map(\.key).sorted()
        #expect(raised == ["deadline-action-1.\(id)@guidance"])
        #expect(raised.allSatisfy { after[$0] == "1" })
        #expect(Set(after.keys) == Set(before.keys))
    }

    @Test func theAgendaWorksBeforeAnySessionAndQuotesLastTimeAfterOne() throws {
        let folder = try TemporaryFolder()
        let empty = ["--sessions", folder.path + "/none", "--prompts", GuidanceProcess.prompts]
        let first = try GuidanceProcess.run(["agenda"] + empty)
        #expect(first.code == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Agenda: Strategic Guidance meeting"))
        #expect(first.stdout.contains("Which segment is the growth segment"))
        let (common, id) = try stored(folder)
        _ = try GuidanceProcess.run(["resume", id] + common, input: "Keep clients happy\n")
        let next = try GuidanceProcess.run(["agenda", "--from", "latest", "--format", "md"] + common)
        #expect(next.code == 0, "\(next.stderr)")
        #expect(next.stdout.contains("Are we still focusing on Dental practices as the growth segment, with Retail and Legal maintained?"))
        #expect(next.stdout.contains("Send the plan draft"))
        let html = try GuidanceProcess.run(["agenda", "--script", "self", "--format", "html"] + common)
        #expect(html.code == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func slashExportWritesTheFilesFromTheShell() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try stored(folder)
        let out = folder.path + "/shell-out"
        let result = try GuidanceProcess.run(["resume", id] + common, input: "/export \(out)\n/quit\n")
        #expect(result.code == 0)
        #expect(result.stdout.contains("Wrote 7 files:"))
        #expect(result.stdout.contains("Left out \(id)-invite.ics: The invitation needs your director's name and email address"))
        #expect(FileManager.default.fileExists(atPath: "\(out)/\(id)-calendar.ics"))
    }

    @Test(arguments: [
        (["export", "latest"], "guidance: guidance export writes every format at once: add --all and -o DIR."),
        (["export", "latest", "--all"], "guidance: guidance export needs -o DIR: the folder to write the files in."),
        (["agenda", "--format", "pdf"], "guidance: --format pdf is not an agenda format; use txt, md, html."),
        (["calendar"], "guidance: guidance calendar needs a session id (see guidance list)."),
    ])
    func refusedWithTheReason(_ arguments: [String], _ message: String) throws {
        let folder = try TemporaryFolder()
        let result = try GuidanceProcess.run(arguments + ["--sessions", folder.path, "--prompts", GuidanceProcess.prompts])
        #expect(result.code == 64)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }
}
