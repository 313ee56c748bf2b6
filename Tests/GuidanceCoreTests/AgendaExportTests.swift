import Foundation
import Testing
@testable import GuidanceCore

@Suite struct AgendaExportTests {
    static func day(_ iso: String) -> CalendarDate { SamplePlans.day(iso) }

    /// A second-round director agenda: a date, last time's answers, an open action and changes.
    static func director() -> Agenda {
        Agenda(title: "Strategic Guidance meeting", mode: .director, meetingDate: day("2027-04-01"),
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
    }

    /// A first self-planning agenda: no date, no last answers, nothing carried forward.
    static func selfPlanning() -> Agenda {
        Agenda(title: "Self-planning session", mode: .selfPlanning, meetingDate: nil, previousSessionID: nil,
               topics: [.init(title: "Strategic why", minutes: 10, intro: "What the company wants.",
                              questions: [.init(text: "What are the company's goals for these three months?", lastAnswer: nil)]),
                        .init(title: "Wrap-up", minutes: 20, intro: "", questions: [])],
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
            Last time's answers come from session 20270201-1000.

            Timetable
            ---------
            Topic              Minutes
            --------------------------
            1. Strategic why         5
            2. Growth segment        5
            3. Resource split       20
            --------------------------
            Total                   30

            1. Strategic why (5 min)
            ------------------------
            The company's goals for the period, and why.

            1. Are the goals still the same?
               Last time: Replace the income of the shrinking hospitality segment

            2. Growth segment (5 min)
            -------------------------
            Who we serve and which segment grows.

            1. Are we still focusing on Dental practices as the growth segment, with Retail and Legal
               maintained?
               Last time: Yes
            2. Why does each segment have its role?

            3. Resource split (20 min)
            --------------------------
            1. What share of time and money goes to each segment?
               Last time: Dental practices 50%, Retail 20%, Legal 20%, Hospitality 10%

            Open actions from last time
            ---------------------------
            - Send the plan draft (Jodie, by Friday 5 February 2027)

            Changes since last time
            -----------------------
            What            Last time          Now
            ----------------------------------------------------
            Growth segment  Dental practices   Legal
            Focus split     50 / 20 / 20 / 10  40 / 20 / 30 / 10

            Made with guidance.

            """)
    }

    @Test func theMarkdownAgendaOfASelfPlanningSessionSaysItIsForDecidingAlone() {
        #expect(AgendaMarkdown.write(Self.selfPlanning()) == """
            # Agenda: Self-planning session

            Date: not set yet.\\
            Length: 30 minutes, each topic timed as below.\\
            For deciding alone: a self-planning session while the director is unavailable. Every answer is an assumption to confirm with your director.

            ## Timetable

            | Topic | Minutes |
            | --- | ---: |
            | 1. Strategic why | 10 |
            | 2. Wrap-up | 20 |
            | Total | 30 |

            ## 1. Strategic why (10 min)

            What the company wants.

            1. What are the company's goals for these three months?

            ## 2. Wrap-up (20 min)

            No questions in this topic.

            ## Open actions from last time

            No open actions carried forward.

            Made with guidance.

            """)
    }

    @Test func theHTMLAgendaPutsLastTimesAnswerUnderItsQuestion() {
        let html = AgendaHTML.write(Self.director())
        #expect(html.contains("""
            <section>
            <h2>2. Growth segment (5 min)</h2>
            <p>Who we serve and which segment grows.</p>
            <ol>
            <li>Are we still focusing on Dental practices as the growth segment, with Retail and Legal maintained?<br>
            Last time: Yes</li>
            <li>Why does each segment have its role?</li>
            </ol>
            </section>
            """))
        #expect(html.contains("<tfoot>\n<tr><td>Total</td><td class=\"num\">30</td></tr>\n</tfoot>"))
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
        #expect(director.contains("Changes since last time"))
        #expect(director.contains("Focus split"))
        #expect(director.contains("Send the plan draft"))
        let selfPlanning = format.write(Self.selfPlanning())
        #expect(!selfPlanning.contains("Changes since last time"))
        #expect(selfPlanning.contains("No open actions carried forward"))
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
        #expect(text.contains("\n1. <script>alert(1)</script>\n   Last time: <script>alert(1)</script>\n"))
    }

    @Test(arguments: Format.allCases)
    func theSameAgendaAlwaysGivesTheSameText(_ format: Format) {
        #expect(format.write(Self.hostile()) == format.write(Self.hostile()))
    }
}
