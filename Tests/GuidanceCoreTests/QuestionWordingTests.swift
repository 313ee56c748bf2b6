import Foundation
import Testing
@testable import GuidanceCore

/// The scripts' questions read well whatever a segment is called: one thing ("Legal") or many ("Accountancy firms").
@Suite struct QuestionWordingTests {
    static func script(_ id: String) throws -> Script {
        switch ScriptLoader.load(id: id, folder: TestScripts.promptsFolder) {
        case .success(let script): return script
        case .failure(let problems): throw TestScripts.SetupError(description: "\(id).json did not load: \(problems)")
        }
    }

    /// The wording of question `id` of `script`, about `segment` (an `each` question) or quoting last time's answers.
    static func wording(_ script: Script, _ id: String, segment: String, again: Bool = false) throws -> String {
        let question = try #require(script.questions.map(\.question).first { $0.id == id })
        let previous: [String: JSONValue] = ["growth_segment": .string(segment),
                                             "roles": .object(JSONObject([(segment, .string("grow")), ("Retail", .string("maintain"))]))]
        let context = Template.Context(answers: [:], previous: previous, types: [:], item: segment)
        let template = again ? try #require(question.again) : question.ask
        return try #require(Template.render(template, in: context))
    }

    @Test(arguments: [
        ("director", "roles", false, "What is the role of Accountancy firms: grow, maintain or exit?"),
        ("director", "segment_why", false, "Why is that role right for Accountancy firms? (Enter leaves it blank.)"),
        ("director", "customers", false, "How many customers do we have in Accountancy firms today? (0 for a new segment.)"),
        ("director", "growth_segment", true, "Are we still focusing on Accountancy firms as the growth segment, with Retail maintained?"),
        ("self", "roles", false, "Which role do you believe the company gives Accountancy firms: grow, maintain or exit?"),
        ("self", "segment_why", false, "Why do you think that role is right for Accountancy firms? (Enter leaves it blank.)"),
        ("self", "customers", false,
         "About how many customers do we have in Accountancy firms today, as far as you know? (0 for a new segment.)"),
        ("self", "growth_segment", true,
         "Do you still believe the growth segment is Accountancy firms, with Retail kept at current levels?"),
    ])
    func aPluralSegmentNameReadsWell(_ script: String, _ id: String, _ again: Bool, _ expected: String) throws {
        #expect(try Self.wording(try Self.script(script), id, segment: "Accountancy firms", again: again) == expected)
    }

    /// No wording makes a segment the subject of a verb that agrees with one thing or with many only.
    @Test(arguments: ["director", "self"])
    func noSegmentIsTheSubjectOfAVerbThatAgrees(_ id: String) throws {
        let script = try Self.script(id)
        for question in script.questions.map(\.question) {
            for text in [question.ask] + (question.again.map { [$0] } ?? []) {
                for placeholder in ["{{item}}", "{{previous.growth_segment}}", "{{answers.growth_segment}}"] {
                    #expect(!text.contains("does \(placeholder) "), "\(id): \(question.id): \(text)")
                    for verb in ["has", "have", "is", "are", "does", "do", "was", "were", "needs", "gets"] {
                        #expect(!text.contains("\(placeholder) \(verb) "), "\(id): \(question.id): \(text)")
                    }
                }
            }
        }
    }
}
