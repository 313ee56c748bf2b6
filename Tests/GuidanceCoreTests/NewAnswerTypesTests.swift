import Foundation
import Testing
@testable import GuidanceCore

/// The answer types version 2 of the scripts added: a person, a list of dates, an end date that may be
/// open, and options filtered by another answer; and carrying the marketer forward.
@Suite struct NewAnswerTypesTests {
    static let today = CalendarDate(iso: "2027-02-01") ?? CalendarDate.today(in: TimeZone.current)
    static let context = AnswerContext(items: ["segments": ["Dental practices", "Retail"]], today: today)

    static func person(_ name: String, _ email: String? = nil) -> JSONValue {
        var object = JSONObject([("name", .string(name))])
        if let email { object["email"] = .string(email) }
        return .object(object)
    }

    @Test(arguments: [
        ("Sam Patel <sam@example.com>", person("Sam Patel", "sam@example.com")),
        ("Sam Patel, sam@example.com", person("Sam Patel", "sam@example.com")),
        ("  Sam Patel ;  sam@example.co.uk ", person("Sam Patel", "sam@example.co.uk")),
        ("Sam Patel sam.patel+plan@example.com", person("Sam Patel", "sam.patel+plan@example.com")),
        ("Sam Patel", person("Sam Patel")),
        ("Patel, Sam", person("Patel, Sam")),
        ("Zoë O'Brien-Smith <zoe@example.ie>", person("Zoë O'Brien-Smith", "zoe@example.ie")),
    ])
    func aPersonIsANameWithAnOptionalEmail(_ line: String, _ expected: JSONValue) throws {
        let value = try AnswerValidator.parseLine(line, as: .person, in: Self.context).get()
        #expect(value == expected)
        #expect(try AnswerValidator.checkStored(value, as: .person, options: [:]).get() == value, "the loader keeps what the shell accepts")
    }

    static let forms = "\"Sam Patel <sam@example.com>\", \"Sam Patel, sam@example.com\" or just \"Sam Patel\""

    @Test(arguments: [
        ("Sam Patel <sam@example>", "\"sam@example\" is not an email address: it needs a name, an @ and a domain with a dot, such as sam@example.com; or type the name alone."),
        ("Sam Patel, sam@@example.com", "\"sam@@example.com\" is not an email address: it needs a name, an @ and a domain with a dot, such as sam@example.com; or type the name alone."),
        ("Sam <@example.com>", "\"@example.com\" is not an email address: it needs a name, an @ and a domain with a dot, such as sam@example.com; or type the name alone."),
        ("Sam <sam@example.c0m>", "\"sam@example.c0m\" is not an email address: it needs a name, an @ and a domain with a dot, such as sam@example.com; or type the name alone."),
        ("sam@example.com", "\"sam@example.com\" has no name in it: type the name too, such as \(forms)."),
        ("<sam@example.com>", "\"<sam@example.com>\" has no name in it: type the name too, such as \(forms)."),
        ("Sam <Patel> <sam@example.com>", "\"Sam <Patel> <sam@example.com>\" is not a name with an email address: type the name first, then the email, such as \(forms)."),
        ("no", "Type the name of the person it is now, with the email if there is one, such as \(forms)."),
        ("", "Nothing was typed: type a name, with an email address if there is one, such as \(forms)."),
    ])
    func aPersonThatIsNotOneIsRefusedInPlainWords(_ line: String, _ message: String) {
        #expect(AnswerValidator.parseLine(line, as: .person, in: Self.context) == .failure(AnswerProblem(message)))
    }

