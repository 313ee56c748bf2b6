import Foundation

/// The name of a stored session, such as `2027-02-01-k3vd`.
///
/// Generated ids are the meeting date, a dash and four characters drawn from lowercase letters
/// and digits without the look-alikes 0, o, 1 and l. Any id that passes `init(validating:)` is
/// safe to use as a file name: 1 to 64 characters from `A-Z a-z 0-9 . _ -`, not starting with
/// a dot and never containing `..`. Ids order by their text, so dated ids sort by date.
public struct SessionID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The id as typed and as used in file names.
    public let rawValue: String

    /// The most characters an id may have.
    public static let maximumLength = 64

    /// The characters a generated suffix is drawn from: 32 symbols, without 0, o, 1 and l.
    public static let suffixAlphabet: [Character] = Array("abcdefghijkmnpqrstuvwxyz23456789")

    /// The number of random characters after the date in a generated id.
    public static let suffixLength = 4

    /// An id from `text`, refusing anything that is not a safe file name.
    ///
    /// Refuses empty text, more than 64 characters, characters other than `A-Za-z0-9._-`,
    /// a leading `.`, and any `..`; the error message shows what a session id looks like.
    public init(validating text: String) throws(StoreError) {
        guard Self.isValid(text) else { throw .invalidID(text) }
        rawValue = text
    }

    /// Whether `text` would be accepted by `init(validating:)`.
    public static func isValid(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isValid(bytes: $0) }
    }

    /// Whether the UTF-8 `bytes` are a valid id (see `isValid(_:)`); for names read from a folder listing.
    public static func isValid(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= maximumLength, bytes[0] != UInt8(ascii: ".") else { return false }
        // One plain loop over the bytes, not Foundation's `contains`: every file name of a sessions folder is checked with this.
        var previous: UInt8 = 0
        for byte in bytes {
            guard isAllowed(byte), !(byte == UInt8(ascii: ".") && previous == byte) else { return false }
            previous = byte
        }
        return true
    }

    /// A fresh id for a session held on `date` (`YYYY-MM-DD`), with a random four-character suffix.
    ///
    /// Only the digits and dashes of `date` are used (at most 59 of them), so the result is
    /// always a valid id even when `date` is not a well-formed date. The suffix can repeat
    /// (32⁴ choices); `SessionStore.newID` draws again until the id is free.
    public static func generate<G: RandomNumberGenerator>(date: String, using generator: inout G) -> SessionID {
        let digitsAndDashes = date.filter { $0 == "-" || ("0"..."9").contains($0) }
        let datePart = String(digitsAndDashes.prefix(maximumLength - suffixLength - 1))
        var suffix = ""
        for _ in 0..<suffixLength {
            suffix.append(suffixAlphabet[Int.random(in: 0..<suffixAlphabet.count, using: &generator)])
        }
        return SessionID(unchecked: datePart.isEmpty ? suffix : "\(datePart)-\(suffix)")
    }

    /// A fresh id for a session held on `date`, with a random four-character suffix.
    public static func generate<G: RandomNumberGenerator>(date: CalendarDate, using generator: inout G) -> SessionID {
        generate(date: date.iso, using: &generator)
    }

    /// The `YYYY-MM-DD` the id starts with, when it starts with one.
    public var datePrefix: String? {
        let bytes = Array(rawValue.utf8.prefix(10))
        guard bytes.count == 10 else { return nil }
        for (index, byte) in bytes.enumerated() {
            let wanted = index == 4 || index == 7
            if wanted ? byte != UInt8(ascii: "-") : !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                return nil
            }
        }
        return String(rawValue.prefix(10))
    }

    /// The id itself.
    public var description: String { rawValue }

    /// Orders ids by their text.
    public static func < (lhs: SessionID, rhs: SessionID) -> Bool {
        lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8)
    }

    /// An id already known to be valid.
    init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
