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
            /// The index text read so far (whole lines), the summary, the file to read the rest from when it was not read whole,
            /// and the changes over it: the lines of the files in `touched` are left out, and `read` holds those files' headers now.
            case text(Substring, SessionIndex.Summary, rest: String?, touched: Set<String>, read: [SessionHeader])
            case index(SessionIndex)
        }

        /// The summary of the sessions: the first line's, or worked out when the index was built here (once, for a quick check).
        public var summary: SessionIndex.Summary {
            switch source {
            case .index(let index): return built ?? SessionIndex.Summary(index.headers)
            case .text(_, let summary, _, _, _): return summary
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
        public func summarized() -> Headers {
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
            case .text(let text, _, let rest, let touched, let read):
                let whole = rest.map { (SessionStore.readIndexText($0)?.text ?? "")[...] } ?? text
                if touched.isEmpty { return Array(SessionIndex.headers(in: whole)) }
                return SessionIndex(headers: SessionIndex.headers(in: whole).filter { !touched.contains($0.id) } + read).headers
            }
        }

        /// The first header, newest first, that `wanted` accepts; reads no further than it.
        public func first(where wanted: (SessionHeader) -> Bool) -> SessionHeader? {
            switch source {
            case .index(let index): return index.headers.first(where: wanted)
            case .text(let text, _, let rest, let touched, let read):
                // The newest of the files read now against the first line that comes before it (the lines are in order).
                let fresh = read.filter(wanted).min { SessionIndex.comesBefore($0, $1) }
                func kept(_ text: Substring) -> (SessionHeader?, ended: Bool) {
                    var lines = SessionIndex.headers(in: text).makeIterator()
                    while let header = lines.next() {
                        if let fresh, SessionIndex.comesBefore(fresh, header) { return (fresh, true) }
                        if !touched.contains(header.id) && wanted(header) { return (header, true) }
                    }
                    return (fresh, lines.damaged)
                }
                let found = kept(text)
                // Not in the part read: the rest of the file (read whole; the lines so far are read again).
                guard !found.ended, let rest, let whole = SessionStore.readIndexText(rest), whole.whole else { return found.0 }
                return kept(whole.text[...]).0
            }
        }
    }

    /// The index file's path.
    public var indexURL: URL { folder.appendingPathComponent(SessionIndex.fileName, isDirectory: false) }

    /// `indexURL` as a path.
    var indexPath: String { pathInFolder(SessionIndex.fileName) }

    /// The headers of every session file, from the index where it still matches the files and from the files where not.
    ///
    /// Files that do not match their entry (or have none) are read and decoded; entries of files gone are
    /// dropped; the index is written again (atomically, not flushed: it is rebuilt whenever it is lost) when
    /// anything changed. A missing folder has no headers; one that cannot be read throws `.io`.
    public func headers(_ asked: IndexCheck) throws(StoreError) -> Headers {
        let folderBefore = Self.folderStat(folderPath)
        // A quick check reads the top of the index only: its first line says whether it matches, and names the sessions wanted;
        // the journal's last record says what it is after the changes since it was written.
        let start = asked == .quick ? Self.readIndexText(indexPath, prefix: Self.indexPrefix) : nil
        let written = start.flatMap { SessionIndex.top(of: $0.text[...]) }
        let journal = written.map { readJournal(for: $0.journal) } ?? IndexJournal()
        let top = journal.top ?? written
        /// The lines read so far, with the journal's changes over them.
        func lines(_ start: (text: String, whole: Bool, inode: UInt64), _ top: SessionIndex.Top) -> Headers {
            Headers(source: .text(start.text[...], top.summary, rest: start.whole ? nil : indexPath,
                                  touched: Set(journal.latest.keys), read: journal.latest.values.compactMap { $0 }))
        }
        if let start, let top, top.count > quickCheckMinimum, let stamp = written?.stamp, stamp.fingerprint == top.fingerprint,
           let folderBefore, stamp.describes(folderBefore) {
            // The folder is as it was when a listing matched these lines: no file was added, removed or renamed since.
            return lines(start, top)
        }
        // A quick check lists names only for the fingerprint first: the names are kept (a second listing) only when it differs.
        // A folder the index says is small is checked in full anyway (below): its names are kept at the first listing.
        var scan = try scanFolder(names: asked == .full || top.map { $0.count <= quickCheckMinimum } ?? true)
        var folderAfter = Self.folderStat(folderPath)
        /// The listing again with its names, and the folder's `stat` after it (a stamp needs the folder unchanged throughout).
        func named() throws(StoreError) {
            guard !scan.named else { return }
            scan = try scanFolder()
            folderAfter = Self.folderStat(folderPath)
        }
        // Up to this many files the sizes and times cost little (a few milliseconds): examine them every time.
        let check = scan.count > quickCheckMinimum ? asked : .full
        if check == .quick, let start, let top {
            if top.fingerprint == scan.fingerprint {
                stampIndex(inode: start.inode, before: folderBefore, after: folderAfter, fingerprint: scan.fingerprint,
                           written: written?.stamp)
                return lines(start, top)
            }
            // Found behind the index's back (a file removed, added or replaced by another program): recorded, so the
            // commands after this one need not list the folder to find it again.
            var found: [SettledChange] = []
            let delta: Headers?
            if journal.count > 0 {
                delta = journalDelta(scan, top: top, journal: journal, start: start, found: &found)
            } else {
                try named()
                delta = quickDelta(scan, summary: top.summary, found: &found)
            }
            if let delta, let written {
                settle(found, listed: scan, summary: delta.summary, journal: journal, index: written, indexInode: start.inode,
                       before: folderBefore, after: folderAfter)
                return delta
            }
        }
        try named()
        // The text is let go once its lines are read: the headers are all that is kept of it. An index the quick check read
        // whole is not read again (nor its journal): it is checked against the files below as one read now would be.
        var read: (headers: [SessionHeader], inode: UInt64, top: SessionIndex.Top)?
        let changes: IndexJournal
        if let start, start.whole, let written, let index = SessionIndex.read(start.text[...]) {
            read = (index.headers, start.inode, written)
            changes = journal
        } else {
            read = Self.readIndexHeaders(indexPath)
            // The journal's changes over the lines (the file whose line it holds is checked below as any other), made in place.
            changes = read.map { readJournal(for: $0.top.journal) } ?? IndexJournal()
        }
        let indexInode = read?.inode
        var kept = read?.headers
        read?.headers = []  // one copy of the lines, changed in place
        if var lines = kept {
            kept = nil
            changes.apply(to: &lines)
            kept = lines
        }
        let hadIndex = kept != nil
        var result = Headers.none
        result.changed = changes.count > 0
        // The old index's order is kept (it is newest first): files are taken in it, and the ones read now sorted in.
        var scanned: [String: UInt64] = [:]
        let files = scan.files
        for file in files { scanned[file.id] = file.inode }
        let base = folderPath.hasSuffix("/") ? folderPath : folderPath + "/"
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
        for file in files where scanned[file.id] != nil {
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
            stampIndex(inode: indexInode, before: folderBefore, after: folderAfter, fingerprint: scan.fingerprint, written: read?.top.stamp)
        }
        return result
    }

    /// The most files a quick check reads to catch up with an index that missed them, without writing it again.
    static let deltaLimit = 16

    /// The headers when a few files changed since the index was written (a session saved or added): those files are
    /// read and set beside the index, which is left as it is; nil when more changed, or a session the summary picks
    /// was removed or no longer qualifies (the index is then built again).
    private func quickDelta(_ scan: Scan, summary: SessionIndex.Summary, found: inout [SettledChange]) -> Headers? {
        guard var whole = Self.readIndexText(indexPath), whole.whole else { return nil }
        // Files and lines are matched by their fingerprints (name and inode), computed from the bytes: no line is parsed.
        let scanned = Set(scan.shares)
        guard let lines = SessionIndex.shares(in: &whole.text, unmatchedIn: scanned) else { return nil }
        var changed: [(id: String, inode: UInt64)] = []
        for (at, share) in scan.shares.enumerated() where !lines.shares.contains(share) {
            changed.append((scan.id(at), scan.inodes[at]))
            if changed.count > Self.deltaLimit { return nil }
        }
        let gone = lines.unmatched.filter { id in !changed.contains { $0.id == id } }
        var result = Headers.none
        var read: [SessionHeader] = []
        for file in changed {
            let path = (folderPath.hasSuffix("/") ? folderPath : folderPath + "/") + file.id + ".json"
            let header = readHeader(id: file.id, inode: file.inode, path: path, into: &result)
            if let header { read.append(header) }
            found.append(SettledChange(id: file.id, header: header))
        }
        for id in gone { found.append(SettledChange(id: id, header: nil)) }
        let touched = Set(changed.map(\.id)).union(gone)
        guard let now = summary.updated(touched: touched, read: read) else { return nil }
        return Headers(source: .text(whole.text[...], now, rest: nil, touched: touched, read: read), permissions: result.permissions,
                       failures: result.failures, changed: false)
    }

    /// Writes `index` as the index file (atomically, not flushed, holding the old one's lock) and empties the journal; a
    /// failure is no one's concern: it is built again. When another process holds the lock, nothing is written (it is
    /// changing the index).
    public func save(_ index: SessionIndex) {
        var st = stat()
        guard stat(folderPath, &st) == 0 else { return }
        let lock = IndexLock(path: indexPath, waiting: false)
        if lock == nil && lstat(indexPath, &st) == 0 { return }
        defer { lock?.release() }
        write(index.data())
    }

    /// Writes `text` (bytes) as the index file, holding its lock: the journal is emptied first (its records are of the index
    /// replaced, which a reader meanwhile takes as it is: stale, and checked against the files as any). The journal is made
    /// here when missing, as the folder changes anyway: a record added later then leaves the folder as a reader stamped it.
    func write(_ text: Data) {
        let fd = open(journalPath, O_WRONLY | O_CREAT | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd >= 0 {
            _ = ftruncate(fd, 0)
            _ = close(fd)
        }
        _ = try? AtomicFile.write(text, toPath: indexPath, mode: 0o600, durable: false)
    }

    /// Reads one session file into a header; nil when it is no longer there (or is a folder).
    func readHeader(id text: String, inode: UInt64, path: String, into result: inout Headers) -> SessionHeader? {
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
}
