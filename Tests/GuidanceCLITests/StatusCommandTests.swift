import Foundation
import Testing
import GuidanceCore

/// `guidance status` through the binary: the plan to date from the review files kept beside the session.
@Suite("Status")
struct StatusCommandTests {
    /// Alex's session stored in `folder`; its id and the common flags.
    static func alex(_ folder: TemporaryFolder) throws -> (id: String, common: [String]) {
        let file = try folder.write("alex.json", Fixtures.text("cases/alex.json"))
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let result = try GuidanceProcess.run(["new", "--answers", file] + common)
        #expect(result.code == 0, "\(result.stderr)")
        let id = try #require(result.stdout.components(separatedBy: "Stored session ").last?.prefix(15)).description
        return (id, common)
    }

    @Test func aMonthWhenTheGrowthSegmentGotTooLittleTimeIsWarnedOf() throws {
        let folder = try TemporaryFolder()
        let (id, common) = try Self.alex(folder)
        let review = """
            {"format": "guidance-review/1", "session": "\(id)", "month": 1,
             "campaigns": [{"campaign": "Leeds switch campaign", "outcome": "dropped", "reason": "Their clients had signed elsewhere"},
                           {"campaign": "Dentistry Show", "outcome": "going"}],
             "unplanned": [{"what": "Calls with worried hospitality clients", "segment": "Hospitality", "hours": 40}]}
            """
        _ = try folder.write("sessions/\(id).review-1", review)
        let result = try GuidanceProcess.run(["status", id] + common)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Plan to date: 1 March to 31 May 2027\n"))
        #expect(result.stdout.contains("\nReviewed: March 2027.\n"))
        let warning = try #require(result.stdout.components(separatedBy: "\n").first { $0.hasPrefix("! Dental practices: ") })
        #expect(warning.hasSuffix("% of the hours so far against 50% directed."))
        #expect(result.stdout.contains("\n- Leeds switch campaign: "))
        #expect(result.stdout.contains("\n- Calls with worried hospitality clients (Hospitality): 40 hours\n"))
        // The session list still shows one session: the review file is not taken for one.
        #expect(try GuidanceProcess.run(["list"] + common).stdout.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1)
    }

    @Test func withoutAReviewItSaysWhatToRun() throws {
        let folder = try TemporaryFolder()
        let (id, common) = try Self.alex(folder)
        let result = try GuidanceProcess.run(["status"] + common)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.replacingOccurrences(of: "\n", with: " ").contains("run: guidance review \(id) --month 1"))
    }

    @Test func aDamagedReviewIsRefusedWithItsReason() throws {
        let folder = try TemporaryFolder()
        let (id, common) = try Self.alex(folder)
        _ = try folder.write("sessions/\(id).review-2", #"{"format": "guidance-review/1", "tasks": [{"campaign": "Nope", "task": "x"}]}"#)
        let result = try GuidanceProcess.run(["status", id] + common)
        #expect(result.code == 65)
        #expect(result.stderr.contains("\(id).review-2 does not fit the plan: In tasks, entry 1, \"x\" of \"Nope\" is no task due or started in this month."))
        _ = try folder.write("sessions/\(id).review-2", "{not json")
        let damaged = try GuidanceProcess.run(["status", id] + common)
        #expect(damaged.code == 65)
        let advice = "Move it out of the sessions folder, then run guidance review \(id) --month 2 to answer month 2 afresh.\n"
        #expect(damaged.stderr == "guidance: The review \(folder.path)/sessions/\(id).review-2 cannot be used (line 1, column 2: expected a key in double quotes but found 'n'). " + advice)
        let review = try GuidanceProcess.run(["review", id, "--month", "2"] + common, input: "\n")
        #expect(review.code == 65)
        #expect(review.stderr.hasSuffix(advice), "review and status say the same: \(review.stderr)")
    }

    @Test func withNoFinishedSessionThereIsNothingToCheck() throws {
        let folder = try TemporaryFolder()
        let result = try GuidanceProcess.run(["status", "--sessions", folder.path + "/s", "--prompts", GuidanceProcess.prompts])
        #expect(result.code == 66)
        #expect(result.stderr.contains("There is no finished session yet, so there is no plan to check"))
    }
}

