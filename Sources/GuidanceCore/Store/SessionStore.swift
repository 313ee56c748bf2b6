import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stored sessions: one file `<id>.json` per session in one folder, written atomically.
///
/// The store keeps opaque bytes; encoding a session to JSON is the caller's business. The folder
/// (and any missing folders above it) is created with permissions 0700 on the first save or
/// lock, and session files are written with 0600: sessions are people's own data.
public struct SessionStore: Sendable {
    /// One listed session file: its id, its bytes or why they could not be read, and when it last changed.
    public struct Entry: Sendable {
        /// The session id, from the file name.
        public let id: SessionID
        /// The file's bytes, or the error reading them.
        public let result: Result<Data, StoreError>
        /// The file's modification time, when the file could be examined.
        public let modified: Date?
        /// Set when others could read the file (it has been made private, or could not be).
        public var permissions: LoosePermissions? = nil
    }

    /// A session file that others could read: its path, its mode then, and why it could not be made private (nil when it was).
    public struct LoosePermissions: Equatable, Sendable {
        /// The session file.
        public let path: String
        /// Its permission bits as found.
        public let mode: mode_t
        /// Why it could not be changed to 0600; nil when it was.
        public let failure: String?

        /// The warning for the person, one sentence or two.
        public var warning: String {
            let found = "The session file \(path) could be read or changed by other people (permissions \(String(mode, radix: 8)))"
            guard let failure else { return Sentences.join(found, "It is now private to you (600)") }
            return Sentences.join(found + " and could not be made private (\(failure))", "Run chmod 600 on it to keep it to yourself")
        }
    }

    /// The folder holding the session files: the URL given, or for a store made from a path the URL of that path, made
    /// when asked for (the commands that start a meeting use `folderPath` only, and making a URL costs Foundation's URL
    /// code before the first prompt).
    public var folder: URL { givenFolder ?? URL(fileURLWithPath: folderPath, isDirectory: true) }

    /// The URL the store was made with (`init(folder:)`); nil for `init(folderPath:)`.
    let givenFolder: URL?

    /// `folder`'s path, made once: the first `URL.path` in a process costs a scan of every conformance in the binary
    /// (a tenth of a millisecond before the first prompt), and the store asks for paths on every step.
    public let folderPath: String

    /// A quick index check (`headers(.quick)`) examines no file only in a folder of more session files than
    /// this; smaller folders are checked in full (their sizes and times cost up to a millisecond; at 1,000 files,
    /// five, a third of `plan latest`).
    public var quickCheckMinimum = 200

    /// How long ago (seconds) the folder must have last changed for a listing of it to be stamped into the index: longer
    /// than any file system's clock step (two seconds on FAT), so a change after the listing always gives the folder another time.
    public var stampAge: Double = 2

    /// Files larger than this are refused as damaged rather than read into memory (64 MiB).
    public static let maximumFileSize = 64 * 1024 * 1024

    /// Temporary files whose name names no session are removed by `list()` when older than this many seconds.
    public static let temporaryFileMaximumAge: TimeInterval = 3600

    /// A store over `folder`; nothing is created until the first save or lock.
    public init(folder: URL) {
        givenFolder = folder
        folderPath = folder.path
    }

    /// The path of the session file for `id`.
    public func fileURL(for id: SessionID) -> URL {
        folder.appendingPathComponent("\(id.rawValue).json", isDirectory: false)
    }

    /// The path of the lock file for `id`.
    public func lockURL(for id: SessionID) -> URL {
        folder.appendingPathComponent("\(id.rawValue).lock", isDirectory: false)
    }

