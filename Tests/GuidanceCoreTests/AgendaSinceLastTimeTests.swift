import Foundation
import Testing
@testable import GuidanceCore

/// "Since last time" and "To think about before we meet": drawn from the last session and the plan made from it.
@Suite struct AgendaSinceLastTimeTests {
    /// The version-2 example as last session, its plan, and the agenda of a meeting on `day`.
    static func agenda(on day: String = "2027-04-01") throws -> (agenda: Agenda, plan: Plan) {
        let last = try AgendaQuestionsTests.session(try TestScripts.designAnswersV2())
        let library = try #require(try? ActivityLibraryLoader.load(folder: TestScripts.promptsFolder).get())
        let plan = Planner.plan(session: last, library: library)
        let agenda = AgendaBuilder.agenda(script: try TestScripts.director(), meetingDate: CalendarDate(iso: day),
                                          previous: last, previousPlan: plan)
        return (agenda, plan)
    }

    @Test func itListsWhatTheLastPlanHadDueByTheMeetingDate() throws {
        let (agenda, plan) = try Self.agenda()
        let since = try #require(agenda.sinceLastTime)
        #expect(since.lastMeeting == CalendarDate(iso: "2027-02-01"))
        #expect(since.dueBy == CalendarDate(iso: "2027-04-01"))
        #expect(since.due.contains("Sales material: Case study pack, Dental practices (needed by 12 March 2027)"))
        #expect(!since.due.contains { $0.hasPrefix("Website update") }, "the website is due in month 3, after the meeting")
        let live = plan.campaigns.filter { ![.fundamentals, .salesMaterial].contains($0.purpose) && $0.goLive <= since.dueBy! }
        #expect(!live.isEmpty)
        let shown = live.count + 1 <= AgendaBuilder.dueShown ? live : []
        for campaign in shown {
            #expect(since.due.contains("\(campaign.name) (live from \(AgendaWords.day(campaign.goLive)))"), "\(campaign.name)")
        }
        let later = plan.campaigns.filter { $0.goLive > since.dueBy! && $0.purpose != .salesMaterial }
        for campaign in later { #expect(!since.due.contains { $0.hasPrefix(campaign.name + " (") }, "\(campaign.name)") }
    }

    @Test func anEarlierMeetingHasLessDue() throws {
        let march = try #require(try Self.agenda(on: "2027-03-05").agenda.sinceLastTime)
        let april = try #require(try Self.agenda().agenda.sinceLastTime)
        #expect(march.due.count < april.due.count)
        #expect(!march.due.contains { $0.hasPrefix("Sales material") }, "Sales needs the pack on 12 March")
    }

    @Test func itCarriesTheOpenActionsAndTheDecisionsStillWaiting() throws {
        let (agenda, plan) = try Self.agenda()
        #expect(agenda.openActions == ["Send the plan draft (Jodie, by Friday 5 February 2027)"])
        #expect(agenda.sinceLastTime?.decisions == plan.decisions.map(\.decision))
        var waiting = agenda
        waiting.sinceLastTime?.decisions = ["Approve Brochure reprint (1,800 GBP, month 2)?"]
        #expect(AgendaText.write(waiting).contains("""
            Open actions:
            - Send the plan draft (Jodie, by Friday 5 February 2027)

            Decisions still waiting:
            - Approve Brochure reprint (1,800 GBP, month 2)?
            """))
    }

    @Test func itGivesThreeToFivePointsToThinkAboutDrawnFromTheSituation() throws {
        let (agenda, plan) = try Self.agenda()
        #expect((3...5).contains(agenda.thinkAbout.count))
        let dental = try #require(plan.segments.first { $0.name == "Dental practices" })
        #expect(agenda.thinkAbout.first == "Dental practices, the growth segment, was to get 50% of the effort, and the plan gave it "
            + "\(PlanSummary.share(dental.plannedShare))% of the hours: has that share held since 1 March 2027?")
        #expect(agenda.thinkAbout.contains("Jo leaves, 31 March 2027 to 31 May 2027 (50% fewer hours for Retail): "
            + "does it still stand, and what should the next plan do about it?"))
    }

    @Test func aFirstMeetingHasNoSinceLastTimeAndNothingToThinkAboutYet() throws {
        let agenda = AgendaBuilder.agenda(script: try TestScripts.director(), meetingDate: CalendarDate(iso: "2027-04-01"), previous: nil)
        #expect(agenda.sinceLastTime == nil)
        #expect(agenda.thinkAbout.isEmpty)
        for text in [AgendaText.write(agenda), AgendaMarkdown.write(agenda), AgendaHTML.write(agenda)] {
            #expect(!text.contains("Since last time") && !text.contains("To think about") && !text.contains("Last time's answers"))
        }
    }

    @Test func aFewerThanThreePointSituationIsFilledWithQuestionsForAnyMeeting() throws {
        let last = try AgendaQuestionsTests.session(try JSONParser.parse(#"{"segments": ["Retail"]}"#).objectValue.map {
            Dictionary(uniqueKeysWithValues: $0.pairs.map { ($0.key, $0.value) })
        } ?? [:])
        let agenda = AgendaBuilder.agenda(script: try TestScripts.director(), meetingDate: nil, previous: last)
        #expect(agenda.thinkAbout == [
            "What has Sales heard from customers since 1 February 2027?",
            "Has anything moved in the market since 1 February 2027: a competitor, a rule, demand?",
            "Is anything coming inside the company in the next six months: people, products, moves?",
        ])
        #expect(AgendaText.write(agenda).contains("Due in the last plan:\nThe meeting has no date yet, so nothing is counted as due.\n"))
    }
}