/// The next meeting's agenda after a reviewed month, through the binary.
@Suite("Agenda after a review")
struct AgendaAfterReviewTests {
    @Test func sinceLastTimeShowsTheActualSplitAgainstTheDirectedOne() throws {
        let folder = try TemporaryFolder()
        let (id, common) = try StatusCommandTests.alex(folder)
        _ = try folder.write("sessions/\(id).review-1", """
            {"format": "guidance-review/1", "session": "\(id)", "month": 1,
             "campaigns": [{"campaign": "Leeds switch campaign", "outcome": "dropped", "reason": "Their clients had signed elsewhere"}],
             "unplanned": [{"what": "Calls with worried hospitality clients", "segment": "Hospitality", "hours": 40}]}
            """)
        let result = try GuidanceProcess.run(["agenda", "--from", id] + common)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\nWhat really happened (March 2027 reviewed):\n- Dental practices: "))
        #expect(result.stdout.replacingOccurrences(of: "\n  ", with: " ").contains("% planned): more than 5 points short of the split\n"))
        #expect(result.stdout.contains("\n- Leeds switch campaign: "))
        #expect(result.stdout.contains("Unplanned: Calls with worried hospitality clients (Hospitality), 40 hours"))
    }
}

/// A session named by a part of its id, through the binary.
@Suite("Session id by a part")
struct SessionIDPartTests {
    @Test func aUniquePartNamesTheSessionAndASharedOneAsksForMore() throws {
        let folder = try TemporaryFolder()
        let (id, common) = try StatusCommandTests.alex(folder)
        let suffix = String(id.suffix(4))
        let show = try GuidanceProcess.run(["show", suffix] + common)
        #expect(show.code == 0, "\(show.stderr)")
        #expect(show.stdout.hasPrefix("Session \(id): Strategic Guidance meeting\n"))
        let second = try GuidanceProcess.run(["new", "--answers", try folder.write("again.json", Fixtures.text("cases/alex.json"))] + common)
        #expect(second.code == 0)
        let shared = try GuidanceProcess.run(["plan", "2027-02-01"] + common)
        #expect(shared.code == 64)
        #expect(shared.stderr.hasPrefix("guidance: \"2027-02-01\" is part of 2 session ids ("))
        #expect(shared.stderr.contains("): type more of the one you mean.\n"))
    }
}

/// `guidance list` counts only the questions that apply.
@Suite("List counts what applies")
struct ListCountTests {
    @Test func aFinishedMeetingIsCompleteWithEveryAnswer() throws {
        let folder = try TemporaryFolder()
        let (id, common) = try StatusCommandTests.alex(folder)
        let list = try GuidanceProcess.run(["list"] + common)
        #expect(list.stdout == "\(id)  2027-02-01  director meeting  complete, 23 answered\n")
    }
}

/// The focus split typed as bare numbers in the meeting, through the binary.
@Suite("Split as bare numbers")
struct BareSplitTests {
    @Test func fiftyTenTwentyTwentyGoesToTheSegmentsInTheirOrder() throws {
        let folder = try TemporaryFolder()
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let lines = Fixtures.directorLines.map { $0 == "Dental practices 50, Hospitality 10, Retail 20, Legal 20" ? "50/10/20/20" : $0 }
        #expect(lines != Fixtures.directorLines)
        let meeting = try GuidanceProcess.run(["new", "--date", "2027-02-01"] + common, input: lines.joined(separator: "\n") + "\n")
        #expect(meeting.code == 0, "\(meeting.stderr)")
        let show = try GuidanceProcess.run(["show", "latest"] + common)
        #expect(show.stdout.contains("focus: Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%"))
    }
}
