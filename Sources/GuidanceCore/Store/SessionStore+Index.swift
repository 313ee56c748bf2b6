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

        /// The summary of the sessions: the first line's, or worked out when the index was built here (once, for a quick check).
        public var summary: SessionIndex.Summary {
            switch source {
            case .index(let index): return built ?? SessionIndex.Summary(index.headers)
            case .text(_, let summary, _), .delta(_, let summary, _, _): return summary
            }
        }
        private var built: SessionIndex.Summary?

        /// The names of the temporary files the folder's listing met (nil when the folder was not listed): see `leftovers(among:)`.
        public var temporary: [String]?

        init(source: Source, permissions: [LoosePermissions] = [], failures: [String: StoreError] = [:], changed: Bool = false,
             temporary: [String]? = nil) {
            self.source = source; self.permissions = permissions; self.failures = failures; self.changed = changed
            self.temporary = temporary
        }

        /// These headers with their summary worked out now, for the commands that ask for it more than once.
        func summarized() -> Headers {
            var copy = self
            if case .index(let index) = source { copy.built = SessionIndex.Summary(index.headers) }
            return copy
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
        let folderBefore = Self.folderStat(folder.path)
        // A quick check reads the top of the index only: its first line says whether it matches, and names the sessions wanted.
        let start = asked == .quick ? Self.readIndexText(indexURL.path, prefix: Self.indexPrefix) : nil
        let top = start.flatMap { SessionIndex.top(of: $0.text[...]) }
        if let start, let top, top.count > quickCheckMinimum, let stamp = top.stamp, stamp.fingerprint == top.fingerprint,
           let folderBefore, stamp.describes(folderBefore) {
            // The folder is as it was when a listing matched these lines: no file was added, removed or renamed since.
            return Headers(source: .text(start.text[...], top.summary, rest: start.whole ? nil : indexURL.path))
        }
        let scan = try scanFolder()
        let folderAfter = Self.folderStat(folder.path)
        // Up to this many files the sizes and times cost little (a few milliseconds): examine them every time.
        let check = scan.files.count > quickCheckMinimum ? asked : .full
        if check == .quick, let start, let top {
            if top.fingerprint == scan.fingerprint {
                stampIndex(inode: start.inode, before: folderBefore, after: folderAfter, fingerprint: scan.fingerprint)
                return Headers(source: .text(start.text[...], top.summary, rest: start.whole ? nil : indexURL.path))
            }
            if let delta = quickDelta(scan, summary: top.summary) { return delta }
        }
        // The text is let go once its lines are read: the headers are all that is kept of it.
        let read = Self.readIndexHeaders(indexURL.path)
        let indexInode = read?.inode
        var kept = read?.headers
        let hadIndex = kept != nil
        // The old index's order is kept (it is newest first): files are taken in it, and the ones read now sorted in.
        var scanned: [String: UInt64] = [:]
        for file in scan.files { scanned[file.id] = file.inode }
        let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        var result = Headers.none
        var fresh: [SessionHeader] = []
        // The entries that still match their files stay where they are (no second array of them); the others are read again.
        kept?.removeAll { entry in
            guard let inode = scanned.removeValue(forKey: entry.id) else { result.changed = true; return true }  // gone
            let path = base + entry.id + ".json"
            if inode == entry.inode, inode != 0, entry.kind != .unreadable {
                if check == .quick { return false }
                var st = stat()
                if stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG, st.st_mode & 0o077 == 0,
                   Int64(st.st_size) == entry.size, Self.nanoseconds(st) == entry.modified {
                    return false
                }
            }
            result.changed = true
            if let header = readHeader(id: entry.id, inode: inode, path: path, into: &result) { fresh.append(header) }
            return true
        }
        for file in scan.files where scanned[file.id] != nil {
            result.changed = true
            if let header = readHeader(id: file.id, inode: file.inode, path: base + file.id + ".json", into: &result) { fresh.append(header) }
        }
        if !hadIndex { result.changed = true }
        var headers = kept ?? []
        kept = nil
        headers += fresh
        let index = SessionIndex(headers: headers)
        headers = []
        result = Headers(source: .index(index), permissions: result.permissions, failures: result.failures, changed: result.changed,
                         temporary: scan.temporary)
        if check == .quick { result = result.summarized() }
        if result.changed && !(index.headers.isEmpty && !hadIndex) {
            save(index)
        } else if let indexInode {
            stampIndex(inode: indexInode, before: folderBefore, after: folderAfter, fingerprint: scan.fingerprint)
        }
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

    /// Writes `index` as the index file (atomically, not flushed, holding the old one's lock); a failure is no one's
    /// concern: it is built again. When another process holds the lock, nothing is written (it is changing the index).
    public func save(_ index: SessionIndex) {
        var st = stat()
        guard stat(folder.path, &st) == 0 else { return }
        let lock = IndexLock(path: indexURL.path, waiting: false)
        if lock == nil && lstat(indexURL.path, &st) == 0 { return }
        defer { lock?.release() }
        try? AtomicFile.write(Data(index.text().utf8), to: indexURL, mode: 0o600, durable: false)
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

    /// The index file's text (at most `prefix` bytes of it, cut after its last whole line), whether that is all of it, and the
    /// file's inode number; nil when it is missing, unreadable, not UTF-8 or too large to be one.
    static func readIndexText(_ path: String, prefix: Int? = nil) -> (text: String, whole: Bool, inode: UInt64)? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = close(fd) }
        return readIndexText(fd: fd, prefix: prefix)
    }

    /// The index text of the open file `fd`: see `readIndexText(_:prefix:)`.
    static func readIndexText(fd: Int32, prefix: Int? = nil) -> (text: String, whole: Bool, inode: UInt64)? {
        guard let read = readIndexBytes(fd: fd, prefix: prefix),
              let text = String(validating: read.bytes[..<read.end], as: UTF8.self) else { return nil }
        return (text, read.whole, read.inode)
    }

    /// The bytes of the open index file `fd` (see `readIndexText(_:prefix:)`), how many of them are whole lines (all when
    /// `whole`), and the file's inode number; nil when it cannot be read or is too large to be an index.
    static func readIndexBytes(fd: Int32, prefix: Int? = nil) -> (bytes: [UInt8], end: Int, whole: Bool, inode: UInt64)? {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, st.st_size <= maximumFileSize else { return nil }
        let size = Int(st.st_size)
        let wanted = prefix.map { min($0, size) } ?? size
        // One buffer of the file's size (no growing copies); a file that grew since is read up to that size.
        var count = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, initialized in
            while count < wanted {
                let got = pread(fd, buffer.baseAddress.map { $0 + count }, wanted - count, off_t(count))
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { break }
                count += got
            }
            initialized = count
        }
        let whole = count == size
        guard let end = whole ? count : bytes[..<count].lastIndex(of: 0x0A).map({ $0 + 1 }), end > 0 else { return nil }
        return (bytes, end, whole, UInt64(st.st_ino))
    }

    /// Every header of the index file, read a block at a time (its text is never held whole beside them), and the file's
    /// inode number; nil when it is missing, unreadable, of another format, or a line cannot be read (a cut-short last one too).
    static func readIndexHeaders(_ path: String) -> (headers: [SessionHeader], inode: UInt64)? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, st.st_size <= maximumFileSize else { return nil }
        var headers: [SessionHeader] = []
        var pending: [UInt8] = []  // the bytes of a line not yet ended
        var first = true
        var offset = 0
        let block = 256 * 1024
        while true {
            let before = pending.count
            pending.reserveCapacity(before + block)
            var got = 0
            pending.append(contentsOf: repeatElement(0, count: block))
            repeat { got = pending.withUnsafeMutableBytes { pread(fd, $0.baseAddress.map { $0 + before }, block, off_t(offset)) } } while got < 0 && errno == EINTR
            guard got >= 0 else { return nil }
            pending.removeLast(block - got)
            offset += got
            if got == 0 { break }
            guard let last = pending.lastIndex(of: 0x0A) else { continue }
            guard var text = String(validating: pending[...last], as: UTF8.self) else { return nil }
            pending.removeFirst(last + 1)
            if first && SessionIndex.top(of: text[...]) == nil { return nil }
            let damaged = text.withUTF8 { bytes -> Bool in
                guard let base = bytes.baseAddress else { return true }
                var start = 0
                // The text ends with a line end; an empty line is a damaged one.
                while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
                    let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    defer { start = end + 1 }
                    if first { first = false; continue }
                    guard let header = SessionIndex.header(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return true }
                    headers.append(header)
                }
                return false
            }
            if damaged { return nil }
        }
        guard !first, pending.isEmpty else { return nil }
        return (headers, UInt64(st.st_ino))
    }

    /// The folder's `stat`, or nil when it cannot be examined.
    static func folderStat(_ path: String) -> stat? {
        var st = stat()
        return stat(path, &st) == 0 ? st : nil
    }

    /// Writes the folder's stamp into the index file `inode` (in place: the folder does not change) when the folder did not
    /// change while it was listed and last changed long enough ago that a later change cannot share its time.
    func stampIndex(inode: UInt64, before: stat?, after: stat?, fingerprint: UInt64) {
        guard let before, let after else { return }
        let stamp = SessionIndex.FolderStamp(before, fingerprint: fingerprint)
        guard stamp == SessionIndex.FolderStamp(after, fingerprint: fingerprint),
              Date().timeIntervalSince1970 * 1e9 - Double(stamp.changed) >= stampAge * 1e9 else { return }
        let fd = open(indexURL.path, O_WRONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { _ = close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, UInt64(st.st_ino) == inode else { return }
        let field = Array(stamp.text.utf8)
        _ = field.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(SessionIndex.FolderStamp.offset)) }
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
