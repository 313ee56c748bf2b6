import Foundation

/// A checked `Script` as compact bytes, and back: what `CheckedScripts` keeps so that a start does not read, parse and check
/// the script's JSON again while its file is unchanged.
///
/// Strings and numbers are written as they are (a length, then the bytes); the few JSON values a script holds (defaults,
/// the values conditions compare with, the bounds of a number question) as their JSON text. `decode` gives nil for bytes
/// that are not exactly one encoded script, so a damaged or foreign cache file is read as no cache at all.
///
/// A field added to `Script`, `Topic`, `Question`, `AnswerType` or `Condition` must be written and read here too:
/// `CheckedScriptsTests` round-trips the shipped scripts and one using every kind, and fails when the copy differs.
enum ScriptCodec {
    static func encode(_ script: Script) -> [UInt8] {
        var out = Writer()
        out.string(script.id)
        out.int(script.version)
        out.string(script.title)
        out.string(script.mode.rawValue)
        out.string(script.intro)
        out.int(script.topics.count)
        for topic in script.topics {
            out.string(topic.id)
            out.string(topic.title)
            out.int(topic.minutes)
            out.string(topic.intro)
            out.int(topic.questions.count)
            for question in topic.questions { out.question(question) }
        }
        return out.bytes
    }

    /// The script encoded in `bytes` from `start` to the end, or nil.
    static func decode(_ bytes: [UInt8], from start: Int = 0) -> Script? {
        guard start >= 0, start <= bytes.count else { return nil }
        var input = Reader(bytes: bytes, pos: start)
        do {
            let id = try input.string(), version = try input.int(), title = try input.string()
            guard let mode = SessionMode(rawValue: try input.string()) else { return nil }
            let intro = try input.string()
            var topics: [Topic] = []
            for _ in 0..<(try input.count()) {
                let id = try input.string(), title = try input.string(), minutes = try input.int(), intro = try input.string()
                var questions: [Question] = []
                for _ in 0..<(try input.count()) { questions.append(try input.question()) }
                topics.append(Topic(id: id, title: title, minutes: minutes, intro: intro, questions: questions))
            }
            guard input.atEnd else { return nil }
            return Script(id: id, version: version, title: title, mode: mode, intro: intro, topics: topics)
        } catch {
            return nil
        }
    }

    /// Bytes that are not an encoded script.
    struct Damaged: Error {}

    struct Writer {
        var bytes: [UInt8] = []

