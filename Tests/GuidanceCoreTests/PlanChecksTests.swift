import Foundation
import Testing
@testable import GuidanceCore

/// The rule checks of the planner's property tests catch a broken plan: each breaks one rule in the DESIGN.md
/// example's plan (which keeps every rule) and its rule must say so.
@Suite("Plan checks")
struct PlanChecksTests {
    typealias Rule = PlannerPropertyTests.Rule

    /// One way to break a plan, and the rule that must notice.
    struct Breakage: Sendable, CustomTestStringConvertible {
        let name: String
        let rule: Rule
        /// Words one of the rule's messages must hold.
        let says: String
        let apply: @Sendable (inout Plan) -> Void
        var testDescription: String { "\(rule.rawValue): \(name)" }

        init(_ name: String, _ rule: Rule, says: String, _ apply: @escaping @Sendable (inout Plan) -> Void) {
            self.name = name; self.rule = rule; self.says = says; self.apply = apply
        }
    }

    /// The first row of `plan` that `test` picks (its index), for a breakage.
    static func index(_ plan: Plan, _ test: (PlanRow) -> Bool) -> Int { plan.rows.firstIndex(where: test) ?? 0 }

    static let breakages: [Breakage] = [
        Breakage("a row on a Saturday", .dates, says: "is on a Saturday") { p in p.rows[0].date = p.rows[0].date.adding(days: 5) },
        Breakage("a row in the wrong week", .dates, says: "says week 2 but its date is in week 1") { p in p.rows[0].week += 1 },
        Breakage("a row in the wrong month", .dates, says: "says month 2 but its date is in month 1") { p in p.rows[0].month = 2 },
        Breakage("a week over its hours", .weeklyHours, says: "week 1 books") { p in p.rows[0].hours += 40 },
        Breakage("Legal's hours given to Dental, silently", .shares, says: "Legal gets 0% of the planned hours against 20% directed (internal changes apply) and no conflict names Legal and the focus split") { p in
            for i in p.rows.indices where p.rows[i].segment == "Legal" { p.rows[i].segment = "Dental practices" }
            p.conflicts = []
        },
        Breakage("no purchase work for Dental in month 2, silently", .stages, says: "Dental practices (grow, 50%) has no purchase work in month 2, and no conflict says so") { p in
            p.rows.removeAll { $0.segment == "Dental practices" && $0.month == 2 && $0.stage == .purchase }
            p.conflicts = []
        },
        Breakage("awareness work for the exit segment", .stages, says: "is at the awareness stage, but Hospitality is being exited") { p in
            p.rows[index(p) { $0.segment == "Hospitality" }].stage = .awareness
        },
        Breakage("the Case study pack left out, silently", .salesMaterials, says: "\"Case study pack\" (consideration, Dental practices) is not scheduled, and no conflict says so") { p in p.rows.removeAll { $0.kind == .salesMaterial }; p.conflicts = [] },
        Breakage("the Case study pack in month 2, silently", .salesMaterials, says: "starts in month 2, not month 1, and no conflict says why") { p in
            for i in p.rows.indices where p.rows[i].kind == .salesMaterial { p.rows[i].month = 2 }
            p.conflicts = []
        },
        Breakage("follow-up before the material, silently", .salesMaterials, says: "comes before \"Case study pack\" (consideration, Dental practices) is finished on 2027-03-10") { p in
            for i in p.rows.indices where p.rows[i].kind == .salesMaterial { p.rows[i].date = p.start.adding(days: 9); p.rows[i].week = 2 }
            for i in p.rows.indices where p.rows[i].kind == .followUp { p.rows[i].date = p.start.adding(days: 7); p.rows[i].week = 2; p.rows[i].month = 1 }
            p.conflicts = []
        },
        Breakage("the website update left out", .fundamentals, says: "0 fundamentals rows for 1 approved items") { p in p.rows.removeAll { $0.kind == .fundamental } },
        Breakage("the website update at half its budget", .fundamentals, says: "costs 3000, its budget is 6000") { p in p.rows[index(p) { $0.kind == .fundamental }].cost = 3000 },
        Breakage("the website update given a segment", .fundamentals, says: "has a segment, role or stage") { p in p.rows[index(p) { $0.kind == .fundamental }].segment = "Retail" },
        Breakage("an approved item listed as pending", .fundamentals, says: "pending fundamentals are [\"Website update\"], expected []") { p in p.pendingFundamentals = [PendingItem(item: "Website update", budget: 6000, month: 3)] },
        Breakage("no response to the Leeds opportunity, silently", .marketChanges, says: "has no market-response row for Dental practices, and no conflict says so") { p in p.rows.removeAll { $0.kind == .marketResponse }; p.conflicts = [] },
        Breakage("the Leeds response in month 2, silently", .marketChanges, says: "for Dental practices starts in month 2, not month 1") { p in
            for i in p.rows.indices where p.rows[i].kind == .marketResponse { p.rows[i].month = 2 }
            p.conflicts = []
        },
        Breakage("spend over the campaign budget", .budget, says: "is over the budget of 12000") { p in p.rows[index(p) { $0.kind == .campaign }].cost = 20_000 },
        Breakage("a paid activity made free without a cut", .budget, says: "is planned at no cost though it costs") { p in
            for i in p.rows.indices where p.rows[i].kind == .campaign { p.rows[i].cost = 0 }
            p.cuts = []
        },
        Breakage("an empty why", .why, says: "has no why") { p in p.rows[0].why = " " },
        Breakage("a why that does not name its segment", .why, says: "has a why that does not name its segment") { p in
            let i = index(p) { $0.segment == "Retail" }
            p.rows[i].why = p.rows[i].why.replacingOccurrences(of: "Retail", with: "someone")
        },
        Breakage("a fundamentals why that does not say fundamentals", .why, says: "has a why that does not say fundamentals") { p in p.rows[index(p) { $0.kind == .fundamental }].why = "Because." },
        Breakage("the guidance meeting a day late", .calendar, says: "not the first working day of month two, 2027-04-01") { p in
            let i = p.calendar.firstIndex { $0.category == .guidanceMeeting } ?? 0
            p.calendar[i].date = p.calendar[i].date.adding(days: 1)
        },
        Breakage("the guidance meeting without its agenda", .calendar, says: "lack the agenda topic \"Strategic why (4 min)\"") { p in
            let i = p.calendar.firstIndex { $0.category == .guidanceMeeting } ?? 0
            p.calendar[i].details = "Agenda to follow."
        },
        Breakage("a one-hour planning appointment", .calendar, says: "is not two hours at the library's planning time") { p in
            let i = p.calendar.firstIndex { $0.category == .planningAppointment } ?? 0
            p.calendar[i].minutes = 60
        },
        Breakage("no review at the end of month 2", .calendar, says: "no short timed review on 2027-04-30, the last working day of month 2") { p in p.calendar.removeAll { $0.key == "review-2" } },
        Breakage("no end of Jo leaving", .calendar, says: "no internal-change entry for the end of \"Jo leaves\" on 2027-05-31") { p in p.calendar.removeAll { $0.category == .internalChange && $0.title.hasPrefix("Ends") } },
        Breakage("no market-change entry", .calendar, says: "0 market-change entries for 1 market changes") { p in p.calendar.removeAll { $0.category == .marketChange } },
        Breakage("no campaign launches", .calendar, says: "no launch entry for") { p in p.calendar.removeAll { $0.category == .activity } },
        Breakage("a key used twice", .calendar, says: "calendar keys repeat") { p in p.calendar[1].key = p.calendar[0].key },
        Breakage("a director plan claiming self-planning", .assumptions, says: "a director plan says it comes from a self-planning session") { p in p.assumptions.insert("This plan comes from a self-planning session.", at: 0) },
        Breakage("a plan that differs from the same answers planned again", .determinism, says: "planning the same answers again gave a different plan") { p in p.risks.append("A new risk") },
    ]

