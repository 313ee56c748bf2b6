import Foundation
import Testing
import GuidanceCore

/// A quarter through the real binary: the meeting, its plan and calendar, three monthly reviews with slipped and
/// dropped work and unplanned hours, `status` after each, and the plan re-planned around what happened.
@Suite("A quarter end to end")
struct QuarterEndToEndTests {
    static func run(_ arguments: [String], _ common: [String], input: String = "") throws -> GuidanceProcess.Result {
        let result = try GuidanceProcess.run(arguments + common, input: input)
        #expect(result.code == 0, "guidance \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    @Test func aQuarterOfReviewsShowsTheSplitReplansAndKeepsTheCalendarsUIDs() throws {
        let folder = try TemporaryFolder()
        let (id, common) = try StatusCommandTests.alex(folder)
        let firstCalendar = folder.path + "/first.ics"
        _ = try Self.run(["calendar", id, "-o", firstCalendar], common)
        #expect(try Self.run(["status", id], common).stdout.contains("No month of this plan has been reviewed yet."))

        // March: the Leeds campaign dropped, the prospect list slipped into April, 40 hours on worried hospitality clients.
        let march = try folder.write("march.json", """
            {"format": "guidance-review/1",
             "campaigns": [{"campaign": "Leeds switch campaign", "outcome": "dropped", "reason": "Their clients had signed elsewhere"}],
             "tasks": [{"campaign": "Dentistry Show", "task": "Prospect list for the segment", "outcome": "moved", "to": "2027-04-12"},
                       {"campaign": "Dentistry Show", "task": "Book the stand, venue or speaking slot", "outcome": "done", "hours": 4, "cost": 2260}],
             "unplanned": [{"what": "Calls with worried hospitality clients", "segment": "Hospitality", "hours": 40}]}
            """)
        #expect(try Self.run(["review", id, "--month", "1", "--answers", march], common).stdout.hasPrefix("Stored the review of month 1 (March 2027)"))
        let afterMarch = try Self.run(["status", id], common).stdout
        let warning = try #require(afterMarch.components(separatedBy: "\n").first { $0.hasPrefix("! Dental practices: ") })
        #expect(warning.hasSuffix("% of the hours so far against 50% directed."))
        #expect(afterMarch.contains("\n- Leeds switch campaign: "))
        #expect(afterMarch.contains("\n- Prospect list for the segment (Dentistry Show), due Thu 11 Mar: moved to Mon 12 Apr\n"))

        // The plan is re-planned: the done task keeps its real hours, the dropped campaign is gone, the moved task is on 12 April.
        let csv = try Self.run(["plan", id, "--format", "csv"], common).stdout
        #expect(!csv.contains("Leeds switch campaign"))
        #expect(csv.contains("2027-04-12,2,7,Dental practices,grow,Dentistry Show,"))
        #expect(csv.components(separatedBy: "\r\n").contains { $0.contains(",Dentistry Show,") && $0.contains("Book the stand") && $0.contains(",4,2260,") })
        let secondCalendar = folder.path + "/second.ics"
        _ = try Self.run(["calendar", id, "-o", secondCalendar, "--force"], common)
        let before = try ReplanAfterReviewTests.sequences(firstCalendar), after = try ReplanAfterReviewTests.sequences(secondCalendar)
        #expect(Set(after.keys).isSubset(of: before.keys), "unchanged entries keep their UIDs")
        #expect(after.allSatisfy { before[$0.key] == $0.value }, "no entry changed but the dropped one, which is gone")

        // April: everything as planned but the webinar's invitations, dropped; 10 hours at a retail fair nobody planned.
        let april = try folder.write("april.json", """
            {"format": "guidance-review/1",
             "tasks": [{"campaign": "Dental practices webinar (May)", "task": "Webinar invitations and promotion", "outcome": "dropped", "reason": "No speaker yet"}],
             "unplanned": [{"what": "Retail trade fair", "segment": "Retail", "hours": 10}]}
            """)
        _ = try Self.run(["review", id, "--month", "2", "--answers", april], common)
        let afterApril = try Self.run(["status", id], common).stdout
        #expect(afterApril.contains("\nReviewed: March 2027 and April 2027.\n"))
        #expect(afterApril.replacingOccurrences(of: "\n  ", with: " ")
            .contains("Webinar invitations and promotion (Dental practices webinar (May)), due Mon 19 Apr: dropped: No speaker yet"))

        // May: as planned.
        _ = try Self.run(["review", id, "--month", "3", "--answers", "-"], common, input: #"{"format": "guidance-review/1"}"#)
        let afterMay = try Self.run(["status", id], common).stdout
        #expect(afterMay.contains("\nReviewed: March 2027, April 2027 and May 2027.\n"))
        #expect(afterMay.contains("\n- Calls with worried hospitality clients (Hospitality): 40 hours\n- Retail trade fair (Retail): 10 hours\n"))

        // The next meeting's agenda starts from what really happened.
        let agenda = try Self.run(["agenda", "--from", id], common).stdout
        #expect(agenda.contains("\nWhat really happened (March 2027, April 2027 and May 2027 reviewed):\n- Dental practices: "))

        // Next quarter's meeting (piped): last quarter's open action first; the website update is done by the May review,
        // so it is noted, not asked; the Dentistry Show and the Leeds change have passed and are not offered as keep.
        let lines = ["done"] + Array(repeating: "", count: 60)
        let next = try Self.run(["new", "--date", "2027-06-01"], common, input: lines.joined(separator: "\n") + "\n").stdout
        let opening = try #require(next.range(of: "Last quarter's open actions first")?.lowerBound)
        let firstTopic = try #require(next.range(of: "Topic 1 of 9")?.lowerBound)
        #expect(opening < firstTopic)
        #expect(next.contains("Send the plan draft (Alex, due Friday 5 February 2027): done, carry on or drop?"))
        #expect(next.contains("Website update: done, as the May 2027 review says; not carried into the new plan."))
        #expect(!next.contains("Website update was planned for month 3 of the last plan"))
        #expect(next.contains("Dentistry Show passed on Thursday 22 April 2027."))
        #expect(next.contains("Case study pack: delivered, as the March 2027 review says."))
        #expect(next.contains("A competitor closed its Leeds office passed on Monday 8 March 2027."))
        #expect(!next.contains("keep Dentistry Show") && !next.contains("keep A competitor closed its Leeds office"))
        #expect(next.contains("That was the last question."))
    }
}
