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
    /// The significand is read from the `Decimal`'s bytes (up to 128 bits) and written digit by digit; were the
    /// bytes not laid out as expected, the significand's own description is used.
    static func appendNumber(_ number: Decimal, into output: inout [UInt8]) {
        // Digits that fit 64 bits (nearly every number) are written from `DecimalText.parts`.
        if let (negative, digits, exponent) = DecimalText.parts(number) {
            guard digits > 0 else { output.append(UInt8(ascii: "0")); return }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
                var value = digits, count = 0
                while value > 0 { buffer[count] = UInt8(ascii: "0") + UInt8(value % 10); value /= 10; count += 1 }
                buffer[0..<count].reverse()
                appendDigits(UnsafeBufferPointer(rebasing: buffer[0..<count]), exponent: exponent, negative: negative, into: &output)
            }
            return
        }
        guard DecimalText.Layout.found == .swiftFoundation else { return appendLargeNumber(number, into: &output) }
        let done = withUnsafeBytes(of: number) { raw -> Bool in
            guard raw.count == 20 else { return false }
            let length = Int(raw[1] >> 4)
            let negative = raw[1] & 0x08 != 0
            if length == 0 {
                // A zero significand is zero, or NaN when negative (Decimal's marking of it).
                if negative { output.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C] as [UInt8]) } else { output.append(UInt8(ascii: "0")) }
                return true
            }
            guard length <= 8 else { return false }
            // The significand's 16-bit words, least significant first, divided by 10 000 again and again: four digits a time.
            var words: (UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0, 0, 0, 0, 0)
            return withUnsafeMutableBytes(of: &words) { wordBytes -> Bool in
                let word = wordBytes.bindMemory(to: UInt16.self)
                var top = length - 1
                for place in 0..<length { word[place] = UInt16(raw[4 + 2 * place]) | UInt16(raw[5 + 2 * place]) << 8 }
                while top > 0 && word[top] == 0 { top -= 1 }
                guard word[top] != 0 else { return false }  // a zero written out in words: left to Decimal
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 44) { digits -> Bool in
                    var count = 0
                    while true {
                        var remainder: UInt32 = 0
                        for place in stride(from: top, through: 0, by: -1) {
                            let value = remainder << 16 | UInt32(word[place])
                            word[place] = UInt16(value / 10_000)
                            remainder = value % 10_000
                        }
                        while top > 0 && word[top] == 0 { top -= 1 }
                        if top == 0 && word[0] == 0 {
                            // The most significant digits: as many as they are, no leading zeros.
                            while remainder > 0 {
                                digits[count] = UInt8(ascii: "0") + UInt8(remainder % 10)
                                remainder /= 10
                                count += 1
                            }
                            break
                        }
                        for _ in 0..<4 {
                            digits[count] = UInt8(ascii: "0") + UInt8(remainder % 10)
                            remainder /= 10
                            count += 1
                        }
                    }
                    digits[0..<count].reverse()
                    let exponent = Int(Int8(bitPattern: raw[0]))
                    appendDigits(UnsafeBufferPointer(rebasing: digits[0..<count]), exponent: exponent, negative: negative, into: &output)
                    return true
                }
            }
        }
        if !done { appendLargeNumber(number, into: &output) }
    }

    /// Appends the number whose significand has the decimal `digits` (the first not zero) times ten to `exponent`:
    /// whole digits, then a point and the fraction without its trailing zeros when it has one.
    static func appendDigits(_ digits: UnsafeBufferPointer<UInt8>, exponent: Int, negative: Bool, into output: inout [UInt8]) {
        if negative { output.append(UInt8(ascii: "-")) }
        let count = digits.count
        if exponent >= 0 {
            output.append(contentsOf: digits)
            for _ in 0..<exponent { output.append(UInt8(ascii: "0")) }
            return
        }
        let places = -exponent
        let fractionStart = max(0, count - places)  // the digits after the point, less any zeros written before them
        var fractionEnd = count
        while fractionEnd > fractionStart, digits[fractionEnd - 1] == UInt8(ascii: "0") { fractionEnd -= 1 }
        if count > places {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: digits[0..<(count - places)]))
        } else {
            output.append(UInt8(ascii: "0"))
        }
        guard fractionEnd > fractionStart else { return }
        output.append(UInt8(ascii: "."))
        for _ in 0..<max(0, places - count) { output.append(UInt8(ascii: "0")) }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: digits[fractionStart..<fractionEnd]))
    }

    /// Appends a number whose significand does not fit a `UInt64`, from the significand's description.
    static func appendLargeNumber(_ number: Decimal, into output: inout [UInt8]) {
        if number.isNaN { output.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C] as [UInt8]); return }
        if number.isZero { output.append(UInt8(ascii: "0")); return }
        let digits = Array(number.significand.description.utf8.filter { (0x30...0x39).contains($0) })
        digits.withUnsafeBufferPointer { appendDigits($0, exponent: number.exponent, negative: number.sign == .minus, into: &output) }
    }

    /// The significand, exponent and sign of `number` when its significand fits a `UInt64` (see `DecimalText.parts`).
    static func smallParts(_ number: Decimal) -> (significand: UInt64, exponent: Int, negative: Bool)? {
        guard let (negative, digits, exponent) = DecimalText.parts(number) else { return nil }
        return (digits, exponent, negative)
    }
}
