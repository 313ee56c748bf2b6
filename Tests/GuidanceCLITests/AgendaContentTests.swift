import Foundation
import Testing
import GuidanceCore

/// What the agenda holds, through the binary: "Since last time", only the questions that apply, no session id.
@Suite("Agenda content")
struct AgendaContentTests {
    /// `answers` stored as a finished session in `folder`; returns the common options and the session's id.
    static func stored(_ answers: String, in folder: TemporaryFolder) throws -> (common: [String], id: String) {
        let file = try folder.write("answers.json", answers)
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let result = try GuidanceProcess.run(["new", "--answers", file] + common)
        #expect(result.code == 0, "\(result.stderr)")
        let id = String(try #require(folder.sessionFiles().first).dropLast(5))
        return (common, id)
    }

    @Test func afterASessionTheAgendaSaysWhatWasDueWhatIsOpenAndWhatWaitsForADecision() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try Self.stored(Fixtures.designAnswersV2, in: folder)
        let result = try GuidanceProcess.run(["agenda", "--from", "latest"] + common)
        #expect(result.code == 0, "\(result.stderr)")
        for text in [
            "\nLast time's answers are from the meeting of Monday 1 February 2027.\n\nSince last time\n---------------\n"
                + "Due by Thursday 1 April 2027 in the last plan:\n- ",
            "\n- Sales material: Case study pack, Dental practices (needed by 12 March 2027)\n",
            "\nOpen actions:\n- Send the plan draft (Jodie, by Friday 5 February 2027)\n\nDecisions still waiting:\n",
            "\nTo think about before we meet\n-----------------------------\n- Dental practices, the growth segment, was to get 50% of the effort",
            "\n- Jo leaves, 31 March 2027 to 31 May 2027 (50% fewer hours for Retail): does it still stand, and\n"
                + "  what should the next plan do about it?\n",
        ] {
            #expect(result.stdout.contains(text), "\(text)")
        }
        let since = try #require(result.stdout.range(of: "Since last time"))
        let firstTopic = try #require(result.stdout.range(of: "1. Strategic why"))
        #expect(since.lowerBound < firstTopic.lowerBound)
        #expect(!result.stdout.contains(id), "no session id")
        let markdown = try GuidanceProcess.run(["agenda", "--from", "latest", "--format", "md"] + common)
        #expect(markdown.stdout.contains("\n## Since last time\n\n### Due by Thursday 1 April 2027 in the last plan\n"))
        #expect(!markdown.stdout.contains(id))
        let html = try GuidanceProcess.run(["agenda", "--from", "latest", "--format", "html"] + common)
        #expect(html.stdout.contains("<h2>Since last time</h2>\n<h3>Due by Thursday 1 April 2027 in the last plan</h3>"))
        #expect(!html.stdout.contains(id))
    }

    @Test func withNoSessionThereIsNoSinceLastTime() throws {
        let folder = try TemporaryFolder()
        let result = try GuidanceProcess.run(["agenda", "--sessions", folder.path + "/none", "--prompts", GuidanceProcess.prompts])
        #expect(result.code == 0)
        #expect(!result.stdout.contains("Since last time"))
        #expect(!result.stdout.contains("To think about"))
        #expect(!result.stdout.contains("We are leaving"), "no answers to say which segment is left")
        #expect(result.stdout.contains("\n1. What are the company's goals for the next three months, and why do they matter?\n"))
    }

    @Test func aQuestionWhoseConditionFailsOnLastTimesAnswersIsLeftOut() throws {
        let exiting = try TemporaryFolder()
        let (withExit, _) = try Self.stored(Fixtures.designAnswersV2, in: exiting)
        #expect(try GuidanceProcess.run(["agenda", "--from", "latest"] + withExit).stdout
            .contains("\n5. We are leaving Hospitality. How should marketing treat those customers while we wind down?\n"))
        let staying = try TemporaryFolder()
        let noExit = Fixtures.designAnswersV2.replacingOccurrences(of: #""Hospitality": "exit""#, with: #""Hospitality": "maintain""#)
        #expect(noExit != Fixtures.designAnswersV2)
        let (common, _) = try Self.stored(noExit, in: staying)
        let result = try GuidanceProcess.run(["agenda", "--from", "latest"] + common)
        #expect(result.code == 0)
        #expect(!result.stdout.contains("We are leaving"))
        #expect(!result.stdout.contains("wind down"))
        #expect(result.stdout.contains("\n5. Last time the customers per segment were"))
    }

    @Test func aTemplateOverAnEmptyListReadsNaturally() throws {
        let folder = try TemporaryFolder()
        let one = Fixtures.designAnswersV2
            .replacingOccurrences(of: #""Hospitality": "exit", "Retail": "maintain", "Legal": "maintain""#,
                                  with: #""Hospitality": "exit", "Retail": "grow", "Legal": "grow""#)
        #expect(one != Fixtures.designAnswersV2)
        let (common, _) = try Self.stored(one, in: folder)
        let result = try GuidanceProcess.run(["agenda", "--from", "latest"] + common)
        #expect(result.stdout.contains("\n2. Are we still focusing on Dental practices as the growth segment?\n"))
        #expect(!result.stdout.contains("none maintained"))
    }

    @Test func theMarketersOwnQuestionsAreAskedInTheMeetingButNotOnTheAgenda() throws {
        let folder = try TemporaryFolder()
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let meeting = try GuidanceProcess.run(["new", "--date", "2027-02-01"] + common,
                                              input: Fixtures.directorLines.joined(separator: "\n") + "\n")
        #expect(meeting.code == 0)
        let asked = ["Which currency is the budget in?", "How many hours a week does the marketing team have for planned work?",
                     "Which public holidays does the team take?", "And who sends the invitation: your own name and email?"]
        for text in asked { #expect(meeting.stdout.contains(text), "\(text)") }
        let agenda = try GuidanceProcess.run(["agenda", "--from", "latest"] + common)
        for text in ["currency", "hours a week", "public-holiday", "Which other days", "still the director", "invitation still come from"] {
            #expect(!agenda.stdout.contains(text), "\(text)")
        }
    }
}
