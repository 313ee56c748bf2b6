import Foundation
import Testing
@testable import GuidanceCore

/// A split or role object from ordered pairs.
private func object(_ pairs: [(String, JSONValue)]) -> JSONValue { .object(JSONObject(pairs)) }

/// Texts as a JSON list.
private func list(_ items: [String]) -> JSONValue { .array(items.map(JSONValue.string)) }

/// The answers of a session so far, as a template sees them.
private let answers: [String: JSONValue] = [
    "goals": list(["Replace hospitality income"]),
    "segments": list(["Dental practices", "Retail", "Legal"]),
    "growth_segment": .string("Dental practices"),
    "roles": object([("Dental practices", .string("grow")), ("Retail", .string("maintain")),
                     ("Legal", .string("maintain")), ("Hospitality", .string("exit"))]),
    "focus": object([("Dental practices", .number(50)), ("Retail", .number(30)), ("Legal", .number(20))]),
    "campaign_budget": .number(12000),
    "plan_start": .string("2027-03-01"),
    "capacity_hours_per_week": .number(30),
]

/// Last session's answers.
private let previous: [String: JSONValue] = [
    "growth_segment": .string("Hospitality"),
    "roles": object([("Hospitality", .string("grow")), ("Retail", .string("maintain")), ("Legal", .string("maintain"))]),
    "segments": list(["Hospitality", "Retail", "Legal"]),
    "currency": .string("GBP"),
]

/// The types that shape how values are put into words.
private let types: [String: AnswerType] = [
    "focus": .split(over: "segments"),
    "campaign_budget": .money,
    "capacity_hours_per_week": .number(min: 1, max: 400, whole: false, unit: "hours"),
    "plan_start": .date,
    "roles": .each(over: "segments", item: .choice(.fixed(["grow", "maintain", "exit"])), optionalItems: false),
]

@Suite struct TemplateTests {
    @Test(arguments: [
        ("Goals: {{answers.goals}}.", "Goals: Replace hospitality income."),
        ("We serve {{answers.segments}}.", "We serve Dental practices, Retail and Legal."),
        ("Is {{answers.growth_segment}} first?", "Is Dental practices first?"),
        ("{{ answers.growth_segment }}", "Dental practices"),
        ("Last time: {{previous.growth_segment}}.", "Last time: Hospitality."),
        ("Still focusing on {{previous.growth_segment}}, with {{previous.roles|with:maintain}} maintained?",
         "Still focusing on Hospitality, with Retail and Legal maintained?"),
        ("Leaving {{answers.roles|with:exit}}.", "Leaving Hospitality."),
        ("Leaving {{previous.roles|with:exit}}.", "Leaving none."),
        ("Focus: {{answers.focus}}.", "Focus: Dental practices 50%, Retail 30%, Legal 20%."),
        ("Budget {{answers.campaign_budget}} {{previous.currency}}", "Budget 12,000 GBP"),
        ("{{answers.capacity_hours_per_week}} a week", "30 hours a week"),
        ("Roles: {{answers.roles}}", "Roles: Dental practices: grow, Retail: maintain, Legal: maintain, Hospitality: exit"),
        ("The plan starts on {{answers.plan_start}}.", "The plan starts on Monday 1 March 2027."),
        ("No placeholder at all", "No placeholder at all"),
        ("Only }} closing", "Only }} closing"),
    ])
    func renders(_ text: String, _ expected: String) {
        let context = Template.Context(answers: answers, previous: previous, types: types)
        #expect(Template.render(text, in: context) == expected)
    }

    @Test func splitWithoutItsTypeIsStillReadable() {
        let context = Template.Context(answers: ["focus": object([("Dental practices", .number(50)), ("Retail", .number(50))])])
        #expect(Template.render("{{answers.focus}}", in: context) == "Dental practices: 50, Retail: 50")
    }

    @Test(arguments: [
        ("What role does {{item}} play?", "Retail", "What role does Retail play?"),
        ("Why {{ item }}, given {{answers.growth_segment}}?", "Legal", "Why Legal, given Dental practices?"),
    ])
    func rendersItem(_ text: String, _ item: String, _ expected: String) {
        let context = Template.Context(answers: answers, previous: previous, types: types, item: item)
        #expect(Template.render(text, in: context) == expected)
    }

    @Test(arguments: [
        "Goals: {{answers.exit_plan}}",
        "Last time: {{previous.goals}}",
        "Role of {{item}}?",
        "{{answers.growth_segment|with:grow}}",
        "{{answers.segments}} and {{answers.fundamentals}}",
        "Broken {{answer.goals}}",
        "Unclosed {{answers.goals",
    ])
    func missingValueGivesNil(_ text: String) {
        let context = Template.Context(answers: answers, previous: previous, types: types)
        #expect(Template.render(text, in: context) == nil)
    }

