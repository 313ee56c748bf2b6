import Foundation
import Testing
@testable import GuidanceCore

/// The one-line percent split: "Dental 50, Retail 30, Legal 20".
@Suite struct SplitParserTests {
    static let segments = ["Dental practices", "Hospitality", "Retail", "Legal"]
    static let howTo = "type each segment with a whole percent, such as \"Dental practices 60, Hospitality 40\"."

    static func entries(_ pairs: KeyValuePairs<String, Int>) -> [SplitEntry] {
        pairs.map { SplitEntry(name: $0.key, percent: $0.value) }
    }

    @Test(arguments: [
        ("Dental 50, Retail 30, Legal 20", entries(["Dental practices": 50, "Retail": 30, "Legal": 20])),
        ("Dental 50%; Retail 30%", entries(["Dental practices": 50, "Retail": 30])),
        ("Dental practices: 50", entries(["Dental practices": 50])),
        ("50% Dental, 30 retail", entries(["Dental practices": 50, "Retail": 30])),
        ("Legal 20, Dental 80", entries(["Legal": 20, "Dental practices": 80])),
        ("Dental=50,Retail:50%", entries(["Dental practices": 50, "Retail": 50])),
        ("  hosp  0 , ,", entries(["Hospitality": 0])),
        ("legal 100 %", entries(["Legal": 100])),
        ("practices 40", entries(["Dental practices": 40])),
        ("Dental 50.0", entries(["Dental practices": 50])),
    ])
    func accepts(_ input: String, _ expected: [SplitEntry]) {
        #expect(SplitParser.pairs(input, names: Self.segments) == .success(expected))
    }

    @Test(arguments: [
        ("50/10/20/20", entries(["Dental practices": 50, "Hospitality": 10, "Retail": 20, "Legal": 20])),
        ("50 10 20 20", entries(["Dental practices": 50, "Hospitality": 10, "Retail": 20, "Legal": 20])),
        ("50%, 10%, 20%, 20%", entries(["Dental practices": 50, "Hospitality": 10, "Retail": 20, "Legal": 20])),
    ])
    func bareNumbersGoToTheSegmentsInTheirOrder(_ input: String, _ expected: [SplitEntry]) {
        #expect(SplitParser.pairs(input, names: Self.segments) == .success(expected))
    }

    @Test(arguments: [
        ("70/20/10", "\"70/20/10\" gives 3 numbers for 4 segments (Dental practices, Hospitality, Retail, Legal): give one per segment in that order, or " + howTo),
        ("50/10/20/120", "\"50/10/20/120\" has a number that is not a whole percent from 0 to 100: " + howTo),
    ])
    func bareNumbersOfTheWrongCountOrSizeAreRefused(_ input: String, _ message: String) {
        #expect(SplitParser.pairs(input, names: Self.segments) == .failure(AnswerProblem(message)))
    }

