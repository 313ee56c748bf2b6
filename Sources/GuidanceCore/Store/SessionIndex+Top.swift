import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SessionIndex {
    /// What the first line of the index says: enough for the commands that want one session to read no other line.
    public struct Top: Equatable, Sendable {
        /// The fingerprint of the files the lines describe (`SessionIndex.fingerprint`).
        public var fingerprint: UInt64
        /// How many lines follow (one a file).
        public var count: Int
        /// The folder as a reader found it matching the lines; nil when none did since the index was written.
        public var stamp: FolderStamp?
        /// The sessions picked.
        public var summary: Summary
        /// The number the records of this index's journal name (`IndexJournal`): new each time the index is written whole.
        public var journal: UInt64

        /// A first line with every field given.
        public init(fingerprint: UInt64, count: Int, stamp: FolderStamp?, summary: Summary, journal: UInt64) {
            self.fingerprint = fingerprint; self.count = count; self.stamp = stamp; self.summary = summary; self.journal = journal
        }

        /// The line (without its end): format, stamp, fingerprint, count, journal, the three picks, then each key's pick, tab-separated.
        public var line: String {
            // Written field by field into one buffer (every save writes it: a list of strings and then a line cost twice as much).
            var out: [UInt8] = []
            out.reserveCapacity(256 + 64 * summary.answered.count)
            var first = true
            func field(_ text: String) {
                if !first { out.append(0x09) }
                first = false
                SessionIndex.appendEscaped(text, to: &out)
            }
            for text in [SessionIndex.format, stamp?.text ?? FolderStamp.none, String(fingerprint, radix: 16), String(count),
                         String(journal, radix: 16)] { field(text) }
            for pick in [summary.newest, summary.complete, summary.inProgress] {
                field(pick?.id ?? "")
                field(pick?.meetingDate ?? "")
                field(pick?.startedAt ?? "")
            }
            for (key, pick) in summary.answered.sorted(by: { $0.key < $1.key }) {
                field(key)
                field(pick.id)
                field(pick.meetingDate)
                field(pick.startedAt)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The first line of `text`, reading nothing else; nil when it is not an index of this format.
    ///
    /// The line last read is kept with what it says: a command often reads the same first line two or three times (the
    /// headers, then the update under the index's lock), and the same bytes always say the same.
    public static func top(of text: Substring) -> Top? {
        var text = text
        return text.withUTF8 { bytes -> Top? in
            guard let end = lineEnd(bytes) else { return nil }
            return lastTop.value(for: UnsafeBufferPointer(rebasing: bytes[..<end])) { top(fields: fields($0)) }
        }
    }

    /// The first line last read and what it says.
    private static let lastTop = LastLine<Top?>()

    /// The first line's fields as a `Top`; nil when they are not an index's first line of this format.
    private static func top(fields: [String]) -> Top? {
        guard fields.count >= 14, (fields.count - 14) % 4 == 0, fields[0] == format, let fingerprint = UInt64(fields[2], radix: 16),
              let count = Int(fields[3]), count >= 0, let journal = UInt64(fields[4], radix: 16) else { return nil }
        func pick(_ at: Int) -> Summary.Pick? {
            fields[at].isEmpty ? nil : Summary.Pick(id: fields[at], meetingDate: fields[at + 1], startedAt: fields[at + 2])
        }
        var summary = Summary(newest: pick(5), complete: pick(8), inProgress: pick(11))
        summary.answered.reserveCapacity((fields.count - 14) / 4)
        for at in stride(from: 14, to: fields.count, by: 4) {
            guard let chosen = pick(at + 1) else { return nil }
            summary.answered[fields[at]] = chosen
        }
        return Top(fingerprint: fingerprint, count: count, stamp: FolderStamp(fields[1]), summary: summary, journal: journal)
    }

    /// The sessions folder as a reader saw it when its listing matched the index: while the folder's own stamp is the
    /// same, no file was added, removed or renamed in it since, so a quick check need not list it again.
    ///
    /// Written in place into the first line (a fixed width at a fixed place), with a check sum: a torn or foreign stamp is no stamp.
    public struct FolderStamp: Equatable, Sendable {
        /// The folder's device, inode number, modification and change times (nanoseconds).
        public var device: UInt64, inode: UInt64, modified: Int64, changed: Int64
        /// The fingerprint of the listing the folder gave then.
        public var fingerprint: UInt64

        /// A stamp with every field given.
        public init(device: UInt64, inode: UInt64, modified: Int64, changed: Int64, fingerprint: UInt64) {
            self.device = device; self.inode = inode; self.modified = modified; self.changed = changed; self.fingerprint = fingerprint
        }

        /// Where the stamp starts in the index file (after the format and a tab), and its width.
        public static let offset = SessionIndex.format.utf8.count + 1
        /// Six numbers of 16 hexadecimal digits.
        public static let width = 96
        /// The field of an index no reader has stamped yet.
        public static let none = String(decoding: [UInt8](repeating: UInt8(ascii: "-"), count: width), as: UTF8.self)  // (String(repeating:) appends 96 times)

        private var numbers: [UInt64] { [device, inode, UInt64(bitPattern: modified), UInt64(bitPattern: changed), fingerprint] }

        private static func check(_ numbers: [UInt64]) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for number in numbers { hash = (hash ^ number) &* 0x100_0000_01b3 }
            return hash
        }

        /// The field's text: the five numbers and their check, each as 16 hexadecimal digits.
        public var text: String {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(Self.width)
            for number in numbers + [Self.check(numbers)] {
                for shift in stride(from: 60, through: 0, by: -4) {
                    bytes.append(Self.hexDigits[Int(truncatingIfNeeded: number >> UInt64(shift)) & 0xF])
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// The sixteen lower-case hexadecimal digits, as `String(_:radix: 16)` writes them.
        private static let hexDigits = Array("0123456789abcdef".utf8)

        /// The stamp a field holds; nil when it holds none or its check does not match.
        public init?(_ field: String) {
            let bytes = Array(field.utf8)
            guard bytes.count == Self.width else { return nil }
            var numbers: [UInt64] = []
            numbers.reserveCapacity(6)
            for start in stride(from: 0, to: Self.width, by: 16) {
                var number: UInt64 = 0
                for byte in bytes[start..<(start + 16)] {  // hexadecimal digits, either case, as UInt64(_:radix: 16) reads them
                    guard let digit = ByteDigits.value(byte, radix: 16) else { return nil }
                    number = number << 4 | digit
                }
                numbers.append(number)
            }
            guard Self.check(Array(numbers.prefix(5))) == numbers[5] else { return nil }
            self.init(device: numbers[0], inode: numbers[1], modified: Int64(bitPattern: numbers[2]),
                      changed: Int64(bitPattern: numbers[3]), fingerprint: numbers[4])
        }
    }
}

extension SessionIndex.FolderStamp {
    /// The stamp of a folder whose `stat` is `st`, listed with `fingerprint`.
    init(_ st: stat, fingerprint: UInt64) {
        #if canImport(Darwin)
        let changed = st.st_ctimespec
        #else
        let changed = st.st_ctim
        #endif
        self.init(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), modified: SessionStore.nanoseconds(st),
                  changed: Int64(changed.tv_sec) &* 1_000_000_000 &+ Int64(changed.tv_nsec), fingerprint: fingerprint)
    }

    /// Whether the folder whose `stat` is `st` is still as stamped.
    func describes(_ st: stat) -> Bool {
        self == SessionIndex.FolderStamp(st, fingerprint: fingerprint)
    }
}
