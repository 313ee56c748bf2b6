import Foundation
import Testing
@testable import GuidanceCore

/// A decimal from its plain written form, for tables (never locale-dependent).
private func dec(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
}

@Suite struct ScalarParserTests {
    // MARK: text

    @Test(arguments: [
        ("Grow dental", "Grow dental"),
        ("  padded both ends \t", "padded both ends"),
        ("inner  spaces kept", "inner  spaces kept"),
        (String(repeating: "a", count: 2000), String(repeating: "a", count: 2000)),
    ])
    func textAccepts(_ input: String, _ expected: String) {
        #expect(ScalarParser.text(input) == .success(expected))
    }

    @Test(arguments: [
        ("", "Nothing was typed: type a few words, such as \"Grow our share of dental practices\"."),
        ("   \t ", "Nothing was typed: type a few words, such as \"Grow our share of dental practices\"."),
        ("two\nlines", "The answer runs over more than one line: type it on one line, such as \"Grow our share of dental practices\"."),
        (String(repeating: "b", count: 2001),
         "The answer is 2001 characters long: shorten it to 2000 characters or fewer, such as \"Grow our share of dental practices\"."),
    ])
    func textRefuses(_ input: String, _ message: String) {
        #expect(ScalarParser.text(input) == .failure(AnswerProblem(message)))
    }

    // MARK: list

    @Test(arguments: [
        ("Dental practices, Retail, Legal", ",;", ["Dental practices", "Retail", "Legal"]),
        ("Dental; Retail ,Legal", ",;", ["Dental", "Retail", "Legal"]),
        (" one ", ",;", ["one"]),
        ("a,,b, ,", ",;", ["a", "b"]),
        ("a, b; c", ";", ["a, b", "c"]),
        ("Retail, retailers", ",;", ["Retail", "retailers"]),
    ])
    func listAccepts(_ input: String, _ separators: String, _ expected: [String]) {
        #expect(ScalarParser.list(input, separators: separators) == .success(expected))
    }

    @Test(arguments: [
        ("", ",;", "Nothing was typed: type one or more items separated by commas, such as \"Dental practices, Retail, Legal\"."),
        (" , ;", ",;", "\", ;\" has no items in it: type one or more items separated by commas, such as \"Dental practices, Retail, Legal\"."),
        (";", ";", "\";\" has no items in it: type one or more items separated by \";\", such as \"Dental practices; Retail; Legal\"."),
        ("Retail, Legal, retail", ",;", "\"retail\" is in the list twice: name each item once, such as \"Retail, Legal\"."),
        ("Dental  practices; dental practices", ",;",
         "\"dental practices\" is in the list twice: name each item once, such as \"Dental  practices\"."),
    ])
    func listRefuses(_ input: String, _ separators: String, _ message: String) {
        #expect(ScalarParser.list(input, separators: separators) == .failure(AnswerProblem(message)))
    }

    // MARK: yes / no

    @Test(arguments: [
        ("y", true), ("YES", true), (" Yes ", true), ("true", true), ("Approved", true), ("agreed", true),
        ("n", false), ("No", false), ("FALSE", false), ("not approved", false), ("Not  Approved", false),
        ("not agreed", false), ("rejected", false),
    ])
    func yesNoAccepts(_ input: String, _ expected: Bool) {
        #expect(ScalarParser.yesNo(input) == .success(expected))
    }

    @Test(arguments: [
        ("", "Nothing was typed: type yes or no."),
        ("maybe", "\"maybe\" is not a yes or no answer: type yes or no."),
        ("yes please", "\"yes please\" is not a yes or no answer: type yes or no."),
        ("1", "\"1\" is not a yes or no answer: type yes or no."),
    ])
    func yesNoRefuses(_ input: String, _ message: String) {
        #expect(ScalarParser.yesNo(input) == .failure(AnswerProblem(message)))
    }

    // MARK: number

    struct NumberCase: Sendable, CustomTestStringConvertible {
        var input: String
        var min: Decimal?
        var max: Decimal?
        var whole: Bool
        var unit: String?
        var testDescription: String { "\(input) [\(unit ?? "-")]" }
    }

