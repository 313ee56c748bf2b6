import Foundation

/// Plain text for `Decimal` numbers read from their digits, without `NSDecimalNumber`.
///
/// `NSDecimalNumber(decimal:).description(withLocale:)` costs about 8,000 instructions a number and a plan
/// prints hundreds of amounts. Every number whose digits fit in 64 bits (all money and hours people type) is
/// written here from the mantissa and exponent; the rest (and NaN) give nil and the caller keeps Foundation's way.
public enum DecimalText {
    /// The sign, the digits as an integer and the power of ten: `-12.5` is `(true, 125, -1)`; nil when the digits
    /// need more than 64 bits or the number is NaN.
    public static func parts(_ n: Decimal) -> (negative: Bool, digits: UInt64, exponent: Int)? {
        guard !n.isNaN, let layout = Layout.found else { return nil }
        return withUnsafeBytes(of: n) { bytes -> (negative: Bool, digits: UInt64, exponent: Int)? in
            let length = layout.length(bytes[1])
            guard length <= 4 else { return nil }
            var digits: UInt64 = 0
            for word in 0..<length {
                let low = UInt64(bytes[4 + 2 * word]), high = UInt64(bytes[5 + 2 * word])
                digits |= (low | high << 8) << (16 * UInt64(word))
            }
            return (layout.negative(bytes[1]) && digits != 0, digits, Int(Int8(bitPattern: bytes[0])))
        }
    }

    /// Where a `Decimal` keeps its length and sign. The fields are not public, so they are read from the value's
    /// bytes: byte 0 the exponent, byte 1 the length (in 16-bit words) and the sign, bytes 4...19 the mantissa,
    /// least significant word first. Byte 1 is packed one way by Apple's NSDecimal and another by swift-foundation;
    /// which one this Foundation uses is found once from known numbers, and when neither fits nothing is read.
    enum Layout {
        /// NSDecimal: the length in the low four bits, the sign in bit 4.
        case appleNSDecimal
        /// swift-foundation: the length in the high four bits, the sign in bit 3.
        case swiftFoundation

        /// The layout this Foundation uses, or nil when it is neither.
        static let found: Layout? = {
            guard MemoryLayout<Decimal>.size == 20 else { return nil }
            func flags(_ n: Decimal) -> UInt8 { withUnsafeBytes(of: n) { $0[1] } }
            let one = flags(1), minusOne = flags(-1), twoTo32 = flags(Decimal(4_294_967_296 as UInt64))
            return [Layout.appleNSDecimal, .swiftFoundation].first {
                $0.length(one) == 1 && !$0.negative(one) && $0.length(minusOne) == 1 && $0.negative(minusOne)
                    && $0.length(twoTo32) == 3 && !$0.negative(twoTo32)
            }
        }()

        func length(_ flags: UInt8) -> Int { Int(self == .appleNSDecimal ? flags & 0x0F : flags >> 4) }
        func negative(_ flags: UInt8) -> Bool { flags & (self == .appleNSDecimal ? 0x10 : 0x08) != 0 }
    }

    /// Plain digits with a `.` decimal point and no exponent, as `NSDecimalNumber`'s description writes them
    /// ("-0.05", "1200", "1.5"); nil when `parts` is nil.
    public static func plain(_ n: Decimal) -> String? {
        guard let (negative, digits, exponent) = parts(n) else { return nil }
        var text = negative ? "-" : ""
        let written = String(digits)
        if digits == 0 { return "0" }
        if exponent >= 0 {
            guard exponent <= 64 else { return nil }
            text += written
            text += String(repeating: "0", count: exponent)
        } else {
            let places = -exponent
            guard places <= 64 else { return nil }
            if written.utf8.count > places {
                let split = written.utf8.index(written.utf8.endIndex, offsetBy: -places)
                text += String(written[..<split]) + "." + String(written[split...])
            } else {
                text += "0." + String(repeating: "0", count: places - written.utf8.count) + written
            }
        }
        return text
    }

    /// Money as `AnswerFormatter.money` writes it ("12,000", "1,250.50", "-0.05"): whole when the amount is whole or
    /// rounds to whole pence, else two decimals, rounded half away from zero; nil when `parts` is nil or the amount
    /// is out of the range worked here.
    public static func money(_ n: Decimal) -> String? {
        guard let (negative, digits, exponent) = parts(n), exponent >= -18, exponent <= 12 else { return nil }
        var hundredths: UInt64
        if exponent >= -2 {
            let (scaled, overflow) = digits.multipliedReportingOverflow(by: power(of: exponent + 2))
            guard !overflow else { return nil }
            hundredths = scaled
        } else {
            let divisor = power(of: -exponent - 2)
            hundredths = digits / divisor
            let rest = digits % divisor
            if rest >= divisor - rest { hundredths += 1 }
        }
        let whole = hundredths / 100, cents = hundredths % 100
        var text = negative && hundredths > 0 ? "-" : ""
        let written = String(whole)
        for (at, digit) in written.utf8.enumerated() {
            if at > 0 && (written.utf8.count - at) % 3 == 0 { text += "," }
            text.unicodeScalars.append(Unicode.Scalar(digit))
        }
        if cents > 0 { text += cents < 10 ? ".0\(cents)" : ".\(cents)" }
        return text
    }

    /// Ten to the power `exponent` (0...18).
    private static func power(of exponent: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
