import Foundation
import Testing
@testable import GuidanceCore

@Suite struct AgendaExportTests {
    static func day(_ iso: String) -> CalendarDate { SamplePlans.day(iso) }

    /// A second-round director agenda: a date, last time's answers, what was due, an open action, a decision,
    /// changes and a point to think about. Its previous session's id must never show.
    static func director() -> Agenda {
        var agenda = Agenda(title: "Strategic Guidance meeting", mode: .director, meetingDate: day("2027-04-01"),
               previousSessionID: "20270201-1000",
               topics: [
                   .init(title: "Strategic why", minutes: 5, intro: "The company's goals for the period, and why.",
                         questions: [.init(text: "Are the goals still the same?",
                                           lastAnswer: "Replace the income of the shrinking hospitality segment")]),
                   .init(title: "Growth segment", minutes: 5, intro: "Who we serve and which segment grows.",
                         questions: [.init(text: "Are we still focusing on Dental practices as the growth segment, "
                                               + "with Retail and Legal maintained?", lastAnswer: "Yes"),
                                     .init(text: "Why does each segment have its role?", lastAnswer: nil)]),
                   .init(title: "Resource split", minutes: 20, intro: "",
                         questions: [.init(text: "What share of time and money goes to each segment?",
                                           lastAnswer: "Dental practices 50%, Retail 20%, Legal 20%, Hospitality 10%")]),
               ],
               openActions: ["Send the plan draft (Jodie, by Friday 5 February 2027)"],
               changes: [ChangeLine(what: "Growth segment", before: "Dental practices", now: "Legal"),
                         ChangeLine(what: "Focus split", before: "50 / 20 / 20 / 10", now: "40 / 20 / 30 / 10")])
        agenda.sinceLastTime = .init(lastMeeting: day("2027-02-01"), dueBy: day("2027-04-01"),
                                     due: ["Leeds switch campaign (live from 23 March 2027)",
                                           "Sales material: Case study pack, Dental practices (needed by 26 March 2027)"],
                                     decisions: ["Approve Brochure reprint (1,800 GBP, month 2)?"])
        agenda.thinkAbout = ["Dentistry Show on 22 April 2027: is what it needs on track?"]
        return agenda
    }

    /// A first self-planning agenda: no date, no last answers, nothing carried forward.
    static func selfPlanning() -> Agenda {
        Agenda(title: "Self-planning session", mode: .selfPlanning, meetingDate: nil, previousSessionID: nil,
               topics: [.init(title: "Strategic why", minutes: 10, intro: "What the company wants.",
                              questions: [.init(text: "What are the company's goals for these three months?", lastAnswer: nil)]),
                        .init(title: "Segments", minutes: 10, intro: "Who we market to.",
                              questions: [.init(text: "Which customer segments do we serve?", lastAnswer: nil)]),
                        .init(title: "Wrap-up", minutes: 10, intro: "", questions: [])],
               openActions: [], changes: [])
    }

    /// The three agenda formats, for checks every one of them must pass.
    enum Format: String, CaseIterable, Sendable {
        case text, markdown, html

        func write(_ agenda: Agenda) -> String {
            switch self {
            case .text: AgendaText.write(agenda)
            case .markdown: AgendaMarkdown.write(agenda)
            case .html: AgendaHTML.write(agenda)
            }
        }
    }

