import Foundation
import Testing
@testable import GuidanceCore

/// Three cases from the articles, planned with the real activity library, with what the rules fix written out.
@Suite("Planner scenarios")
struct PlannerScenarioTests {
    /// A day written `YYYY-MM-DD`.
    static func day(_ iso: String) -> CalendarDate { SamplePlans.day(iso) }

    /// `json` (the `answers` object of an answers file) planned as a director session.
    static func planned(_ json: String) throws -> PlannedCase {
        let answers = try #require(try TestScripts.json(json).objectValue)
        return try planned(Dictionary(uniqueKeysWithValues: answers.pairs.map { ($0.key, $0.value) }))
    }

    /// `answers` planned as a director session.
    static func planned(_ answers: [String: JSONValue]) throws -> PlannedCase {
        try PlannerPropertyTests.planned(GeneratedSession(seed: 0, answers: answers, meetingDate: TestScripts.meetingDate,
                                                          mode: .director, agenda: Planner.defaultAgenda, missing: []))
    }

    /// Every rule of issue 3 holds for `c` (the property tests' checks).
    static func expectEveryRule(_ c: PlannedCase, _ scenario: String) {
        for rule in PlannerPropertyTests.Rule.allCases {
            let breaches = rule.check(c)
            #expect(breaches.isEmpty, "\(scenario), \(rule.rawValue): \(breaches)")
        }
    }

    /// Rows of `segment` (campaign side).
    static func rows(_ c: PlannedCase, _ segment: String, month: Int? = nil) -> [PlanRow] {
        c.plan.rows.filter { $0.segment == segment && $0.kind != .fundamental && (month == nil || $0.month == month) }
    }

    /// Planned hours of `segment`.
    static func hours(_ c: PlannedCase, _ segment: String) -> Decimal { rows(c, segment).reduce(0) { $0 + $1.hours } }

    /// The one calendar entry of `category`, or the first.
    static func entry(_ c: PlannedCase, _ category: CalendarEntry.Category) -> CalendarEntry? {
        c.plan.calendar.first { $0.category == category }
    }

    // MARK: - (a) At least 50% on a new growth segment while exiting a shrinking one

