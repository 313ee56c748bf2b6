import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file that a save left behind when it was stopped (a crash, `kill -9`) before its rename.
///
/// It may hold a session one step ahead of its session file: the answer being saved when the
/// shell stopped, which was never acknowledged. The store keeps such a file until someone
/// decides: `restore` makes it the session file, `discard` removes it.
public struct Leftover: Sendable, Equatable {
    /// The session it was written for.
    public let id: SessionID
    /// Its path (`.<id>.json.<tag>.tmp` in the sessions folder).
    public let path: String
    /// When it was last written.
    public let modified: Date
    /// Whether the session file is missing (the shell stopped while creating the session).
    public let sessionMissing: Bool
}

extension SessionStore {
    /// Temporary files newer than their session file (or whose session file is missing), oldest first.
    ///
    /// Files being written right now by a shell that holds the session's lock are left out.
    public func leftovers() -> [Leftover] {
        leftovers(among: (try? FileManager.default.contentsOfDirectory(atPath: folderPath)) ?? [])
    }

    /// The leftovers among the file names `names` of the folder (a listing made already): see `leftovers()`.
    public func leftovers(among names: [String]) -> [Leftover] {
        names.compactMap { name in
            guard let leftover = leftover(named: name), !isOpenInLiveShell(leftover.id) else { return nil }
            return leftover
        }.sorted { ($0.modified, $0.path) < ($1.modified, $1.path) }
    }

    /// The leftovers of session `id`, oldest first (see `leftovers()`).
    public func leftovers(for id: SessionID) -> [Leftover] {
        leftovers().filter { $0.id == id }
    }

    /// The bytes of a leftover; throws `.corrupt` for one that is not an ordinary file or is too large.
    public func load(_ leftover: Leftover) throws(StoreError) -> Data {
        let fd = open(leftover.path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 { throw .io(path: leftover.path, reason: AtomicFile.errorText(errno)) }
        defer { _ = close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else {
            throw .corrupt(path: leftover.path, detail: "it is not an ordinary file")
        }
        let (data, failure) = AtomicFile.readAll(fd, limit: Self.maximumFileSize)
        if let failure { throw .io(path: leftover.path, reason: AtomicFile.errorText(failure)) }
        return data
    }

    /// Makes `leftover` the session file of its session (an atomic save of its bytes), then removes it.
    ///
    /// Hold the session's lock while restoring.
    public func restore(_ leftover: Leftover) throws(StoreError) {
        try save(try load(leftover), id: leftover.id)
        discard(leftover)
    }

    /// Removes `leftover` from the sessions folder.
    public func discard(_ leftover: Leftover) {
        _ = unlink(leftover.path)
        try? AtomicFile.syncFolder(folderPath)
    }

    /// Removes the temporary file `name` when it is stale: older than its session file, which was saved after it.
    ///
    /// A save in progress is always newer than the session file (a shell creates its temporary file
    /// after its last save), so only files no save will rename are removed. A temporary name that
    /// names no session is removed when older than `temporaryFileMaximumAge`. Leftovers newer than
    /// their session file stay for `leftovers()`.
    func removeIfStale(_ name: String) {
        let path = pathInFolder(name)
        var st = stat()
        guard lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return }
        let modified = Self.modificationDate(st)
        if let id = Self.sessionID(inTemporaryName: name) {
            var session = stat()
            guard lstat(filePath(for: id), &session) == 0, modified < Self.modificationDate(session) else { return }
            _ = unlink(path)
        } else if Date().timeIntervalSince(modified) > Self.temporaryFileMaximumAge {
            _ = unlink(path)
        }
    }

    /// The session id in a temporary file's name `.<id>.json.<tag>.tmp`, or nil for any other name.
    static func sessionID(inTemporaryName name: String) -> SessionID? {
        guard AtomicFile.isTemporaryName(name) else { return nil }
        let inner = name.dropFirst().dropLast(".tmp".count)
        guard let dot = inner.lastIndex(of: ".") else { return nil }
        let file = inner[..<dot]
        guard file.hasSuffix(".json") else { return nil }
        return try? SessionID(validating: String(file.dropLast(".json".count)))
    }

    /// The leftover named `name`, when it is a temporary file newer than its session file (or has none).
    private func leftover(named name: String) -> Leftover? {
        guard let id = Self.sessionID(inTemporaryName: name) else { return nil }
        let path = pathInFolder(name)
        var st = stat()
        guard lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        let modified = Self.modificationDate(st)
        var session = stat()
        if lstat(filePath(for: id), &session) == 0 {
            guard modified >= Self.modificationDate(session) else { return nil }
            return Leftover(id: id, path: path, modified: modified, sessionMissing: false)
        }
        return Leftover(id: id, path: path, modified: modified, sessionMissing: true)
    }

    /// Whether the lock file of `id` names a process of this machine that is still running.
    ///
    /// This process does not count: it holds the lock itself when it asks. The lock file is only read: taking the lock, even for a moment, would refuse a shell starting now.
    private func isOpenInLiveShell(_ id: SessionID) -> Bool {
        guard let text = try? String(contentsOfFile: lockPath(for: id), encoding: .utf8) else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard let first = words.first, let pid = Int32(first), pid > 0, pid != getpid() else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
