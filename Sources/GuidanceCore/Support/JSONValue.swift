import Foundation

/// A JSON value that keeps the order of object keys, so files we write are stable.
///
/// Numbers are `Decimal` so money and percentages never pass through binary floating point.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Decimal)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

/// A JSON object whose keys keep the order they were inserted or read in.
public struct JSONObject: Equatable, Sendable {
    /// The keys, in order.
    public private(set) var keys: [String] = []
    private var storage: [String: JSONValue] = [:]

    /// An empty object.
    public init() {}

    /// An object from ordered pairs; a repeated key keeps its first place and last value.
    public init(_ pairs: [(String, JSONValue)]) {
        for (key, value) in pairs { self[key] = value }
    }

    /// The value for `key`, or `nil`; setting `nil` removes the key.
    public subscript(key: String) -> JSONValue? {
        get { storage[key] }
        set {
            if let newValue {
                if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// The key-value pairs in order.
    public var pairs: [(key: String, value: JSONValue)] { keys.map { ($0, storage[$0] ?? .null) } }

    /// Whether the object has no keys.
    public var isEmpty: Bool { keys.isEmpty }

    /// The number of keys.
    public var count: Int { keys.count }

    /// Equal when the members are equal, whatever their order (JSON objects are unordered).
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.storage == rhs.storage
    }
}

extension JSONValue {
    /// The string, when this is a string.
    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    /// The number, when this is a number.
    public var numberValue: Decimal? { if case .number(let n) = self { return n }; return nil }
    /// The boolean, when this is a boolean.
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    /// The elements, when this is an array.
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
    /// The object, when this is an object.
    public var objectValue: JSONObject? { if case .object(let o) = self { return o }; return nil }
    /// The whole number, when this is a number without a fractional part that fits an `Int`.
    public var intValue: Int? {
        guard let n = numberValue, n == n.rounded(0) else { return nil }
        let ns = NSDecimalNumber(decimal: n)
        guard ns.compare(NSDecimalNumber(value: Int.max)) != .orderedDescending,
              ns.compare(NSDecimalNumber(value: Int.min)) != .orderedAscending else { return nil }
        return ns.intValue
    }
    /// The member `key`, when this is an object.
    public subscript(key: String) -> JSONValue? { objectValue?[key] }
}

extension Decimal {
    /// This number rounded to `scale` decimal places (half away from zero).
    public func rounded(_ scale: Int) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, scale, .plain)
        return result
    }
}
