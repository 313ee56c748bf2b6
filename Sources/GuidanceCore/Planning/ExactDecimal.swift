import Foundation

/// `Decimal` sums, products and quotients worked out with whole numbers when the answer is exact there, which
/// is about ten times faster than `Decimal`'s own arithmetic (a division costs some 25,000 instructions).
///
/// Each result has the very same value as the `Decimal` operation: the shortcut is taken only when both
/// numbers have mantissas below 10^15 and the exact answer fits in 64 bits, where `Decimal` (38 digits) is
/// exact too; anything else is handed to `Decimal`. Hours, money and shares in a plan are short numbers, so
/// nearly every operation of the planner takes the shortcut.
enum ExactDecimal {
    /// Powers of ten that fit in 64 bits.
    private static let powers: [Int64] = (0...18).map { (0..<$0).reduce(Int64(1)) { acc, _ in acc * 10 } }

    /// `value` as a whole mantissa (signed) times a power of ten, when the mantissa is below 10^15.
    ///
    /// The mantissa (a whole number) is read as a `Double`, which holds every whole number below 2^53 exactly:
    /// cheaper than comparing `Decimal`s.
    static func parts(_ value: Decimal) -> (mantissa: Int64, exponent: Int)? {
        if value.isZero { return (0, 0) }
        guard !value.isNaN else { return nil }
        // The digits read from the value's bytes (see `DecimalText.parts`), else through NSDecimalNumber.
        if let (negative, digits, exponent) = DecimalText.parts(value) {
            guard digits <= 999_999_999_999_999 else { return nil }
            return (negative ? -Int64(digits) : Int64(digits), exponent)
        }
        let magnitude = NSDecimalNumber(decimal: value.significand).doubleValue
        guard magnitude <= 999_999_999_999_999 else { return nil }
        let mantissa = Int64(magnitude)
        return (value.sign == .minus ? -mantissa : mantissa, value.exponent)
    }

    /// `mantissa` times ten to the `exponent`, when the exponent is one `Decimal` can hold.
    static func make(_ mantissa: Int64, _ exponent: Int) -> Decimal? {
        if mantissa == 0 { return Decimal(0) }
        guard exponent >= -128 && exponent <= 127 else { return nil }
        return Decimal(sign: mantissa < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(mantissa.magnitude))
    }

    /// `mantissa` times ten to the `shift`, `nil` when it does not fit in 64 bits.
    static func scaled(_ mantissa: Int64, by shift: Int) -> Int64? {
        guard shift >= 0 && shift < powers.count else { return nil }
        let (result, overflow) = mantissa.multipliedReportingOverflow(by: powers[shift])
        return overflow ? nil : result
    }

    /// `a + b`, the same value as `Decimal`'s addition.
    static func sum(_ a: Decimal, _ b: Decimal) -> Decimal {
        if b.isZero { return a }
        if a.isZero { return b }
        guard let x = parts(a), let y = parts(b) else { return a + b }
        let exponent = min(x.exponent, y.exponent)
        guard let p = scaled(x.mantissa, by: x.exponent - exponent), let q = scaled(y.mantissa, by: y.exponent - exponent) else { return a + b }
        let (total, overflow) = p.addingReportingOverflow(q)
        guard !overflow, let result = make(total, exponent) else { return a + b }
        return result
    }

    /// `a - b`, the same value as `Decimal`'s subtraction.
    static func difference(_ a: Decimal, _ b: Decimal) -> Decimal {
        if b.isZero { return a }
        guard let y = parts(b), let negated = make(-y.mantissa, y.exponent) else { return a - b }
        return sum(a, negated)
    }

    /// `a * b`, the same value as `Decimal`'s multiplication.
    static func product(_ a: Decimal, _ b: Decimal) -> Decimal {
        if a.isZero || b.isZero { return a.isNaN || b.isNaN ? a * b : Decimal(0) }
        guard let x = parts(a), let y = parts(b) else { return a * b }
        let (total, overflow) = x.mantissa.multipliedReportingOverflow(by: y.mantissa)
        guard !overflow, let result = make(total, x.exponent + y.exponent) else { return a * b }
        return result
    }

    /// `a / b`, the same value as `Decimal`'s division: whole numbers only when the quotient is exact.
    static func quotient(_ a: Decimal, _ b: Decimal) -> Decimal {
        guard !b.isZero, let x = parts(a), let y = parts(b) else { return a / b }
        if x.mantissa == 0 { return Decimal(0) }
        for shift in 0..<powers.count {
            guard let numerator = scaled(x.mantissa, by: shift) else { break }
            if numerator % y.mantissa == 0 {
                guard let result = make(numerator / y.mantissa, x.exponent - y.exponent - shift) else { break }
                return result
            }
        }
        return a / b
    }

    /// The sum of `terms` in order: the same value as adding them up one by one with `Decimal`.
    static func total<S: Sequence>(_ terms: S) -> Decimal where S.Element == Decimal {
        var sum = Sum()
        for term in terms { sum.add(term) }
        return sum.value
    }

    /// A running sum kept in whole numbers while the terms allow, then in `Decimal` (from the exact sum so far).
    struct Sum {
        private var mantissa: Int64 = 0
        private var exponent = 0
        private var decimal: Decimal?

        /// Adds `term`.
        mutating func add(_ term: Decimal) {
            if term.isZero { return }
            if let decimal {
                self.decimal = ExactDecimal.sum(decimal, term)
                return
            }
            guard let y = parts(term), let total = combined(y) else {
                decimal = ExactDecimal.sum(make(mantissa, exponent) ?? Decimal(0), term)
                return
            }
            (mantissa, exponent) = total
        }

        /// The sum so far plus `y`, in whole numbers, or `nil` when it does not fit.
        private func combined(_ y: (mantissa: Int64, exponent: Int)) -> (Int64, Int)? {
            if mantissa == 0 { return y }
            let common = min(exponent, y.exponent)
            guard let p = scaled(mantissa, by: exponent - common), let q = scaled(y.mantissa, by: y.exponent - common) else { return nil }
            let (total, overflow) = p.addingReportingOverflow(q)
            return overflow || total.magnitude > 999_999_999_999_999 ? nil : (total, common)
        }

        /// The sum.
        var value: Decimal { decimal ?? make(mantissa, exponent) ?? Decimal(0) }
    }
}

extension Sequence {
    /// The sum of `value` over the elements, added in order (see `ExactDecimal`).
    func decimalSum(_ value: (Element) -> Decimal) -> Decimal {
        var sum = ExactDecimal.Sum()
        for element in self { sum.add(value(element)) }
        return sum.value
    }
}
