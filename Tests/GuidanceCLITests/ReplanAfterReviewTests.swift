import Foundation
import Testing
import GuidanceCore

/// After a review, `guidance plan` and `guidance calendar` re-plan around what happened, through the binary.
@Suite("Re-plan after a review")
struct ReplanAfterReviewTests {
    /// UID to SEQUENCE of every VEVENT of a calendar file (folded lines unfolded).
    static func sequences(_ path: String) throws -> [String: String] {
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\r\n ", with: "")
        var result: [String: String] = [:]
        for event in text.components(separatedBy: "BEGIN:VEVENT").dropFirst() {
            let lines = event.components(separatedBy: "\r\n")
            guard let uid = lines.first(where: { $0.hasPrefix("UID:") }) else { continue }
            result[uid] = lines.first { $0.hasPrefix("SEQUENCE:") } ?? "SEQUENCE:0"
        }
        return result
    }

    @Test func droppedWorkGoesMovedWorkMovesAndOnlyWhatChangedGetsANewSequence() throws {
        let folder = try TemporaryFolder()
        let (id, common) = try StatusCommandTests.alex(folder)
        let first = folder.path + "/first.ics", second = folder.path + "/second.ics"
        #expect(try GuidanceProcess.run(["calendar", id, "-o", first] + common).code == 0)
        _ = try folder.write("sessions/\(id).review-1", """
            {"format": "guidance-review/1", "session": "\(id)", "month": 1,
             "campaigns": [{"campaign": "Leeds switch campaign", "outcome": "dropped", "reason": "Their clients had signed elsewhere"}],
             "tasks": [{"campaign": "Sales material for Dental practices", "task": "Hand the material to Sales and show how to use it",
                        "outcome": "moved", "to": "2027-04-07"}]}
            """)
        let plan = try GuidanceProcess.run(["plan", id] + common)
        #expect(plan.code == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("At the March 2027 review, Leeds switch campaign was dropped: Their clients had signed"))
        #expect(!plan.stdout.contains("  Leeds switch campaign "))
        #expect(try GuidanceProcess.run(["calendar", id, "-o", second, "--force"] + common).code == 0)
        let before = try Self.sequences(first), after = try Self.sequences(second)
        let gone = Set(before.keys).subtracting(after.keys)
        #expect(gone.count == 1 && gone.first?.contains("launch-") == true, "\(gone)")
        #expect(Set(after.keys).isSubset(of: before.keys), "no entry gets a new UID")
        let raised = after.filter { before[$0.key] != $0.value }.map(\.key)
        #expect(raised.count == 1 && raised.first?.contains("launch-") == true, "only the moved hand-over's launch changed: \(raised)")
    }
}

/// Reviews made one month after another with `guidance review --answers`: each month asks about the plan the
/// months before it left, so work moved into April is April's to answer, and every review still reads back.
@Suite("Reviews month after month")
struct ReviewChainCommandTests {
    @Test func workMovedIntoTheNextMonthIsAnsweredThereAndEveryReviewStillReads() throws {
        let folder = try TemporaryFolder()
        let (id, common) = try StatusCommandTests.alex(folder)
        let march = try folder.write("march.json", """
            {"format": "guidance-review/1", "tasks": [{"campaign": "Dentistry Show", "task": "Prospect list for the segment",
             "outcome": "moved", "to": "2027-04-12"}]}
            """)
        let april = try folder.write("april.json", """
            {"format": "guidance-review/1", "tasks": [{"campaign": "Dentistry Show", "task": "Prospect list for the segment",
             "outcome": "done", "hours": 7}]}
            """)
        let first = try GuidanceProcess.run(["review", id, "--month", "1", "--answers", march] + common)
        #expect(first.code == 0, "\(first.stderr)")
        let second = try GuidanceProcess.run(["review", id, "--month", "2", "--answers", april] + common)
        #expect(second.code == 0, "\(second.stderr)")
        let status = try GuidanceProcess.run(["status", id] + common)
        #expect(status.code == 0, "\(status.stderr)")
        #expect(status.stdout.contains("\nReviewed: March 2027 and April 2027.\n"))
        #expect(!status.stdout.contains("Prospect list for the segment (Dentistry Show), due Thu 11 Mar: moved"),
                "moved in March, done in April: it no longer slipped")
        // March answered again: its review is read against the plan as first made, not against April's.
        let again = try GuidanceProcess.run(["review", id, "--month", "1", "--answers", march] + common)
        #expect(again.code == 0, "\(again.stderr)")
        #expect(try GuidanceProcess.run(["plan", id] + common).code == 0)
    }
}