    @Test func namesMayHoldDigits() {
        #expect(SplitParser.pairs("Segment 1 40, Segment 2: 60", names: ["Segment 1", "Segment 2"])
            == .success([SplitEntry(name: "Segment 1", percent: 40), SplitEntry(name: "Segment 2", percent: 60)]))
    }

    @Test(arguments: [
        ("", "Nothing was typed: \(howTo)"),
        (", ;", "\", ;\" has no segments in it: \(howTo)"),
        ("Dental", "\"Dental\" has no percent: \(howTo)"),
        ("Dental fifty, Retail 50", "\"Dental fifty\" has no percent: \(howTo)"),
        ("50%", "\"50%\" has no segment name: \(howTo)"),
        ("Dental 50.5", "\"Dental 50.5\" does not give a whole percent from 0 to 100: \(howTo)"),
        ("Dental 150", "\"Dental 150\" does not give a whole percent from 0 to 100: \(howTo)"),
        ("Dental -10", "\"Dental -10\" does not give a whole percent from 0 to 100: \(howTo)"),
        ("Hotels 20", "\"Hotels\" is not one of the segments: type one of Dental practices, Hospitality, Retail or Legal."),
        ("Dental 50, dental practices 20",
         "\"dental practices 20\" gives Dental practices a second time: give each segment once, such as \"Dental practices 60, Hospitality 40\"."),
    ])
    func refuses(_ input: String, _ message: String) {
        #expect(SplitParser.pairs(input, names: Self.segments) == .failure(AnswerProblem(message)))
    }

    @Test func ambiguousNamesAreListed() {
        #expect(SplitParser.pairs("ret 20", names: ["Retail", "Retail parks"])
            == .failure(AnswerProblem("\"ret\" could be Retail or Retail parks: type more of the name, such as \"Retail\".")))
    }

    @Test(arguments: [
        ([String](), "Nothing was typed: type each segment with a whole percent, such as \"Dental practices 60, Retail 40\"."),
        (["Legal"], "Nothing was typed: type each segment with a whole percent, such as \"Legal 100\"."),
    ])
    func theExampleUsesTheNames(_ names: [String], _ message: String) {
        #expect(SplitParser.pairs(" ", names: names) == .failure(AnswerProblem(message)))
    }
}

/// Matching typed names against a list: exact, then prefix, then word prefix.
@Suite struct NameMatcherTests {
    static let names = ["Dental practices", "Hospitality", "Retail", "Retail parks", "Legal", "Private clinics"]

    @Test(arguments: [
        ("Retail", "Retail"), ("retail", "Retail"), ("RETAIL  PARKS", "Retail parks"), ("  Legal ", "Legal"),
        ("dent", "Dental practices"), ("dental pr", "Dental practices"), ("hosp", "Hospitality"),
        ("practices", "Dental practices"), ("pract", "Dental practices"), ("parks", "Retail parks"),
        ("pr", "Private clinics"), ("cl", "Private clinics"), ("private cl", "Private clinics"),
    ])
    func matches(_ typed: String, _ expected: String) {
        #expect(NameMatcher.match(typed, among: Self.names, noun: "segment") == .success(expected))
    }

    static let listed = "Dental practices, Hospitality, Retail, Retail parks, Legal or Private clinics"

    @Test(arguments: [
        ("ret", "\"ret\" could be Retail or Retail parks: type more of the name, such as \"Retail\"."),
        ("r", "\"r\" could be Retail or Retail parks: type more of the name, such as \"Retail\"."),
        ("Hotels", "\"Hotels\" is not one of the segments: type one of \(listed)."),
        ("dental clinics", "\"dental clinics\" is not one of the segments: type one of \(listed)."),
        ("", "Nothing was typed: type one of the segments, such as \(listed)."),
    ])
    func refuses(_ typed: String, _ message: String) {
        #expect(NameMatcher.match(typed, among: Self.names, noun: "segment") == .failure(AnswerProblem(message)))
    }

    @Test func ignoresAccents() {
        #expect(NameMatcher.match("cafes", among: ["Cafés", "Bars"], noun: "segment") == .success("Cafés"))
    }

    @Test func wordPrefixesCanBeAmbiguous() {
        #expect(NameMatcher.match("cl", among: ["Dental clinics", "Vet clinics"], noun: "segment")
            == .failure(AnswerProblem("\"cl\" could be Dental clinics or Vet clinics: type more of the name, such as \"Dental clinics\".")))
    }

    @Test func refusesWhenThereIsNothingToChoose() {
        #expect(NameMatcher.match("Dental", among: [], noun: "segment") == .failure(AnswerProblem(
            "There are no segments to choose from yet, so \"Dental\" cannot be matched: give the segments first.")))
    }

    @Test func pluralsTheNoun() {
        #expect(NameMatcher.match("x", among: ["Blog"], noun: "category")
            == .failure(AnswerProblem("\"x\" is not one of the categories: type one of Blog.")))
    }
}
