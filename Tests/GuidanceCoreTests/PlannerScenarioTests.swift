import Foundation
import Testing
@testable import GuidanceCore

/// The three cases from the articles with their version-2 facts (`Tests/Fixtures/cases`), planned with the
/// shipped library and holidays: every numbered rule by name, and what each case was missing before.
@Suite("Planner scenarios: Alex, Jodie and Kate")
struct PlannerScenarioTests {
    static func day(_ iso: String) -> CalendarDate { SamplePlans.day(iso) }

    /// Every rule holds for `c`.
    static func expectEveryRule(_ c: PlannedCase, _ name: String) {
        for rule in PlanRule.allCases {
            #expect(rule.check(c).isEmpty, "\(name), rule \(rule): \(rule.check(c))")
        }
    }

    /// The campaign called `name`.
    static func campaign(_ c: PlannedCase, _ name: String) throws -> Campaign {
        try #require(c.plan.campaigns.first { $0.name == name }, "no campaign \(name) in \(c.plan.campaigns.map(\.name))")
    }

    @Test("Alex: the Dentistry Show worked back from 22 April, the case study before its pack, no loyalty work for a segment with no customers, no work on bank holidays")
    func alex() throws {
        let c = try PlanRulesBreakTests.planned("alex")
        Self.expectEveryRule(c, "Alex")
        // Rule 8: Good Friday, Easter Monday and both May bank holidays are days off.
        let holidays = ["2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31"].map(Self.day)
        for task in c.plan.rows {
            #expect(c.workingDays(task.start, task.due).allSatisfy { !holidays.contains($0) } && !holidays.contains(task.due), "\(task.activity) \(task.start)-\(task.due)")
        }
        #expect(c.plan.closedDays.map(\.date) == holidays)
        // Rule 3: invitations four to six weeks before the show, the show on its day, follow-up after.
        let show = try Self.campaign(c, "Dentistry Show")
        #expect((28...42).contains(show.goLive.days(until: Self.day("2027-04-22"))), "go-live \(show.goLive)")
        #expect(show.tasks.contains { $0.activityID == "event-day" && $0.due == Self.day("2027-04-22") })
        #expect(show.tasks.filter { $0.activityID == "event-follow-up-calls" }.allSatisfy { $0.due > Self.day("2027-04-22") })
        // Rule 2: the case study exists before the pack that holds it.
        let material = try Self.campaign(c, "Sales material for Dental practices")
        let study = try #require(material.tasks.first { $0.activityID == "case-study" })
        let pack = try #require(material.tasks.first { $0.activity == "Case study pack" })
        #expect(study.due < pack.start && pack.due <= Self.day("2027-03-26"))
        // Rule 6: no satisfaction survey, review request or appreciation event for a segment with no customers.
        let dental = c.plan.campaigns.filter { $0.segment == "Dental practices" }.flatMap(\.tasks)
        #expect(!dental.contains { ["satisfaction-survey", "review-request", "customer-event", "referral-request"].contains($0.activityID) })
        // Rule 7: each asset once; rule 5: the Leeds response is a campaign, live around 8 March.
        #expect(dental.filter { $0.activityID == "case-study" }.count == 1)
        let leeds = try Self.campaign(c, "Leeds switch campaign")
        #expect(leeds.tasks.filter(\.isMarketing).count >= 5 && leeds.goLive >= Self.day("2027-03-08") && leeds.goLive <= Self.day("2027-04-09"))
        // Rule 9 and 10: the target broken down, money timed with the campaigns and none left without a word.
        #expect(c.plan.targets.first?.stages.map(\.count) == [700, 35, 14, 4])
        let spend = dental.reduce(Decimal(0)) { $0 + $1.cost }, late = dental.filter { $0.month == 3 }.reduce(Decimal(0)) { $0 + $1.cost }
        #expect(late * 2 <= spend, "month 3: \(late) of \(spend)")
        // The first page says how many hours the weeks allow and how many are still free, worked out as rule 8 counts them.
        let allowed = PlanRules.weekLoads(c).limit.reduce(Decimal(0), +)
        #expect(abs(NSDecimalNumber(decimal: c.plan.usableHours - allowed).doubleValue) < 0.5, "\(c.plan.usableHours) against \(allowed)")
        #expect(PlanSummary.text(c.plan).contains("Marketing hours planned: \(PlanSummary.hours(c.plan.plannedHours)) of the \(PlanSummary.hours(c.plan.usableHours)) the three months allow"))
        let unplanned = c.facts.campaignBudget - c.plan.campaignSpend
        #expect(unplanned < 100 || c.plan.decisions.contains { $0.decision.contains("campaign budget") && $0.why.contains("move it to Dental practices") })
    }

