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
    public static let format = "guidance-session-index/1"

    /// The file's name in the sessions folder (a dot name: no command lists it as a session).
    public static let fileName = ".guidance-index"

    /// Every session file's header: sessions newest first, then the files that are not sessions.
    public var headers: [SessionHeader]

    /// An index of `headers`, put in their order.
    public init(headers: [SessionHeader]) {
        // Headers mostly come in order already (from an index): then nothing is sorted.
        let isSession = headers.map(\.isSession)
        let split = isSession.firstIndex(of: false) ?? headers.count
        let inOrder = !isSession[split...].contains(true)
            && zip(headers[..<split], headers[..<split].dropFirst()).allSatisfy { !SessionHeader.newerFirst($1, $0) }
            && zip(headers[split...], headers[split...].dropFirst()).allSatisfy { $0.id >= $1.id }
        if inOrder {
            self.headers = headers
            return
        }
        let sessions = headers.filter(\.isSession).sorted(by: SessionHeader.newerFirst)
        let others = headers.filter { !$0.isSession }.sorted { $0.id > $1.id }
        self.headers = sessions + others
    }

    /// The fingerprint of the files listed: see `SessionIndex.fingerprint(name:inode:)`.
    public var fingerprint: UInt64 {
        headers.reduce(0) { $0 &+ Self.fingerprint(name: ($1.id + ".json").utf8, inode: $1.inode) }
    }

    /// One file's share of a fingerprint: FNV-1a over its name and inode number (summed, so order does not matter).
    public static func fingerprint<Name: Sequence>(name: Name, inode: UInt64) -> UInt64 where Name.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var rest = inode
        for _ in 0..<8 {
            hash = (hash ^ (rest & 0xff)) &* 0x100_0000_01b3
            rest >>= 8
        }
        return hash
    }

    /// The index as the text of its file: the format, the fingerprint and the summary, then one line a file.
    public func text(summary: Summary? = nil) -> String {
        let summary = summary ?? Summary(headers)
        var first = [Self.format, String(fingerprint, radix: 16)]
        for pick in [summary.newest, summary.complete, summary.inProgress] {
            first += [pick?.id ?? "", pick?.meetingDate ?? "", pick?.startedAt ?? ""]
        }
        var out = first.map(Self.escaped).joined(separator: "\t") + "\n"
        for header in headers { out += Self.line(header) + "\n" }
        return out
    }

    /// The fingerprint and summary written at the top of `text`, reading nothing else; nil when it is not an index.
    public static func top(of text: Substring) -> (fingerprint: UInt64, summary: Summary)? {
        guard let end = text.utf8.firstIndex(of: 0x0A) else { return nil }
        let fields = text[..<end].utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { unescaped(Substring($0)) }
        guard fields.count == 11, fields[0] == format, let fingerprint = UInt64(fields[1], radix: 16) else { return nil }
        func pick(_ at: Int) -> Summary.Pick? {
            fields[at].isEmpty ? nil : Summary.Pick(id: fields[at], meetingDate: fields[at + 1], startedAt: fields[at + 2])
        }
        return (fingerprint, Summary(newest: pick(2), complete: pick(5), inProgress: pick(8)))
    }

    /// The id and inode number of every line after the first, read from the bytes alone; nil when a line cannot be read.
    public static func inodes(in text: Substring) -> [Substring: UInt64]? {
        var found: [Substring: UInt64] = [:]
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).dropFirst()
        if lines.last?.isEmpty == true { lines = lines.dropLast() }
        for line in lines {
            let fields = line.split(separator: 0x09, maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, let inode = UInt64(Substring(fields[2])) else { return nil }
            found[Substring(fields[1])] = inode
        }
        return found
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
            if let end = rest.utf8.firstIndex(of: 0x0A) { rest = rest[rest.index(after: end)...] } else { rest = "" }
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
                guard let end = rest.utf8.firstIndex(of: 0x0A) else { damaged = true; return nil }
                let line = rest[..<end]
                rest = rest[rest.index(after: end)...]
                guard let header = SessionIndex.header(line) else { damaged = true; return nil }
                return header
            }
        }
    }
}