    @Test(arguments: [
        (NumberCase(input: "30", min: nil, max: nil, whole: false, unit: nil), dec("30")),
        (NumberCase(input: "30.5", min: nil, max: nil, whole: false, unit: nil), dec("30.5")),
        (NumberCase(input: "-50", min: nil, max: nil, whole: false, unit: nil), dec("-50")),
        (NumberCase(input: "+7", min: nil, max: nil, whole: false, unit: nil), dec("7")),
        (NumberCase(input: "-0", min: nil, max: nil, whole: true, unit: nil), dec("0")),
        (NumberCase(input: "\u{2212}20", min: -100, max: 100, whole: true, unit: "%"), dec("-20")),
        (NumberCase(input: "-50%", min: -100, max: 100, whole: true, unit: "%"), dec("-50")),
        (NumberCase(input: "-50 %", min: -100, max: 100, whole: true, unit: "%"), dec("-50")),
        (NumberCase(input: "25 percent", min: -100, max: 100, whole: true, unit: "%"), dec("25")),
        (NumberCase(input: "100", min: -100, max: 100, whole: true, unit: "%"), dec("100")),
        (NumberCase(input: "-100%", min: -100, max: 100, whole: true, unit: "%"), dec("-100")),
        (NumberCase(input: "30 hours", min: 0, max: 80, whole: false, unit: "hours"), dec("30")),
        (NumberCase(input: "30h", min: 0, max: 80, whole: false, unit: "hours"), dec("30")),
        (NumberCase(input: "1 hour", min: 0, max: 80, whole: false, unit: "hours"), dec("1")),
        (NumberCase(input: "37.5 HRS", min: 0, max: 80, whole: false, unit: "hours"), dec("37.5")),
        (NumberCase(input: "0", min: 0, max: 80, whole: false, unit: "hours"), dec("0")),
        (NumberCase(input: "12 visits", min: nil, max: nil, whole: true, unit: "visits"), dec("12")),
        (NumberCase(input: "1 visit", min: nil, max: nil, whole: true, unit: "visits"), dec("1")),
        (NumberCase(input: "30.0", min: nil, max: nil, whole: true, unit: nil), dec("30")),
    ])
    func numberAccepts(_ c: NumberCase, _ expected: Decimal) {
        #expect(ScalarParser.number(c.input, min: c.min, max: c.max, wholeOnly: c.whole, unit: c.unit) == .success(expected))
    }

