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
///
/// The members live in two arrays in key order; a small object (most of them) finds a key by
/// comparing keys one by one, which is cheaper than hashing it, and an object with more than
/// `indexedAbove` keys also keeps a hash index from key to place.
public struct JSONObject: Equatable, Sendable {
    /// The keys, in order.
    public private(set) var keys: [String] = []
    private var values: [JSONValue] = []
    /// The place of each key, kept only once there are more than `indexedAbove` keys (but not by `init(distinct:)`).
    private var index: [String: Int]?

    /// The most keys an object finds by comparing them one by one.
    static let indexedAbove = 12

    /// An empty object.
    public init() {}

    /// An object from ordered pairs; a repeated key keeps its first place and last value.
    public init(_ pairs: [(String, JSONValue)]) {
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// An object from ordered pairs whose keys the caller knows to be all different (such as literal keys):
    /// the same members as `init(_:)` makes of them, without looking each key up first.
    ///
    /// It has no hash index yet, so a large one finds a key by comparing keys until it is changed: it is made for writing out.
    init(distinct pairs: [(String, JSONValue)]) {
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            keys.append(key)
            values.append(value)
        }
    }

    /// An object of `keys`, all different (the caller has checked), and their `values` in the same order:
    /// the object that appending them one by one would make.
    init(keys: [String], values: [JSONValue]) {
        self.keys = keys
        self.values = values
        if keys.count > Self.indexedAbove { reindex() }
    }

    /// The place of `key` in `keys`, or `nil`.
    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return keys.firstIndex(of: key)
    }

    /// The value for `key`, or `nil`; setting `nil` removes the key.
    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { values[$0] } }
        set {
            if let newValue {
                if let place = position(of: key) { values[place] = newValue } else { append(key, newValue) }
            } else if let place = position(of: key) {
                keys.remove(at: place)
                values.remove(at: place)
                if index != nil { reindex() }
            }
        }
    }

    /// Adds a key the object does not have, at the end (the caller has checked that it is new).
    mutating func append(_ key: String, _ value: JSONValue) {
        if keys.isEmpty {  // room for a typical object at once, not grown one key at a time
            keys.reserveCapacity(8)
            values.reserveCapacity(8)
        }
        keys.append(key)
        values.append(value)
        if index != nil {
            index?[key] = keys.count - 1
        } else if keys.count > Self.indexedAbove {
            reindex()
        }
    }

    /// Rebuilds the hash index from `keys`, or drops it when the object is small again.
    private mutating func reindex() {
        guard keys.count > Self.indexedAbove else { index = nil; return }
        var places = [String: Int](minimumCapacity: keys.count)
        for (place, key) in keys.enumerated() { places[key] = place }
        index = places
    }

    /// The value of the key at `place` in `keys`.
    func value(at place: Int) -> JSONValue { values[place] }

    /// The key-value pairs in order.
    public var pairs: [(key: String, value: JSONValue)] { zip(keys, values).map { ($0, $1) } }

    /// Whether the object has no keys.
    public var isEmpty: Bool { keys.isEmpty }

    /// The number of keys.
    public var count: Int { keys.count }

    /// Equal when the members are equal, whatever their order (JSON objects are unordered).
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.keys.count == rhs.keys.count else { return false }
        for (place, key) in lhs.keys.enumerated() {
            guard let other = rhs.position(of: key), rhs.values[other] == lhs.values[place] else { return false }
        }
        return true
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
        guard let n = numberValue else { return nil }
        if let parts = JSONWriter.smallParts(n) { return Self.wholeNumber(parts) }
        guard n == n.rounded(0) else { return nil }
        let ns = NSDecimalNumber(decimal: n)
        guard ns.compare(NSDecimalNumber(value: Int.max)) != .orderedDescending,
              ns.compare(NSDecimalNumber(value: Int.min)) != .orderedAscending else { return nil }
        return ns.intValue
    }
    /// The whole number a `Decimal` of these parts is (NaN when the significand is zero and the sign set), when it
    /// fits an `Int`; `nil` otherwise. The same answer as rounding the `Decimal` and comparing, without `NSDecimalNumber`.
    static func wholeNumber(_ parts: (significand: UInt64, exponent: Int, negative: Bool)) -> Int? {
        var magnitude = parts.significand
        if magnitude == 0 { return parts.negative ? nil : 0 }
        if parts.exponent < 0 {
            for _ in 0..<(-parts.exponent) {
                guard magnitude % 10 == 0 else { return nil }  // a fraction
                magnitude /= 10
            }
        } else {
            for _ in 0..<parts.exponent {
                let (times, overflow) = magnitude.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                magnitude = times
            }
        }
        if parts.negative {
            guard magnitude <= UInt64(Int.max) + 1 else { return nil }
            return magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
        }
        guard magnitude <= UInt64(Int.max) else { return nil }
        return Int(magnitude)
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
