import Foundation

/// The changes made to the sessions index since it was last written whole: one record a save or delete, appended
/// under the index's lock, so a save costs the same however many sessions the folder holds.
///
/// A cache of a cache: each record names the index it follows (the first line's `journal` number, new each time the index
/// is written), carries the index's first line as it is after the change, and the changed file's line (or its removal).
/// A record is `@ CHECK JOURNAL LENGTH` and a line end, then LENGTH bytes: the first line and the file's line, each
/// ended. A record whose check does not match its bytes (one cut short by a crash) ends the journal: it and all after
/// it are ignored. Records of another index (one written again since) are ignored too. Nothing here is trusted over the
/// files: the first line's fingerprint still names the files the lines describe.
public struct IndexJournal: Sendable {
    /// The journal's name in the sessions folder (a dot name: no command lists it as a session).
    public static let fileName = ".guidance-index-journal"

    /// Past this many bytes the next save writes the index whole again instead of adding a record.
    public static let limit = 64 * 1024

    /// A journal is also folded in once it is longer than the index itself (and past this many bytes): for a small
    /// folder, writing the index again is cheaper than reading a journal longer than it, and a journal left to grow to
    /// `limit` beside a one-session index could take the disk room a save needs.
    public static let smallest = 8 * 1024

    /// The length past which the next save writes an index of `indexSize` bytes whole again.
    public static func limit(indexSize: Int) -> Int { min(limit, max(smallest, indexSize)) }

    /// The most bytes read of a journal; a larger one is ignored (the index is written whole again).
    static let maximumSize = 4 * limit

    /// The index's first line after the last record (nil when there is none).
    public private(set) var top: SessionIndex.Top?
    /// For each file a record names, its line after the last record naming it; nil for a file removed.
    public private(set) var latest: [String: SessionHeader?] = [:]
    /// How many bytes the whole records take from the start of the file (what follows is ignored).
    public private(set) var length = 0
    /// How many records were read.
    public private(set) var count = 0

    /// No records.
    public init() {}

    /// The records of `bytes` that follow the index whose first line says `journal`, up to the first one that cannot be read.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, journal: UInt64) {
        readOn(bytes, journal: journal)
    }

    /// Reads on the records of `bytes` after the `length` bytes this value was read from, which `bytes` must begin with:
    /// the same as reading `bytes` from the start (the reading goes record by record, each on from the one before).
    mutating func readOn(_ bytes: UnsafeBufferPointer<UInt8>, journal: UInt64) {
        guard let base = bytes.baseAddress, length <= bytes.count else { return }
        var start = length
        var last: Range<Int>?
        while let head = Self.head(bytes, at: start) {
            let headEnd = head.end, size = head.size
            guard size > 0, size <= bytes.count - headEnd - 1 else { break }
            let payload = UnsafeBufferPointer(rebasing: bytes[(headEnd + 1)..<(headEnd + 1 + size)])
            guard head.journal == journal, Self.check(payload, journal: journal) == head.check, payload.last == 0x0A,
                  let split = memchr(base + headEnd + 1, 0x0A, size) else { break }
            let topEnd = base.distance(to: split.assumingMemoryBound(to: UInt8.self))
            let entry = UnsafeBufferPointer(rebasing: bytes[(topEnd + 1)..<(headEnd + 1 + size)])
            guard let change = Self.change(entry) else { break }
            latest[change.id] = .some(change.header)
            last = (headEnd + 1)..<(topEnd + 1)
            start = headEnd + 1 + size
            length = start
            count += 1
        }
        if let last {
            top = SessionIndex.top(of: Substring(decoding: UnsafeBufferPointer(rebasing: bytes[last]), as: UTF8.self))
            if top == nil { self = IndexJournal() }
        }
    }

    /// The head of the record at `start`, `@ CHECK JOURNAL LENGTH` (hexadecimal, hexadecimal, decimal; one space before
    /// each), read at the bytes: its numbers and where its line end is, which must come within 64 bytes of `start`; nil when
    /// the bytes there are no such head (a record cut short or written by something else ends the journal).
    static func head(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (check: UInt64, journal: UInt64, size: Int, end: Int)? {
        let end = min(bytes.count, start + 64)
        var at = start
        func skip(_ byte: UInt8) -> Bool {
            guard at < end, bytes[at] == byte else { return false }
            at += 1
            return true
        }
        func number(_ radix: UInt64) -> UInt64? {
            var value: UInt64 = 0
            let first = at
            while at < end {
                guard let digit = ByteDigits.value(bytes[at], radix: radix) else { return at > first ? value : nil }
                let (times, over) = value.multipliedReportingOverflow(by: radix)
                let (sum, carry) = times.addingReportingOverflow(digit)
                guard !over, !carry else { return nil }
                value = sum
                at += 1
            }
            return nil  // no line end within the head's room
        }
        guard skip(UInt8(ascii: "@")), skip(0x20), let check = number(16), skip(0x20), let journal = number(16), skip(0x20),
              let size = number(10), size <= UInt64(Int.max), at < end, bytes[at] == 0x0A else { return nil }
        return (check, journal, Int(size), at)
    }

    /// `headers` (an index's lines) with the records' changes: the lines of the files they name replaced by their last line.
    public func applied(to headers: [SessionHeader]) -> [SessionHeader] {
        var headers = headers
        apply(to: &headers)
        return headers
    }

    /// Makes the records' changes to `headers` in place (see `applied(to:)`).
    public func apply(to headers: inout [SessionHeader]) {
        guard count > 0 else { return }
        headers.removeAll { latest[$0.id] != nil }
        headers += latest.values.compactMap { $0 }
    }

    /// These records with one more change: `id`'s line now `header` (nil: removed).
    func adding(id: String, header: SessionHeader?) -> IndexJournal {
        var copy = self
        copy.latest[id] = .some(header)
        copy.count += 1
        return copy
    }

    /// The record of a change to the index whose first line says `journal`: `top` the first line after it, `id` the file,
    /// `header` its line now (nil when removed).
    public static func record(top: SessionIndex.Top, id: String, header: SessionHeader?, journal: UInt64) -> [UInt8] {
        var next = top
        next.stamp = nil
        let entry = header.map { SessionIndex.line($0) } ?? "-\t" + SessionIndex.escaped(id)
        let payload = Array((next.line + "\n" + entry + "\n").utf8)
        let check = payload.withUnsafeBufferPointer { Self.check($0, journal: journal) }
        return Array("@ \(String(check, radix: 16)) \(String(journal, radix: 16)) \(payload.count)\n".utf8) + payload
    }

    /// FNV-1a over the journal number's eight bytes and the record's bytes.
    static func check(_ payload: UnsafeBufferPointer<UInt8>, journal: UInt64) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var rest = journal
        for _ in 0..<8 {
            hash = (hash ^ (rest & 0xff)) &* 0x100_0000_01b3
            rest >>= 8
        }
        for byte in payload { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The file a record's second line names, and its line (nil for `-` and the id: removed); nil when it cannot be read.
    private static func change(_ line: UnsafeBufferPointer<UInt8>) -> (id: String, header: SessionHeader?)? {
        guard line.count > 2, line.last == 0x0A else { return nil }
        let text = UnsafeBufferPointer(rebasing: line[0..<(line.count - 1)])
        if text[0] == UInt8(ascii: "-") && text[1] == 0x09 {
            let id = SessionIndex.unescaped(Substring(decoding: UnsafeBufferPointer(rebasing: text[2...]), as: UTF8.self))
            return id.isEmpty ? nil : (id, nil)
        }
        guard let header = SessionIndex.header(bytes: text) else { return nil }
        return (header.id, header)
    }
}
