import Foundation
import Testing
@testable import GuidanceCore

@Suite struct ChangeSummaryTests {
    func answers(_ json: String) throws -> [String: JSONValue] {
        let object = try #require(try JSONParser.parse(json).objectValue)
        return Dictionary(uniqueKeysWithValues: object.pairs.map { ($0.key, $0.value) })
    }

    @Test func theSameAnswersChangeNothing() throws {
        let design = try TestScripts.designAnswers()
        #expect(ChangeSummary.lines(from: design, to: design).isEmpty)
    }

    @Test func changesAreListedSideBySide() throws {
        let before = try TestScripts.designAnswers()
        var after = before
        after["growth_segment"] = .string("Legal")
        after["roles"] = try JSONParser.parse(#"{"Dental practices": "maintain", "Hospitality": "exit", "Retail": "maintain", "Legal": "grow"}"#)
        after["focus"] = try JSONParser.parse(#"{"Dental practices": 30, "Hospitality": 10, "Retail": 20, "Legal": 40}"#)
        after["campaign_budget"] = .number(15000)
        after["internal_changes"] = try JSONParser.parse(#"[{"change": "Jo leaves", "from": "2027-03-31", "to": "2027-05-31", "segments": ["Retail"], "capacity_pct": -50}, {"change": "Sam joins", "from": "2027-04-01", "to": "2027-05-31", "segments": [], "capacity_pct": 20}]"#)
        let lines = ChangeSummary.lines(from: before, to: after)
        #expect(lines == [
            ChangeLine(what: "Growth segment", before: "Dental practices", now: "Legal"),
            ChangeLine(what: "Role of Dental practices", before: "grow", now: "maintain"),
            ChangeLine(what: "Role of Legal", before: "maintain", now: "grow"),
            ChangeLine(what: "Focus on Dental practices", before: "50%", now: "30%"),
            ChangeLine(what: "Focus on Legal", before: "20%", now: "40%"),
            ChangeLine(what: "Campaign budget", before: "12,000 GBP", now: "15,000 GBP"),
            ChangeLine(what: "Internal change: Sam joins", before: "none", now: "from Thursday 1 April 2027 to Monday 31 May 2027, hours +20%"),
        ])
    }

    @Test func aNewSegmentShowsInTheListRolesAndSplit() throws {
        let before = try answers(#"{"segments": ["Retail"], "roles": {"Retail": "grow"}, "focus": {"Retail": 100}}"#)
        let after = try answers(#"{"segments": ["Retail", "Vets"], "roles": {"Retail": "maintain", "Vets": "grow"}, "focus": {"Retail": 40, "Vets": 60}}"#)
        #expect(ChangeSummary.lines(from: before, to: after) == [
            ChangeLine(what: "Segments", before: "Retail", now: "Retail and Vets"),
            ChangeLine(what: "Role of Retail", before: "grow", now: "maintain"),
            ChangeLine(what: "Role of Vets", before: "none", now: "grow"),
            ChangeLine(what: "Focus on Retail", before: "100%", now: "40%"),
            ChangeLine(what: "Focus on Vets", before: "none", now: "60%"),
        ])
    }
}

@Suite struct AgendaBuilderTests {
    @Test func aFirstAgendaAsksThePlainQuestionsForThirtyMinutes() throws {
        let agenda = AgendaBuilder.agenda(script: try TestScripts.director(), meetingDate: nil, previous: nil)
        #expect(agenda.minutes == 30)
        #expect(agenda.topics.count == 9)
        #expect(agenda.topics[1].questions[1].text == "Which segment is the growth segment: the one the company most wants to grow?")
        #expect(agenda.topics.allSatisfy { $0.questions.allSatisfy { $0.lastAnswer == nil } })
        #expect(agenda.openActions.isEmpty && agenda.changes.isEmpty)
        #expect(!agenda.topics.flatMap(\.questions).contains { $0.text.contains("{{") })
    }

    @Test func withALastSessionItQuotesLastTimeAndCarriesActionsForward() throws {
        var last = Session(id: "2027-02-01-abcd", script: try TestScripts.director(), meetingDate: CalendarDate(iso: "2027-02-01")!, now: "2027-02-01T10:00:00Z")
        for (key, value) in try TestScripts.designAnswers() { last.setAnswer(key, value, at: "2027-02-01T10:00:00Z") }
        let agenda = AgendaBuilder.agenda(script: try TestScripts.director(), meetingDate: nil, previous: last)
        let growth = agenda.topics[1].questions[1]
        #expect(growth.text == "Are we still focusing on Dental practices as the growth segment, with Retail and Legal maintained?")
        #expect(growth.lastAnswer == nil, "the question says it: each answer once")
        #expect(agenda.topics[2].questions[0].text.contains("Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%"))
        #expect(agenda.topics[3].questions[0].text == "Last time the campaign budget was 12,000 GBP. What is it for the next three months?")
        #expect(agenda.topics[8].questions[0].lastAnswer == nil, "actions are agreed afresh")
        #expect(agenda.topics[1].questions[4].text == "We are leaving Hospitality. How should marketing treat those customers while we wind down?")
        #expect(agenda.openActions == ["Send the plan draft (Jodie, by Friday 5 February 2027)"])
        #expect(agenda.previousSessionID == "2027-02-01-abcd")
    }

