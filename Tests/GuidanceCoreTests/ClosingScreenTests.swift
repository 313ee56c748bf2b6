import Foundation
import Testing
@testable import GuidanceCore

/// The screen at the end of a meeting: what was agreed, the plan's headline, the next steps.
@Suite("Closing screen")
struct ClosingScreenTests {
    @Test func alexsMeetingEndsWithTheAgreementThePlanAndTheNextSteps() throws {
        let made = try ArticleCases.plan("alex")
        let lines = ClosingScreen.lines(plan: made, id: "2027-02-01-case", mode: .director)
        // The three parts, in order, each under its heading.
        let headings = ClosingScreen.headings.map { heading in lines.firstIndex(of: heading) }
        #expect(headings.allSatisfy { $0 != nil })
        #expect(headings.compactMap { $0 } == headings.compactMap { $0 }.sorted())
        #expect(lines.contains("  Strategic why: " + made.goals.joined(separator: "; ")))
        #expect(lines.contains { $0.hasPrefix("  Growth segment: ") })
        let split = made.segments.map { "\($0.name) \($0.directedShare)%" }.joined(separator: ", ")
        #expect(lines.contains("  Focus split: " + split))
        // Planned against directed, one segment after another, as whole percents.
        let planned = made.segments.map { "\($0.name) \(AnswerFormatter.number($0.plannedShare.rounded(0)))% (\($0.directedShare)%)" }
        #expect(lines.contains("  Hours planned against the split: " + planned.joined(separator: ", ")))
        // The commands with what each does, the descriptions in one column.
        let plan = try #require(lines.first { $0.hasPrefix("  guidance plan 2027-02-01-case ") })
        let export = try #require(lines.first { $0.hasPrefix("  guidance export 2027-02-01-case --all -o exports ") })
        #expect(plan.hasSuffix("   read the plan draft") && export.hasSuffix("   write the plan, calendar and agenda files"))
        #expect(plan.range(of: "read")?.lowerBound.utf16Offset(in: plan) == export.range(of: "write")?.lowerBound.utf16Offset(in: export))
    }

    @Test func decisionsAreCountedAndTheFirstThreeNamed() throws {
        var plan = try ArticleCases.plan("alex")
        for (count, expected) in [(0, ["  No decisions needed from your director."]),
                                  (1, ["  1 decision needed from your director:", "    1. D1"]),
                                  (5, ["  5 decisions needed from your director:", "    1. D1", "    2. D2", "    3. D3", "    and 2 more in the plan."])] {
            plan.decisions = (0..<count).map { Decision(decision: "D\($0 + 1)", why: "") }
            let lines = ClosingScreen.lines(plan: plan, id: "x", mode: .director)
            let start = try #require(lines.firstIndex { $0.contains("decision") })
            #expect(Array(lines[start..<(start + expected.count)]) == expected, "\(count) decisions")
            #expect(!lines.contains("    4. D4"))
        }
    }

    @Test func theInvitationIsOfferedOnlyWithTheDirectorsEmail() throws {
        var plan = try ArticleCases.plan("alex")
        plan.director = GuidanceFacts.Person(name: "Sam Patel", email: "sam@example.com")
        #expect(ClosingScreen.lines(plan: plan, id: "x", mode: .director).contains { $0.hasPrefix("  guidance invite x -o invite.ics ") })
        plan.director = GuidanceFacts.Person(name: "Sam Patel", email: nil)
        #expect(!ClosingScreen.lines(plan: plan, id: "x", mode: .director).contains { $0.contains("guidance invite") })
    }

    @Test func theNextDatesComeSoonestFirst() throws {
        let plan = try ArticleCases.plan("alex")
        let lines = ClosingScreen.lines(plan: plan, id: "x", mode: .director)
        let meeting = try #require(plan.calendar.first { $0.category == .guidanceMeeting })
        let planning = try #require(plan.calendar.first { $0.category == .planningAppointment })
        let meetingLine = try #require(lines.firstIndex { $0.hasPrefix("  Next guidance meeting: \(meeting.date.spoken)") })
        let planningLine = try #require(lines.firstIndex { $0.hasPrefix("  Planning appointment: \(planning.date.spoken)") })
        #expect((meeting.date < planning.date) == (meetingLine < planningLine))
    }

    @Test func aSelfPlanningSessionSaysItsAnswersAreAssumptions() throws {
        let plan = try ArticleCases.plan("alex")
        let lines = ClosingScreen.lines(plan: plan, id: "x", mode: .selfPlanning)
        #expect(lines.first == "What you assumed (to confirm with your director)")
        #expect(!lines.contains("What was agreed"))
    }
}

/// Which pager long output goes through.
@Suite("Pager choice")
struct PagerChoiceTests {
    @Test func onlyOnATerminalAndAsThePersonAsked() {
        let cases: [([String: String], Bool, Bool, String?)] = [
            ([:], true, true, "less -FRX"),
            ([:], true, false, nil),                       // no less installed: print as it is
            ([:], false, true, nil),                       // into a pipe or a file: never
            (["PAGER": "more"], true, true, "more"),
            (["PAGER": "most -s"], true, false, "most -s"),
            (["PAGER": "more"], false, true, nil),
            (["PAGER": ""], true, true, nil),              // an empty PAGER turns paging off
            (["PAGER": " cat "], true, true, nil),
        ]
        for (environment, terminal, less, expected) in cases {
            #expect(PagerChoice.command(environment: environment, outputIsTerminal: terminal, lessInstalled: { less }) == expected,
                    "\(environment) terminal \(terminal) less \(less)")
        }
    }

    @Test func lessIsLookedForOnThePath() {
        let found = ["/usr/bin/less"]
        #expect(PagerChoice.onPath("less", path: "/usr/local/bin:/usr/bin", isExecutable: found.contains))
        #expect(!PagerChoice.onPath("less", path: "/opt/bin", isExecutable: found.contains))
        #expect(PagerChoice.onPath("less", path: nil, isExecutable: found.contains))
        #expect(!PagerChoice.onPath("less", path: ":", isExecutable: { $0 == "/less" }))
    }
}
