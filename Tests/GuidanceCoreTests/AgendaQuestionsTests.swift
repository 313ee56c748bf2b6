import Foundation
import Testing
@testable import GuidanceCore

/// The agenda asks only what applies, each question once, with last time's answer in plain words.
@Suite struct AgendaQuestionsTests {
    /// A finished session of the director script holding `answers`.
    static func session(_ answers: [String: JSONValue], id: String = "2027-02-01-abcd") throws -> Session {
        var session = Session(id: id, script: try TestScripts.director(), meetingDate: TestScripts.meetingDate, now: TestScripts.now)
        for (key, value) in answers { session.setAnswer(key, value, at: TestScripts.now) }
        return session
    }

    /// The agenda after a session holding `answers`.
    static func agenda(after answers: [String: JSONValue]) throws -> Agenda {
        AgendaBuilder.agenda(script: try TestScripts.director(), meetingDate: CalendarDate(iso: "2027-04-01"),
                             previous: try session(answers))
    }

    /// Every question of an agenda, in order.
    static func questions(_ agenda: Agenda) -> [Agenda.Question] { agenda.topics.flatMap(\.questions) }

    /// The question whose text starts with `start`.
    static func question(_ agenda: Agenda, _ start: String) -> Agenda.Question? {
        questions(agenda).first { $0.text.hasPrefix(start) }
    }