    /// The DESIGN.md example: Dental 50 (grow), Hospitality 10 (exit), Retail 20 and Legal 20 (maintain), 30 hours a week
    /// from Monday 1 March 2027 (66 working days: 396 hours), Jo leaves Retail at -50% from 31 March to 31 May (44 working days).
    @Test("(a) Dental practices get at least half the hours and every stage every month; Hospitality gets loyalty work only")
    func growthSegmentReplacesAnExitSegment() throws {
        let c = try Self.planned(try TestScripts.designAnswers())
        Self.expectEveryRule(c, "DESIGN example")
        let directed = Dictionary(uniqueKeysWithValues: c.plan.segments.map { ($0.name, $0.directedHours) })
        #expect(directed == ["Dental practices": 198, "Hospitality": Decimal(string: "39.6"), "Retail": Decimal(string: "79.2"),
                             "Legal": Decimal(string: "79.2")])
        let total = c.plan.rows.filter { $0.kind != .fundamental }.reduce(Decimal(0)) { $0 + $1.hours }
        let dental = Self.hours(c, "Dental practices")
        #expect(dental * 2 >= total, "Dental practices get \(dental) of \(total) hours")
        #expect(dental <= 198)
        // Retail loses half of 1.2 hours a day on 44 working days: 26.4 hours; it can have 52.8 at most.
        #expect(Self.hours(c, "Retail") <= Decimal(string: "52.8") ?? 0)
        #expect(PlanChecks.states(c.plan, ["Retail", "focus split", "26.4 hours", "Jo leaves"]), "\(c.plan.conflicts)")
        for m in 1...3 {
            #expect(Set(Self.rows(c, "Dental practices", month: m).compactMap(\.stage)) == Set(BuyingStage.allCases), "month \(m)")
            let exit = Self.rows(c, "Hospitality", month: m)
            #expect(!exit.isEmpty && exit.allSatisfy { $0.stage == .loyalty && $0.role == .exit }, "month \(m): \(exit.map(\.activity))")
            for segment in ["Retail", "Legal"] {
                #expect(Set(Self.rows(c, segment, month: m).compactMap(\.stage)).isSuperset(of: [.interest, .loyalty]), "\(segment) month \(m)")
            }
        }
        for row in Self.rows(c, "Dental practices") {
            #expect(row.why.contains("Replace the income of the shrinking hospitality segment") && row.why.contains("growth segment"), "\(row.why)")
        }
        let leeds = c.plan.rows.filter { $0.kind == .marketResponse }
        #expect(!leeds.isEmpty && leeds.allSatisfy { $0.segment == "Dental practices" && $0.month == 1 })
        #expect(leeds.first.map { PlanChecks.baseName($0.activity) } == "Local awareness campaign in Leeds")
        let pack = c.plan.rows.filter { $0.kind == .salesMaterial }
        #expect(!pack.isEmpty && pack.allSatisfy { $0.segment == "Dental practices" && $0.stage == .consideration && $0.month == 1 && $0.pullPush == .push })
        let website = c.plan.rows.filter { $0.kind == .fundamental }
        #expect(website.map(\.date) == [Self.day("2027-05-03")] && website.map(\.cost) == [6000] && website.map(\.activity) == ["Website update"])
        #expect(c.plan.fundamentalsSpend == 6000 && c.plan.campaignSpend <= 12000)
        #expect(Self.entry(c, .guidanceMeeting).map { ($0.date, $0.startMinute, $0.minutes) } ?? (Self.day("1970-01-01"), nil, 0) == (Self.day("2027-04-01"), 600, 30))
        #expect(c.plan.calendar.filter { $0.category == .review }.map(\.date) == ["2027-03-31", "2027-04-30", "2027-05-31"].map(Self.day))
        #expect(c.plan.calendar.filter { $0.category == .internalChange }.map(\.date) == ["2027-03-31", "2027-05-31"].map(Self.day))
    }

    // MARK: - (b) 70/20/10, a website update in month three, a colleague leaving

    /// Dental 70 (grow), Retail 20, Legal 10 (maintain); 40 hours a week from 1 March 2027 (8 a day, 66 working days);
    /// Jo, who serves Legal, is away 1 April to 31 May (43 working days). Legal's directed hours: 0.8 x 66 = 52.8.
    static func seventyTwentyTen(legalChange: Int) -> String {
        """
        {"goals": ["Win 20 new dental practices"], "segments": ["Dental practices", "Retail", "Legal"],
         "growth_segment": "Dental practices", "roles": {"Dental practices": "grow", "Retail": "maintain", "Legal": "maintain"},
         "focus": {"Dental practices": 70, "Retail": 20, "Legal": 10}, "plan_start": "2027-03-01",
         "capacity_hours_per_week": 40, "campaign_budget": 10000, "currency": "GBP",
         "fundamentals": [{"item": "Website update", "budget": 6000, "month": 3, "approved": true},
                          {"item": "New brochure", "budget": 2500, "month": 2, "approved": false}],
         "internal_changes": [{"change": "Jo leaves", "from": "2027-04-01", "to": "2027-05-31", "segments": ["Legal"],
                               "capacity_pct": \(legalChange)}]}
        """
    }

    /// (Jo's change, Legal's hours in the plan, hours short of the split, whether Legal has work in months two and three.)
    static let colleagueCases: [(Int, String, String, Bool)] = [(-100, "18.4", "34.4", false), (-50, "35.6", "17.2", true)]

    @Test("(b) Legal is under-served for two months and the plan says so; the website update is in month three on its own budget",
          arguments: colleagueCases)
    func colleagueLeaves(change: Int, legalHours: String, shortfall: String, servedLater: Bool) throws {
        let c = try Self.planned(Self.seventyTwentyTen(legalChange: change))
        Self.expectEveryRule(c, "70/20/10 with Jo at \(change)%")
        let legal = try #require(c.plan.segments.first { $0.name == "Legal" })
        #expect(legal.directedHours == Decimal(string: "52.8"))
        #expect(Self.hours(c, "Legal") <= Decimal(string: legalHours) ?? 0)
        #expect(Self.hours(c, "Legal") >= (Decimal(string: legalHours) ?? 0) - 2, "Legal should keep nearly all the hours it has")
        #expect(Self.hours(c, "Legal") > 0)
        #expect(Self.rows(c, "Legal", month: 1).isEmpty == false)
        #expect(Self.rows(c, "Legal", month: 2).isEmpty != servedLater && Self.rows(c, "Legal", month: 3).isEmpty != servedLater)
        // Legal's share falls below 7% of the plan: the plan says so, with the hours and the change, in plain words.
        #expect(PlanChecks.states(c.plan, ["Legal", "focus split", "\(shortfall) hours", "Jo leaves"]), "\(c.plan.conflicts)")
        if !servedLater {
            for m in 2...3 {
                for stage in ["interest", "loyalty"] {
                    #expect(PlanChecks.states(c.plan, ["Legal", stage, "month \(m)"]), "no word on Legal's \(stage) work in month \(m)")
                }
            }
        }
        #expect(c.plan.horizon.contains { $0.contains("Jo leaves") && $0.contains("Legal") && $0.contains("\(shortfall) hours fewer") },
                "\(c.plan.horizon)")
        let website = c.plan.rows.filter { $0.kind == .fundamental }
        #expect(website.count == 1)
        #expect(website.first.map { ($0.date, $0.month, $0.cost, $0.segment, $0.stage == nil) } ?? (Self.day("1970-01-01"), 0, 0, "?", false)
                == (Self.day("2027-05-03"), 3, 6000, "", true))
        #expect(c.plan.pendingFundamentals == [PendingItem(item: "New brochure", budget: 2500, month: 2)])
        #expect(c.plan.fundamentalsSpend == 6000 && c.plan.campaignSpend <= 10000)
        #expect(c.plan.calendar.filter { $0.category == .fundamentals }.map(\.date) == [Self.day("2027-05-03")])
        #expect(c.plan.calendar.filter { $0.category == .internalChange }.map(\.date) == ["2027-04-01", "2027-05-31"].map(Self.day))
    }

    // MARK: - (c) Kate's conference

    /// One growth segment, conference delegates, 20 hours a week from Wednesday 1 September 2027; the board's awareness
    /// campaign on and offline; Sales asks for an information pack, follow-up material, booking confirmations and a guide.
    static let conference = """
        {"goals": ["Fill every place at the Conference"], "segments": ["Conference delegates"],
         "growth_segment": "Conference delegates", "roles": {"Conference delegates": "grow"},
         "focus": {"Conference delegates": 100}, "plan_start": "2027-09-01",
         "capacity_hours_per_week": 20, "campaign_budget": 8000, "currency": "GBP",
         "market_changes": [{"change": "The Conference is announced", "segments": ["Conference delegates"], "kind": "opportunity",
                             "response": "Awareness campaign on and offline about the Conference"}],
         "sales_needs": [{"material": "Downloadable information pack with speakers' tips", "stage": "interest", "segment": "Conference delegates"},
                         {"material": "Sales follow-up pack for prospects who want more", "stage": "consideration", "segment": "Conference delegates"},
                         {"material": "Booking confirmation email", "stage": "purchase", "segment": "Conference delegates"},
                         {"material": "Exhibition guide", "stage": "loyalty", "segment": "Conference delegates"}]}
        """

    @Test("(c) The conference gets an awareness campaign, an information pack, follow-up material, booking confirmations and guides, with follow-up after the material")
    func conference() throws {
        let c = try Self.planned(Self.conference)
        Self.expectEveryRule(c, "conference")
        let segment = "Conference delegates"
        let campaign = c.plan.rows.filter { $0.kind == .marketResponse }
        #expect(!campaign.isEmpty && campaign.allSatisfy { $0.segment == segment && $0.month == 1 && $0.stage == .awareness && $0.pullPush == .pull })
        #expect(campaign.first.map { PlanChecks.baseName($0.activity) } == "Awareness campaign on and offline about the Conference")
        #expect(c.plan.calendar.contains { $0.category == .activity && $0.title.contains("Awareness campaign on and offline") && $0.date == campaign.first?.date })
        let needs: [(String, BuyingStage)] = [
            ("Downloadable information pack with speakers' tips", .interest), ("Sales follow-up pack for prospects who want more", .consideration),
            ("Booking confirmation email", .purchase), ("Exhibition guide", .loyalty),
        ]
        for (material, stage) in needs {
            let parts = c.plan.rows.filter { $0.kind == .salesMaterial && PlanChecks.baseName($0.activity) == material }
            #expect(!parts.isEmpty && parts.allSatisfy { $0.segment == segment && $0.stage == stage && $0.pullPush == .push && $0.month == 1 }, "\(material)")
            // Early in month one: finished within the plan's first two weeks (4 hours a day).
            let done = parts.map(\.date).max() ?? Self.day("2999-01-01")
            #expect(done <= Self.day("2027-09-14"), "\(material) is finished on \(done.iso)")
            let followUps = c.plan.rows.filter { $0.kind == .followUp && $0.stage == stage }
            if stage == .interest || stage == .consideration {
                #expect(!followUps.isEmpty, "no Sales follow-up uses \(material)")
            }
            #expect(followUps.allSatisfy { $0.date > done && $0.pullPush == .push && $0.why.contains(material) }, "\(material): \(followUps.map(\.date))")
        }
        for m in 1...3 { #expect(Set(Self.rows(c, segment, month: m).compactMap(\.stage)) == Set(BuyingStage.allCases), "month \(m)") }
        // 20 hours a week, all for one segment: 4 hours on each of the 65 working days from 1 September to 30 November.
        #expect(c.plan.segments.map(\.directedHours) == [260])
        #expect(c.plan.campaignSpend <= 8000)
        #expect(Self.entry(c, .guidanceMeeting)?.date == Self.day("2027-10-01"))
        #expect(c.plan.calendar.filter { $0.category == .review }.map(\.date) == ["2027-09-30", "2027-10-29", "2027-11-30"].map(Self.day))
    }

    // MARK: - Bugs the property tests found (each fails until the planner is fixed)

    @Test("Two segments whose names differ only in an emoji each get the launch of the board's response")
    func launchKeysKeepEverySegment() throws {
        let c = try Self.planned("""
            {"goals": ["Sell more bikes"], "segments": ["Bike shops 🚲", "Bike shops 🛵"],
             "roles": {"Bike shops 🚲": "grow", "Bike shops 🛵": "grow"}, "focus": {"Bike shops 🚲": 50, "Bike shops 🛵": 50},
             "plan_start": "2027-03-01", "capacity_hours_per_week": 30, "campaign_budget": 10000,
             "market_changes": [{"change": "A rival shop closed", "segments": [], "kind": "opportunity", "response": "Spring ride campaign"}]}
            """)
        let launches = c.plan.calendar.filter { $0.category == .activity && $0.title.hasPrefix("Launch: Spring ride campaign") }.map(\.title)
        #expect(launches == ["Launch: Spring ride campaign (Bike shops 🚲)", "Launch: Spring ride campaign (Bike shops 🛵)"])

    }

    @Test("A sales material that cannot start early in month one is stated")
    func lateSalesMaterialIsStated() throws {
        // 5 hours a week: 1 hour a day. The three materials take 8, 8 and 3 hours, one after another.
        let c = try Self.planned("""
            {"goals": ["Keep every florist we serve"], "segments": ["Florists"], "roles": {"Florists": "maintain"},
             "focus": {"Florists": 100}, "plan_start": "2027-03-01", "capacity_hours_per_week": 5, "campaign_budget": 5000,
             "sales_needs": [{"material": "Case study pack", "stage": "consideration", "segment": "Florists"},
                             {"material": "Customer guide", "stage": "loyalty", "segment": "Florists"},
                             {"material": "Booking confirmation", "stage": "purchase", "segment": "Florists"}]}
            """)
        let start = c.plan.rows.first { $0.kind == .salesMaterial && $0.activity == "Booking confirmation" }?.date
        #expect(start.map { $0 > Self.day("2027-03-14") } == true, "the booking confirmation starts on \(start?.iso ?? "no day")")
        #expect(PlanChecks.states(c.plan, ["Booking confirmation"]), "\(c.plan.conflicts)")

    }

    @Test("A share 3.003 points above the split is stated, not rounded away")
    func shareGapIsNotRoundedAway() throws {
        let c = try Self.planned("""
            {"goals": ["Grow"], "segments": ["Legal", "Cafés", "Builders", "Premium", "Agency", "Garages", "Charities"],
             "roles": {"Legal": "maintain", "Cafés": "grow", "Builders": "grow", "Premium": "grow", "Agency": "maintain",
                       "Garages": "maintain", "Charities": "grow"},
             "focus": {"Legal": 17, "Cafés": 5, "Builders": 19, "Premium": 4, "Agency": 31, "Garages": 0, "Charities": 24},
             "plan_start": "2027-01-31", "capacity_hours_per_week": 37.25, "campaign_budget": 36000,
             "internal_changes": [
               {"change": "Product launch", "from": "2027-04-26", "to": "2027-05-21", "segments": ["Legal", "Premium"], "capacity_pct": -44},
               {"change": "Office move", "from": "2027-01-23", "to": "2027-05-02", "segments": ["Charities", "Legal"], "capacity_pct": -91}]}
            """)
        let total = c.plan.rows.filter { $0.kind != .fundamental }.reduce(Decimal(0)) { $0 + $1.hours }
        let gap = Self.hours(c, "Cafés") * 100 / total - 5
        #expect(gap > 3 && gap < Decimal(string: "3.005") ?? 0, "the gap is \(gap) points")
        #expect(PlanChecks.states(c.plan, ["Cafés", "focus split"]), "\(c.plan.conflicts)")

    }

    @Test("A focus split statement blames the change inside the plan, not one that ended before it")
    func shareStatementBlamesTheRightChange() throws {
        let c = try Self.planned("""
            {"goals": ["Grow"], "segments": ["Retail", "Legal"], "roles": {"Retail": "maintain", "Legal": "maintain"},
             "focus": {"Retail": 50, "Legal": 50}, "plan_start": "2027-03-01", "capacity_hours_per_week": 20, "campaign_budget": 2000,
             "internal_changes": [
               {"change": "Old office move", "from": "2027-01-04", "to": "2027-01-29", "segments": ["Retail"], "capacity_pct": -50},
               {"change": "Jo leaves", "from": "2027-03-01", "to": "2027-05-31", "segments": ["Legal"], "capacity_pct": -100}]}
            """)
        // Legal has no hours at all, so Retail (2 hours a day, 66 days) gets every planned hour: 100% against 50%, because Jo leaves.
        #expect(Self.hours(c, "Legal") == 0 && Self.hours(c, "Retail") == 132)
        let retail = c.plan.conflicts.filter { $0.contains("focus split") && $0.contains("Retail") }
        #expect(retail.count == 1, "\(c.plan.conflicts)")
        #expect(retail.allSatisfy { $0.contains("Jo leaves") && !$0.contains("Old office move") }, "\(retail)")

    }
}