    @Test(arguments: [
        ("Unclosed {{answers.goals", ["a \"{{\" is never closed with \"}}\""]),
        ("{{answer.goals}}", ["\"{{answer.goals}}\" is not a placeholder; use {{answers.KEY}}, {{previous.KEY}} or {{item}}"]),
        ("{{answers}}", ["\"{{answers}}\" is not a placeholder; use {{answers.KEY}}, {{previous.KEY}} or {{item}}"]),
        ("{{answers.}}", ["\"{{answers.}}\" is not a placeholder; use {{answers.KEY}}, {{previous.KEY}} or {{item}}"]),
        ("{{}}", ["\"{{}}\" is not a placeholder; use {{answers.KEY}}, {{previous.KEY}} or {{item}}"]),
        ("{{previous.roles|without:exit}}", ["\"{{previous.roles|without:exit}}\" has an unknown filter; the only filter is |with:VALUE"]),
        ("{{previous.roles|with:}}", ["\"{{previous.roles|with:}}\" has an unknown filter; the only filter is |with:VALUE"]),
        ("{{item|with:grow}}", ["\"{{item|with:grow}}\" is not a placeholder; use {{answers.KEY}}, {{previous.KEY}} or {{item}}"]),
        ("{{answers.goals}} then {{ask.goals}} then {{answers.x", [
            "\"{{ask.goals}}\" is not a placeholder; use {{answers.KEY}}, {{previous.KEY}} or {{item}}",
            "a \"{{\" is never closed with \"}}\"",
        ]),
        ("Fine {{answers.goals}}, {{previous.roles|with:grow}} and {{item}}", []),
    ])
    func problems(_ text: String, _ expected: [String]) {
        #expect(Template.problems(in: text) == expected)
    }

    @Test(arguments: [
        ("{{answers.goals}} {{previous.roles|with:maintain}} {{item}}", [
            Template.Placeholder(source: "answers", key: "goals", with: nil),
            Template.Placeholder(source: "previous", key: "roles", with: "maintain"),
            Template.Placeholder(source: "item", key: "", with: nil),
        ]),
        ("Nothing here", []),
        ("{{bad}} {{answers.segments}}", [Template.Placeholder(source: "answers", key: "segments", with: nil)]),
    ])
    func placeholders(_ text: String, _ expected: [Template.Placeholder]) {
        #expect(Template.placeholders(in: text) == expected)
    }

    @Test func answerKeysAreOnlyThisSessionsAnswers() {
        let text = "{{answers.segments}} {{previous.goals}} {{answers.roles|with:exit}} {{item}} {{answers.segments}}"
        #expect(Template.answerKeys(in: text) == ["segments", "roles"])
    }

    /// The segments of a text, written out, with `prefix` taken off the first literal.
    private static func written(_ text: String, dropping prefix: String = "") -> String {
        var segments = Template.segments(of: text)
        if case .literal(let first) = segments.first, first.hasPrefix(prefix) {
            segments[0] = .literal(String(first.dropFirst(prefix.count)))
        }
        return "\(segments)"
    }

    @Test(arguments: [
        "", "plain", "{", "}", "{{", "}}", "{{}}", "{{{answers.goals}}}", "{{answers.goals}}}}", "a}}b{{answers.goals}}c",
        "{{ answers.goals }}", "{{\tanswers.goals\t}}", "{{answers.goals}", "{{answers.goals} }", "{ {answers.goals}}",
        "{{answers.goals}}{{item}}", "{{item}}{{", "x{{previous.roles|with:grow}}y{{previous.roles|with:}}z",
        "{{answers}}", "{{answers.}}", "{{other.x}}", "{{answers.a.b}}", "{{{{answers.goals}}}}", "}}{{answers.goals}}{{",
        "{{.answers.goals}}", "{{answers..goals}}", "{{answers.goals|with:}}", "{{answers.goals|with:a|b}}", "{{|with:x}}",
        "{{answers.goals|}}", "{{answers.goals|WITH:x}}", "{{previous.roles|with:grow.x}}", "{{ item }}", "{{item.x}}",
    ])
    func anASCIITextIsCutWhereRangeOfCutsIt(_ text: String) {
        // A text with a character beyond ASCII takes the `range(of:)` way: both ways must cut alike.
        #expect(Self.written(text) == Self.written("é" + text, dropping: "é"))
    }
}
