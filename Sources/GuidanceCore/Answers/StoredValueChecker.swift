import Foundation

/// Checks a JSON value against an answer type: the rules of the shell, applied to files.
struct StoredValueChecker {
    /// List answers by question id; a missing source means membership is not checked.
    let items: [String: [String]]

    func check(_ value: JSONValue, as type: AnswerType) -> Result<JSONValue, AnswerProblem> {
        switch type {
        case .text:
            guard let s = value.stringValue, !s.trimmedOfWhitespaceAndNewlines().isEmpty else {
                return fail("it should be non-empty text in double quotes")
            }
            if let problem = Self.textProblem(s) { return fail(problem) }
            return .success(.string(s.trimmedOfWhitespaceAndNewlines()))
        case .list:
            guard let list = value.arrayValue, let texts = strings(list), !texts.isEmpty else {
                return fail("it should be a list of texts, such as [\"Dental practices\", \"Retail\"]")
            }
            if let problem = AnswerRules.countProblem(texts.count) { return fail(problem) }
            let trimmed = texts.map { $0.trimmedOfWhitespaceAndNewlines() }
            if trimmed.contains(where: \.isEmpty) { return fail("an item of the list is empty; remove it or fill it in") }
            if let problem = trimmed.lazy.compactMap(Self.textProblem).first { return fail(problem) }
            if let dup = duplicate(trimmed) { return fail("\"\(dup)\" is in the list twice; keep it once") }
            return .success(.array(trimmed.map(JSONValue.string)))
        case .choice(let source):
            guard let s = value.stringValue else { return fail("it should be one of the options, in double quotes") }
            guard let options = options(source) else { return Self.textProblem(s).map { fail($0) } ?? .success(value) }
            return ScalarParser.choice(s, options: options).map(JSONValue.string)
        case .choices(let source):
            guard let list = value.arrayValue, let texts = strings(list) else { return fail("it should be a list of texts, possibly empty") }
            if let problem = AnswerRules.countProblem(texts.count) { return fail(problem) }
            guard let options = options(source) else { return texts.lazy.compactMap(Self.textProblem).first.map { fail($0) } ?? .success(value) }
            var chosen: [String] = []
            for text in texts {
                switch ScalarParser.choice(text, options: options) {
                case .success(let name): if chosen.contains(name) { return fail("\"\(name)\" is named twice; keep it once") }; chosen.append(name)
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(.array(options.filter(chosen.contains).map(JSONValue.string)))
        case .yesNo:
            guard let b = value.boolValue else { return fail("it should be true or false") }
            return .success(.bool(b))
        case .number(let min, let max, let whole, _):
            guard let n = value.numberValue else { return fail("it should be a number") }
            if whole && n != n.rounded(0) { return fail("it should be a whole number") }
            if let min, n < min { return fail("it should be at least \(AnswerFormatter.number(min))") }
            if let max, n > max { return fail("it should be at most \(AnswerFormatter.number(max))") }
            return .success(.number(n))
        case .percent:
            guard let n = value.intValue, (0...100).contains(n) else { return fail("it should be a whole percentage from 0 to 100") }
            return .success(.number(Decimal(n)))
        case .money:
            guard let n = value.numberValue, n >= 0, n == n.rounded(2), n < Self.moneyLimit else {
                return fail("it should be an amount of money: a number from 0 to less than a million million with at most two decimals, such as 12000 or 1250.50")
            }
            return .success(.number(n))
        case .date:
            guard let s = value.stringValue, let date = CalendarDate(iso: s) else { return fail("it should be a date written as YYYY-MM-DD, such as 2027-03-01") }
            if let problem = Self.dateProblem(date) { return fail(problem) }
            return .success(.string(s))
        case .endDate: return DateListParser.checkEndDate(value)
        case .dates: return DateListParser.checkDates(value)
        case .person: return PersonParser.check(value)
        case .month:
            guard let n = value.intValue, (1...3).contains(n) else { return fail("it should be the month of the plan: 1, 2 or 3") }
            return .success(.number(Decimal(n)))
        case .split(let over): return checkSplit(value, over: over)
        case .each(let over, let item, let optionalItems): return checkEach(value, over: over, item: item, optionalItems: optionalItems)
        case .records(let fields): return checkRecords(value, fields: fields)
        }
    }

    private func fail(_ message: String) -> Result<JSONValue, AnswerProblem> { .failure(AnswerProblem(message)) }

    private func strings(_ list: [JSONValue]) -> [String]? {
        let texts = list.compactMap(\.stringValue)
        return texts.count == list.count ? texts : nil
    }

    private func duplicate(_ names: [String]) -> String? {
        var seen = Set<String>()
        return names.first { !seen.insert(Self.key($0)).inserted }
    }

    /// A name as compared for duplicates: case and runs of spaces do not count.
    static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Amounts of money must stay below a million million.
    static let moneyLimit: Decimal = 1_000_000_000_000

    /// Why a typed text cannot be kept: too long, or holding control characters other than line breaks and tabs.
    static func textProblem(_ text: String) -> String? { AnswerRules.problem(text) }

    /// Why a date is refused: outside the years a plan can sensibly be made for.
    static func dateProblem(_ date: CalendarDate) -> String? {
        (1970...2999).contains(date.year) ? nil : "\(date.iso) is outside the years guidance plans for (1970 to 2999)"
    }

    /// Why a record does not hold together: an end before its start.
    static func recordProblem(_ record: JSONObject) -> String? {
        guard let from = record["from"]?.stringValue.flatMap(CalendarDate.init(iso:)),
              let to = record["to"]?.stringValue.flatMap(CalendarDate.init(iso:)), to < from else { return nil }
        return "it ends on \(to.spoken), before it starts on \(from.spoken)"
    }

    private func options(_ source: OptionSource) -> [String]? {
        switch source {
        case .fixed(let names), .labelled(let names, _): names
        case .answer, .answerWith: source.itemKey.flatMap { items[$0] }
        }
    }

    /// Names of `object`, matched to `over`'s items, in the order of the items.
    private func matchedKeys(_ object: JSONObject, over: String) -> Result<[(name: String, value: JSONValue)], AnswerProblem> {
        if let problem = AnswerRules.countProblem(object.count, noun: "entries") { return .failure(AnswerProblem(problem)) }
        guard let names = items[over] else {
            // No list to match against: the keys are still text from a file, held to the text rules.
            if let problem = object.keys.lazy.compactMap(Self.textProblem).first { return .failure(AnswerProblem(problem)) }
            return .success(object.pairs.map { ($0.key, $0.value) })
        }
        var result: [(name: String, value: JSONValue)] = []
        for (key, value) in object.pairs {
            switch NameMatcher.match(key, among: names, noun: "segment") {
            case .success(let name):
                if result.contains(where: { $0.name == name }) { return .failure(AnswerProblem("\"\(name)\" is given twice; give it once")) }
                result.append((name, value))
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(names.compactMap { name in result.first { $0.name == name } })
    }

    private func checkSplit(_ value: JSONValue, over: String) -> Result<JSONValue, AnswerProblem> {
        guard let object = value.objectValue else { return fail("it should be an object of whole percentages, such as {\"Dental practices\": 70, \"Retail\": 30}") }
        let pairs: [(name: String, value: JSONValue)]
        switch matchedKeys(object, over: over) { case .success(let p): pairs = p; case .failure(let e): return .failure(e) }
        var out = JSONObject()
        var total = 0
        for (name, v) in pairs {
            guard let n = v.intValue, (0...100).contains(n) else { return fail("the share of \(name) should be a whole percentage from 0 to 100") }
            total += n
            out[name] = .number(Decimal(n))
        }
        if let names = items[over], let missing = names.first(where: { out[$0] == nil }) {
            return fail("\(missing) has no percentage; give every segment a share, 0 if it gets none")
        }
        if total != 100 { return fail("the percentages add up to \(total); they must total exactly 100") }
        return .success(.object(out))
    }

    private func checkEach(_ value: JSONValue, over: String, item: AnswerType, optionalItems: Bool) -> Result<JSONValue, AnswerProblem> {
        guard let object = value.objectValue else { return fail("it should be an object with one entry per segment, such as {\"Dental practices\": \"grow\"}") }
        let pairs: [(name: String, value: JSONValue)]
        switch matchedKeys(object, over: over) { case .success(let p): pairs = p; case .failure(let e): return .failure(e) }
        var out = JSONObject()
        for (name, v) in pairs {
            switch check(v, as: item) {
            case .success(let normal): out[name] = normal
            case .failure(let problem): return .failure(AnswerProblem("for \(name), \(problem.message)"))
            }
        }
        if !optionalItems, let names = items[over], let missing = names.first(where: { out[$0] == nil }) {
            return fail("\(missing) has no answer; give one for every segment")
        }
        return .success(.object(out))
    }

    private func checkRecords(_ value: JSONValue, fields: [AnswerType.Field]) -> Result<JSONValue, AnswerProblem> {
        guard let list = value.arrayValue else { return fail("it should be a list of records (objects), possibly empty") }
        if let problem = AnswerRules.countProblem(list.count, noun: "records") { return fail(problem) }
        var out: [JSONValue] = []
        for (index, element) in list.enumerated() {
            guard let object = element.objectValue else { return fail("record \(index + 1) should be an object") }
            if let unknown = object.keys.first(where: { key in !fields.contains { $0.id == key } }) {
                return fail("record \(index + 1) has \"\(unknown)\", which is not one of \(fields.map(\.id).joined(separator: ", "))")
            }
            var record = JSONObject()
            for field in fields {
                guard let v = object[field.id] else {
                    if field.optional { continue }
                    return fail("record \(index + 1) has no \"\(field.id)\"")
                }
                switch check(v, as: field.type) {
                case .success(let normal): record[field.id] = normal
                case .failure(let problem): return .failure(AnswerProblem("in record \(index + 1), \"\(field.id)\": \(problem.message)"))
                }
            }
            if let problem = Self.recordProblem(record) { return fail("record \(index + 1): \(problem)") }
            out.append(.object(record))
        }
        return .success(.array(out))
    }
}
