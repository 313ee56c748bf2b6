import Foundation
import Testing
@testable import GuidanceCore

/// The fast `JSONParser` against the reader it replaced (`ReferenceJSONParser`) and Foundation's
/// `JSONSerialization`, on generated documents and on thousands of damaged copies of them.
@Suite struct JSONReferenceTests {
    /// What a reader made of a text: the value, or the error's full description.
    enum Outcome: Equatable {
        case value(JSONValue)
        case error(String)
    }

    static func outcome(_ read: () throws(JSONParseError) -> JSONValue) -> Outcome {
        do { return .value(try read()) } catch { return .error(error.description) }
    }

    /// Whether two values are the same, numbers bit for bit and object keys in the same order.
    static func identical(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)):
            return withUnsafeBytes(of: x) { Array($0) } == withUnsafeBytes(of: y) { Array($0) }
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { identical($0, $1) }
        case (.object(let x), .object(let y)):
            return x.keys == y.keys && zip(x.pairs, y.pairs).allSatisfy { identical($0.value, $1.value) }
        default:
            return a == b
        }
    }

    /// Checks that the fast reader and the reference give the same outcome for `bytes`, as data and as text.
    static func expectSameAsReference(_ bytes: [UInt8], _ note: @autoclosure () -> String) {
        let data = Data(bytes)
        let fast = outcome { () throws(JSONParseError) -> JSONValue in try JSONParser.parse(data) }
        let reference = outcome { () throws(JSONParseError) -> JSONValue in try ReferenceJSONParser.parse(data) }
        compare(fast, reference, note())
        if let text = String(validating: bytes, as: UTF8.self) {
            let fastText = outcome { () throws(JSONParseError) -> JSONValue in try JSONParser.parse(text) }
            let referenceText = outcome { () throws(JSONParseError) -> JSONValue in try ReferenceJSONParser.parse(text) }
            compare(fastText, referenceText, note())
        }
    }

    static func compare(_ fast: Outcome, _ reference: Outcome, _ note: String) {
        switch (fast, reference) {
        case (.value(let a), .value(let b)):
            #expect(identical(a, b), "\(note)")
        default:
            #expect(fast == reference, "\(note)")
        }
    }

    /// Bytes that break JSON in interesting ways when put into a document.
    static let damage: [[UInt8]] = [
        Array(",".utf8), Array("}".utf8), Array("]".utf8), Array("{".utf8), Array("[".utf8), Array(":".utf8),
        Array("\"".utf8), Array("\\".utf8), Array("/".utf8), Array("'".utf8), Array("+".utf8), Array("-".utf8),
        Array(".".utf8), Array("e".utf8), Array("E".utf8), Array("0".utf8), Array("9".utf8), Array("x".utf8),
        Array("u".utf8), Array("\\u".utf8), Array("\\ud83d".utf8), Array("\\ude00".utf8), Array("\\uZZZZ".utf8),
        [0x00], [0x09], [0x0A], [0x0D], [0x1F], [0x7F], Array("é".utf8), Array("😀".utf8), [0xC3], [0xFF], [0xED, 0xA0, 0x80],
        Array("\u{FEFF}".utf8), Array("\u{A0}".utf8), Array("true".utf8), Array("nul".utf8), Array("NaN".utf8), Array("1e400".utf8),
    ]

    /// `document` damaged once, at a place and in a way `random` chooses.
    static func damaged(_ document: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var bytes = document
        let place = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count))
        let piece = damage[Int(random.next() % UInt64(damage.count))]
        switch random.next() % 5 {
        case 0: if !bytes.isEmpty { bytes.remove(at: place) }
        case 1: bytes.insert(contentsOf: piece, at: place)
        case 2: if !bytes.isEmpty { bytes.replaceSubrange(place...place, with: piece) }
        case 3: bytes = Array(bytes[..<place])
        default: if place + 1 < bytes.count { bytes.swapAt(place, place + 1) }
        }
        return bytes
    }

    @Test(arguments: [UInt64(7), 2027, 0xC0FFEE])
    func agreesWithTheReferenceOnGeneratedAndDamagedDocuments(seed: UInt64) {
        var documents = JSONDocumentGenerator(seed: seed)
        var values = JSONValueGenerator(seed: seed)
        var random = SplitMix64(state: seed)
        for index in 0..<150 {
            let written = documents.document()
            let value = values.value()
            let texts = [written, JSONWriter.write(value), JSONWriter.write(value, pretty: false)]
            for (kind, text) in texts.enumerated() {
                let bytes = Array(text.utf8)
                Self.expectSameAsReference(bytes, "seed \(seed), document \(index).\(kind): \(text)")
                for round in 0..<12 {
                    let broken = Self.damaged(bytes, &random)
                    Self.expectSameAsReference(broken, "seed \(seed), document \(index).\(kind), damage \(round): \(broken)")
                }
            }
        }
    }

    static let edgeNumbers = [
        "0", "-0", "0.0", "-0.0e-0", "1", "-1", "9", "10", "100e-2", "0.1", "0.01", "1.50", "12.3400", "0.000000001",
        "9999999999999999999", "10000000000000000000", "18446744073709551615", "18446744073709551616",
        "99999999999999999999", "1234567890123456789", "12345678901234567890", "-9223372036854775808",
        "9223372036854775807", "1e127", "1e128", "10e127", "1e-128", "1e-129", "10e-129", "0.1e-127",
        "123e125", "1234e125", "1.5e-127", "1e0", "1E+0", "1e-0", "5e+5", "-5E-5", "1e100000000000",
        "1e-100000000000", "0e100000000000", "340282366920938463463374607431768211455",
        "340282366920938463463374607431768211456", "3.4028236692093846346337460743176821145e1",
        "1000000000000000000000000000000000000000", "0.1000000000000000000000000000000000000000000000",
        "1.0000000000000000001", "1.00000000000000000001", "4294967295", "4294967296", "65535", "65536",
    ]

    @Test(arguments: edgeNumbers)
    func readsNumbersAtTheEdgesAsTheReferenceDoes(text: String) {
        for document in [text, "[\(text)]", "{\"n\": \(text)}", " \(text) ", "-\(text)", "[\(text),\(text)]"] {
            Self.expectSameAsReference(Array(document.utf8), document)
        }
    }

    @Test func makesTheSameDecimalBitsAsDecimalFromText() {
        var random = SplitMix64(state: 12)
        let posix = Locale(identifier: "en_US_POSIX")
        for _ in 0..<4_000 {
            var significand = random.next() >> (random.next() % 64)
            if significand == 0 { significand = 7 }
            while significand % 10 == 0 { significand /= 10 }
            let exponent = Int(random.next() % 256) - 128
            let negative = random.next() % 2 == 0
            let text = (negative ? "-" : "") + String(significand) + "e\(exponent)"
            let digits = Array(String(significand).utf8)
            let quick = ReaderProbe.smallDecimal(digits, exponent: exponent, negative: negative)
            let expected = Decimal(string: text, locale: posix)
            if let quick {
                #expect(Self.identical(.number(quick), .number(expected ?? .nan)), "\(text)")
            } else {
                #expect(digits.count > 19, "\(text)")
            }
        }
    }

    @Test func nestsAsDeepAsTheReferenceAllows() {
        for depth in [1, 2, 199, 200, 201, 260] {
            for (open, close) in [("[", "]"), ("{\"k\":", "}"), ("[{\"k\":", "}]")] {
                let text = String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
                Self.expectSameAsReference(Array(text.utf8), "depth \(depth) \(open)")
            }
        }
    }

    @Test func agreesWithJSONSerializationOnWhatIsJSON() {
        var documents = JSONDocumentGenerator(seed: 99)
        var random = SplitMix64(state: 99)
        var accepted = 0
        for index in 0..<300 {
            let bytes = Array(documents.document().utf8)
            for round in 0..<10 {
                let candidate = round == 0 ? bytes : Self.damaged(bytes, &random)
                let ours = (try? JSONParser.parse(Data(candidate))) != nil
                let foundation = (try? JSONSerialization.jsonObject(with: Data(candidate), options: [.fragmentsAllowed])) != nil
                // We are stricter than Foundation (repeated keys, unpaired surrogates, numbers Decimal cannot hold
                // exactly, nesting over 200), never more lenient: what we read, Foundation reads too.
                if ours { #expect(foundation, "document \(index), round \(round): \(String(decoding: candidate, as: UTF8.self))") }
                if round == 0 && ours { accepted += 1 }
            }
        }
        #expect(accepted > 200)
    }
}

/// A way in to `JSONReader.smallDecimal` for digits without a fraction.
enum ReaderProbe {
    static func smallDecimal(_ digits: [UInt8], exponent: Int, negative: Bool) -> Decimal? {
        JSONReader.smallDecimal(digits, 0..<digits.count, digits.count..<digits.count, exponent: exponent, negative: negative)
    }
}
