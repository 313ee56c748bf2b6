import Foundation

extension JSONWriter {
    /// The plain decimal text of `number`: digits, an optional `-` and `.`, never an exponent.
    public static func numberText(_ number: Decimal) -> String {
        var bytes: [UInt8] = []
        appendNumber(number, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the plain decimal text of `number` (see `numberText(_:)`) as UTF-8.
    ///
    /// A significand that fits a `UInt64` (every number in our files) is read from the `Decimal`'s bytes
    /// and written digit by digit; a larger one takes the significand's own description.
    static func appendNumber(_ number: Decimal, into output: inout [UInt8]) {
        if number.isNaN { output.append(contentsOf: "null".utf8); return }
        if number.isZero { output.append(UInt8(ascii: "0")); return }
        var digits: [UInt8]
        if let significand = smallSignificand(number) {
            digits = []
            var rest = significand
            while rest > 0 {
                digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            }
            digits.reverse()
        } else {
            digits = Array(number.significand.description.utf8.filter { (0x30...0x39).contains($0) })
        }
        if number.sign == .minus { output.append(UInt8(ascii: "-")) }
        let exponent = number.exponent
        if exponent >= 0 {
            output.append(contentsOf: digits)
            for _ in 0..<exponent { output.append(UInt8(ascii: "0")) }
            return
        }
        let places = -exponent
        if digits.count > places {
            output.append(contentsOf: digits[..<(digits.count - places)])
        } else {
            output.append(UInt8(ascii: "0"))
            digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: places - digits.count), at: 0)
        }
        var fraction = digits[(digits.count - places)...]
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        if !fraction.isEmpty {
            output.append(UInt8(ascii: "."))
            output.append(contentsOf: fraction)
        }
    }

    /// The significand of `number` when it fits a `UInt64`, read from the value's bytes; `nil` when it does not fit,
    /// or when the bytes are not laid out as `decimalLayoutHolds` found them.
    ///
    /// A `Decimal` is 20 bytes: its exponent (one signed byte), its length in 16-bit words (the high four bits of
    /// the next), two spare bytes, then eight 16-bit words of significand, least significant first.
    static func smallSignificand(_ number: Decimal) -> UInt64? {
        guard decimalLayoutHolds else { return nil }
        return withUnsafeBytes(of: number) { raw -> UInt64? in
            guard raw.count == 20, Int(Int8(bitPattern: raw[0])) == number.exponent else { return nil }
            let length = Int(raw[1] >> 4)
            guard length <= 4 else { return nil }
            var value: UInt64 = 0
            for word in stride(from: length - 1, through: 0, by: -1) {
                value = value << 16 | UInt64(raw[4 + 2 * word]) | UInt64(raw[5 + 2 * word]) << 8
            }
            return value
        }
    }

    /// Whether `Decimal` is laid out as `smallSignificand(_:)` reads it, checked once on numbers whose parts are known.
    static let decimalLayoutHolds: Bool = {
        let probes: [(Decimal, UInt64, Int)] = [
            (Decimal(sign: .minus, exponent: -2, significand: Decimal(UInt64(0x0001_0002_0003_0004))), 0x0001_0002_0003_0004, -2),
            (Decimal(sign: .plus, exponent: 3, significand: Decimal(UInt64(12))), 12, 3),
            (Decimal(UInt64.max), UInt64.max, 0),
        ]
        for (number, significand, exponent) in probes {
            let read = withUnsafeBytes(of: number) { raw -> (UInt64, Int, Int)? in
                guard raw.count == 20 else { return nil }
                var value: UInt64 = 0
                for word in stride(from: 3, through: 0, by: -1) {
                    value = value << 16 | UInt64(raw[4 + 2 * word]) | UInt64(raw[5 + 2 * word]) << 8
                }
                let upper = (12..<20).allSatisfy { raw[$0] == 0 }
                return upper ? (value, Int(Int8(bitPattern: raw[0])), Int(raw[1] >> 4)) : nil
            }
            let words = significand > 0xFFFF_FFFF_FFFF ? 4 : significand > 0xFFFF_FFFF ? 3 : significand > 0xFFFF ? 2 : 1
            guard let read, read.0 == significand, read.1 == exponent, read.2 == words, number.exponent == exponent else { return false }
        }
        return true
    }()
}
