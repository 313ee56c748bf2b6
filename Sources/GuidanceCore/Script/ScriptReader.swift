import Foundation

/// Turns the JSON of a script into a `Script`, collecting problems instead of stopping at the first.
struct ScriptReader {
    let file: String
    var problems: [ScriptProblem] = []
    /// The placeholders of each question text read (its `ask` and `again`), for `checkReferences`: found with the text's
    /// problems, so no text is cut into its segments twice.
    var placeholders: [String: [Template.Placeholder]] = [:]

    init(file: String) {
        self.file = file
        placeholders.reserveCapacity(64)  // a script's texts, without growing the table on the way
    }

    mutating func problem(_ place: ScriptPlace, _ message: String) {
        problems.append(ScriptProblem(file: file, place: place.description, message: message))
    }

    mutating func string(_ object: JSONObject, _ key: String, _ place: ScriptPlace, required: Bool = true) -> String? {
        guard let value = object[key] else {
            if required { problem(place, "\"\(key)\" is missing; add it as text") }
            return nil
        }
        // A character other than a space or a tab in ASCII shows at once that the text is not blank.
        guard let text = value.stringValue,
              text.hasUTF8Byte(where: { $0 != 0x20 && $0 != 0x09 && $0 < 0x80 }) || !text.trimmedOfWhitespace().isEmpty else {
            problem(place, "\"\(key)\" should be non-empty text in double quotes")
            return nil
        }
        return text
    }

