import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SessionStore {
    /// How far the index is checked against the files before it is used.
    public enum IndexCheck: Sendable {
        /// Names and inode numbers from the folder listing only (no file examined): finds files added,
        /// removed or replaced, as every save and most editors do. For commands that read the sessions they pick.
        case quick
        /// Also each file's size and time (one `stat` a file): finds files changed in place too. For `list`.
        case full
    }

    /// The session headers of the folder, checked against its files, and what was found on the way.
    public struct Headers: Sendable {
        /// The headers, read lazily from the index text when it matched the folder, else built.
        let source: Source
        /// Session files that others could read, made private on the way (a full check finds them all).
        public var permissions: [LoosePermissions] = []
        /// Why each unreadable file could not be read, by id.
        public var failures: [String: StoreError] = [:]
        /// Whether the index had to be changed (it was then written).
        public var changed = false

        enum Source: Sendable {
            /// The index text read so far (whole lines), its summary, and the file to read the rest from when it was not read whole.
            case text(Substring, SessionIndex.Summary, rest: String?)
            /// The whole index text, less the lines of the files in `touched`, and the headers of those files read now.
            case delta(Substring, SessionIndex.Summary, touched: Set<String>, read: [SessionHeader])
            case index(SessionIndex)
        }

        /// The summary of the sessions: the first line's, or worked out once when the index was built here.
        public let summary: SessionIndex.Summary

        init(source: Source, permissions: [LoosePermissions] = [], failures: [String: StoreError] = [:], changed: Bool = false) {
            self.source = source; self.permissions = permissions; self.failures = failures; self.changed = changed
            switch source {
            case .index(let index): summary = SessionIndex.Summary(index.headers)
            case .text(_, let summary, _), .delta(_, let summary, _, _): self.summary = summary
            }
        }

        /// No headers: a folder that cannot be read lists as empty.
        public static let none = Headers(source: .index(SessionIndex(headers: [])))

        /// Every header: sessions newest first, then the files that are not sessions.
        public var all: [SessionHeader] {
            switch source {
            case .index(let index): return index.headers
            case .text(let text, _, nil): return Array(SessionIndex.headers(in: text))
            case .text(_, _, let path?): return Array(SessionIndex.headers(in: (SessionStore.readIndexText(path)?.text ?? "")[...]))
            case .delta(let text, _, let touched, let read):
                return SessionIndex(headers: SessionIndex.headers(in: text).filter { !touched.contains($0.id) } + read).headers
            }
        }

        /// The first header, newest first, that `wanted` accepts; reads no further than it.
        public func first(where wanted: (SessionHeader) -> Bool) -> SessionHeader? {
            switch source {
            case .index(let index): return index.headers.first(where: wanted)
            case .text(let text, _, let rest):
                var lines = SessionIndex.headers(in: text).makeIterator()
                while let header = lines.next() { if wanted(header) { return header } }
                // Not in the part read: the rest of the file (read whole; the lines so far are read again).
                guard let rest, let whole = SessionStore.readIndexText(rest), whole.whole else { return nil }
                return SessionIndex.headers(in: whole.text[...]).first(where: wanted)
            case .delta(let text, _, let touched, let read):
                // The newest in the index (its lines are newest first) against the newest of the files read now.
                let kept = SessionIndex.headers(in: text).first { !touched.contains($0.id) && wanted($0) }
                let fresh = read.filter(wanted).sorted(by: SessionHeader.newerFirst).first
                guard let kept, let fresh else { return kept ?? fresh }
                return SessionHeader.newerFirst(fresh, kept) ? fresh : kept
            }
        }
    }

    /// The index file's path.
    public var indexURL: URL { folder.appendingPathComponent(SessionIndex.fileName, isDirectory: false) }

    /// The headers of every session file, from the index where it still matches the files and from the files where not.
    ///
    /// Files that do not match their entry (or have none) are read and decoded; entries of files gone are
    /// dropped; the index is written again (atomically, not flushed: it is rebuilt whenever it is lost) when
    /// anything changed. A missing folder has no headers; one that cannot be read throws `.io`.
    public func headers(_ asked: IndexCheck) throws(StoreError) -> Headers {
        let scan = try scanFolder()
        // Up to this many files the sizes and times cost little (a few milliseconds): examine them every time.
        let check = scan.files.count > quickCheckMinimum ? asked : .full
        // A quick check reads the top of the index only: its first line says whether it matches, and names the sessions wanted.
        if check == .quick, let start = Self.readIndexText(indexURL.path, prefix: Self.indexPrefix),
           let top = SessionIndex.top(of: start.text[...]) {
            if top.fingerprint == scan.fingerprint {
                return Headers(source: .text(start.text[...], top.summary, rest: start.whole ? nil : indexURL.path))
            }
            if let delta = quickDelta(scan, summary: top.summary) { return delta }
        }
        let text = Self.readIndexText(indexURL.path)?.text
        let old = text.flatMap { SessionIndex.read($0[...]) }
        // The old index's order is kept (it is newest first): files are taken in it, and the ones read now sorted in.
        var scanned: [String: UInt64] = [:]
        for file in scan.files { scanned[file.id] = file.inode }
        let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        var result = Headers.none
        var kept: [SessionHeader] = []
        var read: [SessionHeader] = []
        for entry in old?.headers ?? [] {
            guard let inode = scanned.removeValue(forKey: entry.id) else { result.changed = true; continue }  // gone
            let path = base + entry.id + ".json"
            if inode == entry.inode, inode != 0, entry.kind != .unreadable {
                if check == .quick { kept.append(entry); continue }
                var st = stat()
                if stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG, st.st_mode & 0o077 == 0,
                   Int64(st.st_size) == entry.size, Self.nanoseconds(st) == entry.modified {
                    kept.append(entry)
                    continue
                }
            }
            result.changed = true
            if let header = readHeader(id: entry.id, inode: inode, path: path, into: &result) { read.append(header) }
        }
        for file in scan.files where scanned[file.id] != nil {
            result.changed = true
            if let header = readHeader(id: file.id, inode: file.inode, path: base + file.id + ".json", into: &result) { read.append(header) }
        }
        if old == nil { result.changed = true }
        let headers = read.isEmpty ? kept : kept + read
        let index = SessionIndex(headers: headers)
        result = Headers(source: .index(index), permissions: result.permissions, failures: result.failures, changed: result.changed)
        if result.changed && !(headers.isEmpty && text == nil) { save(index, summary: result.summary) }
        return result
    }

    /// The most files a quick check reads to catch up with an index that missed them, without writing it again.
    static let deltaLimit = 16

    /// The headers when a few files changed since the index was written (a session saved or added): those files are
    /// read and set beside the index, which is left as it is; nil when more changed, or a session the summary picks
    /// was removed or no longer qualifies (the index is then built again).
    private func quickDelta(_ scan: Scan, summary: SessionIndex.Summary) -> Headers? {
        guard var whole = Self.readIndexText(indexURL.path), whole.whole else { return nil }
        // Files and lines are matched by their fingerprints (name and inode), computed from the bytes: no line is parsed.
        let scanned = Set(scan.shares)
        guard let lines = SessionIndex.shares(in: &whole.text, unmatchedIn: scanned) else { return nil }
        var changed: [(id: String, inode: UInt64)] = []
        for (file, share) in zip(scan.files, scan.shares) where !lines.shares.contains(share) {
            changed.append(file)
            if changed.count > Self.deltaLimit { return nil }
        }
        let gone = lines.unmatched.filter { id in !changed.contains { $0.id == id } }
        var result = Headers.none
        var read: [SessionHeader] = []
        for file in changed {
            let path = (folder.path.hasSuffix("/") ? folder.path : folder.path + "/") + file.id + ".json"
            if let header = readHeader(id: file.id, inode: file.inode, path: path, into: &result) { read.append(header) }
        }
        let touched = Set(changed.map(\.id)).union(gone)
        guard let now = summary.updated(touched: touched, read: read) else { return nil }
        return Headers(source: .delta(whole.text[...], now, touched: touched, read: read), permissions: result.permissions,
                       failures: result.failures, changed: false)
    }

    /// Writes `index` as the index file (atomically, not flushed); a failure is no one's concern: it is built again.
    public func save(_ index: SessionIndex, summary: SessionIndex.Summary? = nil) {
        var st = stat()
        guard stat(folder.path, &st) == 0 else { return }
        try? AtomicFile.write(Data(index.text(summary: summary).utf8), to: indexURL, mode: 0o600, durable: false)
    }

    /// Reads one session file into a header; nil when it is no longer there (or is a folder).
    private func readHeader(id text: String, inode: UInt64, path: String, into result: inout Headers) -> SessionHeader? {
        guard let id = try? SessionID(validating: text) else { return nil }
        var st = stat()
        // The stamp is taken before reading: a change after it leaves the entry older than the file.
        let examined = stat(path, &st) == 0
        let size = examined ? Int64(st.st_size) : -1
        var modified = examined ? Self.nanoseconds(st) : -1
        // A file changed within the last two seconds may change again within the same clock tick: read it next time too.
        if modified >= 0, Date().timeIntervalSince1970 * 1e9 - Double(modified) < 2e9 { modified = -1 }
        do {
            let (data, permissions) = try read(id: id)
            if let permissions { result.permissions.append(permissions) }
            switch SessionHeader.decode(data, id: text) {
            case .success(let session): return SessionHeader(session: session, inode: inode, size: size, modified: modified)
            case .failure(let error):
                return SessionHeader(id: text, inode: inode, size: size, modified: modified, kind: .damaged(error.message))
            }
        } catch .notFound {
            return nil
        } catch {
            result.failures[text] = error
            return SessionHeader(id: text, inode: inode, size: size, modified: modified, kind: .unreadable)
        }
    }

    /// How much of the index a quick check reads first (whole lines of it): the first line and the newest sessions.
    static let indexPrefix = 64 * 1024

    /// The index file's text (at most `prefix` bytes of it, cut after its last whole line) and whether that is all of it;
    /// nil when it is missing, unreadable, not UTF-8 or too large to be one.
    static func readIndexText(_ path: String, prefix: Int? = nil) -> (text: String, whole: Bool)? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        if let prefix, Int(st.st_size) > prefix {
            var bytes = [UInt8](repeating: 0, count: prefix)
            #if canImport(Glibc)
            let count = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, prefix) }
            #else
            let count = bytes.withUnsafeMutableBytes { Darwin.read(fd, $0.baseAddress, prefix) }
            #endif
            guard count > 0, let end = bytes[..<count].lastIndex(of: 0x0A) else { return nil }
            guard let text = String(validating: bytes[...end], as: UTF8.self) else { return nil }
            return (text, false)
        }
        let (data, failure) = AtomicFile.readAll(fd, limit: maximumFileSize)
        guard failure == nil, let text = String(data: data, encoding: .utf8) else { return nil }
        return (text, true)
    }

    /// A file's modification time from its `stat`, in nanoseconds since 1970.
    static func nanoseconds(_ st: stat) -> Int64 {
        #if canImport(Darwin)
        let time = st.st_mtimespec
        #else
        let time = st.st_mtim
        #endif
        return Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
    }
}
