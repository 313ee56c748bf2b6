import Foundation
import Testing
import GuidanceCore

/// Session files through the binary: locks, damaged files, leftovers, and a kill -9 mid-session.
@Suite("Session files end to end")
struct StoreEndToEndTests {
    func arguments(_ folder: TemporaryFolder, _ rest: [String]) -> [String] {
        rest + ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
    }

    func answersStored(_ folder: TemporaryFolder) -> Int {
        (try? folder.onlySession()["answers"]?.objectValue?.count) ?? -1
    }

    @Test func aSecondShellOnTheSameSessionIsRefused() throws {
        let folder = try TemporaryFolder()
        let first = try RunningGuidance(arguments(folder, ["new", "--date", "2027-02-01"]))
        first.send("Grow dental")
        #expect(RunningGuidance.waitUntil { answersStored(folder) == 1 })
        let id = String(try #require(folder.sessionFiles().first).dropLast(5))
        let second = try GuidanceProcess.run(arguments(folder, ["resume", id]))
        #expect(second.code == 75)
        #expect(second.stderr.contains("Session \(id) is open in another guidance shell (process \(first.process.processIdentifier))"))
        // resume without an id passes over the open session, and says so.
        let bare = try GuidanceProcess.run(arguments(folder, ["resume"]))
        #expect(bare.code == 75)
        #expect(bare.stdout.contains("Session \(id) is unfinished but open in another guidance shell, so it is left there."))
        #expect(bare.stderr.hasPrefix("guidance: Every unfinished session in "), "\(bare.stderr)")
        let older = try GuidanceProcess.run(arguments(folder, ["new", "--date", "2027-01-04"]), input: "Keep clients\n")
        #expect(older.code == 0)
        let other = try #require(folder.sessionFiles().map { String($0.dropLast(5)) }.first { $0 != id })
        let picked = try GuidanceProcess.run(arguments(folder, ["resume"]), input: "Dental practices, Retail\n")
        #expect(picked.code == 0, "\(picked.stderr)")
        #expect(picked.stdout.contains("(session \(other))"), "the unfinished session no shell has open is resumed")
        first.kill(signal: SIGKILL)
        let third = try GuidanceProcess.run(arguments(folder, ["resume", id]), input: "Dental practices, Retail\n")
        #expect(third.code == 0, "a lock left by a dead process does not block: \(third.stderr)")
        let stored = try JSONParser.parse(try Data(contentsOf: URL(fileURLWithPath: "\(folder.path)/sessions/\(id).json")))
        #expect(stored["answers"]?.objectValue?.count == 2)
    }

    @Test func killedMidSessionResumesWithNothingLost() throws {
        let folder = try TemporaryFolder()
        let lines = Fixtures.directorLines
        let running = try RunningGuidance(arguments(folder, ["new", "--date", "2027-02-01"]))
        let cut = 35 // inside the fundamentals records: three of the four parts of a record are typed
        for line in lines[..<cut] { running.send(line) }
        // Wait until the last line sent is saved, so the kill lands while the shell waits for the next line.
        #expect(RunningGuidance.waitUntil {
            (try? folder.onlySession()["position"]?["draft"]?["current"]?["month"]) != nil
        })
        running.kill(signal: SIGKILL)
        let resumed = try GuidanceProcess.run(arguments(folder, ["resume"]), input: lines[cut...].joined(separator: "\n") + "\n")
        #expect(resumed.code == 0, "\(resumed.stderr)")
        let session = try folder.onlySession()
        #expect(session["status"] == .string("complete"))
        let expected = try #require(JSONParser.parse(Fixtures.designAnswersV2)["answers"]?.objectValue)
        for (key, value) in expected.pairs { #expect(session["answers"]?[key]?["value"] == value, "answer \(key)") }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/sessions").filter { $0.hasSuffix(".tmp") || $0.hasSuffix(".lock") }
        #expect(leftovers.isEmpty)
    }

    @Test func aDamagedFileIsNamedAndNeverOverwrittenWhileOthersStillList() throws {
        let folder = try TemporaryFolder()
        let stored = try GuidanceProcess.run(arguments(folder, ["new", "--answers", folder.write("a.json", Fixtures.designAnswers)]))
        #expect(stored.code == 0)
        let damaged = "{\"format\": \"guidance-session/1\", \"schema\": 1, \"id\": \"2027-01-01-bad2\""
        let damagedPath = try folder.write("sessions/2027-01-01-bad2.json", damaged)
        try folder.write("sessions/.2027-01-01-abcd.json.tmp", "{half")
        try folder.write("sessions/notes.txt", "my notes")
        let list = try GuidanceProcess.run(arguments(folder, ["list"]))
        #expect(list.code == 0)
        #expect(list.stdout.contains("2027-02-01-"))
        #expect(list.stdout.contains("director meeting  in progress, 15 of 23 answered"))
        #expect(!list.stdout.contains(".tmp"))
        #expect(list.stderr.contains("The session file \(damagedPath) is damaged"))
        let show = try GuidanceProcess.run(arguments(folder, ["show", "2027-01-01-bad2"]))
        #expect(show.code == 65)
        #expect(show.stderr.contains(damagedPath))
        let resume = try GuidanceProcess.run(arguments(folder, ["resume", "2027-01-01-bad2"]), input: "x\n")
        #expect(resume.code == 65)
        #expect(try String(contentsOfFile: damagedPath, encoding: .utf8) == damaged)
    }

    @Test func aForeignFileIsRefusedByName() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("sessions/2027-01-01-xyz2.json", "{\"hello\": \"world\"}")
        let show = try GuidanceProcess.run(arguments(folder, ["show", "2027-01-01-xyz2"]))
        #expect(show.code == 65)
        #expect(show.stderr.contains("The session file \(path) is damaged (it is not a guidance session file"))
    }

    @Test func showPrintsEveryAnswerTopicByTopic() throws {
        let folder = try TemporaryFolder()
        _ = try GuidanceProcess.run(arguments(folder, ["new", "--answers", folder.write("a.json", Fixtures.designAnswers)]))
        let show = try GuidanceProcess.run(arguments(folder, ["show", "latest"]))
        #expect(show.code == 0)
        for text in ["1. Strategic why", "goals: Replace the income of the shrinking hospitality segment",
                     "focus: Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%",
                     "1) Website update (budget 6,000, month 3, approved yes)",
                     "1) Jo leaves (from Wednesday 31 March 2027, to Monday 31 May 2027, segments Retail, capacity -50%)",
                     "exit plan: (not answered yet)", "campaign budget: 12,000"] {
            #expect(show.stdout.contains(text), "missing: \(text)\n\(show.stdout)")
        }
    }
}