    mutating func int(_ object: JSONObject, _ key: String, _ place: ScriptPlace, range: ClosedRange<Int>) -> Int? {
        guard let value = object[key] else { problem(place, "\"\(key)\" is missing; add it as a whole number"); return nil }
        guard let n = value.intValue, range.contains(n) else {
            problem(place, "\"\(key)\" should be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return n
    }

    mutating func script(_ json: JSONValue) -> Script? {
        guard let root = json.objectValue else { problem("", "the file should hold one JSON object with \"id\", \"title\" and \"topics\""); return nil }
        if let format = root["format"], format != .string("guidance-script/1") {
            problem("", "\"format\" should be \"guidance-script/1\"")
        }
        let id = string(root, "id", "")
        let version = int(root, "version", "", range: 1...1_000_000)
        let title = string(root, "title", "")
        let intro = string(root, "intro", "", required: false) ?? ""
        var mode: SessionMode?
        if let m = string(root, "mode", "") {
            mode = SessionMode(rawValue: m)
            if mode == nil { problem("", "\"mode\" should be \"director\" or \"self\", not \"\(m)\"") }
        }
        guard let topicValues = root["topics"]?.arrayValue, !topicValues.isEmpty else {
            problem("", "\"topics\" should be a list of at least one topic")
            return nil
        }
        let topics = topicValues.enumerated().compactMap { topic($1, index: $0 + 1) }
        guard let id, let version, let title, let mode, topics.count == topicValues.count else { return nil }
        return Script(id: id, version: version, title: title, mode: mode, intro: intro, topics: topics)
    }

    mutating func topic(_ json: JSONValue, index: Int) -> Topic? {
        var place = ScriptPlace.topic(index, id: nil)
        guard let object = json.objectValue else { problem(place, "each topic should be an object with \"id\", \"title\", \"minutes\" and \"questions\""); return nil }
        let id = string(object, "id", place)
        if let id { place = place.named(id) }
        let title = string(object, "title", place)
        let minutes = int(object, "minutes", place, range: 1...120)
        let intro = string(object, "intro", place, required: false) ?? ""
        guard let questionValues = object["questions"]?.arrayValue, !questionValues.isEmpty else {
            problem(place, "\"questions\" should be a list of at least one question")
            return nil
        }
        let questions = questionValues.enumerated().compactMap { question($1, place: .question(place, $0 + 1, id: nil)) }
        guard let id, let title, let minutes, questions.count == questionValues.count else { return nil }
        return Topic(id: id, title: title, minutes: minutes, intro: intro, questions: questions)
    }

    mutating func question(_ json: JSONValue, place start: ScriptPlace) -> Question? {
        var place = start
        guard let object = json.objectValue else { problem(place, "each question should be an object with \"id\", \"ask\" and \"type\""); return nil }
        let id = string(object, "id", place)
        if let id { place = start.named(id) }
        let ask = string(object, "ask", place)
        let again = string(object, "again", place, required: false)
        let help = string(object, "help", place)
        let example = string(object, "example", place)
        let type = answerType(object, place: place, nested: false)
        let when = object["when"].flatMap { condition($0, place: place) }
        let optional = object["optional"]?.boolValue ?? false
        if let o = object["optional"], o.boolValue == nil { problem(place, "\"optional\" should be true or false") }
        for text in [ask, again].compactMap({ $0 }) {
            var found: [Template.Placeholder] = []
            for segment in Template.segments(of: text) {
                switch segment {
                case .problem(let message): problem(place, message)
                case .placeholder(let placeholder): found.append(placeholder)
                case .literal: break
                }
            }
            placeholders[text] = found
        }
        var carry = Question.Carry.keep
        if let c = object["carry"] {
            if let parsed = c.stringValue.flatMap(Question.Carry.init(rawValue:)) {
                carry = parsed
                if carry == .threeMonthsLater, let type, type != .date { problem(place, "\"carry\": \"three_months_later\" only works for a date question") }
            } else {
                problem(place, "\"carry\" should be \"keep\", \"none\", \"latest\" or \"three_months_later\"")
            }
        }
        var audience = Question.Audience.everyone
        if let a = object["for"] {
            if let parsed = a.stringValue.flatMap(Question.Audience.init(rawValue:)) {
                audience = parsed
            } else {
                problem(place, "\"for\" should be \"marketer\" (the marketer's own question, left off the director's agenda) or \"everyone\"")
            }
        }
        guard let id, let ask, let help, let example, let type else { return nil }
        var q = Question(id: id, ask: ask, again: again, type: type, help: help, example: example,
                         defaultValue: object["default"], when: when, optional: optional, carry: carry, audience: audience)
        if let d = q.defaultValue, case .failure(let why) = AnswerValidator.checkStored(d, as: type, options: [:]) {
            problem(place, "the default does not fit the question: \(why.message)")
            q.defaultValue = nil
        }
        return q
    }

    mutating func options(_ object: JSONObject, place: ScriptPlace) -> OptionSource? {
        if let from = object["options_from"] {
            guard let key = from.stringValue else { problem(place, "\"options_from\" should name an earlier question"); return nil }
            if let with = object["options_with"] {
                guard let value = with.stringValue, !value.isEmpty else {
                    problem(place, "\"options_with\" should be one of the answers of \"\(key)\", such as \"grow\"")
                    return nil
                }
                return .answerWith(key, value: value)
            }
            return .answer(key)
        }
        guard let list = object["options"]?.arrayValue, !list.isEmpty,
              let names = Optional(list.compactMap(\.stringValue)), names.count == list.count else {
            problem(place, "a choice needs \"options\" (a list of texts) or \"options_from\" (an earlier question)")
            return nil
        }
        guard let labels = object["option_names"] else { return .fixed(names) }
        guard let pairs = labels.objectValue?.pairs, pairs.allSatisfy({ !($0.value.stringValue ?? "").isEmpty }) else {
            problem(place, "\"option_names\" should be an object giving options their names in words, such as {\"GB-EAW\": \"England and Wales\"}")
            return nil
        }
        if let stray = pairs.first(where: { !names.contains($0.key) }) {
            problem(place, "\"option_names\" names \"\(stray.key)\", which is not one of the options")
            return nil
        }
        return .labelled(names, names: Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value.stringValue ?? "") }))
    }

    mutating func answerType(_ object: JSONObject, place: ScriptPlace, nested: Bool) -> AnswerType? {
        guard let name = string(object, "type", place) else { return nil }
        switch name {
        case "text": return .text
        case "list": return .list(separators: object["separators"]?.stringValue ?? ",;")
        case "choice": return options(object, place: place).map(AnswerType.choice)
        case "choices": return options(object, place: place).map(AnswerType.choices)
        case "yesno": return .yesNo
        case "percent": return .percent
        case "money": return .money
        case "date": return .date
        case "end_date": return .endDate
        case "dates": return .dates
        case "person": return .person
        case "month": return .month
        case "number":
            let low = object["min"]?.numberValue, high = object["max"]?.numberValue
            if let low, let high, low > high {
                problem(place, "\"min\" is more than \"max\", so no answer could ever fit; swap them")
                return nil
            }
            return .number(min: low, max: high, whole: object["whole"]?.boolValue ?? false, unit: object["unit"]?.stringValue)
        case "split" where nested, "each" where nested, "records" where nested:
            problem(place, "a \"\(name)\" answer cannot sit inside another; use a simple type here")
            return nil
        case "split":
            guard let over = string(object, "over", place) else { return nil }
            return .split(over: over)
        case "each":
            guard let over = string(object, "over", place) else { return nil }
            guard let item = object["item"]?.objectValue else { problem(place, "\"each\" needs \"item\": an object with the item's \"type\""); return nil }
            guard let itemType = answerType(item, place: .item(place), nested: true) else { return nil }
            return .each(over: over, item: itemType, optionalItems: object["optional_items"]?.boolValue ?? false)
        case "records":
            guard let list = object["fields"]?.arrayValue, !list.isEmpty else {
                problem(place, "\"records\" needs \"fields\": a list of sub-questions")
                return nil
            }
            let fields = list.enumerated().compactMap { field($1, place: .field(place, $0 + 1, id: nil)) }
            var seen = Set<String>()
            for f in fields where !seen.insert(f.id).inserted {
                problem(place, "the field id \"\(f.id)\" is used twice; give each field its own id")
                return nil
            }
            return fields.count == list.count ? .records(fields: fields) : nil
        default:
            problem(place, "\"\(name)\" is not an answer type; use one of text, list, choice, choices, yesno, number, percent, money, date, end_date, dates, month, person, split, each, records")
            return nil
        }
    }

    mutating func field(_ json: JSONValue, place start: ScriptPlace) -> AnswerType.Field? {
        guard let object = json.objectValue else { problem(start, "each field should be an object with \"id\", \"ask\" and \"type\""); return nil }
        let id = string(object, "id", start)
        let place = id.map { start.named($0) } ?? start
        let ask = string(object, "ask", place)
        let help = string(object, "help", place)
        let example = string(object, "example", place)
        let type = answerType(object, place: place, nested: true)
        guard let id, let ask, let help, let example, let type else { return nil }
        var defaultValue = object["default"]
        if let d = defaultValue, case .failure(let why) = AnswerValidator.checkStored(d, as: type, options: [:]) {
            problem(place, "the default does not fit the field: \(why.message)")
            defaultValue = nil
        }
        return AnswerType.Field(id: id, ask: ask, type: type, help: help, example: example,
                                optional: object["optional"]?.boolValue ?? false, defaultValue: defaultValue)
    }

    mutating func condition(_ json: JSONValue, place: ScriptPlace) -> Condition? {
        guard let object = json.objectValue, let key = object["key"]?.stringValue else {
            problem(place, "\"when\" should be an object such as {\"key\": \"roles\", \"contains\": \"exit\"}")
            return nil
        }
        if let v = object["equals"] { return .equals(key: key, value: v) }
        if let v = object["not_equals"] { return .notEquals(key: key, value: v) }
        if let v = object["contains"] { return .contains(key: key, value: v) }
        if let v = object["answered"]?.boolValue { return .answered(key: key, v) }
        if let n = object["min_count"]?.intValue { return .minCount(key: key, count: n) }
        problem(place, "\"when\" needs one test: equals, not_equals, contains, answered or min_count")
        return nil
    }
}