    @Test func aDateCarriedThreeMonthsOnShowsLastTimesDateAsItWas() throws {
        let script = try TestScripts.withSegments(#"""
            {"id": "plan_start", "ask": "On what date does the plan start?", "type": "date", "carry": "three_months_later",
             "help": "h", "example": "2027-03-01"}
            """#)
        var last = Session(id: "2027-02-01-abcd", script: script, meetingDate: CalendarDate(iso: "2027-02-01")!, now: "2027-02-01T10:00:00Z")
        last.setAnswer("plan_start", .string("2027-03-01"), at: "2027-02-01T10:00:00Z")
        let agenda = AgendaBuilder.agenda(script: script, meetingDate: nil, previous: last)
        #expect(agenda.topics[1].questions[0].lastAnswer == "Monday 1 March 2027", "last time's start as it was, not moved on")
    }
}

@Suite struct PlanJSONTests {
    @Test func theExportIsAnAnswersFileWithThePlanAndReadsBack() throws {
        let script = try TestScripts.director()
        var session = Session(id: "2027-02-01-abcd", script: script, meetingDate: CalendarDate(iso: "2027-02-01")!, now: "2027-02-01T10:00:00Z")
        for (key, value) in try TestScripts.designAnswers() { session.setAnswer(key, value, at: "2027-02-01T10:00:00Z") }
        let library = try #require(try? ActivityLibraryLoader.load(folder: TestScripts.promptsFolder).get())
        let plan = Planner.plan(session: session, library: library)
        let text = PlanJSON.write(session: session, plan: plan)
        let json = try JSONParser.parse(text)
        #expect(json["format"] == .string("guidance-answers/2"))
        #expect(json["plan"]?["campaigns"]?.arrayValue?.count == plan.campaigns.count)
        #expect(json["plan"]?["campaigns"]?.arrayValue?.reduce(0) { $0 + ($1["tasks"]?.arrayValue?.count ?? 0) } == plan.rows.count)
        #expect(json["plan"]?["segments"]?.arrayValue?.first?["name"] == .string("Dental practices"))
        let back = try AnswersFile.read(json, script: script).get()
        #expect(back.warnings.isEmpty)
        #expect(Dictionary(uniqueKeysWithValues: back.answers.map { ($0.key, $0.value) }) == session.values)
        #expect(PlanJSON.write(session: session, plan: plan) == text, "deterministic")
    }
}

@Suite struct PlanChangesSectionTests {
    @Test func thePlainTextPlanShowsChangesSideBySideRightAfterTheTitle() {
        var plan = SamplePlans.dental()
        #expect(!PlanSummary.text(plan).contains("Changes since last time"))
        plan.changes = [ChangeLine(what: "Growth segment", before: "Dental practices", now: "Legal"),
                        ChangeLine(what: "Campaign budget", before: "12,000 GBP", now: "15,000 GBP")]
        let text = PlanSummary.text(plan)
        #expect(text.contains("""
            Changes since last time
            -----------------------
            What             Last time         Now
            Growth segment   Dental practices  Legal
            Campaign budget  12,000 GBP        15,000 GBP
            """))
        let changes = text.range(of: "Changes since last time")?.lowerBound
        let why = text.range(of: "Objectives and targets")?.lowerBound
        #expect(changes != nil && why != nil && changes! < why!)
    }
}

@Suite struct AgendaWordingTests {
    @Test(arguments: [
        ("Last time the goals were: X. Are these still the goals? Enter keeps them, or type the new ones separated by semicolons.",
         "Last time the goals were: X. Are these still the goals?"),
        ("Why does each segment have that role? (Enter leaves it blank.)", "Why does each segment have that role?"),
        ("What actions did we agree? One at a time; Enter on an empty line when there are no more.", "What actions did we agree?"),
        ("Which segments do we serve? Separate them with commas.", "Which segments do we serve?"),
        ("Which segments does it touch? (Enter for all)", "Which segments does it touch?"),
        ("What is the campaign budget for the three months (not counting the fundamentals)?",
         "What is the campaign budget for the three months (not counting the fundamentals)?"),
    ])
    func theAgendaLeavesOutTheShellsTypingHints(_ question: String, _ agenda: String) {
        #expect(AgendaBuilder.withoutKeyboardHints(question) == agenda)
    }

    @Test func noShippedQuestionKeepsAHintInTheAgenda() throws {
        let agenda = AgendaBuilder.agenda(script: try TestScripts.director(), meetingDate: nil, previous: nil)
        let texts = agenda.topics.flatMap(\.questions).map(\.text)
        #expect(!texts.contains { $0.contains("Enter") || $0.contains("One at a time") })
    }
}
