import Foundation
import Testing
@testable import GuidanceCore

/// What Tab offers in the shell for the line typed so far: commands, topics after /goto, questions after /edit, answer words.
@Suite struct ShellCompletionTests {
    static let commands = ["help", "back", "skip", "next", "topics", "goto", "edit", "show", "undo", "time", "plan", "export", "save", "quit"]

    /// The choices at the currency question of the design meeting (its answer words are currency codes).
    static func atCurrency() throws -> ShellCompletion {
        let interview = try TestScripts.director(after: Array(TestScripts.designLines[0..<24]))
        #expect(interview.currentQuestion?.id == "currency")
        return ShellCompletion(interview: interview, commands: commands)
    }

    static let topicNames = ["strategic", "segments", "focus", "plan", "fundamentals", "internal", "market", "sales", "wrap-up"]
    static let askedIDs = ["goals", "segments", "growth_segment", "roles", "segment_why", "exit_plan", "customers", "targets", "focus",
                           "plan_start", "capacity_hours_per_week", "campaign_budget", "currency", "holidays", "days_off", "key_dates",
                           "fundamentals", "internal_changes", "market_changes", "sales_needs", "actions", "director", "marketer"]

    @Test(arguments: [
        ("/goto ", "", topicNames),
        ("/goto", "/goto", ["/goto"]),
        ("/goto in", "in", ["internal"]),
        ("/goto In", "In", ["Internal"]),
        ("/goto HO", "HO", ["HOrizon"]),
        ("  /goto  ", "", topicNames),
        ("/go ", "", topicNames),
        ("/GOTO ", "", topicNames),
        ("/goto internal ", "", ["changes"]),
        ("/goto internal ch", "ch", ["changes"]),
        ("/goto market ", "", ["changes"]),
        ("/goto ch", "ch", []),
        ("/edit ", "", askedIDs),
        ("/edit cu", "cu", ["customers", "currency"]),
        ("/edit CAMP", "CAMP", ["CAMPaign_budget"]),
        ("/edit exit", "exit", ["exit_plan"]),
        ("/edit currency ", "", []),
        ("/ed ", "", askedIDs),
        ("/e ", "", []),
        ("/show ", "", []),
        ("/", "/", commands.map { "/" + $0 }),
        ("/s", "/s", ["/skip", "/show", "/save"]),
        ("/nonsense ", "", []),
        ("G", "G", ["GBP"]),
        ("", "", ["GBP", "EUR", "USD"]),
        ("//", "//", []),
        ("//goto ", "", ["GBP", "EUR", "USD"]),
    ])
    func tabOffers(_ line: String, _ word: String, _ expected: [String]) throws {
        let offered = try Self.atCurrency().candidates(line: line, word: word)
        #expect(Array(offered.prefix(expected.count)) == expected, "\(line)")
        if expected.count < 3 { #expect(offered == expected, "\(line)") }
    }

    @Test func editOffersOnlyTheQuestionsAskedWithTheAnswersSoFar() throws {
        let noExit = Array(TestScripts.designLines[0..<4]) + ["maintain", "maintain", "maintain"]
        let interview = try TestScripts.director(after: noExit)
        let offered = ShellCompletion(interview: interview, commands: Self.commands).candidates(line: "/edit ex", word: "ex")
        #expect(offered == [])
        let all = ShellCompletion(interview: interview, commands: Self.commands).candidates(line: "/edit ", word: "")
        #expect(!all.contains("exit_plan"))
        #expect(all.contains("segment_why"))
    }

    @Test func aSegmentNameThatIsNotInertIsNeverOffered() throws {
        var interview = try TestScripts.director(after: ["Grow"])
        let segments = JSONValue.array([.string("Dental practices"), .string("Bad\u{1B}[2Jname")])
        interview.session.setAnswer("segments", segments, at: TestScripts.now)  // as a hand-edited file could hold
        interview.session.position = "growth_segment"
        let offered = ShellCompletion(interview: interview, commands: Self.commands).candidates(line: "", word: "")
        #expect(offered.contains("Dental practices"))
        #expect(!offered.contains { $0.hasPrefix("Bad") })
    }
}