        mutating func int(_ value: Int) {
            var rest = UInt64(bitPattern: Int64(value))
            for _ in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: rest)); rest >>= 8 }
        }

        mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

        mutating func string(_ text: String) {
            int(text.utf8.count)
            bytes.append(contentsOf: text.utf8)
        }

        mutating func optional(_ text: String?) {
            bool(text != nil)
            if let text { string(text) }
        }

        mutating func json(_ value: JSONValue?) { optional(value.map { JSONWriter.write($0, pretty: false) }) }

        mutating func strings(_ list: [String]) {
            int(list.count)
            for text in list { string(text) }
        }

        mutating func question(_ question: Question) {
            string(question.id)
            string(question.ask)
            optional(question.again)
            type(question.type)
            string(question.help)
            string(question.example)
            json(question.defaultValue)
            condition(question.when)
            bool(question.optional)
            string(question.carry.rawValue)
            string(question.audience.rawValue)
        }

        mutating func condition(_ condition: Condition?) {
            switch condition {
            case nil: bytes.append(0)
            case .equals(let key, let value)?: bytes.append(1); string(key); json(value)
            case .notEquals(let key, let value)?: bytes.append(2); string(key); json(value)
            case .answered(let key, let answered)?: bytes.append(3); string(key); bool(answered)
            case .contains(let key, let value)?: bytes.append(4); string(key); json(value)
            case .minCount(let key, let count)?: bytes.append(5); string(key); int(count)
            }
        }

        mutating func options(_ source: OptionSource) {
            switch source {
            case .fixed(let list): bytes.append(0); strings(list)
            case .labelled(let list, let names):
                bytes.append(1); strings(list)
                let keys = names.keys.sorted()
                strings(keys)
                strings(keys.map { names[$0] ?? "" })
            case .answer(let key): bytes.append(2); string(key)
            case .answerWith(let key, let value): bytes.append(3); string(key); string(value)
            }
        }

        mutating func type(_ type: AnswerType) {
            switch type {
            case .text: bytes.append(0)
            case .list(let separators): bytes.append(1); string(separators)
            case .choice(let source): bytes.append(2); options(source)
            case .choices(let source): bytes.append(3); options(source)
            case .yesNo: bytes.append(4)
            case .number(let min, let max, let whole, let unit):
                bytes.append(5); json(min.map(JSONValue.number)); json(max.map(JSONValue.number)); bool(whole); optional(unit)
            case .percent: bytes.append(6)
            case .money: bytes.append(7)
            case .date: bytes.append(8)
            case .endDate: bytes.append(9)
            case .dates: bytes.append(10)
            case .person: bytes.append(11)
            case .month: bytes.append(12)
            case .split(let over): bytes.append(13); string(over)
            case .each(let over, let item, let optionalItems): bytes.append(14); string(over); self.type(item); bool(optionalItems)
            case .records(let fields):
                bytes.append(15)
                int(fields.count)
                for field in fields {
                    string(field.id); string(field.ask); self.type(field.type); string(field.help); string(field.example)
                    bool(field.optional); json(field.defaultValue)
                }
            }
        }
    }

    struct Reader {
        let bytes: [UInt8]
        var pos: Int

        var atEnd: Bool { pos == bytes.count }

        mutating func byte() throws(Damaged) -> UInt8 {
            guard pos < bytes.count else { throw Damaged() }
            defer { pos += 1 }
            return bytes[pos]
        }

        mutating func int() throws(Damaged) -> Int {
            guard bytes.count - pos >= 8 else { throw Damaged() }
            var value: UInt64 = 0
            for shift in 0..<8 { value |= UInt64(bytes[pos + shift]) << (8 * UInt64(shift)) }
            pos += 8
            return Int(Int64(bitPattern: value))
        }

        /// A number of things that follow, each at least one byte long.
        mutating func count() throws(Damaged) -> Int {
            let count = try int()
            guard count >= 0, count <= bytes.count - pos else { throw Damaged() }
            return count
        }

        mutating func bool() throws(Damaged) -> Bool {
            switch try byte() {
            case 0: false
            case 1: true
            default: throw Damaged()
            }
        }

        mutating func string() throws(Damaged) -> String {
            let length = try count()
            defer { pos += length }
            return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[pos..<(pos + length)]), as: UTF8.self) }
        }

        mutating func optional() throws(Damaged) -> String? { try bool() ? try string() : nil }

        mutating func json() throws(Damaged) -> JSONValue? {
            guard let text = try optional() else { return nil }
            guard let value = try? JSONParser.parse(validUTF8: Array(text.utf8)) else { throw Damaged() }
            return value
        }

        mutating func strings() throws(Damaged) -> [String] {
            var list: [String] = []
            for _ in 0..<(try count()) { list.append(try string()) }
            return list
        }

        mutating func question() throws(Damaged) -> Question {
            let id = try string(), ask = try string(), again = try optional(), type = try type()
            let help = try string(), example = try string(), defaultValue = try json(), when = try condition()
            let optional = try bool()
            guard let carry = Question.Carry(rawValue: try string()), let audience = Question.Audience(rawValue: try string()) else {
                throw Damaged()
            }
            return Question(id: id, ask: ask, again: again, type: type, help: help, example: example, defaultValue: defaultValue,
                            when: when, optional: optional, carry: carry, audience: audience)
        }

        mutating func condition() throws(Damaged) -> Condition? {
            func value(_ reader: inout Reader) throws(Damaged) -> JSONValue {
                guard let value = try reader.json() else { throw Damaged() }
                return value
            }
            switch try byte() {
            case 0: return nil
            case 1: return .equals(key: try string(), value: try value(&self))
            case 2: return .notEquals(key: try string(), value: try value(&self))
            case 3: return .answered(key: try string(), try bool())
            case 4: return .contains(key: try string(), value: try value(&self))
            case 5: return .minCount(key: try string(), count: try int())
            default: throw Damaged()
            }
        }

        mutating func options() throws(Damaged) -> OptionSource {
            switch try byte() {
            case 0: return .fixed(try strings())
            case 1:
                let list = try strings(), keys = try strings(), names = try strings()
                guard keys.count == names.count else { throw Damaged() }
                var byKey: [String: String] = [:]
                byKey.reserveCapacity(keys.count)
                for (key, name) in zip(keys, names) where byKey.updateValue(name, forKey: key) != nil { throw Damaged() }  // a key twice
                return .labelled(list, names: byKey)
            case 2: return .answer(try string())
            case 3: return .answerWith(try string(), value: try string())
            default: throw Damaged()
            }
        }

        mutating func decimal() throws(Damaged) -> Decimal? {
            switch try json() {
            case nil: return nil
            case .number(let number)?: return number
            default: throw Damaged()
            }
        }

        mutating func type() throws(Damaged) -> AnswerType {
            switch try byte() {
            case 0: return .text
            case 1: return .list(separators: try string())
            case 2: return .choice(try options())
            case 3: return .choices(try options())
            case 4: return .yesNo
            case 5: return .number(min: try decimal(), max: try decimal(), whole: try bool(), unit: try optional())
            case 6: return .percent
            case 7: return .money
            case 8: return .date
            case 9: return .endDate
            case 10: return .dates
            case 11: return .person
            case 12: return .month
            case 13: return .split(over: try string())
            case 14: return .each(over: try string(), item: try type(), optionalItems: try bool())
            case 15:
                var fields: [AnswerType.Field] = []
                for _ in 0..<(try count()) {
                    let id = try string(), ask = try string(), type = try type(), help = try string(), example = try string()
                    fields.append(AnswerType.Field(id: id, ask: ask, type: type, help: help, example: example,
                                                   optional: try bool(), defaultValue: try json()))
                }
                return .records(fields: fields)
            default: throw Damaged()
            }
        }
    }
}