    /// The DESIGN.md example, planned.
    static func example() throws -> PlannedCase {
        try PlannerScenarioTests.planned(try TestScripts.designAnswers())
    }

    @Test("Every check passes the DESIGN.md example's plan")
    func examplePasses() throws {
        let c = try Self.example()
        for rule in Rule.allCases { #expect(rule.check(c).isEmpty, "\(rule.rawValue): \(rule.check(c))") }
    }

    @Test("Each check catches a plan broken against its rule", arguments: breakages)
    func catches(_ breakage: Breakage) throws {
        let c = try Self.example()
        var plan = c.plan
        breakage.apply(&plan)
        try #require(plan != c.plan, "the breakage changed nothing")
        let broken = PlannedCase(session: c.session, facts: c.facts, library: c.library, plan: plan, again: c.plan)
        let messages = breakage.rule.check(broken)
        #expect(messages.contains { $0.contains(breakage.says) }, "\(messages)")
    }

    static let selfBreakages: [Breakage] = [
        Breakage("no assumptions", .assumptions, says: "the first assumption does not say the plan comes from a self-planning session") { p in p.assumptions = [] },
        Breakage("a row not marked as an assumption", .assumptions, says: "1 rows of a self-planning plan are not marked as assumptions") { p in p.rows[0].why = "For Dental practices, a growth segment." },
        Breakage("a row more than the director plan", .assumptions, says: "differs from the director plan for the same answers in [\"rows\"]") { p in p.rows.append(p.rows[0]) },
    ]

    @Test("A self-planning plan must say so first, mark its rows and match the director plan", arguments: selfBreakages)
    func selfPlanningChecks(_ breakage: Breakage) throws {
        let example = try TestScripts.designAnswers()
        let session = GeneratedSession(seed: 1, answers: example, meetingDate: TestScripts.meetingDate, mode: .selfPlanning,
                                       agenda: Planner.defaultAgenda, missing: [])
        let c = try PlannerPropertyTests.planned(session)
        #expect(PlannerPropertyTests.assumptions(c).isEmpty, "\(PlannerPropertyTests.assumptions(c))")
        var plan = c.plan
        breakage.apply(&plan)
        let broken = PlannedCase(session: c.session, facts: c.facts, library: c.library, plan: plan, directorTwin: c.directorTwin)
        let messages = breakage.rule.check(broken)
        #expect(messages.contains { $0.contains(breakage.says) }, "\(messages)")
    }
}
