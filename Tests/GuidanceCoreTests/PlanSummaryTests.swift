import Foundation
import Testing
@testable import GuidanceCore

@Suite struct PlanSummaryTests {
    static let assumed = " (assumed: to confirm with your director)"

    /// The lines of the section headed `title` (heading and underline left out), up to the next heading.
    static func section(_ text: String, _ title: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        func isUnderline(_ index: Int) -> Bool {
            index < lines.count && !lines[index].isEmpty && lines[index].allSatisfy { $0 == "-" }
        }
        guard let start = lines.indices.first(where: { lines[$0] == title && isUnderline($0 + 1) }) else { return ["(no section \(title))"] }
        var result: [String] = []
        var index = start + 2
        while index < lines.count && !(lines[index].isEmpty && isUnderline(index + 2)) {
            result.append(lines[index])
            index += 1
        }
        while result.last == "" { result.removeLast() }
        return result
    }

    @Test func theTitleNamesThePeriodAndTheMeeting() {
        let lines = PlanSummary.text(SamplePlans.dental()).components(separatedBy: "\n")
        #expect(Array(lines.prefix(3)) == [
            "Tactical plan draft: 1 March to 31 May 2027",
            "===========================================",
            "From the Strategic Guidance meeting of Monday 1 February 2027 (session 20270201-1000).",
        ])
        #expect(lines[3] == "")
    }

    @Test func aSelfPlanningTitleSaysItRestsOnAssumptions() {
        let lines = PlanSummary.text(SamplePlans.dental(mode: .selfPlanning)).components(separatedBy: "\n")
        #expect(Array(lines.prefix(5)) == [
            "Tactical plan draft (self-planning): 1 March to 31 May 2027",
            "===========================================================",
            "From the self-planning session of Monday 1 February 2027 (session 20270201-1000).",
            "Built on assumptions to confirm with your director: the director has not agreed this plan yet. The",
            "assumptions are listed at the end.",
        ])
    }

    static let assumedSections = ["The strategic why", "Summary", "Why each segment", "Fundamentals", "Horizon: internal changes",
                                  "Market changes", "Risks", "Month by month", "Sales materials"]

    @Test(arguments: assumedSections)
    func selfPlanningMarksEverySectionBuiltOnItsAnswers(_ title: String) {
        let selfText = PlanSummary.text(SamplePlans.dental(mode: .selfPlanning))
        #expect(Self.section(selfText, title + Self.assumed) == Self.section(PlanSummary.text(SamplePlans.dental()), title))
        #expect(Self.section(selfText, title + Self.assumed).first?.hasPrefix("(no section") == false)
        #expect(Self.section(selfText, title).first == "(no section \(title))")
    }

    @Test func aDirectorPlanMarksNothingAsAssumed() {
        #expect(!PlanSummary.text(SamplePlans.dental()).contains("assumed"))
        #expect(!PlanSummary.text(SamplePlans.empty()).contains("assumed"))
    }

    @Test func theSummaryTablesEachSegmentPlannedAgainstDirected() {
        #expect(Self.section(PlanSummary.text(SamplePlans.dental()), "Summary") == [
            "Segment           Role      Directed  Planned  Hours  Hours asked   Spend  Spend asked",
            "--------------------------------------------------------------------------------------",
            "Dental practices  grow           50%    50.4%    126          130   6,000        6,000",
            "Hospitality       exit           10%     9.6%     24           26     600        1,200",
            "Retail            maintain       20%    14.2%   35.5           52   1,500        2,400",
            "Legal             maintain       20%    25.8%   64.5           52   2,400        2,400",
            "--------------------------------------------------------------------------------------",
            "Total                           100%   100.0%    250          260  10,500       12,000",
            "Directed is the focus split agreed; planned is this plan's share of the team's hours. Asked is what",
            "the split gives each segment before internal changes. Money in GBP.",
            "",
            "! Retail gets only 14.2% of the hours against 20% directed: see Horizon and Rules that gave way.",
            "! Legal gets 25.8% of the hours against 20% directed: the plan states no reason, so check it before",
            "  you hand the plan over.",
            "",
            "Team hours planned: 68.5 over the three months (capacity 30 hours a week before internal changes).",
            "Campaign spend: GBP 2,270 of the GBP 12,000 campaign budget (GBP 9,730 left).",
            "Fundamentals: GBP 6,000 from their own approved budget, apart from the campaign budget.",
        ])
    }

    @Test(arguments: [
        (Decimal(23), 20, nil),
        (Decimal(17), 20, nil),
        (Decimal(string: "23.01"), 20, "Retail gets 23.0% of the hours against 20% directed: see Horizon and Rules that gave way."),
        (Decimal(string: "16.99"), 20, "Retail gets only 17.0% of the hours against 20% directed: see Horizon and Rules that gave way."),
        (Decimal(25), 50, "Retail gets only 25.0% of the hours against 50% directed: see Horizon and Rules that gave way."),
    ] as [(Decimal?, Int, String?)])
    func aShareMoreThanThreePointsOffIsFlagged(_ planned: Decimal?, _ directed: Int, _ expected: String?) throws {
        var segment = SamplePlans.dental().segments[2]
        segment.plannedShare = try #require(planned)
        segment.directedShare = directed
        #expect(PlanSummary.flag(segment, in: SamplePlans.dental()) == expected)
    }

    @Test func aFlagPointsOnlyToSectionsThatNameTheSegment() {
        var plan = SamplePlans.dental()
        plan.conflicts = []
        #expect(PlanSummary.flag(plan.segments[2], in: plan)
            == "Retail gets only 14.2% of the hours against 20% directed: see Horizon.")
        plan.horizon = []
        #expect(PlanSummary.flag(plan.segments[2], in: plan)
            == "Retail gets only 14.2% of the hours against 20% directed: the plan states no reason, so check it before you hand the plan over.")
    }

    @Test(arguments: [
        (Decimal(12000), Decimal(12000), "Campaign spend: GBP 12,000 of the GBP 12,000 campaign budget (all of it)."),
        (Decimal(12600), Decimal(12000), "Campaign spend: GBP 12,600 of the GBP 12,000 campaign budget (GBP 600 over budget: see What was cut and why)."),
        (Decimal(0), Decimal(0), "Campaign spend: none, and no campaign budget was set."),
    ])
    func campaignSpendIsSetAgainstTheBudget(_ spend: Decimal, _ budget: Decimal, _ expected: String) {
        var plan = SamplePlans.empty()
        plan.campaignBudget = budget
        if spend > 0 {
            plan.rows = [SamplePlans.row("2027-03-01", 1, 1, "Retail", .maintain, .interest, "Brochure", "print", hours: 1,
                                         cost: spend, why: "w")]
        }
        #expect(PlanSummary.totals(plan).joined(separator: " ").contains(expected))
    }

    @Test func monthsAreSplitIntoWeeksWithOneLinePerActivity() {
        #expect(Self.section(PlanSummary.text(SamplePlans.dental()), "Month by month") == [
            "Month 1: March 2027 (23.5 hours, campaigns GBP 2,070)",
            "  Week 1 (from Monday 1 March)",
            "    Mon 1 Mar   Dental practices  awareness      Blog post (website, pull, 4h, no cost)",
            "    Mon 1 Mar   Dental practices  consideration  Case study pack (print, push, 6h, GBP 450)",
            "    Wed 3 Mar   Legal             interest       Email newsletter (email, pull, 3h, GBP 120)",
            "  Week 2 (from Monday 8 March)",
            "    Tue 9 Mar   Dental practices  awareness      Local awareness campaign in Leeds (events, pull,",
            "                                                 8h, GBP 1,500)",
            "    Wed 10 Mar  Dental practices  purchase       Sales follow-up call (sales, push, 2.5h, no cost)",
            "",
            "Month 2: April 2027 (5 hours, campaigns GBP 200)",
            "  Week 6 (from Monday 5 April)",
            "    Mon 5 Apr   Retail            loyalty        Review request (email, pull, 2h, no cost)",
            "    Mon 5 Apr   Hospitality       loyalty        Wind-down letter (print, pull, 3h, GBP 200)",
            "",
            "Month 3: May 2027 (40 hours, campaigns GBP 0, fundamentals GBP 6,000)",
            "  Week 10 (from Monday 3 May)",
            "    Mon 3 May   All segments      fundamentals   Website update (website, pull, 20h, GBP 3,000)",
            "  Week 11 (from Monday 10 May)",
            "    Mon 10 May  All segments      fundamentals   Website update (website, pull, 20h, GBP 3,000)",
        ])
    }

    @Test(arguments: [
        ("2027-03-01", 1, "March 2027"),
        ("2027-03-01", 3, "May 2027"),
        ("2027-03-17", 1, "17 March to 16 April 2027"),
        ("2027-11-15", 2, "15 December 2027 to 14 January 2028"),
        ("2028-01-31", 1, "31 January to 28 February 2028"),
    ])
    func monthsThatAreNotCalendarMonthsShowTheirDays(_ start: String, _ month: Int, _ expected: String) {
        var plan = SamplePlans.empty()
        plan.start = SamplePlans.day(start)
        #expect(PlanSummary.monthName(plan, month) == expected)
    }

    @Test(arguments: [
        ("2027-03-01", 2, 1, "2027-03-08"),
        ("2027-03-17", 2, 1, "2027-03-24"),
        ("2027-03-17", 5, 2, "2027-04-17"),
        ("2027-03-17", 6, 2, "2027-04-21"),
    ])
    func aWeekStartsInSevensFromThePlansFirstDayButNotBeforeItsMonth(_ start: String, _ week: Int, _ month: Int, _ expected: String) {
        var plan = SamplePlans.empty()
        plan.start = SamplePlans.day(start)
        #expect(PlanSummary.weekStart(plan, week: week, month: month).iso == expected)
    }

    @Test func fundamentalsShowTheirMonthAndBudgetAndPendingItemsAreNotScheduled() {
        #expect(Self.section(PlanSummary.text(SamplePlans.dental()), "Fundamentals") == [
            "- Website update: month 3 (May 2027), budget GBP 6,000, 40 team hours, scheduled from Monday 3 May",
            "  to Monday 10 May 2027.",
            "- Brochure reprint: month 2, budget GBP 1,500: not approved yet: not scheduled.",
        ])
    }

    @Test func workOutsideTeamHoursShowsNoHours() {
        var plan = SamplePlans.empty()
        plan.rows = [SamplePlans.fundamental("2027-05-03", 3, 10, "Website update", hours: 0, cost: 6000)]
        let text = PlanSummary.text(plan)
        #expect(Self.section(text, "Fundamentals") == [
            "- Website update: month 3 (May 2027), budget GBP 6,000, scheduled for Monday 3 May 2027.",
        ])
        #expect(text.contains("\n    Mon 3 May   All segments  fundamentals   Website update (website, pull, GBP 6,000)\n"))
    }

    @Test func salesMaterialsAndKeyDatesAreListedInDateOrder() {
        let text = PlanSummary.text(SamplePlans.dental())
        #expect(Self.section(text, "Sales materials") == [
            "- Case study pack for Dental practices, consideration stage: Monday 1 March 2027",
        ])
        #expect(Self.section(text, "Key dates") == [
            "Wed 31 Mar 2027         Jo leaves",
            "Wed 31 Mar 2027  16:00  End of month review (30 min)",
            "Thu 1 Apr 2027   10:00  Strategic Guidance meeting (30 min)",
            "Thu 15 Apr 2027  14:00  Planning appointment: plan months four to six (2 hours)",
            "Mon 3 May 2027          Website update starts",
        ])
    }

    @Test func theWhyOfEachSegmentSaysWhenItWasNotRecorded() {
        #expect(Array(Self.section(PlanSummary.text(SamplePlans.dental()), "Why each segment").prefix(7)) == [
            "Dental practices: grow, 50% of the effort directed",
            "  Why: New market the board chose to replace hospitality income",
            "  Message: Dental practices is the growth segment: win new customers at every buying stage.",
            "",
            "Hospitality: exit, 10% of the effort directed",
            "  Why: not recorded: ask the director why this segment has this role.",
            "  Message: Hospitality is being exited: only loyalty work.",
        ])
    }

    @Test(arguments: [
        ("The strategic why", ["No goals were recorded: ask the director what the company wants from these three months, and why."]),
        ("Why each segment", ["No segments were recorded."]),
        ("Fundamentals", ["No fundamentals work was agreed for these three months."]),
        ("Horizon: internal changes", ["No internal changes on the horizon."]),
        ("Market changes", ["No market changes were recorded."]),
        ("Risks", ["No risks were recorded."]),
        ("Sales materials", ["Sales asked for no material."]),
        ("Key dates", ["No key dates."]),
        ("What was cut and why", ["Nothing was cut."]),
        ("Rules that gave way", ["Every planning rule held."]),
        ("Assumptions", ["None: every answer came from the director."]),
        ("Actions", ["No actions were recorded."]),
        ("Month by month", ["Month 1: March 2027", "  Nothing planned this month.", "", "Month 2: April 2027",
                            "  Nothing planned this month.", "", "Month 3: May 2027", "  Nothing planned this month."]),
    ])
    func emptySectionsSaySoBriefly(_ title: String, _ expected: [String]) {
        #expect(Self.section(PlanSummary.text(SamplePlans.empty()), title) == expected)
    }

    @Test func selfPlanningAssumptionsOpenWithWhatToConfirm() {
        #expect(Self.section(PlanSummary.text(SamplePlans.dental(mode: .selfPlanning)), "Assumptions") == [
            "This plan comes from a self-planning session: every answer in it is an assumption to confirm with",
            "your director before the work starts.",
            "- Focus split: Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%.",
        ])
        var plan = SamplePlans.dental(mode: .selfPlanning)
        plan.assumptions.insert("This plan comes from a self-planning session: every answer below is an assumption.", at: 0)
        #expect(Self.section(PlanSummary.text(plan), "Assumptions") == [
            "- This plan comes from a self-planning session: every answer below is an assumption.",
            "- Focus split: Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%.",
        ])
    }

    @Test(arguments: [SamplePlans.dental(), SamplePlans.dental(mode: .selfPlanning), SamplePlans.empty(), SamplePlans.hostile()])
    func theSameTextEveryTimeAndNoMatterTheOrderOfCalendarEntries(_ plan: Plan) {
        let text = PlanSummary.text(plan)
        var shuffled = plan
        shuffled.calendar.reverse()
        #expect(PlanSummary.text(shuffled) == text)
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
    }

    @Test(arguments: [SamplePlans.dental(), SamplePlans.dental(mode: .selfPlanning), SamplePlans.empty(), SamplePlans.hostile()])
    func linesStayWithinTheWidthWithoutControlCharactersOrTrailingSpaces(_ plan: Plan) {
        for line in PlanSummary.text(plan).split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.count <= PlanSummary.width, "\(line)")
            #expect(!line.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(line)")
            #expect(!line.hasSuffix(" "), "\(line)")
        }
    }

    @Test func hostileTextIsShownOnOneLineWithoutItsControlCharacters() {
        let text = PlanSummary.text(SamplePlans.hostile())
        #expect(Self.section(text, "What was cut and why") == ["- Starts with CR LF"])
        #expect(Self.section(text, "Key dates").first == "Tue 2 Mar 2027  09:05  Dental practices near Leeds Dental practices near Leeds Dental practices near")
        #expect(text.contains("  Message: Line one Line two [31m\n"))
        #expect(text.contains("Dental practices near Leeds…  grow"))
    }
}
