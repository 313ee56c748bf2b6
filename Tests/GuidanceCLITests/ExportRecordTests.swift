import Foundation
import Glibc
import Testing
import GuidanceCore

/// The record of written files, the exports and the calendar state: written together or not at all, one process at a time.
@Suite("Export record")
struct ExportRecordTests {
    /// Starts `guidance arguments` through /bin/sh under `umask`; standard error goes to `errors`, standard output nowhere.
    func start(_ arguments: [String], umask: String = "022", errors: String = "/dev/null") throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "umask \"$1\" && err=\"$2\" && shift 2 && exec \"$0\" \"$@\" 2>\"$err\" >/dev/null",
                             try BinaryLocator.guidance().path, umask, errors] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["TZ"] = "UTC"
        process.environment = environment
        try process.run()
        return process
    }

    func names(_ path: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

    func mode(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    @Test func aRecordThatCannotBeWrittenLeavesNoExportAndNoCalendarState() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try ExportCommandTests().stored(folder)
        let sessions = folder.path + "/sessions"
        let before = names(sessions)
        // Root writes through any permission bits, so as root a folder in the record's place makes its write fail.
        let asRoot = getuid() == 0
        if asRoot {
            try FileManager.default.createDirectory(atPath: sessions + "/exports-written", withIntermediateDirectories: false)
        } else {
            #expect(chmod(sessions, 0o500) == 0)
        }
        let plan = try GuidanceProcess.run(["plan", id, "-o", folder.path + "/out/plan.md"] + common)
        let calendar = try GuidanceProcess.run(["calendar", id, "-o", folder.path + "/out/calendar.ics"] + common)
        let export = try GuidanceProcess.run(["export", id, "--all", "-o", folder.path + "/all"] + common)
        if asRoot {
            try FileManager.default.removeItem(atPath: sessions + "/exports-written")
        } else {
            #expect(chmod(sessions, 0o700) == 0)
        }
        for refused in [plan, calendar, export] {
            #expect(refused.code == (asRoot ? 74 : 73))
            #expect(refused.stderr.hasPrefix("guidance: Nothing was written: guidance keeps its record of the files it wrote in \(sessions), and could not write \(sessions)/exports-written"), "\(refused.stderr)")
            #expect(refused.stderr.hasSuffix(". Check that you may write to that folder, or give --sessions DIR, then try again.\n"))
        }
        #expect(names(folder.path + "/out") == [], "no export, no temporary file")
        #expect(names(folder.path + "/all") == [])
        #expect(names(sessions).filter { $0 != "exports-written.lock" } == before, "no calendar state, no temporary file")
        for _ in 0..<2 {
            let again = try GuidanceProcess.run(["plan", id, "-o", folder.path + "/out/plan.md"] + common)
            #expect(again.code == 0, "the file is not taken for someone else's: \(again.stderr)")
        }
    }

    @Test func aRefusedExportLeavesTheCalendarStateAlone() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try ExportCommandTests().stored(folder)
        let state = folder.path + "/sessions/\(id).calendar-state"
        let mine = try folder.write("all/\(id)-calendar.ics", "my calendar")
        let export = try GuidanceProcess.run(["export", id, "--all", "-o", folder.path + "/all"] + common)
        let calendar = try GuidanceProcess.run(["calendar", id, "-o", mine] + common)
        #expect(export.code == 73 && calendar.code == 73)
        #expect(!FileManager.default.fileExists(atPath: state))
        let written = try GuidanceProcess.run(["calendar", id, "-o", folder.path + "/mine.ics"] + common)
        #expect(written.code == 0)
        #expect(FileManager.default.fileExists(atPath: state))
        #expect(mode(state) == 0o600)
    }

    @Test func concurrentExportsIntoOneFolderAllSucceed() throws {
        let folder = try TemporaryFolder()
        let (common, first) = try ExportCommandTests().stored(folder)
        _ = try ExportCommandTests().stored(folder)
        let second = String(try #require(folder.sessionFiles().first { $0 != "\(first).json" }).dropLast(5))
        let out = folder.path + "/out"
        for round in 0..<3 {
            var running: [(Process, String)] = []
            for index in 0..<4 {
                let errors = folder.path + "/errors-\(round)-\(index)"
                running.append((try start(["export", index % 2 == 0 ? first : second, "--all", "-o", out] + common, errors: errors), errors))
            }
            for (process, errors) in running {
                process.waitUntilExit()
                let stderr = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
                #expect(process.terminationStatus == 0, "round \(round): \(stderr)")
            }
        }
        #expect(names(out).count == 14)
    }

    @Test func anExportWaitsWhileAnotherHoldsTheRecord() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try ExportCommandTests().stored(folder)
        let out = folder.path + "/out"
        let lock = try ExportRecordLock(path: folder.path + "/sessions/exports-written.lock")
        let export = try start(["export", id, "--all", "-o", out] + common)
        let wroteWhileLocked = RunningGuidance.waitUntil(timeout: 3) { !names(out).isEmpty || !export.isRunning }
        #expect(!wroteWhileLocked, "nothing is read or written while another process holds the record")
        lock.release()
        export.waitUntilExit()
        #expect(export.terminationStatus == 0)
        #expect(names(out).count == 7)
    }

    @Test(arguments: [("077", mode_t(0o600)), ("022", 0o644), ("002", 0o664), ("027", 0o640)])
    func exportsFollowTheUmaskAndSessionsStayPrivate(_ umask: String, _ expected: mode_t) throws {
        let folder = try TemporaryFolder()
        let answers = try folder.write("answers.json", Fixtures.designAnswers)
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let stored = try start(["new", "--answers", answers] + common, umask: umask)
        stored.waitUntilExit()
        let id = String(try #require(folder.sessionFiles().first).dropLast(5))
        #expect(mode(folder.path + "/sessions/\(id).json") == 0o600)
        let export = try start(["export", id, "--all", "-o", folder.path + "/out"] + common, umask: umask)
        export.waitUntilExit()
        #expect(export.terminationStatus == 0)
        #expect(names(folder.path + "/out").map { mode(folder.path + "/out/" + $0) } == Array(repeating: expected, count: 7))
        #expect(mode(folder.path + "/sessions/exports-written") == 0o600)
        #expect(mode(folder.path + "/sessions/\(id).calendar-state") == 0o600)
    }

    @Test func aSessionOthersCouldReadIsMadePrivateWithOneWarning() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try ExportCommandTests().stored(folder)
        let path = folder.path + "/sessions/\(id).json"
        #expect(chmod(path, 0o644) == 0)
        let first = try GuidanceProcess.run(["plan", "latest"] + common)
        #expect(first.code == 0)
        let warning = "guidance: warning: The session file \(path) could be read or changed by other people (permissions 644). It is now private to you (600).\n"
        #expect(first.stderr == warning, "once, though the session is read more than once")
        #expect(mode(path) == 0o600)
        let second = try GuidanceProcess.run(["show", id] + common)
        #expect(second.code == 0)
        #expect(second.stderr == "")
    }

    @Test func listMarksTheSessionsShowRefusesAsDamaged() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try ExportCommandTests().stored(folder)
        let path = folder.path + "/sessions/\(id).json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"Legal\": 20"))
        try Data(text.replacingOccurrences(of: "\"Legal\": 20", with: "\"Legal\": 30").utf8).write(to: URL(fileURLWithPath: path))
        let show = try GuidanceProcess.run(["show", id] + common)
        #expect(show.code == 65)
        let list = try GuidanceProcess.run(["list"] + common)
        #expect(list.code == 0)
        #expect(list.stdout == "\(id)  2027-02-01  director meeting  damaged: its answer \"focus\" does not fit the question: the percentages add up to 110; they must total exactly 100\n")
    }
}