    @Test(arguments: [
        (NumberCase(input: "", min: nil, max: nil, whole: false, unit: nil), "Nothing was typed: type a number, such as 30."),
        (NumberCase(input: "thirty", min: nil, max: nil, whole: false, unit: nil), "\"thirty\" is not a number: type digits, such as 30."),
        (NumberCase(input: "30%", min: nil, max: nil, whole: false, unit: nil), "\"30%\" is not a number: type digits, such as 30."),
        (NumberCase(input: "1,000", min: nil, max: nil, whole: false, unit: nil), "\"1,000\" is not a number: type digits, such as 30."),
        (NumberCase(input: ".5", min: nil, max: nil, whole: false, unit: nil), "\".5\" is not a number: type digits, such as 30."),
        (NumberCase(input: "30 days", min: 0, max: 80, whole: false, unit: "hours"),
         "\"30 days\" is not a number of hours: type digits, such as 30 hours."),
        (NumberCase(input: "", min: 0, max: 80, whole: false, unit: "hours"), "Nothing was typed: type a number of hours, such as 30 hours."),
        (NumberCase(input: "half", min: -100, max: 100, whole: true, unit: "%"), "\"half\" is not a percentage: type digits, such as 30%."),
        (NumberCase(input: "30.5", min: 0, max: 80, whole: true, unit: "hours"),
         "\"30.5\" is not a whole number: type it without decimals, such as 30 hours."),
        (NumberCase(input: "90 hours", min: 0, max: 80, whole: false, unit: "hours"),
         "\"90 hours\" is outside the range 0 to 80 hours: type a number in that range, such as 30 hours."),
        (NumberCase(input: "-150%", min: -100, max: 100, whole: true, unit: "%"),
         "\"-150%\" is outside the range -100% to 100%: type a number in that range, such as 30%."),
        (NumberCase(input: "-1", min: 0, max: nil, whole: false, unit: "hours"),
         "\"-1\" is less than 0 hours: type 0 hours or more, such as 30 hours."),
        (NumberCase(input: "500", min: nil, max: 10, whole: false, unit: nil),
         "\"500\" is more than 10: type 10 or less, such as 10."),
        (NumberCase(input: "2", min: 5, max: 8, whole: true, unit: nil),
         "\"2\" is outside the range 5 to 8: type a number in that range, such as 8."),
    ])
    func numberRefuses(_ c: NumberCase, _ message: String) {
        #expect(ScalarParser.number(c.input, min: c.min, max: c.max, wholeOnly: c.whole, unit: c.unit)
            == .failure(AnswerProblem(message)))
    }

    // MARK: percent

    @Test(arguments: [("50", 50), ("50%", 50), (" 0 ", 0), ("100 %", 100), ("7 percent", 7)])
    func percentAccepts(_ input: String, _ expected: Int) {
        #expect(ScalarParser.percent(input) == .success(expected))
    }

    @Test(arguments: [
        ("", "Nothing was typed: type a percentage, such as 30%."),
        ("fifty", "\"fifty\" is not a percentage: type digits, such as 30%."),
        ("50.5%", "\"50.5%\" is not a whole number: type it without decimals, such as 30%."),
        ("101", "\"101\" is outside the range 0% to 100%: type a number in that range, such as 30%."),
        ("-5%", "\"-5%\" is outside the range 0% to 100%: type a number in that range, such as 30%."),
    ])
    func percentRefuses(_ input: String, _ message: String) {
        #expect(ScalarParser.percent(input) == .failure(AnswerProblem(message)))
    }

    // MARK: month of the plan

    @Test(arguments: [
        ("1", 1), ("2", 2), ("3", 3), ("month 2", 2), ("Month 3", 3), ("m2", 2), ("M 1", 1),
        ("two", 2), ("second", 2), ("the third month", 3), ("2nd month", 2), ("month2", 2),
    ])
    func monthAccepts(_ input: String, _ expected: Int) {
        #expect(ScalarParser.month(input) == .success(expected))
    }

    @Test(arguments: [
        ("", "Nothing was typed: the plan runs for three months, so type 1, 2 or 3 (for example 2 for its second month)."),
        ("4", "\"4\" is not a month of the plan: the plan runs for three months, so type 1, 2 or 3 (for example 2 for its second month)."),
        ("0", "\"0\" is not a month of the plan: the plan runs for three months, so type 1, 2 or 3 (for example 2 for its second month)."),
        ("March", "\"March\" is a month, but the plan start is not given yet: type 1, 2 or 3 for the plan's first, second or third month, or answer plan_start first (/edit plan_start)."),
        ("month 2.5", "\"month 2.5\" is not a month of the plan: the plan runs for three months, so type 1, 2 or 3 (for example 2 for its second month)."),
    ])
    func monthRefuses(_ input: String, _ message: String) {
        #expect(ScalarParser.month(input) == .failure(AnswerProblem(message)))
    }

    // MARK: choice and choices

    static let roles = ["grow", "maintain", "exit"]
    static let segments = ["Dental practices", "Hospitality", "Retail", "Legal"]

    @Test(arguments: [("grow", "grow"), ("GROW", "grow"), ("m", "maintain"), (" exit ", "exit"), ("ex", "exit")])
    func choiceAccepts(_ input: String, _ expected: String) {
        #expect(ScalarParser.choice(input, options: ScalarParserTests.roles) == .success(expected))
    }

    @Test(arguments: [
        ("shrink", "\"shrink\" is not one of the options: type one of grow, maintain or exit."),
        ("", "Nothing was typed: type one of the options, such as grow, maintain or exit."),
    ])
    func choiceRefuses(_ input: String, _ message: String) {
        #expect(ScalarParser.choice(input, options: ScalarParserTests.roles) == .failure(AnswerProblem(message)))
    }

    @Test func choiceUsesTheNoun() {
        #expect(ScalarParser.choice("keep", options: ScalarParserTests.roles, noun: "role")
            == .failure(AnswerProblem("\"keep\" is not one of the roles: type one of grow, maintain or exit.")))
    }

    @Test(arguments: [
        ("Retail, Dental", ["Dental practices", "Retail"]),
        ("legal; hosp", ["Hospitality", "Legal"]),
        ("all", ScalarParserTests.segments),
        ("ALL", ScalarParserTests.segments),
        ("none", []),
        ("-", []),
        ("practices", ["Dental practices"]),
        ("Retail,", ["Retail"]),
    ])
    func choicesAccepts(_ input: String, _ expected: [String]) {
        #expect(ScalarParser.choices(input, options: ScalarParserTests.segments) == .success(expected))
    }

    @Test func choicesPrefersAnOptionNamedLikeAKeyword() {
        #expect(ScalarParser.choices("none", options: ["Some", "None"]) == .success(["None"]))
    }

    @Test(arguments: [
        ("", "Nothing was typed: type one or more of Dental practices, Hospitality, Retail or Legal separated by commas, or \"all\" or \"none\"."),
        (", ;", "\", ;\" names no options: type one or more of Dental practices, Hospitality, Retail or Legal separated by commas, or \"all\" or \"none\"."),
        ("Retail, Hotels", "\"Hotels\" is not one of the options: type one of Dental practices, Hospitality, Retail or Legal."),
        ("Retail, Legal, retail", "\"retail\" names Retail a second time: name each option once, such as \"Retail, Legal\"."),
        ("all, Retail", "\"all\" is not one of the options: type one of Dental practices, Hospitality, Retail or Legal."),
    ])
    func choicesRefuses(_ input: String, _ message: String) {
        #expect(ScalarParser.choices(input, options: ScalarParserTests.segments) == .failure(AnswerProblem(message)))
    }
}