    @Test func thePlainTextAgendaListsTopicsTimeboxesQuestionsAndLastAnswers() {
        #expect(AgendaText.write(Self.director()) == """
            Agenda: Strategic Guidance meeting
            ==================================
            Date: Thursday 1 April 2027.
            Length: 30 minutes, each topic timed as below.
            For the director and the marketer: the marketer asks, the director answers. Read the questions
            beforehand so the meeting keeps to time.
            Last time's answers are from the meeting of Monday 1 February 2027.

            Since last time
            ---------------
            Due by Thursday 1 April 2027 in the last plan:
            - Leeds switch campaign (live from 23 March 2027)
            - Sales material: Case study pack, Dental practices (needed by 26 March 2027)

            Open actions:
            - Send the plan draft (Jodie, by Friday 5 February 2027)

            Decisions still waiting:
            - Approve Brochure reprint (1,800 GBP, month 2)?

            What changed between the last two meetings:
            What            The time before    Last time
            ----------------------------------------------------
            Growth segment  Dental practices   Legal
            Focus split     50 / 20 / 20 / 10  40 / 20 / 30 / 10

            To think about before we meet
            -----------------------------
            - Dentistry Show on 22 April 2027: is what it needs on track?

            1. Strategic why (5 min)
            ------------------------
            The company's goals for the period, and why.

            1. Are the goals still the same? Last time: Replace the income of the shrinking hospitality segment.

            2. Growth segment (5 min)
            -------------------------
            Who we serve and which segment grows.

            1. Are we still focusing on Dental practices as the growth segment, with Retail and Legal
               maintained? Last time: Yes.
            2. Why does each segment have its role?

            3. Resource split (20 min)
            --------------------------
            1. What share of time and money goes to each segment? Last time: Dental practices 50%, Retail 20%,
               Legal 20%, Hospitality 10%.

            Made with guidance.

            """)
    }

    @Test func withTheMeetingsTimeEachTopicSaysWhenItStarts() {
        var agenda = Self.director()
        agenda.meetingMinute = 10 * 60
        let text = AgendaText.write(agenda)
        #expect(text.contains("\n1. Strategic why (10:00, 5 min)\n"))
        #expect(text.contains("\n2. Growth segment (10:05, 5 min)\n"))
        #expect(text.contains("\n3. Resource split (10:10, 20 min)\n"))
        #expect(AgendaHTML.write(agenda).contains("<h2>3. Resource split</h2>\n<div class=\"intro\"></div>\n<div class=\"minutes\">10:10, 20 min</div>"))
    }

    @Test func theMarkdownAgendaOfASelfPlanningSessionSaysItIsForDecidingAlone() {
        #expect(AgendaMarkdown.write(Self.selfPlanning()) == """
            # Agenda: Self-planning session

            Date: not set yet.\\
            Length: 30 minutes, each topic timed as below.\\
            For deciding alone: a self-planning session while the director is unavailable. Every answer is an assumption to confirm with your director.

            ## 1. Strategic why (10 min)

            What the company wants.

            1. What are the company's goals for these three months?

            ## 2. Segments (10 min)

            Who we market to.

            1. Which customer segments do we serve?

            ## 3. Wrap-up (10 min)

            No questions in this topic.

            Made with guidance.

            """)
    }

    @Test func theHTMLAgendaPutsEachTopicsMinutesBesideItsTitleAndLastTimesAnswerBesideItsQuestion() {
        let html = AgendaHTML.write(Self.director())
        #expect(html.contains("""
            <section class="topic">
            <div class="head">
            <h2>2. Growth segment</h2>
            <div class="intro">Who we serve and which segment grows.</div>
            <div class="minutes">5 min</div>
            </div>
            <ol>
            <li>Are we still focusing on Dental practices as the growth segment, with Retail and Legal maintained? <span class="last">Last time: Yes.</span></li>
            <li>Why does each segment have its role?</li>
            </ol>
            </section>
            """))
        #expect(html.contains("""
            <div class="glance">
            <section>
            <h2>Since last time</h2>
            <h3>Due by Thursday 1 April 2027 in the last plan</h3>
            <ul>
            <li>Leeds switch campaign (live from 23 March 2027)</li>
            """))
        #expect(!html.contains("Timetable"), "the timetable is the topics' headings")
        #expect(html.contains("@page { size: A4;"))
    }

    @Test(arguments: Format.allCases)
    func noFormatNamesTheLastSession(_ format: Format) {
        #expect(!format.write(Self.director()).contains("20270201-1000"))
        #expect(!format.write(Self.director()).contains("session 2027"))
    }

    @Test(arguments: Format.allCases)
    func everyFormatShowsLastTimesAnswersOnlyWhereThereIsOne(_ format: Format) {
        #expect(format.write(Self.director()).components(separatedBy: "Last time: ").count - 1 == 3)
        #expect(!format.write(Self.selfPlanning()).contains("Last time: "))
        var agenda = Self.director()
        agenda.topics[0].questions[0].lastAnswer = " \n "
        #expect(format.write(agenda).components(separatedBy: "Last time: ").count - 1 == 2)
    }

    @Test(arguments: Format.allCases)
    func everyFormatSaysWhoTheAgendaIsFor(_ format: Format) {
        let selfPlanning = format.write(Self.selfPlanning()).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(selfPlanning.contains("For deciding alone"))
        #expect(selfPlanning.contains("Every answer is an assumption to confirm with your director"))
        #expect(!format.write(Self.director()).contains("assumption"))
        #expect(format.write(Self.director()).contains("For the director and the marketer"))
    }

    @Test(arguments: Format.allCases)
    func everyFormatCarriesOpenActionsAndChangesOnlyWhenThereAreSome(_ format: Format) {
        let director = format.write(Self.director())
        #expect(director.contains("What changed between the last two meetings"))
        #expect(director.contains("Focus split"))
        #expect(director.contains("Send the plan draft"))
        let selfPlanning = format.write(Self.selfPlanning())
        #expect(!selfPlanning.contains("What changed"))
        #expect(!selfPlanning.contains("Open actions"))
        var noActions = Self.director()
        noActions.openActions = []
        noActions.changes = []
        #expect(format.write(noActions).contains("No open actions carried forward"))
        #expect(!format.write(noActions).contains("What changed"))
    }

    @Test(arguments: Format.allCases)
    func sinceLastTimeComesBeforeTheTopicsOnlyWhenThereWasALastTime(_ format: Format) {
        let director = format.write(Self.director())
        for text in ["Since last time", "Due by Thursday 1 April 2027 in the last plan", "Leeds switch campaign (live from 23 March 2027)",
                     "Decisions still waiting", "To think about before we meet", "Dentistry Show on 22 April 2027"] {
            #expect(director.contains(text), "\(text)")
        }
        let since = director.range(of: "Since last time")?.lowerBound
        let firstTopic = director.range(of: "Strategic why")?.lowerBound
        #expect(since != nil && firstTopic != nil && since! < firstTopic!)
        let selfPlanning = format.write(Self.selfPlanning())
        #expect(!selfPlanning.contains("Since last time"))
        #expect(!selfPlanning.contains("To think about"))
        var nothingDue = Self.director()
        nothingDue.sinceLastTime?.due = []
        nothingDue.sinceLastTime?.decisions = []
        #expect(format.write(nothingDue).contains("Nothing in the last plan was due by then"))
        #expect(format.write(nothingDue).contains("No decisions waiting"))
    }

    @Test(arguments: Format.allCases)
    func aMissingTitleFallsBackToTheKindOfSession(_ format: Format) {
        var agenda = Self.selfPlanning()
        agenda.title = " "
        #expect(format.write(agenda).contains("Agenda: Self"))
        agenda.mode = .director
        #expect(format.write(agenda).contains("Agenda: Strategic Guidance meeting"))
    }

    /// An agenda whose typed texts are the hostile ones: as topic, intro, question, answer, action and change.
    static func hostile() -> Agenda {
        let texts = MarkdownExportTests.hostileTexts
        return Agenda(title: "<script>alert(1)</script>", mode: .director, meetingDate: nil, previousSessionID: "a | b",
                      topics: texts.map { .init(title: $0, minutes: 1, intro: $0, questions: [.init(text: $0, lastAnswer: $0)]) },
                      openActions: texts, changes: texts.map { ChangeLine(what: $0, before: $0, now: $0) })
    }

    @Test func typedTextIsEscapedInEveryFormat() {
        let markdown = AgendaMarkdown.write(Self.hostile())
        #expect(markdown.hasPrefix("# Agenda: \\<script>alert(1)\\</script>\n"))
        #expect(markdown.components(separatedBy: "<script").count == markdown.components(separatedBy: "\\<script").count)
        let html = AgendaHTML.write(Self.hostile())
        #expect(!html.contains("<script"))
        #expect(html.contains("<title>Agenda: &lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        let text = AgendaText.write(Self.hostile())
        #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" })
        #expect(text.contains("\n1. <script>alert(1)</script> Last time: <script>alert(1)</script>.\n"))
    }

    @Test(arguments: Format.allCases)
    func theSameAgendaAlwaysGivesTheSameText(_ format: Format) {
        #expect(format.write(Self.hostile()) == format.write(Self.hostile()))
    }
}
