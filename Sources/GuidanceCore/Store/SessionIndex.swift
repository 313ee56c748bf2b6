import Foundation

/// The sessions index: one line per session file, sessions newest first, kept beside the sessions.
///
/// A cache, never trusted over the files: `fingerprint` sums the names and inode numbers of the
/// session files as the folder listed them when the index was written, so a file added, removed
/// or replaced (every save renames a new file into place) shows as a different fingerprint, and a
/// full check (`guidance list`) also compares each file's size and time. The text is tab-separated
/// lines; a line that cannot be read makes the whole index unread (it is built again from the files).
public struct SessionIndex: Equatable, Sendable {
    /// The first word of the file; another one is an index of another version, built again.
    public static let format = "guidance-session-index/3"

    /// The file's name in the sessions folder (a dot name: no command lists it as a session).
    public static let fileName = ".guidance-index"

    /// Every session file's header: sessions newest first, then the files that are not sessions.
    public var headers: [SessionHeader]

    /// An index of `headers`, put in their order.
    public init(headers: [SessionHeader]) {
        // Headers mostly come in order already (from an index): then nothing is sorted.
        // Plain index loops: `zip` over slices costs the runtime about half a million instructions the first time.
        var inOrder = true
        var split = headers.count
        for at in headers.indices where inOrder {
            if !headers[at].isSession {
                if split == headers.count { split = at }
                if at > split && headers[at - 1].id < headers[at].id { inOrder = false }
            } else if split < headers.count {
                inOrder = false
            } else if at > 0 && SessionHeader.newerFirst(headers[at], headers[at - 1]) {
                inOrder = false
            }
        }
        if inOrder {
            self.headers = headers
            return
        }
        let sessions = headers.filter(\.isSession).sorted(by: SessionHeader.newerFirst)
        let others = headers.filter { !$0.isSession }.sorted { $0.id > $1.id }
        self.headers = sessions + others
    }

    /// Whether `header` comes before `other` in an index: a session newer than it, or any session before another file.
    public static func comesBefore(_ header: SessionHeader, _ other: SessionHeader) -> Bool {
        if header.isSession != other.isSession { return header.isSession }
        return header.isSession ? SessionHeader.newerFirst(header, other) : header.id > other.id
    }

    /// The fingerprint of the files listed: see `SessionIndex.fingerprint(name:inode:)`.
    public var fingerprint: UInt64 {
        headers.reduce(0) { $0 &+ Self.fingerprint(name: ($1.id + ".json").utf8, inode: $1.inode) }
    }

