import Foundation

/// Puts a stored answer into plain words: for echoes, defaults, templates and `show`.
public enum AnswerFormatter {
    /// "A", "A and B", "A, B and C".
    public static func joined(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    /// A number as typed back: plain digits, `.` decimal point, no exponent.
    public static func number(_ n: Decimal) -> String {
        if let text = DecimalText.plain(n) { return text }
        var value = n
        if value.isZero { value = 0 }
        return NSDecimalNumber(decimal: value).description(withLocale: JSONReader.posix)
    }

    /// Money with thousands separators and two decimals when there are pence or cents: "12,000", "1,250.50".
    public static func money(_ n: Decimal) -> String {
        if let text = DecimalText.money(n) { return text }
        return moneyByFoundation(n)
    }

    /// `money` worked out with Foundation's rounding and number text: for numbers `DecimalText` leaves alone,
    /// and the tests' reference.
    static func moneyByFoundation(_ n: Decimal) -> String {
        let whole = n.rounded(0)
        let plain = number(n == whole ? whole : n.rounded(2))
        let parts = plain.split(separator: ".", maxSplits: 1)
        var digits = String(parts[0])
        let negative = digits.hasPrefix("-")
        if negative { digits.removeFirst() }
        var grouped = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        var result = (negative ? "-" : "") + grouped
        if parts.count == 2 { result += "." + parts[1].padding(toLength: 2, withPad: "0", startingAt: 0) }
        return result
    }

    /// The answer in plain words; `type` refines numbers, booleans and records when known.
    public static func describe(_ value: JSONValue, as type: AnswerType? = nil) -> String {
        switch (value, type) {
        case (.string(let s), .date?), (.string(let s), .endDate?): return CalendarDate(iso: s)?.spoken ?? s
        case (.string(let s), .choice(.labelled(_, let names))?): return LabelledChoice.describe(s, names: names)
        case (.null, .endDate?): return "no end"
        case (.object(let object), .person?): return PersonParser.describe(object)
        case (.array(let items), .dates?):
            return items.isEmpty ? "none" : joined(items.map { describe($0, as: .date) })
        case (.string(let s), _): return s
        case (.bool(let b), _): return b ? "yes" : "no"
        case (.number(let n), .money?): return money(n)
        case (.number(let n), .percent?): return number(n) + "%"
        case (.number(let n), .month?): return "month " + number(n)
        case (.number(let n), .number(_, _, _, let unit?)?): return number(n) + (unit == "%" ? "%" : " " + unit)
        case (.number(let n), _): return number(n)
        case (.null, _): return "(none)"
        case (.array(let items), .records(let fields)?):
            if items.isEmpty { return "none" }
            return items.map { describeRecord($0, fields: fields) }.joined(separator: "; ")
        case (.array(let items), .choices?) where items.isEmpty:
            return "all"
        case (.array(let items), _):
            if items.isEmpty { return "none" }
            return joined(items.map { describe($0) })
        case (.object(let object), .split?):
            return object.pairs.map { "\($0.key) \(describe($0.value))%" }.joined(separator: ", ")
        case (.object(let object), .each?) where object.isEmpty:
            return "(none given)"
        case (.object(let object), .each(_, let item, _)?):
            return object.pairs.map { "\($0.key): \(describe($0.value, as: item))" }.joined(separator: ", ")
        case (.object(let object), _):
            return object.pairs.map { "\($0.key): \(describe($0.value))" }.joined(separator: ", ")
        }
    }

    /// One record as "first field (other: values, ...)".
    public static func describeRecord(_ record: JSONValue, fields: [AnswerType.Field]) -> String {
        guard case .object(let object) = record else { return describe(record) }
        var head = ""
        var rest: [String] = []
        for (index, field) in fields.enumerated() {
            guard let value = object[field.id] else { continue }
            let text = describe(value, as: field.type)
            var label = field.id.replacingOccurrences(of: "_", with: " ")
            if label.hasSuffix(" pct") { label = String(label.dropLast(4)) }
            if index == 0 { head = text } else { rest.append(text.hasPrefix(label) ? text : "\(label) \(text)") }
        }
        return rest.isEmpty ? head : "\(head) (\(rest.joined(separator: ", ")))"
    }
}
