import Foundation
import Testing
import GuidanceCore

/// `list`, `latest` and the resume offer give the same answers whatever the sessions index says: without one,
/// with one, and after it went stale (a file changed, replaced, deleted or added behind its back), with a damaged,
/// a foreign and a half-written file and a leftover temporary file in the folder.
struct SessionIndexCLITests {
    /// What happens to the folder after the index was written.
    enum Change: String, CaseIterable, Sendable {
        case nothing, editedInPlace, replacedByAnotherShell, deleted, addedByCopying, indexCutShort
        /// Deleted by another guidance process (`guidance delete`), which updates the index.
        case deletedByAnotherShell
        /// Added by copying after a command found the folder unchanged for a while and stamped the index (a large folder only).
        case addedAfterTheFolderWasStamped
        /// Saved twice by `resume` (two journal records), the last record cut short as by a crash while it was written.
        case journalRecordCutShort
        /// Saved by `resume` (a journal record), completed in place and the index written again by `list`; the old journal put back.
        case journalOfAnotherIndex
        /// Saved by `resume` (a journal record), then replaced by a save that crashed before its journal record was added.
        case savedWithoutItsJournalRecord
        /// Saved by `resume` (a journal record), then deleted by `guidance delete` (another record).
        case deletedWhileTheJournalHoldsASave
    }

    /// What the three commands say.
    struct Answers: Equatable, Sendable {
        var list: [String]
        var latest: String
        var resume: String
    }

    static let bbbb = "2027-02-01-bbbb  2027-02-01  director meeting  in progress, 22 of 23 answered"
    static let aaaa = "2027-01-04-aaaa  2027-01-04  director meeting  complete, 22 answered"
    static let dmgd = "2026-12-01-dmgd  2026-12-01  director meeting  damaged: its answer \"growth_segment\" does not fit the question: "
        + "\"Nowhere\" is not one of the options: type one of Dental practices, Hospitality, Retail or Legal"
    static let noneToResume = "There is no unfinished session to resume"

    static let cases: [(Change, Answers)] = [
        (.nothing, Answers(list: [bbbb, aaaa, dmgd], latest: "2027-02-01-bbbb", resume: "2027-02-01-bbbb")),
        (.editedInPlace, Answers(list: [bbbb.replacingOccurrences(of: "in progress, 22 of 23", with: "complete, 22"), aaaa, dmgd],
                                 latest: "2027-02-01-bbbb", resume: noneToResume)),
        (.replacedByAnotherShell, Answers(list: ["2027-01-04-aaaa  2027-03-01  director meeting  in progress, 22 of 23 answered", bbbb, dmgd],
                                          latest: "2027-01-04-aaaa", resume: "2027-01-04-aaaa")),
        (.deleted, Answers(list: [aaaa, dmgd], latest: "2027-01-04-aaaa", resume: noneToResume)),
        (.addedByCopying, Answers(list: ["2027-04-01-cccc  2027-04-01  director meeting  in progress, 22 of 23 answered", bbbb, aaaa, dmgd],
                                  latest: "2027-04-01-cccc", resume: "2027-04-01-cccc")),
        (.indexCutShort, Answers(list: [bbbb, aaaa, dmgd], latest: "2027-02-01-bbbb", resume: "2027-02-01-bbbb")),
        (.deletedByAnotherShell, Answers(list: [aaaa, dmgd], latest: "2027-01-04-aaaa", resume: noneToResume)),
        (.journalRecordCutShort, Answers(list: [bbbb, aaaa, dmgd], latest: "2027-02-01-bbbb", resume: "2027-02-01-bbbb")),
        (.journalOfAnotherIndex, Answers(list: [bbbb.replacingOccurrences(of: "in progress, 22 of 23", with: "complete, 22"), aaaa, dmgd],
                                         latest: "2027-02-01-bbbb", resume: noneToResume)),
        (.savedWithoutItsJournalRecord, Answers(list: [bbbb.replacingOccurrences(of: "in progress, 22 of 23", with: "complete, 22"), aaaa, dmgd],
                                                latest: "2027-02-01-bbbb", resume: noneToResume)),
        (.deletedWhileTheJournalHoldsASave, Answers(list: [aaaa, dmgd], latest: "2027-01-04-aaaa", resume: noneToResume)),
    ]