    /// One file's share of a fingerprint: FNV-1a over its name and inode number (summed, so order does not matter).
    public static func fingerprint<Name: Sequence>(name: Name, inode: UInt64) -> UInt64 where Name.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return fingerprint(hash: hash, inode: inode)
    }

    /// The share of the file `<id>.json` (`id` as bytes, read from a line or a listing), as `fingerprint(name:inode:)`.
    static func fingerprint(id: UnsafeBufferPointer<UInt8>, inode: UInt64) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return fingerprint(afterID: hash, inode: inode)
    }

    /// The share of `<id>.json` from the hash of the id's bytes so far: finished with `.json` and the inode number.
    static func fingerprint(afterID start: UInt64, inode: UInt64) -> UInt64 {
        var hash = start
        // ".json", byte by byte (no array made for every name of a listing)
        hash = (hash ^ 0x2E) &* 0x100_0000_01b3
        hash = (hash ^ 0x6A) &* 0x100_0000_01b3
        hash = (hash ^ 0x73) &* 0x100_0000_01b3
        hash = (hash ^ 0x6F) &* 0x100_0000_01b3
        hash = (hash ^ 0x6E) &* 0x100_0000_01b3
        return fingerprint(hash: hash, inode: inode)
    }

    /// The hash of a name so far, finished with the inode number's eight bytes.
    private static func fingerprint(hash start: UInt64, inode: UInt64) -> UInt64 {
        var hash = start
        var rest = inode
        for _ in 0..<8 {
            hash = (hash ^ (rest & 0xff)) &* 0x100_0000_01b3
            rest >>= 8
        }
        return hash
    }

    /// The index as the text of its file: the first line (`top`: format, folder stamp, fingerprint, count, journal, summary), then
    /// one line a file.
    ///
    /// The folder stamp is written empty: only a reader that listed the folder and found it matching fills it in (`SessionStore`).
    /// The journal number is new (random) unless given: records of the journal written for another index are not this one's.
    public func text(summary: Summary? = nil, journal: UInt64 = UInt64.random(in: 1...UInt64.max)) -> String {
        String(decoding: data(summary: summary, journal: journal), as: UTF8.self)
    }

    /// The bytes of `text(summary:journal:)`, made without a growing string (an index of many sessions is megabytes).
    public func data(summary: Summary? = nil, journal: UInt64 = UInt64.random(in: 1...UInt64.max)) -> Data {
        let top = Top(fingerprint: fingerprint, count: headers.count, stamp: nil, summary: summary ?? Summary(headers), journal: journal)
        var out = Data()
        // Each line is about 350 bytes; an estimate too small only grows the buffer once or twice.
        out.reserveCapacity(top.line.utf8.count + 1 + headers.count * 384)
        var first = top.line + "\n"
        first.withUTF8 { out.append($0) }
        for header in headers {
            var line = Self.line(header)
            line.append("\n")
            line.withUTF8 { out.append($0) }
        }
        return out
    }

    /// The fingerprint of each line after the first (its id's file name and inode number, read from the bytes), and the ids
    /// of the lines whose fingerprint is not in `scanned`; nil when a line cannot be read.
    public static func shares(in text: inout String, unmatchedIn scanned: Set<UInt64>) -> (shares: Set<UInt64>, unmatched: [String])? {
        text.withUTF8 { bytes -> (Set<UInt64>, [String])? in
            guard let base = bytes.baseAddress else { return nil }
            var shares = Set<UInt64>(minimumCapacity: scanned.count)
            var unmatched: [String] = []
            /// The place of the next `byte` from `from` on, before `end`.
            func next(_ byte: Int32, _ from: Int, _ end: Int) -> Int? {
                guard from < end, let found = memchr(base + from, byte, end - from) else { return nil }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            guard var start = next(0x0A, 0, bytes.count).map({ $0 + 1 }) else { return nil }
            while start < bytes.count {
                // kind TAB id TAB inode TAB ...
                guard let end = next(0x0A, start, bytes.count), let tab1 = next(0x09, start, end), let tab2 = next(0x09, tab1 + 1, end),
                      let tab3 = next(0x09, tab2 + 1, end) else { return nil }
                var inode: UInt64 = 0
                for at in (tab2 + 1)..<tab3 {
                    let byte = bytes[at]
                    guard (0x30...0x39).contains(byte) else { return nil }
                    inode = inode &* 10 &+ UInt64(byte - 0x30)
                }
                let id = UnsafeBufferPointer(rebasing: bytes[(tab1 + 1)..<tab2])
                let share = fingerprint(id: id, inode: inode)
                shares.insert(share)
                if !scanned.contains(share) { unmatched.append(unescaped(Substring(decoding: id, as: UTF8.self))) }
                start = end + 1
            }
            return (shares, unmatched)
        }
    }

    /// The headers of an index file's text, in the file's order, read one line at a time as asked.
    ///
    /// Stops (and reports, through `damaged`) at the first line that cannot be read.
    public static func headers(in text: Substring) -> Headers { Headers(text: text) }

    /// Reads the whole index from its text; nil when any line cannot be read or the format is another.
    public static func read(_ text: Substring) -> SessionIndex? {
        guard top(of: text) != nil else { return nil }
        var headers: [SessionHeader] = []
        var lines = Self.headers(in: text).makeIterator()
        while let header = lines.next() { headers.append(header) }
        if lines.damaged { return nil }
        var index = SessionIndex(headers: [])
        index.headers = headers  // already in order when written by `text()`
        return index
    }

    /// The headers of an index text, one line at a time.
    public struct Headers: Sequence, Sendable {
        let text: Substring

        /// Walks the lines after the first.
        public func makeIterator() -> Iterator {
            var rest = text[...]
            if let end = SessionIndex.lineEnd(in: rest) { rest = rest[rest.index(after: end)...] } else { rest = "" }
            return Iterator(rest: rest)
        }

        /// Reads one header per line.
        public struct Iterator: IteratorProtocol, Sendable {
            var rest: Substring
            /// Set when a line could not be read (the walk stopped there).
            public private(set) var damaged = false

            /// The next header, or nil at the end or at a line that cannot be read.
            public mutating func next() -> SessionHeader? {
                guard !damaged, !rest.isEmpty else { return nil }
                guard let end = SessionIndex.lineEnd(in: rest) else { damaged = true; return nil }
                let line = rest[..<end]
                rest = rest[rest.index(after: end)...]
                guard let header = SessionIndex.header(line) else { damaged = true; return nil }
                return header
            }
        }
    }
}
