import Foundation

/// Question wording that quotes earlier answers: `{{answers.KEY}}`, `{{previous.KEY}}`,
/// `{{previous.roles|with:maintain}}` (the names whose value is `maintain`) and `{{item}}`.
public enum Template {
    /// One `{{...}}` placeholder.
    public struct Placeholder: Equatable, Sendable {
        /// `answers`, `previous` or `item`.
        public var source: String
        /// The question id, empty for `item`.
        public var key: String
        /// The value after `|with:`, when given.
        public var with: String?
    }

    /// Everything that can fill a placeholder.
    public struct Context: Sendable {
        /// Answers given so far in this session.
        public var answers: [String: JSONValue]
        /// Answers of the previous session, when there is one.
        public var previous: [String: JSONValue]
        /// The types of the questions, to describe values in plain words.
        public var types: [String: AnswerType]
        /// The current item of an `each` question or record.
        public var item: String?

        /// A context with every property given.
        public init(answers: [String: JSONValue], previous: [String: JSONValue] = [:],
                    types: [String: AnswerType] = [:], item: String? = nil) {
            self.answers = answers; self.previous = previous; self.types = types; self.item = item
        }
    }

    /// The placeholders in `text`, in order; malformed ones are returned as problems by `problems(in:)`.
    public static func placeholders(in text: String) -> [Placeholder] {
        segments(of: text).compactMap { if case .placeholder(let p) = $0 { p } else { nil } }
    }

    /// The question ids of `{{answers.KEY}}` placeholders.
    public static func answerKeys(in text: String) -> Set<String> {
        Set(placeholders(in: text).filter { $0.source == "answers" }.map(\.key))
    }

    /// Plain-words problems with the placeholders in `text` (unknown source, unclosed braces).
    public static func problems(in text: String) -> [String] {
        segments(of: text).compactMap { if case .problem(let p) = $0 { p } else { nil } }
    }

    /// `text` with every placeholder filled, or `nil` when one of them has no value.
    public static func render(_ text: String, in context: Context) -> String? {
        var out = ""
        for segment in segments(of: text) {
            switch segment {
            case .literal(let s): out += s
            case .problem: return nil
            case .placeholder(let p):
                guard let filled = fill(p, in: context) else { return nil }
                out += filled
            }
        }
        return out
    }

    enum Segment { case literal(String), placeholder(Placeholder), problem(String) }

    static func segments(of text: String) -> [Segment] {
        // Most texts quote nothing; an ASCII text is cut at its braces byte by byte. Only a text with
        // braces and other characters goes through `range(of:)`, which knows where characters combine.
        let utf8 = text.utf8
        guard text.hasUTF8Byte(where: { $0 == UInt8(ascii: "{") }) else { return [.literal(text)] }
        if text.allUTF8Bytes({ $0 < 0x80 }) { return asciiSegments(of: Array(utf8)) }
        var result: [Segment] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            result.append(.literal(String(rest[..<open.lowerBound])))
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "}}") else {
                result.append(.problem("a \"{{\" is never closed with \"}}\""))
                return result
            }
            result.append(parse(String(after[..<close.lowerBound]).trimmedOfWhitespace()))
            rest = after[close.upperBound...]
        }
        result.append(.literal(String(rest)))
        return result
    }

    /// `segments(of:)` for ASCII text, found by comparing bytes (the same cuts `range(of:)` makes there).
    private static func asciiSegments(of bytes: [UInt8]) -> [Segment] {
        func find(_ pair: UInt8, from start: Int) -> Int? {
            var index = start
            while index + 1 < bytes.count {
                if bytes[index] == pair && bytes[index + 1] == pair { return index }
                index += 1
            }
            return nil
        }
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var result: [Segment] = []
        var rest = 0
        while let open = find(UInt8(ascii: "{"), from: rest) {
            result.append(.literal(text(rest..<open)))
            guard let close = find(UInt8(ascii: "}"), from: open + 2) else {
                result.append(.problem("a \"{{\" is never closed with \"}}\""))
                return result
            }
            result.append(parse(text((open + 2)..<close).trimmedOfWhitespace(), ascii: true))
            rest = close + 2
        }
        result.append(.literal(text(rest..<bytes.count)))
        return result
    }

    /// The segment for the text between `{{` and `}}`; `ascii` says the text is ASCII, so that bytes
    /// can be compared instead of characters (the same answer, for a fraction of the work).
    private static func parse(_ inside: String, ascii: Bool = false) -> Segment {
        if inside == "item" { return .placeholder(Placeholder(source: "item", key: "", with: nil)) }
        var body = inside
        var with: String?
        if let bar = ascii ? inside.utf8.firstIndex(of: UInt8(ascii: "|")) : inside.firstIndex(of: "|") {
            body = String(inside[..<bar])
            let filter = String(inside[inside.index(after: bar)...])
            guard filter.hasPrefix("with:"), (ascii ? filter.utf8.count : filter.count) > 5 else {
                return .problem("\"{{\(inside)}}\" has an unknown filter; the only filter is |with:VALUE")
            }
            with = String(filter.dropFirst(5))
        }
        let parts = ascii ? body.utf8.split(separator: UInt8(ascii: "."), maxSplits: 1).map { String(decoding: $0, as: UTF8.self) }
            : body.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, ["answers", "previous"].contains(parts[0]), !parts[1].isEmpty else {
            return .problem("\"{{\(inside)}}\" is not a placeholder; use {{answers.KEY}}, {{previous.KEY}} or {{item}}")
        }
        return .placeholder(Placeholder(source: parts[0], key: parts[1], with: with))
    }

    private static func fill(_ p: Placeholder, in context: Context) -> String? {
        if p.source == "item" { return context.item }
        let pool = p.source == "answers" ? context.answers : context.previous
        guard let value = pool[p.key] else { return nil }
        if let wanted = p.with {
            guard case .object(let object) = value else { return nil }
            let names = object.pairs.filter { $0.value == .string(wanted) }.map(\.key)
            return names.isEmpty ? "none" : AnswerFormatter.joined(names)
        }
        return AnswerFormatter.describe(value, as: context.types[p.key])
    }
}
