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