    @Test("Jodie: Jo's absence says what was dropped or moved and asks for the trade-off; Harrogate gets a campaign, not an advert")
    func jodie() throws {
        let c = try PlanRulesBreakTests.planned("jodie")
        Self.expectEveryRule(c, "Jodie")
        // Rule 11: a loss lists what it costs and goes to the director.
        #expect(c.plan.cuts.contains { $0.contains("because of Jo leaves") || $0.contains("Because of Jo leaves") }, "\(c.plan.cuts)")
        let decision = try #require(c.plan.decisions.first { $0.decision.hasPrefix("Jo leaves: Restaurants loses") })
        #expect(decision.decision.contains("Move hours from Hotels to keep Restaurants served") && decision.decision.contains("accept the smaller plan"))
        #expect(c.plan.risks.contains { $0.risk.contains("Jo leaves") && $0.segments == ["Restaurants"] })
        // Rule 5: the Harrogate switch campaign lands around 15 March: the competitor's clients listed, an offer page,
        // a letter and Sales calls.
        let harrogate = try Self.campaign(c, "Harrogate switch campaign")
        #expect(harrogate.goLive >= Self.day("2027-03-15") && harrogate.goLive <= Self.day("2027-04-16"))
        #expect(Set(harrogate.tasks.map(\.activityID)).isSuperset(of: ["switch-list", "offer-page", "switch-letter", "switch-calls"]))
        // The day off and the bank holidays are free; the brochure waits for approval.
        #expect(!c.plan.rows.contains { $0.due == Self.day("2027-04-30") || $0.start == Self.day("2027-04-30") })
        #expect(c.plan.decisions.contains { $0.decision.hasPrefix("Approve Brochure reprint") })
        // The approval reminder falls a week before the month the brochure is asked for (April).
        #expect(c.plan.calendar.filter { $0.category == .decision }.map(\.date) == [Self.day("2027-03-25")])
        #expect(c.plan.calendar.contains { $0.category == .planningAppointment && $0.title == "Planning appointment: plan June to August 2027" })
        // Money left only in the growth segment is offered back to it, not "moved to the growth segment".
        let left = c.facts.campaignBudget - c.plan.campaignSpend
        if left >= 100 {
            let money = try #require(c.plan.decisions.first { $0.decision.contains("campaign budget") })
            #expect(money.why.contains("spend it on more paid promotion for Hotels") || money.why.contains("move it to Hotels"))
        }
        #expect(!c.plan.campaigns.contains { $0.name == "Brochure reprint" })
    }

    @Test("Kate: the conference on 20 May is worked back from; nothing sells it after the day; the material Sales asked for, no quotes")
    func kate() throws {
        let c = try PlanRulesBreakTests.planned("kate")
        Self.expectEveryRule(c, "Kate")
        let conference = try Self.campaign(c, "Practice Growth Conference")
        let day = Self.day("2027-05-20")
        #expect((28...42).contains(conference.goLive.days(until: day)), "invitations \(conference.goLive)")
        let template = try #require(c.library.template(conference.template))
        for task in conference.tasks {
            let offset = template.steps.first { $0.activity == task.activityID }?.offset ?? 0
            #expect(offset >= 0 || task.due < day, "\(task.activity) sells the conference on \(task.due)")
        }
        #expect(c.plan.calendar.contains { $0.category == .keyDate && $0.date == day })
        // Rule 4: the four materials by their dates, each with a deadline entry.
        let asked = c.facts.salesNeeds.map(\.material)
        let made = c.plan.rows.filter { $0.key.contains("/need-") }
        #expect(Set(made.map(\.activity)) == Set(asked))
        #expect(c.plan.calendar.filter { $0.category == .deadline }.count == 4)
        #expect(!c.plan.rows.contains { $0.activityID == "proposal-template" })
        // Money follows the campaigns: not most of it in the conference's month.
        let may = c.plan.rows.filter { $0.month == 3 }.reduce(Decimal(0)) { $0 + $1.cost }
        #expect(may * 100 < c.plan.campaignSpend * 60, "May spend \(may) of \(c.plan.campaignSpend)")
        // Rule 10: 200 places is beyond what the hours reach at the stated rates: the director decides.
        #expect(c.plan.decisions.contains { $0.decision.contains("places booked") })
    }

    @Test("The planning appointment names the three months it plans, across a year's end too",
          arguments: [("2027-03-01", "June to August 2027"), ("2027-09-01", "December 2027 to February 2028"),
                      ("2027-10-15", "January to March 2028")])
    func planningAppointmentNamesItsMonths(_ start: String, _ months: String) throws {
        var answers = try ArticleCases.answers("kate")
        answers["plan_start"] = .string(start)
        answers["key_dates"] = .array([])
        let plan = ArticleCases.plan(answers, library: try ArticleCases.library(), book: try ArticleCases.holidays())
        #expect(plan.calendar.first { $0.category == .planningAppointment }?.title == "Planning appointment: plan \(months)")
    }
}