    /// Stores `data` as session `id`, replacing any earlier content in one atomic step, then brings the sessions index
    /// up to date with it (`session` is what `data` encodes; without it, `data` is decoded for the index).
    ///
    /// Without `durable` the file is not flushed to disk: only for a session that holds nothing a person typed
    /// (a new session before its first answer), which a power cut may then lose; every later save flushes it.
    public func save(_ data: Data, id: SessionID, session: Session? = nil, durable: Bool = true) throws(StoreError) {
        // The same limit as on reading: a file that could not be read back is never written.
        if data.count > Self.maximumFileSize {
            throw .tooLarge(path: filePath(for: id), bytes: data.count, limit: Self.maximumFileSize)
        }
        try Self.makeFolder(folderPath)
        // The file replaced, as the folder's listing names it (for the index's fingerprint).
        var before = stat()
        let replaced = lstat(filePath(for: id), &before) == 0 && before.st_mode & S_IFMT != S_IFDIR ? UInt64(before.st_ino) : nil
        let written = try AtomicFile.write(data, toPath: filePath(for: id), mode: 0o600, durable: durable)
        // Just written: its time is not kept (-1), so a full check reads it once more, when it can no longer change within the same tick.
        let stamp = (inode: UInt64(written.st_ino), size: Int64(written.st_size))
        // The session in hand needs no decoding (nor a Result, whose type the runtime would look up: a tenth of a millisecond).
        if let session, session.id == id.rawValue {
            updateIndex(id: id.rawValue, with: SessionHeader(session: session, inode: stamp.inode, size: stamp.size, modified: -1),
                        replaced: replaced)
            return
        }
        switch SessionHeader.decode(data, id: id.rawValue) {
        case .success(let session):
            updateIndex(id: id.rawValue, with: SessionHeader(session: session, inode: stamp.inode, size: stamp.size, modified: -1),
                        replaced: replaced)
        case .failure(let error):
            updateIndex(id: id.rawValue, with: SessionHeader(id: id.rawValue, inode: stamp.inode, size: stamp.size, modified: -1,
                                                             kind: .damaged(error.message)), replaced: replaced)
        }
    }

    /// Creates the sessions folder (and any missing folders above it) with permissions 0700 when it is missing.
    public func makeFolder() throws(StoreError) {
        try Self.makeFolder(folderPath)
    }

    /// The stored bytes of session `id`; throws `.notFound(id)` when there is no such session.
    ///
    /// A folder in the session file's place counts as no session; any other thing that is not
    /// an ordinary file, or a file over `maximumFileSize`, is reported as `.corrupt`. A file that
    /// other people may read is made private (0600) on the way: see `read(id:)` to learn of it.
    public func load(id: SessionID) throws(StoreError) -> Data {
        try read(id: id).data
    }

