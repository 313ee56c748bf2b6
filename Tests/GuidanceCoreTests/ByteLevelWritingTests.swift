import Foundation
import Testing
@testable import GuidanceCore

/// The writers and readers that work on UTF-8 bytes give what the character- and scalar-level ways they replaced gave.
@Suite struct ByteLevelWritingTests {
    /// `JSONWriter.numberText` as it was written before it read the `Decimal`'s bytes: from the significand's description.
    static func referenceNumberText(_ number: Decimal) -> String {
        if number.isNaN { return "null" }
        if number.isZero { return "0" }
        let digits = String(number.significand.description.filter { $0.isASCII && $0.isNumber })
        let exponent = number.exponent
        var text: String
        if exponent >= 0 {
            text = digits + String(repeating: "0", count: exponent)
        } else {
            let places = -exponent
            let whole = digits.count > places ? String(digits.dropLast(places)) : "0"
            var fraction = digits.count > places
                ? String(digits.suffix(places))
                : String(repeating: "0", count: places - digits.count) + digits
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text = fraction.isEmpty ? whole : whole + "." + fraction
        }
        return (number.sign == .minus ? "-" : "") + text
    }

    static let numbers: [Decimal] = {
        var numbers: [Decimal] = [.zero, .nan, 1, -1, 10, 100, Decimal(UInt64.max), -Decimal(UInt64.max), Decimal(UInt64.max) + 1,
                                  Decimal(1) / Decimal(3), Decimal(-2) / Decimal(3), Decimal(string: "0.1")! * Decimal(string: "0.2")!,
                                  Decimal(sign: .plus, exponent: -3, significand: 1500), Decimal(sign: .minus, exponent: -2, significand: 100),
                                  Decimal(sign: .plus, exponent: 5, significand: 7), Decimal(sign: .minus, exponent: -20, significand: 123_456),
                                  Decimal(sign: .plus, exponent: -127, significand: 1), Decimal(sign: .plus, exponent: 127, significand: 9)]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let significand = seed >> UInt64(seed % 60)
            let exponent = Int(seed >> 58) % 24 - 12
            numbers.append(Decimal(sign: seed & 1 == 0 ? .plus : .minus, exponent: exponent, significand: Decimal(significand)))
        }
        return numbers
    }()

    @Test func numbersAreWrittenAsTheirSignificandsDescriptionGave() {
        for number in Self.numbers {
            #expect(JSONWriter.numberText(number) == Self.referenceNumberText(number), "\(number)")
        }
    }

    /// `JSONValue.intValue` as it was before it read the `Decimal`'s bytes: rounded, compared and converted by `NSDecimalNumber`.
    static func referenceInt(_ number: Decimal) -> Int? {
        guard number == number.rounded(0) else { return nil }
        let ns = NSDecimalNumber(decimal: number)
        guard ns.compare(NSDecimalNumber(value: Int.max)) != .orderedDescending,
              ns.compare(NSDecimalNumber(value: Int.min)) != .orderedAscending else { return nil }
        return ns.intValue
    }

    @Test func wholeNumbersAreReadAsRoundingGave() {
        let edges: [Decimal] = [Decimal(Int.max), Decimal(Int.min), Decimal(Int.max) + 1, Decimal(Int.min) - 1, Decimal(UInt64.max),
                                Decimal(sign: .plus, exponent: 2, significand: 5), Decimal(sign: .minus, exponent: -3, significand: 5000),
                                Decimal(sign: .plus, exponent: 18, significand: 9), Decimal(sign: .plus, exponent: 19, significand: 1),
                                Decimal(sign: .minus, exponent: -1, significand: 15), Decimal(string: "-0.0")!]
        for number in Self.numbers + edges {
            #expect(JSONValue.number(number).intValue == Self.referenceInt(number), "\(number)")
        }
    }

    /// A line's width is counted in characters: an emoji family is one, and a combining mark joins the quote before it.
    static let lineCases: [(JSONValue, String)] = [
        (.array([.string(String(repeating: "👨‍👩‍👧", count: 90))]), "[\"" + String(repeating: "👨‍👩‍👧", count: 90) + "\"]\n"),
        (.array([.string("\u{301}" + String(repeating: "x", count: 96))]), "[\"\u{301}" + String(repeating: "x", count: 96) + "\"]\n"),
        (.array([.string("\u{301}" + String(repeating: "x", count: 97))]), "[\n  \"\u{301}" + String(repeating: "x", count: 97) + "\"\n]\n"),
        (.array([.number(1), .array([])]), "[\n  1,\n  []\n]\n"),
    ]

    @Test(arguments: lineCases)
    func prettyArraysAreMeasuredInCharacters(value: JSONValue, expected: String) {
        #expect(JSONWriter.write(value) == expected)
    }

    @Test func bidiControlsAreFoundAmongOtherThreeByteCharacters() {
        #expect(TerminalSafe.bidiControls(in: "a — b\u{2069} … c\u{061C}\u{202A} → \u{2069}") == ["\u{2069}", "\u{061C}", "\u{202A}"])
        #expect(TerminalSafe.bidiControls(in: "ends with a lead byte é — ").isEmpty)
        #expect(TerminalSafe.bidiControls(in: String(repeating: "—\u{600}", count: 50)).isEmpty)
    }

    static let escapeCases: [(String, String)] = [
        ("a\r\nb\rc\nd", "a\\nb\\nc\\nd"), ("\n\r\n\r", "\\n\\n\\n"), ("tab\there", "tab\there"),
        ("c1\u{85}\u{9B}\u{9F}gone", "c1gone"), ("\u{A0}é\u{7F}\u{1B}x", "\u{A0}éx"), ("a;b,c\\d", "a\\;b\\,c\\\\d"),
        ("👨‍👩‍👧; ok", "👨‍👩‍👧\\; ok"),
    ]

    @Test(arguments: escapeCases)
    func iCalendarTextIsEscapedByteForByte(text: String, expected: String) {
        #expect(ICalendarText.escape(text) == expected)
    }

    @Test func iCalendarParametersAreEscaped() {
        #expect(ICalendarText.parameter("Sam \"S\" ^ Patel\r\nx\u{85}") == "Sam ^'S^' ^^ Patel^nx")
        #expect(ICalendarText.parameter("Patel, Sam") == "\"Patel, Sam\"")
    }

    static let hintTexts: [String] = [
        "Which segments? (Enter keeps them.) Name each one.", "One at a time, please. What else?",
        "Give one item per line. Then stop!  Separate them with commas. Done.", "  (Enter leaves it blank.)  ",
        "Plain question with no hints", "Stop. Enter the date. (One at a time) And more? Yes! ok", "(Enter", "a. \t. ? ! ",
        "Tabs\t(Enter x)\tthen. Enter here", "",
    ]

    @Test(arguments: hintTexts)
    func keyboardHintsGoTheSameWayInASCII(text: String) {
        #expect(AgendaBuilder.asciiWithoutKeyboardHints(text) == AgendaBuilder.scalarWithoutKeyboardHints(text))
    }

    static let slugTexts = ["plain-key", "2027-02-01-ab12", "Ça va: 😀 ok", "--edge--", "", "é", "a.b.c", "x\u{301}y", "__", "A-Z_09.é."]

    @Test(arguments: slugTexts)
    func slugsAreMadeAsScalarByScalar(text: String) {
        #expect(ICalendarText.slug(text) == ICalendarText.scalarSlug(text, keeping: []))
        #expect(ICalendarText.slug(text, keeping: ["."]) == ICalendarText.scalarSlug(text, keeping: ["."]))
        #expect(ICalendarText.slug(text, keepingASCII: [UInt8(ascii: "."), UInt8(ascii: "_")]) == ICalendarText.scalarSlug(text, keeping: [".", "_"]))
    }

    @Test func thePlanJSONIsWrittenAsItsTreeWouldBe() throws {
        let script = try TestScripts.director()
        var session = Session(id: "2027-02-01-abcd", script: script, meetingDate: CalendarDate(iso: "2027-02-01")!, now: "2027-02-01T10:00:00Z")
        for (key, value) in try TestScripts.designAnswers() { session.setAnswer(key, value, at: "2027-02-01T10:00:00Z") }
        let library = try #require(try? ActivityLibraryLoader.load(folder: TestScripts.promptsFolder).get())
        var longLists = SamplePlans.dental()
        longLists.cuts = [String(repeating: "x", count: 83)]  // its line is then 100 characters with the comma: one line
        longLists.actions = [String(repeating: "y", count: 84)]  // 101: one element a line
        for plan in [Planner.plan(session: session, library: library), SamplePlans.dental(), SamplePlans.empty(), SamplePlans.hostile(),
                     SamplePlans.dental(mode: .selfPlanning), longLists] {
            #expect(PlanJSON.write(session: session, plan: plan) == JSONWriter.write(PlanJSON.document(session: session, plan: plan)))
        }
    }

    /// The first byte that does not start or continue well-formed UTF-8, found byte by byte (as before ASCII was skipped in words).
    static func referenceFirstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            // One character's bytes are the shortest valid run from here; a byte that starts none is the bad one.
            guard let size = (1...min(4, bytes.count - index)).first(where: {
                String(validating: bytes[index..<(index + $0)], as: UTF8.self) != nil
            }) else { return index }
            index += size
        }
        return nil
    }

    @Test func invalidUTF8IsFoundAtTheSameByteWhateverComesBefore() {
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        for length in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<(length % 40) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let roll = seed >> 56
                bytes += roll < 200 ? [UInt8(0x20 + roll % 90)] : roll < 230 ? Array(Array("é—😀".utf8).suffix(Int(roll % 9) + 1)) : [UInt8(truncatingIfNeeded: seed >> 20)]
            }
            #expect(JSONParser.firstInvalidUTF8(in: bytes) == Self.referenceFirstInvalidUTF8(bytes), "\(bytes)")
        }
    }

    @Test func aRepeatedKeyIsFoundInALargeObject() {
        let members = (0..<20).map { "\"k\($0)\": \($0)" } + ["\"k17\": 0"]
        let text = "{" + members.joined(separator: ", ") + "}"
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
        let unique = "{" + (0..<20).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}"
        let value = try? JSONParser.parse(unique)
        #expect(value?["k19"] == .number(19))
        #expect(value?.objectValue?.keys == (0..<20).map { "k\($0)" })
    }
}