    /// The changes made while the journal holds records.
    static let journalChanges: [Change] = [.journalRecordCutShort, .journalOfAnotherIndex, .savedWithoutItsJournalRecord,
                                           .deletedWhileTheJournalHoldsASave]

    static let stamped = (Change.addedAfterTheFolderWasStamped, cases[4].1)

    /// The design example as session `id` held on `date`, complete or damaged (a growth segment that is no segment) when asked.
    static func variant(_ text: String, id: String, date: String, complete: Bool = false, damaged: Bool = false) throws -> String {
        let old = try #require(try JSONParser.parse(Data(text.utf8))["id"]?.stringValue)
        var out = text.replacingOccurrences(of: "\"id\": \"\(old)\"", with: "\"id\": \"\(id)\"")
            .replacingOccurrences(of: "\"meeting_date\": \"2027-02-01\"", with: "\"meeting_date\": \"\(date)\"")
        if complete {
            out = out.replacingOccurrences(of: "\"status\": \"in_progress\"", with: "\"status\": \"complete\"")
                .replacingOccurrences(of: "\"question\": \"exit_plan\"", with: "\"question\": null")
        }
        if damaged, let first = out.range(of: "\"value\": \"Dental practices\"") {
            out.replaceSubrange(first, with: "\"value\": \"Nowhere\"")
        }
        return out
    }