    /// The stored bytes of session `id`, and what was done about permissions that let others read the file.
    ///
    /// Session files are people's own data: one that its group or others may read or write (a copy,
    /// a restore from a backup) is changed to 0600 when it is an ordinary file (not a link), and
    /// `permissions` says so, for the caller to tell the person. Errors as for `load(id:)`.
    public func read(id: SessionID) throws(StoreError) -> (data: Data, permissions: LoosePermissions?) {
        let path = filePath(for: id)
        // O_NONBLOCK: a named pipe in the file's place must not hang us.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            var st = stat()
            if code == ENOENT && lstat(path, &st) == 0 { throw .corrupt(path: path, detail: "it links to a missing file") }
            if code == ENOENT { throw .notFound(id) }
            throw .io(path: path, reason: AtomicFile.errorText(code))
        }
        defer { _ = close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(path: path, reason: AtomicFile.errorText(errno)) }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .notFound(id)
        default: throw .corrupt(path: path, detail: "it is not an ordinary file")
        }
        let (data, failure) = AtomicFile.readAll(fd, limit: Self.maximumFileSize)
        switch failure {
        case nil:
            return (data, st.st_mode & 0o077 == 0 ? nil : Self.tighten(fd, st, path: path))
        case EFBIG?:
            throw .corrupt(path: path, detail: "it is larger than the \(StoreError.megabytes(Self.maximumFileSize)) MB limit of a session file")
        case let code?:
            throw .io(path: path, reason: AtomicFile.errorText(code))
        }
    }

    /// Whether a session file is stored for `id` (a folder of that name does not count).
    public func exists(id: SessionID) -> Bool {
        let path = filePath(for: id)
        var st = stat()
        if stat(path, &st) == 0 { return st.st_mode & S_IFMT != S_IFDIR }
        return lstat(path, &st) == 0  // a dangling link still occupies the name
    }

    /// Every session file with its bytes or the error reading it, newest first.
    ///
    /// Lists each `<id>.json` whose name is a valid id and which is not a folder; temporary and
    /// lock files are never listed. Temporary files older than their session file are removed
    /// (stale); newer ones are kept for `leftovers()`, which offers them for recovery. Order:
    /// the id's date (`YYYY-MM-DD` prefix) newest first, then modification time newest first,
    /// then id descending. A folder that is missing or unreadable lists as empty; use
    /// `entries()` to tell those apart.
    public func list() -> [Entry] {
        (try? entries()) ?? []
    }

    /// The ids of the sessions stored, from their file names alone (no file is read); empty when the folder cannot be read.
    public func ids() -> [String] {
        // A folder that is not there has none (asked first: Foundation's error for it costs a third of a million instructions).
        var st = stat()
        guard stat(folderPath, &st) == 0, st.st_mode & S_IFMT == S_IFDIR else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folderPath)) ?? []
        return names.compactMap { name in
            guard name.hasSuffix(".json"), !AtomicFile.isTemporaryName(name) else { return nil }
            let id = String(name.dropLast(".json".count))
            return SessionID.isValid(id) ? id : nil
        }
    }

    /// Like `list()`, but a folder that exists and cannot be read throws `.io`.
    public func entries() throws(StoreError) -> [Entry] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folderPath)
        } catch {
            var st = stat()
            if stat(folderPath, &st) != 0 && errno == ENOENT { return [] }
            throw .io(path: folderPath, reason: "the folder cannot be read")
        }
        var found: [(entry: Entry, date: String)] = []
        for name in names {
            if AtomicFile.isTemporaryName(name) {
                removeIfStale(name)
                continue
            }
            guard name.hasSuffix(".json"),
                  let id = try? SessionID(validating: String(name.dropLast(".json".count))) else { continue }
            let path = pathInFolder(name)
            var st = stat()
            let examined = stat(path, &st) == 0
            if examined && st.st_mode & S_IFMT == S_IFDIR { continue }
            let modified = examined ? Self.modificationDate(st) : nil
            let entry: Entry
            do {
                let (data, permissions) = try read(id: id)
                entry = Entry(id: id, result: .success(data), modified: modified, permissions: permissions)
            } catch {
                entry = Entry(id: id, result: .failure(error), modified: modified)
            }
            found.append((entry, id.datePrefix ?? ""))
        }
        found.sort { a, b in
            if a.date != b.date { return a.date > b.date }
            let aTime = a.entry.modified ?? .distantPast
            let bTime = b.entry.modified ?? .distantPast
            if aTime != bTime { return aTime > bTime }
            return a.entry.id > b.entry.id
        }
        return found.map(\.entry)
    }

    /// Takes the lock on session `id`; throws `.locked(id, pid)` when another shell holds it.
    ///
    /// Hold the returned lock for as long as you work on the session; a second lock on the same
    /// session is refused, in this process as in any other.
    public func lock(id: SessionID) throws(StoreError) -> SessionLock {
        try Self.makeFolder(folderPath)
        return try SessionLock.acquire(id: id, path: lockPath(for: id))
    }

    /// A new id for a session held on `date` (`YYYY-MM-DD`) that no stored session or lock uses yet.
    public func newID<G: RandomNumberGenerator>(date: String, using generator: inout G) throws(StoreError) -> SessionID {
        for _ in 0..<1000 {
            let id = SessionID.generate(date: date, using: &generator)
            var st = stat()
            if lstat(filePath(for: id), &st) != 0 && lstat(lockPath(for: id), &st) != 0 { return id }
        }
        throw .cannotCreate(path: folderPath, reason: "no free session id was found")
    }

    /// A new id for a session held on `date` that no stored session or lock uses yet.
    public func newID<G: RandomNumberGenerator>(date: CalendarDate, using generator: inout G) throws(StoreError) -> SessionID {
        try newID(date: date.iso, using: &generator)
    }

    /// Creates `path` and any missing folders above it, each with permissions 0700.
    static func makeFolder(_ path: String) throws(StoreError) {
        var st = stat()
        if stat(path, &st) == 0 {
            if st.st_mode & S_IFMT == S_IFDIR { return }
            throw .cannotCreate(path: path, reason: "a file with that name is in the way")
        }
        let parent = Locations.parent(path)
        if !parent.isEmpty && parent != path { try makeFolder(parent) }
        if mkdir(path, 0o700) != 0 {
            let code = errno
            if code == EEXIST && stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR { return }
            throw .cannotCreate(path: path, reason: AtomicFile.errorText(code))
        }
        _ = chmod(path, 0o700)  // whatever the umask
    }

    /// Makes the open session file `fd` private (0600) when `path` names it directly, not through a link.
    static func tighten(_ fd: Int32, _ st: stat, path: String) -> LoosePermissions {
        let was = st.st_mode & 0o7777
        var named = stat()
        guard lstat(path, &named) == 0, named.st_mode & S_IFMT == S_IFREG, named.st_ino == st.st_ino, named.st_dev == st.st_dev else {
            return LoosePermissions(path: path, mode: was, failure: "it is reached through a link")
        }
        if fchmod(fd, 0o600) != 0 { return LoosePermissions(path: path, mode: was, failure: AtomicFile.errorText(errno)) }
        return LoosePermissions(path: path, mode: was, failure: nil)
    }

    /// A file's modification time from its `stat`.
    static func modificationDate(_ st: stat) -> Date {
        Date(timeIntervalSince1970: TimeInterval(nanoseconds(st)) / 1e9)
    }
}