    @Test(arguments: [
        (#"{"name": "Sam Patel", "email": null}"#, #"{"name": "Sam Patel"}"#),
        (#"{"name": "  Sam Patel ", "email": " sam@example.com "}"#, #"{"name": "Sam Patel", "email": "sam@example.com"}"#),
    ])
    func aStoredPersonIsKeptInItsNormalForm(_ stored: String, _ normal: String) throws {
        let value = try AnswerValidator.checkStored(try JSONParser.parse(stored), as: .person, options: [:]).get()
        #expect(value == (try JSONParser.parse(normal)))
    }

    @Test(arguments: [
        (#""Sam Patel""#, "it should be a name with an optional email, such as {\"name\": \"Sam Patel\", \"email\": \"sam@example.com\"}"),
        (#"{"email": "sam@example.com"}"#, "\"name\" should be non-empty text in double quotes"),
        (#"{"name": "Sam", "email": "nope"}"#, "\"email\": \"nope\" is not an email address; write it as sam@example.com, or leave it out"),
        (#"{"name": "Sam", "email": 7}"#, "\"email\" should be an email address in double quotes, or left out"),
        (#"{"name": "Sam", "phone": "0113"}"#, "it has \"phone\", which is not one of name, email"),
    ])
    func aStoredPersonThatIsNotOneIsRefused(_ stored: String, _ message: String) throws {
        #expect(AnswerValidator.checkStored(try JSONParser.parse(stored), as: .person, options: [:]) == .failure(AnswerProblem(message)))
    }

    @Test(arguments: [
        ("2027-04-06", ["2027-04-06"]),
        ("2027-05-28, 2027-04-06", ["2027-04-06", "2027-05-28"]),
        ("next friday; 6 April 2027", ["2027-02-05", "2027-04-06"]),
        ("none", []),
        ("None", []),
    ])
    func daysOffAreDatesInOrder(_ line: String, _ expected: [String]) throws {
        let value = try AnswerValidator.parseLine(line, as: .dates, in: Self.context).get()
        #expect(value == .array(expected.map(JSONValue.string)))
        #expect(try AnswerValidator.checkStored(value, as: .dates, options: [:]).get() == value)
    }

    @Test(arguments: [
        ("2027-04-06, someday", "\"someday\" is not a date I understand: type it as 2027-03-01 or 1/3/2027, or say \"next monday\", \"end of month\" or \"in 2 weeks\"."),
        ("2027-04-06, 6 April 2027", "Tuesday 6 April 2027 is in the list twice: name each day once."),
        ("2027-02-30", "\"2027-02-30\" is not a real date: February 2027 has 28 days, so pick a day from 1 to 28, such as 2027-02-28."),
        ("permanent", "\"permanent\" is not a date: only an end date can be left open; type a date such as 2027-03-01."),
        ("", "Nothing was typed: type one or more dates separated by commas, such as \"2027-03-01, 2027-03-08\", or \"none\"."),
    ])
    func daysOffThatAreNotDatesAreRefused(_ line: String, _ message: String) {
        #expect(AnswerValidator.parseLine(line, as: .dates, in: Self.context) == .failure(AnswerProblem(message)))
    }

    @Test(arguments: [
        ("permanent", JSONValue.null), ("Ongoing", .null), ("no end", .null), ("open-ended", .null), ("indefinitely", .null),
        ("2027-05-31", .string("2027-05-31")), ("end of next month", .string("2027-03-31")),
    ])
    func anEndDateMayBeLeftOpen(_ line: String, _ expected: JSONValue) throws {
        let value = try AnswerValidator.parseLine(line, as: .endDate, in: Self.context).get()
        #expect(value == expected)
        #expect(try AnswerValidator.checkStored(value, as: .endDate, options: [:]).get() == value)
        #expect(AnswerFormatter.describe(value, as: .endDate) == (expected == .null ? "no end" : CalendarDate(iso: expected.stringValue ?? "")?.spoken))
    }

    @Test(arguments: ["permanent", "ongoing", "no end"])
    func onlyAnEndDateMayBeLeftOpen(_ word: String) {
        #expect(AnswerValidator.parseLine(word, as: .date, in: Self.context)
                == .failure(AnswerProblem("\"\(word)\" is not a date: only an end date can be left open; type a date such as 2027-03-01.")))
        #expect(AnswerValidator.checkStored(.null, as: .date, options: [:]).isFailure)
    }

    @Test func anEndDateThatIsNotADateSaysHowToLeaveItOpen() {
        #expect(AnswerValidator.parseLine("sometime", as: .endDate, in: Self.context) == .failure(AnswerProblem(
            "\"sometime\" is not a date I understand: type it as 2027-03-01 or 1/3/2027, or say \"next monday\", \"end of month\" or \"in 2 weeks\"; "
                + "or type \"permanent\" when it has no end.")))
        #expect(AnswerValidator.checkStored(.string("permanent"), as: .endDate, options: [:]) == .failure(AnswerProblem(
            "it should be a date written as YYYY-MM-DD, such as 2027-05-31, or null when it has no end")))
    }

