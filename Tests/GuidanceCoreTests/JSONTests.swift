import Foundation
import Testing
@testable import GuidanceCore

/// Tests for `JSONParser`, `JSONWriter` and `JSONParseError`.
@Suite struct JSONTests {
    static func number(_ text: String) -> JSONValue {
        .number(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan)
    }

    static func object(_ pairs: [(String, JSONValue)]) -> JSONValue { .object(JSONObject(pairs)) }

    /// The error description `JSONParser` gives for `text`, or `nil` when it parses.
    static func parseError(_ text: String) -> String? {
        do {
            _ = try JSONParser.parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    static func parseError(_ bytes: [UInt8]) -> String? {
        do {
            _ = try JSONParser.parse(Data(bytes))
            return nil
        } catch {
            return error.description
        }
    }

    // MARK: Reading valid JSON

    static let validCases: [(String, JSONValue)] = [
        ("{}", .object(JSONObject())),
        ("[]", .array([])),
        (" \n\t\r 42 \r\n", .number(42)),
        ("\u{FEFF}{\"a\": 1}", object([("a", .number(1))])),
        ("true", .bool(true)),
        ("false", .bool(false)),
        ("null", .null),
        ("0", .number(0)),
        ("-0", .number(0)),
        ("-0.0e5", .number(0)),
        ("0e999999999999999999999", .number(0)),
        ("12000", .number(12000)),
        ("0.5", number("0.5")),
        ("-3.25", number("-3.25")),
        ("-12.5e2", .number(-1250)),
        ("1E+2", .number(100)),
        ("1e-2", number("0.01")),
        ("1000000000000", number("1000000000000")),
        ("1e127", number("1e127")),
        ("1e128", number("10e127")),
        ("100e-129", number("1e-127")),
        ("12345678901234567890123456789012345678", number("12345678901234567890123456789012345678")),
        ("340282366920938463463374607431768211455", number("340282366920938463463374607431768211455")),
        ("1234567890123456789012345678901234567890", number("123456789012345678901234567890123456789e1")),
        ("-3.40282366920938463463374607431768211455e-90", number("-340282366920938463463374607431768211455e-128")),
        ("0.10000000000000000000000000000000000000000", number("0.1")),
        (#""a\"b\\c\/d\b\f\n\r\t""#, .string("a\"b\\c/d\u{08}\u{0C}\n\r\t")),
        (#""\u00e9\u00C9\u0000""#, .string("éÉ\u{0}")),
        (#""\ud83d\ude00 \uD83D\uDE00""#, .string("😀 😀")),
        ("\"😀 👨‍👩‍👧 中文 e\u{301}\"", .string("😀 👨‍👩‍👧 中文 e\u{301}")),
        ("\"\u{7F}\u{2028}/\"", .string("\u{7F}\u{2028}/")),
        (
            #"{"b": 1, "a": [true, null, {"c": "d"}], "": []}"#,
            object([("b", .number(1)), ("a", .array([.bool(true), .null, object([("c", .string("d"))])])), ("", .array([]))])
        ),
        (String(repeating: "[", count: 200) + String(repeating: "]", count: 200),
         (0..<199).reduce(JSONValue.array([])) { inner, _ in .array([inner]) }),
    ]

    @Test(arguments: validCases)
    func parsesValidJSON(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text) == expected)
        #expect(try JSONParser.parse(Data(text.utf8)) == expected)
    }

    @Test func keepsKeyOrder() throws {
        let value = try JSONParser.parse(#"{"zebra": 1, "apple": 2, "mango": 3}"#)
        #expect(value.objectValue?.keys == ["zebra", "apple", "mango"])
    }

    // MARK: Rejecting invalid JSON

    static let invalidCases: [(String, String)] = [
        ("", "line 1, column 1: the file is empty; it should hold a JSON object"),
        ("  \n  ", "line 1, column 1: the file is empty; it should hold a JSON object"),
        ("\u{FEFF}", "line 1, column 1: the file is empty; it should hold a JSON object"),
        (#"{"a": 1"#, "line 1, column 8: the file ends too early; expected ',' or '}' after an object member"),
        (#"{"a": 1,}"#, "line 1, column 9: expected a key in double quotes after ',' but found '}'; remove the extra ','"),
        ("[1, 2,]", "line 1, column 7: expected a value after ',' but found ']'; remove the extra ','"),
        (#"{"a": 1 "b": 2}"#, "line 1, column 9: expected ',' or '}' after an object member"),
        ("{\n  \"name\": \"Jo\",\n  \"role\": \"lead\" \"x\"\n}", "line 3, column 18: expected ',' or '}' after an object member"),
        ("[1 2]", "line 1, column 4: expected ',' or ']' after an array element"),
        ("// note\n{}", "line 1, column 1: comments are not allowed in JSON; remove the comment"),
        (#"{"a": 1 /* x */}"#, "line 1, column 9: comments are not allowed in JSON; remove the comment"),
        (#"{"a": 1} // x"#, "line 1, column 10: comments are not allowed in JSON; remove the comment"),
        ("NaN", "line 1, column 1: expected a value but found 'NaN'; JSON has no NaN or Infinity, so write a number or null"),
        ("[-Infinity]", "line 1, column 3: expected a digit after '-'"),
        (#"{"a": Dental}"#, "line 1, column 7: expected a value but found 'Dental'; text must be in double quotes"),
        ("[truex]", "line 1, column 2: expected a value but found 'truex'; text must be in double quotes"),
        ("['a']", "line 1, column 2: expected a value but found a single quote; text must be in double quotes, not single quotes"),
        ("{'a': 1}", "line 1, column 2: expected a key in double quotes but found a single quote"),
        ("{a: 1}", "line 1, column 2: expected a key in double quotes but found 'a'"),
        (#"{"a" 1}"#, #"line 1, column 6: expected ':' after the key "a""#),
        (#"{"a": 1, "a": 2}"#, #"line 1, column 10: the key "a" appears more than once in the same object; keep only one"#),
        (#"{"a": 1} x"#, "line 1, column 10: found 'x' after the end of the JSON data; remove the extra text"),
        ("{} {}", "line 1, column 4: found '{' after the end of the JSON data; remove the extra text"),
        ("[01]", "line 1, column 2: the number '01' must not start with a zero; remove the leading zero"),
        ("[1.]", "line 1, column 4: expected a digit after the decimal point"),
        ("[.5]", "line 1, column 2: expected a value but found '.'; write a digit before the decimal point, as in 0.5"),
        ("[+1]", "line 1, column 2: expected a value but found '+'; numbers must not start with '+'"),
        ("[1e]", "line 1, column 4: expected a digit in the exponent of the number"),
        ("1e400", "line 1, column 1: the number '1e400' is too large to be stored; use a smaller number"),
        ("[-1e-400]", "line 1, column 2: the number '-1e-400' is too close to zero to be stored; use 0 or fewer decimal places"),
        ("999999999999999999999999999999999999999",
         "line 1, column 1: the number '999999999999999999999999999999999999999' has more significant digits than can be stored exactly; shorten it"),
        ("[0.340282366920938463463374607431768211456]",
         "line 1, column 2: the number '0.34028236692093846346337460743176821145…' has more significant digits than can be stored exactly; shorten it"),
        ("12345678901234567890123456789012345678901",
         "line 1, column 1: the number '1234567890123456789012345678901234567890…' has more significant digits than can be stored exactly; shorten it"),
        (#""abc"#, "line 1, column 5: the file ends too early; the text in quotes that starts at line 1, column 1 has no closing '\"'"),
        ("[\n \"a\\", "line 2, column 5: the file ends too early; the text in quotes that starts at line 2, column 2 has no closing '\"'"),
        (#""\u12"#, "line 1, column 6: the file ends too early; the text in quotes that starts at line 1, column 1 has no closing '\"'"),
        ("\"ab\ncd\"", "line 1, column 4: a text in quotes runs past the end of the line; add the closing '\"' or write the line break as \\n"),
        ("\"a\tb\"", "line 1, column 3: a text in quotes contains a tab; write it as \\t"),
        ("\"a\u{1}b\"", "line 1, column 3: a text in quotes contains the invisible character U+0001; remove it"),
        (#""\q""#, #"line 1, column 2: '\q' is not a valid escape; use \", \\, \/, \b, \f, \n, \r, \t or \u and four hexadecimal digits"#),
        (#""\u12G4""#, #"line 1, column 2: the escape '\u' must be followed by four hexadecimal digits (0-9, A-F)"#),
        (#"["ok", "\ud83d"]"#, #"line 1, column 9: the escape '\ud83d' is only the first half of a character; follow it with its second half, \uDC00 to \uDFFF"#),
        (#""\ud83dx""#, #"line 1, column 2: the escape '\ud83d' is only the first half of a character; follow it with its second half, \uDC00 to \uDFFF"#),
        (#""\uD83D\u0041""#, #"line 1, column 2: the escape '\uD83D' is only the first half of a character; follow it with its second half, \uDC00 to \uDFFF"#),
        (#""\ude00""#, #"line 1, column 2: the escape '\ude00' is the second half of a character with no first half before it; remove it"#),
        ("[", "line 1, column 2: the file ends too early; expected a value"),
        (#"{"a":"#, "line 1, column 6: the file ends too early; expected a value"),
        (#"{"a""#, #"line 1, column 5: the file ends too early; expected ':' after the key "a""#),
        ("{", "line 1, column 2: the file ends too early; expected a key in double quotes"),
        ("-", "line 1, column 2: the file ends too early; expected a digit after '-'"),
        ("[1, 2", "line 1, column 6: the file ends too early; expected ',' or ']' after an array element"),
        (#"{"😀": 1,}"#, "line 1, column 9: expected a key in double quotes after ',' but found '}'; remove the extra ','"),
        (#"["👨‍👩‍👧", x]"#, "line 1, column 7: expected a value but found 'x'; text must be in double quotes"),
        ("\u{FEFF}[1,]", "line 1, column 4: expected a value after ',' but found ']'; remove the extra ','"),
        ("{\r\n\"a\": 1\r\n,}", "line 3, column 2: expected a key in double quotes after ',' but found '}'; remove the extra ','"),
        ("[1,\r2,\r]", "line 3, column 1: expected a value after ',' but found ']'; remove the extra ','"),
        ("\u{A0}1", "line 1, column 1: expected a value but found the invisible character U+00A0"),
        ("[\u{FEFF}]", "line 1, column 2: expected a value but found the invisible character U+FEFF"),
        (String(repeating: "[", count: 201), "line 1, column 201: the data is nested more than 200 levels deep; simplify the file"),
        (String(repeating: "{\"a\":", count: 201), "line 1, column 1001: the data is nested more than 200 levels deep; simplify the file"),
    ]

    @Test(arguments: invalidCases)
    func rejectsInvalidJSON(text: String, expected: String) {
        #expect(Self.parseError(text) == expected)
        #expect(Self.parseError(Array(text.utf8)) == expected)
    }

    static let invalidUTF8Cases: [([UInt8], String)] = [
        (Array(#"{"a": "x"#.utf8) + [0xFF] + Array(#"y"}"#.utf8), "line 1, column 9: "),
        ([0x5B, 0x0A, 0x22, 0xC3, 0xA9, 0xC3, 0x22, 0x5D], "line 2, column 3: "),
        ([0xC0, 0xAF], "line 1, column 1: "),
        ([0x22, 0xED, 0xA0, 0x80, 0x22], "line 1, column 2: "),
        ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "line 1, column 2: "),
        ([0x22, 0xE2, 0x82], "line 1, column 2: "),
        ([0x22, 0xE0, 0x80, 0xAF, 0x22], "line 1, column 2: "),
        ([0x22, 0xF0, 0x80, 0x80, 0x80, 0x22], "line 1, column 2: "),
        ([0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], "line 1, column 2: "),
        ([0x22, 0x80, 0x22], "line 1, column 2: "),
        ([0x22, 0xE2, 0x82, 0x22], "line 1, column 2: "),
        ([0x22, 0xF0, 0x9F, 0x98, 0x22], "line 1, column 2: "),
    ]

    @Test(arguments: invalidUTF8Cases)
    func rejectsInvalidUTF8(bytes: [UInt8], position: String) {
        #expect(Self.parseError(bytes) == position + "the file is not valid UTF-8 text; save it with UTF-8 encoding and try again")
    }

    @Test func acceptsByteOrderMarkInData() throws {
        #expect(try JSONParser.parse(Data([0xEF, 0xBB, 0xBF] + Array(#"{"é": "😀"}"#.utf8))) == Self.object([("é", .string("😀"))]))
    }

    @Test func errorHasFields() {
        do {
            _ = try JSONParser.parse("{\n  \"a\": 1\n  \"b\": 2\n}")
            Issue.record("expected an error")
        } catch {
            #expect(error == JSONParseError(line: 3, column: 3, reason: "expected ',' or '}' after an object member"))
        }
    }
}

// MARK: Writing

extension JSONTests {
    static let prettyCases: [(JSONValue, String)] = [
        (.object(JSONObject()), "{}\n"),
        (.array([]), "[]\n"),
        (.number(12000), "12000\n"),
        (.string("hi"), "\"hi\"\n"),
        (object([("a", .array([.number(1), .number(2), .number(3)]))]), "{\n  \"a\": [1, 2, 3]\n}\n"),
        (
            object([("z", .bool(true)), ("a", .null), ("m", object([])), ("e", .array([]))]),
            "{\n  \"z\": true,\n  \"a\": null,\n  \"m\": {},\n  \"e\": []\n}\n"
        ),
        (
            object([("list", .array([object([("x", .number(1))]), .array([]), .string("s")])), ("n", number("-0.5"))]),
            "{\n  \"list\": [\n    {\n      \"x\": 1\n    },\n    [],\n    \"s\"\n  ],\n  \"n\": -0.5\n}\n"
        ),
        (.array([.array([.number(1)]), .array([.null, .bool(false)])]), "[\n  [1],\n  [null, false]\n]\n"),
        // 100 characters exactly: one line; 101: one element per line.
        (.array([.string(String(repeating: "x", count: 96))]), "[\"" + String(repeating: "x", count: 96) + "\"]\n"),
        (.array([.string(String(repeating: "x", count: 97))]), "[\n  \"" + String(repeating: "x", count: 97) + "\"\n]\n"),
        // The indentation, the key and the trailing comma count towards the 100.
        (
            object([("k", .array([.string(String(repeating: "é", count: 88))])), ("z", .number(1))]),
            "{\n  \"k\": [\"" + String(repeating: "é", count: 88) + "\"],\n  \"z\": 1\n}\n"
        ),
        (
            object([("k", .array([.string(String(repeating: "é", count: 89))])), ("z", .number(1))]),
            "{\n  \"k\": [\n    \"" + String(repeating: "é", count: 89) + "\"\n  ],\n  \"z\": 1\n}\n"
        ),
    ]

    @Test(arguments: prettyCases)
    func writesPretty(value: JSONValue, expected: String) throws {
        #expect(JSONWriter.write(value) == expected)
        #expect(try JSONParser.parse(expected) == value)
    }

    static let compactCases: [(JSONValue, String)] = [
        (.object(JSONObject()), "{}"),
        (.array([]), "[]"),
        (object([("b", .array([.number(1), .number(2), object([("c", .null)])])), ("a", .string("x y"))]),
         #"{"b":[1,2,{"c":null}],"a":"x y"}"#),
        (.array([.bool(true), .bool(false), .array([])]), "[true,false,[]]"),
    ]

    @Test(arguments: compactCases)
    func writesCompact(value: JSONValue, expected: String) {
        #expect(JSONWriter.write(value, pretty: false) == expected)
    }

    static let numberCases: [(String, String)] = [
        ("12000", "12000"), ("0.5", "0.5"), ("-3.25", "-3.25"), ("1000000000000", "1000000000000"),
        ("1.50", "1.5"), ("-0", "0"), ("0.000", "0"), ("1e20", "100000000000000000000"), ("1e-5", "0.00001"),
        ("-0.000123", "-0.000123"), ("123.456", "123.456"), ("7", "7"), ("-12345678.9", "-12345678.9"),
        ("12345678901234567890123456789012345678", "12345678901234567890123456789012345678"),
        ("1.2345678901234567890123456789012345678", "1.2345678901234567890123456789012345678"),
        ("340282366920938463463374607431768211455", "340282366920938463463374607431768211455"),
    ]

    @Test(arguments: numberCases)
    func writesNumbersPlainly(input: String, expected: String) {
        #expect(JSONWriter.write(Self.number(input), pretty: false) == expected)
    }

    @Test func writesExtremeNumbersWithoutExponent() throws {
        let huge = try #require(Decimal(string: "1e127", locale: Locale(identifier: "en_US_POSIX")))
        let tiny = try #require(Decimal(string: "-1e-128", locale: Locale(identifier: "en_US_POSIX")))
        #expect(JSONWriter.numberText(huge) == "1" + String(repeating: "0", count: 127))
        #expect(JSONWriter.numberText(tiny) == "-0." + String(repeating: "0", count: 127) + "1")
        #expect(JSONWriter.numberText(.nan) == "null")
        #expect(JSONWriter.numberText(Decimal(sign: .plus, exponent: -3, significand: 1500)) == "1.5")
        #expect(JSONWriter.numberText(Decimal(sign: .minus, exponent: -2, significand: 100)) == "-1")
    }

    static let stringCases: [(String, String)] = [
        ("plain", #""plain""#),
        ("a\"b", #""a\"b""#),
        ("back\\slash", #""back\\slash""#),
        ("a/b", #""a/b""#),
        ("\n\r\t\u{08}\u{0C}", #""\n\r\t\b\f""#),
        ("\u{0}\u{1}\u{1F}", #""\u0000\u0001\u001f""#),
        ("😀 👨‍👩‍👧 é e\u{301} 中", "\"😀 👨‍👩‍👧 é e\u{301} 中\""),
        ("\u{7F}\u{2028}\u{FEFF}", "\"\u{7F}\u{2028}\u{FEFF}\""),
    ]

    @Test(arguments: stringCases)
    func escapesStrings(input: String, expected: String) throws {
        #expect(JSONWriter.write(.string(input), pretty: false) == expected)
        #expect(JSONWriter.quoted(input) == expected)
        let back = try JSONParser.parse(expected)
        #expect(back.stringValue?.unicodeScalars.elementsEqual(input.unicodeScalars) == true)
    }

    @Test func escapesKeys() {
        #expect(JSONWriter.write(Self.object([("a\"\n", .null)]), pretty: false) == #"{"a\"\n":null}"#)
    }
}

// MARK: Round trip over generated values

/// A small, seeded, reproducible generator (SplitMix64) that makes random `JSONValue`s.
struct JSONValueGenerator {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(state: seed) }

    mutating func next() -> UInt64 { random.next() }

    /// A number in `range`, from our own arithmetic so it never depends on the standard library's choices.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    static let specialScalars: [Unicode.Scalar] = [
        "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{8}", "\u{C}", "\u{1F}", "\u{7F}", "é", "\u{301}",
        "😀", "👨", "\u{200D}", "中", "\u{2028}", "\u{FEFF}", "\u{FFFF}", "\u{10FFFF}", "£", "€",
    ]

    mutating func string() -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<int(0...12) {
            if int(0...2) == 0 {
                text.append(Self.specialScalars[int(0...(Self.specialScalars.count - 1))])
            } else if let scalar = Unicode.Scalar(UInt32(int(0x20...0x7E))) {
                text.append(scalar)
            }
        }
        return String(text)
    }

    mutating func number() -> Decimal {
        let posix = Locale(identifier: "en_US_POSIX")
        let digits = (0..<int(1...(int(0...9) == 0 ? 38 : 12))).map { _ in String(int(0...9)) }.joined()
        let text = (int(0...1) == 0 ? "-" : "") + digits + "e\(int(-40...40))"
        return Decimal(string: int(0...3) == 0 ? String(int(0...100_000)) : text, locale: posix) ?? 0
    }

    mutating func value(depth: Int = 0) -> JSONValue {
        switch int(0...(depth >= 4 ? 3 : 5)) {
        case 0: return int(0...3) == 0 ? .null : .bool(int(0...1) == 0)
        case 1: return .number(number())
        case 2, 3: return .string(string())
        case 4: return .array((0..<int(0...6)).map { _ in value(depth: depth + 1) })
        default:
            var object = JSONObject()
            for _ in 0..<int(0...6) { object[string()] = value(depth: depth + 1) }
            return .object(object)
        }
    }
}

extension JSONTests {
    @Test func generatorIsSplitMix64() {
        var generator = JSONValueGenerator(seed: 0)
        #expect([generator.next(), generator.next(), generator.next()]
            == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }

    @Test(arguments: [UInt64(1), 2026, 0xDEAD_BEEF])
    func roundTripsGeneratedValues(seed: UInt64) throws {
        var generator = JSONValueGenerator(seed: seed)
        for index in 0..<200 {
            let value = generator.value()
            let pretty = JSONWriter.write(value)
            let compact = JSONWriter.write(value, pretty: false)
            #expect(try JSONParser.parse(pretty) == value, "seed \(seed), value \(index): \(compact)")
            #expect(try JSONParser.parse(compact) == value, "seed \(seed), value \(index): \(compact)")
            #expect(try JSONParser.parse(Data(pretty.utf8)) == value, "seed \(seed), value \(index)")
            #expect(JSONWriter.write(try JSONParser.parse(pretty)) == pretty, "seed \(seed), value \(index)")
            #expect(JSONWriter.write(try JSONParser.parse(compact), pretty: false) == compact, "seed \(seed), value \(index)")
            #expect(pretty.hasSuffix("\n") && !compact.hasSuffix("\n"))
            #expect(!compact.contains("\n") && !compact.contains("\r"))
        }
    }

    @Test func generatedValuesAreReproducible() {
        var first = JSONValueGenerator(seed: 42)
        var second = JSONValueGenerator(seed: 42)
        let a = (0..<20).map { _ in JSONWriter.write(first.value(), pretty: false) }
        let b = (0..<20).map { _ in JSONWriter.write(second.value(), pretty: false) }
        #expect(a == b)
        #expect(Set(a).count > 10)
    }
}