    /// Writes `text` over the file at `path` in place (same inode, as an editor that does not rename does), with time `date`.
    static func overwrite(_ path: String, _ text: String, date: Date = Date()) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
    }

    /// A sessions folder with two sessions, one damaged for its script, a file that is no JSON, a foreign JSON file, a
    /// file with a name that is no id, a half-written session and a leftover temporary file; every time an hour ago.
    ///
    /// `older` more complete sessions, held before all of those, make a folder large enough for the quick check
    /// (`SessionStore.quickCheckMinimum`), where only names and inode numbers are compared.
    static func makeFolder(_ folder: TemporaryFolder, older: Int = 0) throws -> (common: [String], sessions: String, design: String) {
        let (common, id) = try folder.storeDesignSession(Fixtures.designAnswersV2)
        let sessions = folder.path + "/sessions"
        let design = try String(contentsOfFile: "\(sessions)/\(id).json", encoding: .utf8)
        try FileManager.default.removeItem(atPath: "\(sessions)/\(id).json")
        let files = [
            "2027-01-04-aaaa.json": try variant(design, id: "2027-01-04-aaaa", date: "2027-01-04", complete: true),
            "2027-02-01-bbbb.json": try variant(design, id: "2027-02-01-bbbb", date: "2027-02-01"),
            "2026-12-01-dmgd.json": try variant(design, id: "2026-12-01-dmgd", date: "2026-12-01", complete: true, damaged: true),
            "2027-06-01-brkn.json": "garbage",
            "settings.json": "{\"theme\": \"dark\"}",
            "my notes.json": "{}",
            "2027-05-01-half.json": String(try variant(design, id: "2027-05-01-half", date: "2027-05-01").prefix(400)),
            ".2027-07-01-gone.json.k3vd9x.tmp": String(design.prefix(300)),
        ]
        for (name, text) in files {
            try folder.write("sessions/" + name, text)
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600), .posixPermissions: 0o600],
                                                  ofItemAtPath: "\(sessions)/\(name)")
        }
        let old = try variant(design, id: "2001-01-01-0000", date: "2001-01-01", complete: true)
        for number in 0..<older {
            let id = String(format: "2001-01-01-%04d", number)
            let path = "\(sessions)/\(id).json"
            try Data(old.replacingOccurrences(of: "2001-01-01-0000", with: id).utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600), .posixPermissions: 0o600], ofItemAtPath: path)
        }
        return (common, sessions, design)
    }

    /// What `show latest`, `resume` (no id) and `list` say now; the warnings of `list` must be `warnings`.
    static func answers(_ common: [String], warnings: [String], older: Int = 0) throws -> Answers {
        // `list` last: it checks the index in full and writes it again, the others take it as it is when it matches.
        let latest = try GuidanceProcess.run(["show", "latest"] + common)
        let resume = try GuidanceProcess.run(["resume"] + common)
        let list = try GuidanceProcess.run(["list"] + common)
        #expect(list.code == 0)
        let warned = list.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: ") }.map(String.init)
        #expect(warned == warnings, "list warned: \(list.stderr)")
        let resumed = resume.stdout.split(separator: "\n").first.map(String.init) ?? ""
        let lines = list.stdout.split(separator: "\n").map(String.init)
        #expect(lines.dropFirst(lines.count - older).allSatisfy { $0.hasPrefix("2001-01-01-") && $0.hasSuffix("complete, 22 answered") })
        return Answers(list: Array(lines.prefix(lines.count - older)),
                       latest: String(latest.stdout.prefix { $0 != ":" }.dropFirst("Session ".count)),
                       resume: resume.code == 66 ? String(resume.stderr.dropFirst("guidance: ".count).prefix(noneToResume.count))
                                                 : resumed.replacingOccurrences(of: "Strategic Guidance meeting  (session ", with: "")
                                                    .replacingOccurrences(of: ")", with: ""))
    }

    @Test(arguments: cases)
    func theAnswersAreThoseOfTheFiles(_ change: Change, _ expected: Answers) throws {
        try check(change, expected, older: 0)
    }

    @Test(arguments: cases.filter { ([.editedInPlace, .replacedByAnotherShell, .addedByCopying, .deletedByAnotherShell] + journalChanges).contains($0.0) }
            + [stamped])
    func theAnswersAreThoseOfTheFilesInALargeFolder(_ change: Change, _ expected: Answers) throws {
        try check(change, expected, older: 1000)
    }

    /// Runs `resume` (no id) `times` times, each saving the unfinished session again: one journal record each.
    static func resume(_ common: [String], times: Int, journal: String) throws {
        let before = (try? FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int) ?? 0
        for _ in 0..<times { _ = try GuidanceProcess.run(["resume"] + common) }
        let after = try #require(try FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int)
        #expect(after > before, "resume added records to the journal")
    }

    func check(_ change: Change, _ expected: Answers, older: Int) throws {
        let folder = try TemporaryFolder()
        let (common, sessions, design) = try Self.makeFolder(folder, older: older)
        let damaged = { (name: String, reason: String) in
            "warning: The session file \(sessions)/\(name) is damaged (\(reason)); restore it from a backup, or move it out of the sessions folder to carry on without it."
        }
        let warnings = [
            damaged("2027-06-01-brkn.json", "line 1, column 1: expected a value but found 'garbage'; text must be in double quotes"),
            damaged("2027-05-01-half.json", "line 20, column 5: the file ends too early; expected a key in double quotes"),
            damaged("settings.json", "it is not a guidance session file (its \"format\" is not \"guidance-session/1\")"),
        ]
        let index = sessions + "/" + SessionIndex.fileName
        let journal = sessions + "/" + IndexJournal.fileName
        #expect(!FileManager.default.fileExists(atPath: index))
        let before = try Self.answers(common, warnings: warnings, older: older)
        #expect(before == Self.cases[0].1, "without an index")
        #expect(FileManager.default.fileExists(atPath: index), "list writes the index")
        #expect(try Self.answers(common, warnings: warnings, older: older) == Self.cases[0].1, "with the index")
        // `resume` saved its session again (a new file): the index learns of it, so the change below is the only one it misses.
        _ = try GuidanceProcess.run(["list"] + common)
        switch change {
        case .nothing: break
        case .editedInPlace:
            try Self.overwrite("\(sessions)/2027-02-01-bbbb.json", try Self.variant(design, id: "2027-02-01-bbbb", date: "2027-02-01", complete: true))
        case .replacedByAnotherShell:
            let text = try Self.variant(design, id: "2027-01-04-aaaa", date: "2027-03-01")
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: "\(sessions)/2027-01-04-aaaa.json"))
        case .deleted:
            try FileManager.default.removeItem(atPath: "\(sessions)/2027-02-01-bbbb.json")
        case .addedByCopying:
            try folder.write("sessions/2027-04-01-cccc.json", try Self.variant(design, id: "2027-04-01-cccc", date: "2027-04-01"))
        case .deletedByAnotherShell:
            let deleted = try GuidanceProcess.run(["delete", "2027-02-01-bbbb", "--yes"] + common)
            #expect(deleted.code == 0, "delete: \(deleted.stderr)")
            let top = try String(contentsOfFile: index, encoding: .utf8).prefix { $0 != "\n" }
            #expect(!top.contains("2027-02-01-bbbb"), "delete updated the index")
        case .addedAfterTheFolderWasStamped:
            // A folder unchanged for longer than a clock step: the next quick check lists it and stamps the index.
            Thread.sleep(forTimeInterval: 2.2)
            _ = try GuidanceProcess.run(["show", "latest"] + common)
            let stamp = try String(contentsOfFile: index, encoding: .utf8).split(separator: "\t", maxSplits: 2)[1]
            #expect(SessionIndex.FolderStamp(String(stamp)) != nil, "the index is stamped")
            try folder.write("sessions/2027-04-01-cccc.json", try Self.variant(design, id: "2027-04-01-cccc", date: "2027-04-01"))
        case .journalRecordCutShort:
            try Self.resume(common, times: 2, journal: journal)
            let text = try #require(FileManager.default.contents(atPath: journal))
            try Self.overwrite(journal, String(decoding: text.dropLast(7), as: UTF8.self))
        case .journalOfAnotherIndex:
            try Self.resume(common, times: 1, journal: journal)
            let records = try #require(FileManager.default.contents(atPath: journal))
            // Completed in place (the same inode number as the record's), then found by list's full check.
            try Self.overwrite("\(sessions)/2027-02-01-bbbb.json", try Self.variant(design, id: "2027-02-01-bbbb", date: "2027-02-01", complete: true))
            _ = try GuidanceProcess.run(["list"] + common)
            #expect(FileManager.default.contents(atPath: journal)?.isEmpty == true, "list empties the journal")
            try Self.overwrite(journal, String(decoding: records, as: UTF8.self))
        case .savedWithoutItsJournalRecord:
            try Self.resume(common, times: 1, journal: journal)
            let text = try Self.variant(design, id: "2027-02-01-bbbb", date: "2027-02-01", complete: true)
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: "\(sessions)/2027-02-01-bbbb.json"))
        case .deletedWhileTheJournalHoldsASave:
            try Self.resume(common, times: 1, journal: journal)
            let deleted = try GuidanceProcess.run(["delete", "2027-02-01-bbbb", "--yes"] + common)
            #expect(deleted.code == 0, "delete: \(deleted.stderr)")
        case .indexCutShort:
            let text = try String(contentsOfFile: index, encoding: .utf8)
            try Self.overwrite(index, String(text.prefix(text.count / 2)))
        }
        #expect(try Self.answers(common, warnings: warnings, older: older) == expected, "with the stale index")
        #expect(try Self.answers(common, warnings: warnings, older: older) == expected, "with the index caught up")
        try FileManager.default.removeItem(atPath: index)
        #expect(try Self.answers(common, warnings: warnings, older: older) == expected, "without an index")
    }
}