    @Test func optionsWithAValueAreTheItemsGivenThatValue() throws {
        let roles = Question(id: "roles", ask: "Role of {{item}}?", type: .each(over: "segments", item: .choice(.fixed(["grow", "maintain", "exit"])),
                                                                              optionalItems: false), help: "h", example: "grow")
        var items: [String: [String]] = [:]
        AnswerContext.addItems(of: roles, value: try JSONParser.parse(#"{"Dental practices": "grow", "Retail": "maintain", "Vets": "grow"}"#),
                               to: &items)
        #expect(items["roles|with:grow"] == ["Dental practices", "Vets"])
        #expect(items["roles|with:exit"] == [])
        let context = AnswerContext(items: items, today: Self.today)
        let grow = AnswerType.choice(.answerWith("roles", value: "grow"))
        #expect(context.options(.answerWith("roles", value: "grow")) == ["Dental practices", "Vets"])
        #expect(AnswerValidator.parseLine("vet", as: grow, in: context) == .success(.string("Vets")))
        #expect(AnswerValidator.parseLine("Retail", as: grow, in: context)
                == .failure(AnswerProblem("\"Retail\" is not one of the options: type one of Dental practices or Vets.")))
        #expect(grow.sources == ["roles"])
        #expect(grow.itemKeys == ["roles|with:grow"])
    }

    static let holidays = AnswerType.choice(.labelled(["GB-EAW", "GB-SCT", "IE", "none"],
                                                       names: ["GB-EAW": "England and Wales", "GB-SCT": "Scotland", "IE": "Ireland"]))

    @Test(arguments: [("GB-SCT", "GB-SCT"), ("scotland", "GB-SCT"), ("Wales", "GB-EAW"), ("ire", "IE"), ("none", "none"), ("gb-e", "GB-EAW")])
    func aLabelledOptionIsTypedAsItsCodeOrItsName(_ line: String, _ code: String) throws {
        let value = try AnswerValidator.parseLine(line, as: Self.holidays, in: Self.context).get()
        #expect(value == .string(code))
        #expect(try AnswerValidator.checkStored(value, as: Self.holidays, options: [:]).get() == value)
    }

    @Test func aLabelledOptionIsShownWithItsNameAndOfferedByTab() {
        #expect(AnswerFormatter.describe(.string("GB-SCT"), as: Self.holidays) == "GB-SCT (Scotland)")
        #expect(AnswerFormatter.describe(.string("none"), as: Self.holidays) == "none")
        #expect(AnswerValidator.parseLine("France", as: Self.holidays, in: Self.context) == .failure(AnswerProblem(
            "\"France\" is not one of the options: type one of GB-EAW (England and Wales), GB-SCT (Scotland), IE (Ireland) or none.")))
        #expect(AnswerValidator.parseLine("gb", as: Self.holidays, in: Self.context) == .failure(AnswerProblem(
            "\"gb\" could be GB-EAW or GB-SCT: type more of the name, such as \"GB-EAW\".")))
        #expect(AnswerValidator.checkStored(.string("Scotland"), as: Self.holidays, options: [:]).isFailure, "a file holds the code")
    }

    @Test func tabOffersTheGrowSegmentsForATargetAndTheCodesAndPlacesOfTheHolidayCalendars() throws {
        let targets = try TestScripts.director(after: Array(TestScripts.designLines[0..<16]))
        #expect(targets.currentQuestion?.id == "targets")
        #expect(targets.prompt?.completions == ["Dental practices"])
        let holidays = try TestScripts.director(after: Array(TestScripts.designLines[0..<25]))
        #expect(holidays.currentQuestion?.id == "holidays")
        #expect(holidays.prompt?.completions == ["GB-EAW", "GB-SCT", "GB-NIR", "IE", "US", "none", "England and Wales", "Scotland",
                                                 "Northern Ireland", "Ireland", "United States federal holidays", "no public holidays"])
        let daysOff = try TestScripts.director(after: Array(TestScripts.designLines[0..<26]))
        #expect(daysOff.prompt?.defaultAnswer == "none")
        #expect(daysOff.prompt?.completions.contains("tomorrow") == true)
    }

    @Test func theMarketerComesFromTheLatestSessionThatGaveOne() throws {
        let script = try TestScripts.director()
        let alex = Self.person("Alex Brown", "alex@example.com")
        let jo = Self.person("Jo Old")
        let last: [String: JSONValue] = ["goals": .array([.string("Grow")]), "director": Self.person("Sam Patel")]
        let offered = CarryForward.previous(script: script, last: last, earlier: [["goals": .array([])], ["marketer": alex], ["marketer": jo]])
        #expect(offered["marketer"] == alex, "the newest session with an answer wins")
        #expect(offered["goals"] == .array([.string("Grow")]), "other answers come from the last complete session only")
        #expect(offered["director"] == Self.person("Sam Patel"))
        #expect(CarryForward.previous(script: script, last: last, earlier: [["director": jo]])["director"] == Self.person("Sam Patel"),
                "the director is carried as usual, from the last complete session")
        #expect(CarryForward.previous(script: script, last: [:], earlier: [])["marketer"] == nil)
    }
}

extension Result {
    /// Whether this is a failure.
    var isFailure: Bool { if case .failure = self { true } else { false } }
}