    @Test func aConditionThatFailsOnLastTimesAnswersLeavesTheQuestionOut() throws {
        var answers = try TestScripts.designAnswersV2()
        answers["exit_plan"] = .string("Keep current clients happy until their contracts end")
        let exiting = try Self.agenda(after: answers)
        let exitPlan = try #require(Self.question(exiting, "We are leaving"))
        #expect(exitPlan.text == "We are leaving Hospitality. How should marketing treat those customers while we wind down?")
        #expect(exitPlan.lastAnswer == "Keep current clients happy until their contracts end")
        answers["roles"] = try JSONParser.parse(#"{"Dental practices": "grow", "Hospitality": "maintain", "Retail": "maintain", "Legal": "maintain"}"#)
        let staying = try Self.agenda(after: answers)
        #expect(Self.question(staying, "We are leaving") == nil)
        #expect(!Self.questions(staying).contains { $0.text.contains("none") || $0.text.contains("wind down") })
        #expect(Self.questions(staying).count == Self.questions(exiting).count - 1)
    }

    @Test func anEmptyListInASideClauseIsDroppedFromTheWording() throws {
        var answers = try TestScripts.designAnswersV2()
        answers["roles"] = try JSONParser.parse(#"{"Dental practices": "grow", "Hospitality": "exit", "Retail": "grow", "Legal": "grow"}"#)
        let agenda = try Self.agenda(after: answers)
        #expect(Self.question(agenda, "Are we still focusing")?.text == "Are we still focusing on Dental practices as the growth segment?")
        #expect(!Self.questions(agenda).contains { $0.text.contains("none") })
    }

    static let clauses: [(template: String, roles: String, agenda: String?)] = [
        ("Are we still focusing on {{previous.growth_segment}}, with {{previous.roles|with:maintain}} maintained?", #"{"A": "grow"}"#,
         "Are we still focusing on {{previous.growth_segment}}?"),
        ("Are we still focusing on {{previous.growth_segment}}, with {{previous.roles|with:maintain}} maintained?", #"{"A": "grow", "B": "maintain"}"#,
         "Are we still focusing on {{previous.growth_segment}}, with {{previous.roles|with:maintain}} maintained?"),
        ("We are leaving {{answers.roles|with:exit}}. How should marketing treat those customers?", #"{"A": "grow"}"#, nil),
        ("Fine so far. We are leaving {{answers.roles|with:exit}}.", #"{"A": "grow"}"#, nil),
        ("Growth first, with {{answers.roles|with:maintain}} kept, and the rest later?", #"{"A": "grow"}"#, "Growth first, and the rest later?"),
        ("Leaving {{answers.other|with:exit}}, the answer not being there.", #"{"A": "grow"}"#,
         "Leaving {{answers.other|with:exit}}, the answer not being there."),
    ]

    @Test("A side clause over an empty list goes; an empty list in the main clause leaves the question out", arguments: 0..<clauses.count)
    func withoutEmptyLists(_ index: Int) throws {
        let (template, roles, expected) = Self.clauses[index]
        let answers = ["roles": try JSONParser.parse(roles), "growth_segment": JSONValue.string("A")]
        #expect(Template.withoutEmptyLists(template, in: Template.Context(answers: answers, previous: answers)) == expected)
    }

    @Test func eachQuestionIsAskedOnceWithLastTimesAnswerBesideItOrInIt() throws {
        let agenda = try Self.agenda(after: try TestScripts.designAnswersV2())
        let growth = try #require(Self.question(agenda, "Are we still focusing"))
        #expect(growth.text == "Are we still focusing on Dental practices as the growth segment, with Retail and Legal maintained?")
        #expect(growth.lastAnswer == nil, "the question already says last time's answer")
        let focus = try #require(Self.question(agenda, "Last time the focus was"))
        #expect(focus.text == "Last time the focus was Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%. Does that still fit, or what should it be now?")
        #expect(focus.lastAnswer == nil)
        let why = try #require(Self.question(agenda, "Why is that role right for each segment"))
        #expect(why.text == "Why is that role right for each segment?")
        #expect(why.lastAnswer == "Dental practices: New market the board chose to replace hospitality income")
        let texts = Self.questions(agenda).map(\.text)
        #expect(Set(texts).count == texts.count)
        for question in Self.questions(agenda) {
            #expect(!question.text.contains("Last time:"), "\(question.text)")
            if let answer = question.lastAnswer { #expect(!question.text.contains(answer), "\(question.text)") }
        }
    }

    @Test func aRecordsFieldsAreNotQuestionsOfTheirOwn() throws {
        let script = try TestScripts.director()
        let fields = script.questions.flatMap { entry -> [String] in
            guard case .records(let fields) = entry.question.type else { return [] }
            return fields.map(\.ask)
        }
        #expect(fields.contains("Who owns it?"))
        for agenda in [try Self.agenda(after: try TestScripts.designAnswersV2()), AgendaBuilder.agenda(script: script, meetingDate: nil, previous: nil)] {
            let texts = Self.questions(agenda).map(\.text)
            #expect(texts.count == script.questions.filter { $0.question.audience == .everyone }.count - (agenda.sinceLastTime == nil ? 1 : 0))
            for field in fields { #expect(!texts.contains { $0.contains(field) }, "\(field)") }
        }
    }

    static let records: [(start: String, said: String)] = [
        ("What must each grow segment deliver", "4 new practices signed in Dental practices"),
        ("Which dates should the plan work towards", "Practice managers' conference, an event on 22 April 2027 for Dental practices"),
        ("Which marketing fundamentals", "Website update: 6,000 GBP in month 3, approved"),
        ("Are there changes inside the company", "Jo leaves (31 March 2027 to 31 May 2027): 50% fewer hours for Retail; "
            + "Kim joins (from 1 April 2027, with no end): 25% more hours for every segment"),
        ("Are there changes in the market", "A competitor closed its Leeds office (8 March 2027): an opportunity for Dental practices; "
            + "the board's response: Local awareness campaign in Leeds"),
        ("What material does Sales need", "Case study pack for Dental practices at the consideration stage, needed by 12 March 2027"),
    ]

    @Test("Records are told as a person would say them", arguments: 0..<records.count)
    func recordsInPlainWords(_ index: Int) throws {
        let (start, said) = Self.records[index]
        let agenda = try Self.agenda(after: try TestScripts.designAnswersV2())
        let question = try #require(Self.question(agenda, start))
        #expect(question.lastAnswer == said)
        #expect(!question.text.contains("{{") && !question.text.contains("One at a time"))
    }

    @Test func aRecordOfAQuestionTheProgramDoesNotKnowIsToldByItsValuesWithoutFieldNames() throws {
        let script = try TestScripts.withSegments(#"""
            {"id": "visits", "ask": "Which visits?", "type": "records", "help": "h", "example": "e",
             "fields": [{"id": "place", "ask": "Where?", "type": "text", "help": "h", "example": "Leeds"},
                        {"id": "on", "ask": "When?", "type": "date", "help": "h", "example": "2027-03-01"},
                        {"id": "note", "ask": "Note?", "type": "text", "optional": true, "help": "h", "example": "n"}]}
            """#)
        var last = Session(id: "2027-02-01-abcd", script: script, meetingDate: TestScripts.meetingDate, now: TestScripts.now)
        last.setAnswer("segments", try JSONParser.parse(#"["Dental practices"]"#), at: TestScripts.now)
        last.setAnswer("visits", try JSONParser.parse(#"[{"place": "Leeds", "on": "2027-03-01"}, {"place": "York", "on": "2027-03-08", "note": "with Sam"}]"#), at: TestScripts.now)
        let agenda = AgendaBuilder.agenda(script: script, meetingDate: nil, previous: last)
        #expect(Self.question(agenda, "Which visits?")?.lastAnswer == "Leeds (Monday 1 March 2027); York (Monday 8 March 2027, with Sam)")
    }

    @Test func theMarketersOwnQuestionsStayOffTheAgendaButAreAskedInTheMeeting() throws {
        let script = try TestScripts.director()
        let own = script.questions.map(\.question).filter { $0.audience == .marketer }.map(\.id)
        #expect(own == ["plan_start", "capacity_hours_per_week", "currency", "holidays", "days_off", "director", "marketer"])
        for agenda in [try Self.agenda(after: try TestScripts.designAnswersV2()),
                       AgendaBuilder.agenda(script: script, meetingDate: nil, previous: nil)] {
            let text = AgendaText.write(agenda)
            for words in ["currency", "hours a week", "public holiday", "Which other days", "next three-month plan start",
                          "director the plan goes to", "own name", "invitation still come from"] {
                #expect(!text.contains(words), "\(words)")
            }
        }
        let budget = try #require(TestScripts.designLines.firstIndex(of: "12,000"))
        let interview = try TestScripts.director(after: Array(TestScripts.designLines.prefix(budget + 1)))
        #expect(interview.session.values["plan_start"] == .string("2027-03-01"), "the meeting asked when the plan starts")
        #expect(interview.session.values["capacity_hours_per_week"] == .number(30), "and the hours a week")
        #expect(interview.prompt?.questionID == "currency")
        #expect(interview.prompt?.text.hasPrefix("Which currency is the budget in?") == true)
    }

    @Test func noSessionIDAppearsInAnyFormat() throws {
        let before = try Self.session(try TestScripts.designAnswers(), id: "2026-11-02-wxyz")
        let last = try Self.session(try TestScripts.designAnswersV2())
        let agenda = AgendaBuilder.agenda(script: try TestScripts.director(), meetingDate: CalendarDate(iso: "2027-04-01"),
                                          previous: last, beforePrevious: before)
        for text in [AgendaText.write(agenda), AgendaMarkdown.write(agenda), AgendaHTML.write(agenda)] {
            #expect(!text.contains("abcd") && !text.contains("wxyz") && !text.contains("session 20"))
        }
    }
}
