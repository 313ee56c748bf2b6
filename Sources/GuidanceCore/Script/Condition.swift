import Foundation

/// When a question is asked: a test on an earlier answer.
public enum Condition: Equatable, Sendable {
    /// The answer to `key` equals `value`.
    case equals(key: String, value: JSONValue)
    /// The answer to `key` is missing or differs from `value`.
    case notEquals(key: String, value: JSONValue)
    /// `key` has (or has not) been answered.
    case answered(key: String, Bool)
    /// The answer to `key` (a list or an object) contains `value` among its elements or values.
    case contains(key: String, value: JSONValue)
    /// The answer to `key` (a list or an object) has at least `count` elements.
    case minCount(key: String, count: Int)

    /// The question id the condition reads.
    public var key: String {
        switch self {
        case .equals(let k, _), .notEquals(let k, _), .answered(let k, _), .contains(let k, _), .minCount(let k, _): k
        }
    }

    /// Whether the condition holds for the given answers.
    public func holds(in answers: [String: JSONValue]) -> Bool {
        let value = answers[key]
        switch self {
        case .equals(_, let expected): return value == expected
        case .notEquals(_, let expected): return value != expected
        case .answered(_, let wanted): return (value != nil) == wanted
        case .contains(_, let needle):
            switch value {
            case .array(let items): return items.contains(needle)
            case .object(let object): return object.pairs.contains { $0.value == needle }
            default: return false
            }
        case .minCount(_, let count):
            switch value {
            case .array(let items): return items.count >= count
            case .object(let object): return object.count >= count
            default: return false
            }
        }
    }
}
