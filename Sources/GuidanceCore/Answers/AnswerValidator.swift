import Foundation

/// What a typed answer is checked against besides its own text.
public struct AnswerContext: Sendable {
    /// The items of list answers given so far (such as the segments), by question id.
    public var items: [String: [String]]
    /// The meeting date, for "next monday" and "end of month".
    public var today: CalendarDate
    /// How dates typed with slashes are read: day first (31/5) unless set to month first.
    public var dateOrder: DateOrder
    /// The plan's first day when answered, so a plan month may be typed by name ("May").
    public var planStart: CalendarDate?
    /// The plan's currency when answered: money typed with another currency's symbol or code is refused.
    public var currency: String?

    /// A context with every property given.
    public init(items: [String: [String]], today: CalendarDate, dateOrder: DateOrder = .dmy, planStart: CalendarDate? = nil,
                currency: String? = nil) {
        self.items = items; self.today = today; self.dateOrder = dateOrder; self.planStart = planStart; self.currency = currency
    }

    /// The options of a choice, or `nil` when they come from a question not answered yet.
    public func options(_ source: OptionSource) -> [String]? {
        switch source {
        case .fixed(let names), .labelled(let names, _): names
        case .answer, .answerWith: source.itemKey.flatMap { items[$0] }
        }
    }

    /// Adds what later questions may read from the answer `value` to question `question`: a list's items,
    /// and for a choice per item (the roles), the names given each option (`roles|with:grow`).
    public static func addItems(of question: Question, value: JSONValue, to items: inout [String: [String]]) {
        switch question.type {
        case .list:
            items[question.id] = value.arrayValue?.compactMap(\.stringValue)
        case .each(_, .choice(.fixed(let options)), _):
            guard let object = value.objectValue else { return }
            for option in options {
                items[OptionSource.itemKey(question.id, with: option)] = object.pairs.filter { $0.value == .string(option) }.map(\.key)
            }
        default:
            break
        }
    }
}

/// Checks answers with the same rules whether they were typed in the shell or read from a file.
public enum AnswerValidator {
    /// Parses one typed line as a simple (not compound) answer type.
    public static func parseLine(_ line: String, as type: AnswerType, in context: AnswerContext) -> Result<JSONValue, AnswerProblem> {
        switch type {
        case .text: return ScalarParser.text(line).map(JSONValue.string)
        case .list(let separators): return ScalarParser.list(line, separators: separators).map { .array($0.map(JSONValue.string)) }
        case .choice(.labelled(let options, let names)):
            return LabelledChoice.match(line, options: options, names: names).map(JSONValue.string)
        case .choice(let source):
            guard let options = context.options(source) else { return .failure(missingSource(source)) }
            return ScalarParser.choice(line, options: options).map(JSONValue.string)
        case .choices(let source):
            guard let options = context.options(source) else { return .failure(missingSource(source)) }
            if ["none", "-", "nothing"].contains(line.lowercased()) {
                return .failure(AnswerProblem("Here no names means all of them: name one or more of \(AnswerFormatter.joined(options).replacingOccurrences(of: " and ", with: " or ")), or type all."))
            }
            return ScalarParser.choices(line, options: options).map { .array($0.map(JSONValue.string)) }
        case .yesNo: return ScalarParser.yesNo(line).map(JSONValue.bool)
        case .number(let min, let max, let whole, let unit):
            return ScalarParser.number(line, min: min, max: max, wholeOnly: whole, unit: unit).map(JSONValue.number)
        case .percent: return ScalarParser.percent(line).map { .number(Decimal($0)) }
        case .money:
            if let plan = context.currency, let typed = MoneyCurrency.named(in: line), !typed.fits(plan) {
                return .failure(typed.conflict(with: plan))
            }
            return ScalarParser.money(line).map(JSONValue.number)
        case .date: return DateListParser.checkedDate(line, relativeTo: context.today, order: context.dateOrder).map { .string($0.iso) }
        case .endDate: return ScalarParser.endDate(line, relativeTo: context.today, order: context.dateOrder).map { $0.map { .string($0.iso) } ?? .null }
        case .dates: return ScalarParser.dates(line, relativeTo: context.today, order: context.dateOrder).map { .array($0.map { .string($0.iso) }) }
        case .person: return ScalarParser.person(line)
        case .month: return ScalarParser.month(line, planStart: context.planStart).map { .number(Decimal($0)) }
        case .split, .each, .records:
            return .failure(AnswerProblem("this question is answered one part at a time"))
        }
    }

    private static func missingSource(_ source: OptionSource) -> AnswerProblem {
        if let key = source.questionID {
            return AnswerProblem("This question works from the answer to \"\(key)\", which is not given yet; use /edit \(key) to answer it first.")
        }
        return AnswerProblem("this question has no options; check the prompt script")
    }

    /// Checks a stored or imported value (answers file, default) and returns it in its normal form.
    ///
    /// When `options` lacks a source (a default checked before any answer exists), membership is not checked.
    public static func checkStored(_ value: JSONValue, as type: AnswerType, options: [String: [String]],
                                   today: CalendarDate? = nil) -> Result<JSONValue, AnswerProblem> {
        StoredValueChecker(items: options).check(value, as: type)
    }
}
