import Foundation
import Testing
import GuidanceCore

/// `guidance review` through the binary: the answers file stored as a complete review, every refusal with its
/// exit code and sentence, the walk read from a pipe (stopping at a refused line, carrying on), and reopening.
@Suite("Review command")
struct ReviewCommandTests {
    /// The design example with an exit plan: a finished session whose plan starts on 1 March 2027.
    static let finished = Fixtures.designAnswersV2.replacingOccurrences(
        of: "\"answers\": {", with: "\"answers\": {\"exit_plan\": \"Keep clients informed\", ")

    static let answers = #"""
        {"format": "guidance-review/1",
         "campaigns": [{"campaign": "Local awareness campaign in Leeds", "outcome": "dropped", "reason": "The competitor reopened"}],
         "tasks": [{"campaign": "Retail: keep and renew (March)", "task": "Renewal reminders", "outcome": "moved", "to": "2027-04-12"},
                   {"campaign": "Retail: keep and renew (March)", "task": "Customer newsletter", "hours": 6, "cost": 300}],
         "unplanned": [{"what": "Hotel crisis calls", "segment": "Hospitality", "hours": 12}]}
        """#

    /// The stored review of `month`, parsed.
    static func stored(_ folder: TemporaryFolder, _ id: String, month: Int = 1) throws -> JSONValue {
        try JSONParser.parse(try Data(contentsOf: folder.url.appendingPathComponent("sessions/\(id).review-\(month)")))
    }

    /// The stored task of `campaign` named `task`.
    static func task(_ review: JSONValue, _ campaign: String, _ task: String) -> JSONValue? {
        review["tasks"]?.arrayValue?.first { $0["campaign"]?.stringValue == campaign && $0["task"]?.stringValue == task }
    }

    @Test func anAnswersFileIsStoredAsACompleteReviewBesideTheSession() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try folder.storeDesignSession(Self.finished)
        let file = try folder.write("review.json", Self.answers)
        let result = try GuidanceProcess.run(["review", "--month", "1", "--answers", file] + common)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout == "Stored the review of month 1 (March 2027) of session \(id): 31 tasks: 22 done, 1 moved, 8 dropped; unplanned work 12 h; 88 h taken against 99 h planned.\n")
        let review = try Self.stored(folder, id)
        #expect(review["format"] == .string("guidance-review/1"))
        #expect(review["session"] == .string(id))
        #expect(review["complete"] == .bool(true))
        #expect(review["tasks"]?.arrayValue?.count == 31)
        let moved = Self.task(review, "Retail: keep and renew (March)", "Renewal reminders")
        #expect(moved?["outcome"] == .string("moved") && moved?["to"] == .string("2027-04-12") && moved?["hours"] == .number(0))
        let newsletter = Self.task(review, "Retail: keep and renew (March)", "Customer newsletter")
        #expect(newsletter?["outcome"] == .string("done") && newsletter?["hours"] == .number(6) && newsletter?["cost"] == .number(300))
        #expect(review["unplanned"] == .array([.object(JSONObject([("what", .string("Hotel crisis calls")), ("segment", .string("Hospitality")),
                                                                    ("hours", .number(12)), ("cost", .number(0))]))]))
        let path = folder.url.appendingPathComponent("sessions/\(id).review-1").path
        let mode = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)
        #expect(mode.intValue & 0o777 == 0o600)
        #expect(folder.sessionFiles() == ["\(id).json"], "the session list does not take the review for a session")
        let list = try GuidanceProcess.run(["list"] + common)
        #expect(list.code == 0 && list.stderr.isEmpty)
    }

    @Test func standardInputAndTheDateChooseTheLatestFinishedSessionAndItsMonth() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try folder.storeDesignSession(Self.finished)
        let result = try GuidanceProcess.run(["review", "--date", "2027-04-15", "--answers", "-"] + common, input: #"{"format": "guidance-review/1"}"#)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Stored the review of month 2 (April 2027) of session \(id): "))
        #expect(try Self.stored(folder, id, month: 2)["month"] == .number(2))
    }

    @Test(arguments: [
        (["--month", "4"], "", 64, "guidance: --month 4 is not a month of the plan; use 1, 2 or 3 (a plan has three months).\nusage: guidance review [ID] [--month 1|2|3] [--answers FILE] [--date DAY]\n"),
        (["--month", "one"], "", 64, "guidance: --month one is not a month of the plan; use 1, 2 or 3 (a plan has three months).\nusage: guidance review [ID] [--month 1|2|3] [--answers FILE] [--date DAY]\n"),
        (["--date", "2027-13-01"], "", 64, "guidance: --date 2027-13-01 is not a real date: months run from 01 to 12, so type a date such as 2027-12-01.\nusage: guidance review [ID] [--month 1|2|3] [--answers FILE] [--date DAY]\n"),
        (["--answers", "missing.json"], "", 66, "guidance: Cannot read the answers file missing.json; check the name and that it exists.\n"),
        (["--month", "1", "--answers", "-"], #"{"format": "guidance-review/1", "tasks": [{"campaign": "Retail: keep and renew (March)", "task": "Renewal reminders", "outcome": "lost"}]}"#, 65,
         #"guidance: standard input: In tasks, entry 1, "outcome" should be done, moved, dropped or going, not "lost". Nothing was stored."# + "\n"),
        (["--month", "2", "--answers", "-"], #"{"format": "guidance-review/1", "month": 1}"#, 65,
         "guidance: standard input: The review is of month 1, not month 2. Nothing was stored.\n"),
        (["--answers", "-"], "{", 65, "guidance: standard input: "),
    ] as [([String], String, Int32, String)])
    func aReviewThatCannotBeMadeSaysWhyWithItsCode(_ arguments: [String], _ input: String, _ code: Int32, _ message: String) throws {
        let folder = try TemporaryFolder()
        let (common, _) = try folder.storeDesignSession(Self.finished)
        let result = try GuidanceProcess.run(["review"] + arguments + common, input: input)
        #expect(result.code == code)
        #expect(result.stderr.hasPrefix(message), "stderr was: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/sessions")
        #expect(!files.contains { $0.contains(".review-") }, "nothing is stored")
    }

    @Test func withoutAFinishedSessionThereIsNothingToReview() throws {
        let folder = try TemporaryFolder()
        let (common, _) = try folder.storeDesignSession(Fixtures.designAnswersV2)  // one question unanswered
        let result = try GuidanceProcess.run(["review"] + common)
        #expect(result.code == 66)
        #expect(result.stderr == "guidance: There is no finished session to review in \(folder.path)/sessions; finish a meeting first (guidance resume), or name a session: guidance review ID.\n")
    }

    @Test func aPipedReviewStopsAtARefusedLineAndCarriesOnWhereItStopped() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try folder.storeDesignSession(Self.finished)
        let first = try GuidanceProcess.run(["review", id, "--date", "2027-03-20"] + common,
                                            input: ["", "t", "", "done 6h £300", "moved soonish", "moved 2027-04-12"].joined(separator: "\n") + "\n")
        #expect(first.code == 65)
        #expect(first.stdout.contains("Retail: keep and renew (March) (Retail): 4 tasks this month. Enter: all done as planned, or answer task by task with t\n2/11 Retail: keep and renew (March) > t\n"))
        #expect(first.stdout.contains("Fri 12 Mar Customer newsletter (3 h planned, GBP 0). Enter: done as planned; or type: done 6h £300 / moved 2027-04-12 / dropped REASON / going\n"))
        #expect(first.stdout.contains("  ✓ Done (6 h, GBP 300)\n"))
        #expect(first.stdout.contains(#"  ✗ "soonish" is not a date I understand: type it as 2027-04-01 or 1/4/2027, or say "next monday", "end of month" or "in 2 weeks"."#))
        #expect(first.stderr == "guidance: stopped at line 5 of the input, which was refused (see above); the lines after it were meant for other questions. The answers before it are saved: fix the line and carry on with guidance review \(id) --month 1.\n")
        var review = try Self.stored(folder, id)
        #expect(review["complete"] == .bool(false))
        #expect(review["tasks"]?.arrayValue?.count == 6)

        let ended = try GuidanceProcess.run(["review", id, "--month", "1"] + common, input: "\nt\n\n\nmoved 2027-04-12\n")
        #expect(ended.code == 0)
        #expect(ended.stdout.hasPrefix("Monthly review: month 1 (March 2027)  (session \(id))\nWelcome back: 6 of 31 tasks answered so far. The answers given are offered again: Enter keeps them.\n"))
        #expect(ended.stdout.contains("Enter: keep done (6 h, GBP 300); or type:"))
        #expect(ended.stdout.hasSuffix("\nSaved. To carry on later: guidance review \(id) --month 1\n"))

        let finished = try GuidanceProcess.run(["review", id, "--month", "1"] + common,
                                               input: String(repeating: "\n", count: 11) + "Hotel crisis calls, hosp, 12h\n\n")
        #expect(finished.code == 0, "\(finished.stderr)")
        #expect(finished.stdout.contains("Enter: keep the 3 answers given and take the other 1 as done as planned"))
        #expect(finished.stdout.contains("  ✓ Hotel crisis calls (Hospitality, 12 h)\n"))
        #expect(finished.stdout.contains("\nMonth 1 (March 2027): hours planned and taken\n"))
        #expect(finished.stdout.hasSuffix("Saved in \(folder.path)/sessions/\(id).review-1. To correct it: guidance review \(id) --month 1\n"))
        review = try Self.stored(folder, id)
        #expect(review["complete"] == .bool(true))
        #expect(review["tasks"]?.arrayValue?.count == 31)
        #expect(Self.task(review, "Retail: keep and renew (March)", "Renewal reminders")?["to"] == .string("2027-04-12"))
        #expect(Self.task(review, "Retail: keep and renew (March)", "Customer newsletter")?["cost"] == .number(300))

        let reopened = try GuidanceProcess.run(["review", id, "--month", "1"] + common, input: "\n")
        #expect(reopened.code == 0)
        #expect(reopened.stdout.contains("The review of month 1 is complete:\n  Month 1 (March 2027): hours planned and taken\n"))
        #expect(reopened.stdout.hasSuffix("Correct it? [y/N] \nNothing changed. The review is in \(folder.path)/sessions/\(id).review-1.\n"))
        let corrected = try GuidanceProcess.run(["review", id, "--month", "1"] + common, input: "y\n\nt\n\n\ndropped Nobody needed it\n")
        #expect(corrected.code == 0)
        review = try Self.stored(folder, id)
        #expect(review["complete"] == .bool(true), "a correction left half-way keeps the review complete")
        #expect(Self.task(review, "Retail: keep and renew (March)", "Renewal reminders")?["reason"] == .string("Nobody needed it"))
    }

    @Test func aPipedReviewReadsSlashedDaysInTheDateOrderChosen() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try folder.storeDesignSession(Self.finished)
        let result = try GuidanceProcess.run(["review", id, "--date", "2027-03-20", "--date-order", "mdy"] + common,
                                             input: ["", "t", "moved 4/12"].joined(separator: "\n") + "\n")
        #expect(result.stdout.contains("  ✓ Moved to Mon 12 Apr\n"), "\(result.stdout)")
        let review = try Self.stored(folder, id)
        #expect(review["tasks"]?.arrayValue?.contains { $0["outcome"] == .string("moved") && $0["to"] == .string("2027-04-12") } == true)
    }

    @Test func aSessionOpenInAShellCannotBeReviewedAndAReviewHoldsTheSessionsLock() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try folder.storeDesignSession(Self.finished)
        let meeting = try RunningGuidance(["resume", id] + common)
        let lockPath = folder.path + "/sessions/\(id).lock"
        #expect(RunningGuidance.waitUntil { (try? String(contentsOfFile: lockPath, encoding: .utf8))?.hasPrefix("\(meeting.process.processIdentifier) ") == true })
        let refused = try GuidanceProcess.run(["review", id, "--month", "1", "--answers", "-"] + common, input: #"{"format": "guidance-review/1"}"#)
        #expect(refused.code == 75)
        #expect(refused.stderr.hasPrefix("guidance: Session \(id) is open in another guidance shell (process \(meeting.process.processIdentifier))"))
        meeting.kill(signal: SIGKILL)

        let review = try RunningGuidance(["review", id, "--month", "1"] + common)
        #expect(RunningGuidance.waitUntil { (try? String(contentsOfFile: lockPath, encoding: .utf8))?.hasPrefix("\(review.process.processIdentifier) ") == true })
        let resume = try GuidanceProcess.run(["resume", id] + common)
        #expect(resume.code == 75)
        review.kill(signal: SIGKILL)
    }

    @Test func helpNamesTheReview() throws {
        let own = try GuidanceProcess.run(["review", "--help"])
        #expect(own.code == 0)
        #expect(own.stdout.hasPrefix("usage: guidance review [ID] [--month 1|2|3] [--answers FILE] [--date DAY]\n"))
        let main = try GuidanceProcess.run(["--help"])
        #expect(main.stdout.contains("  guidance review [ID]          the monthly review: what was done, moved or dropped, the hours it took,"))
        #expect(main.stdout.contains("| review [ID] |"))
    }
}
