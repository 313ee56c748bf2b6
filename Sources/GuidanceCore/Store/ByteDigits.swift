/// Digits read at the bytes, for the index's and journal's numbers (no String made for them).
enum ByteDigits {
    /// The value of the digit `byte` in `radix` (10, or 16 in either case, as `UInt64(_:radix:)` reads them); nil for
    /// any other byte.
    static func value(_ byte: UInt8, radix: UInt64) -> UInt64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: return UInt64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: return UInt64(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
