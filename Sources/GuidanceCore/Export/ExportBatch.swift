import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files written together, all or nothing: the exports, the record of what guidance wrote, the calendar state.
///
/// Every file is first written in full to a temporary file beside its target and flushed (all written, then all
/// flushed, so the disk does the work together); only when
/// all of them are on disk are they renamed into place, in the order given. An old file that a rename
/// replaces is kept under a temporary name (a hard link) until every rename has succeeded, so a rename
/// that fails half-way puts the earlier files back. Put the file whose failure matters most first: the
/// record of written files, so a failure to write it leaves no new export behind. The folders are
/// flushed before the batch counts as written; when that fails, the old files are put back too.
public struct ExportBatch: Sendable {
    /// One file of the batch: where it goes, what it holds and its permissions.
    public struct File: Sendable {
        /// The target's absolute path; its folder must exist.
        public var path: String
        /// The whole content.
        public var data: Data
        /// The permissions the file ends with, applied exactly.
        public var mode: mode_t

        /// A file to write at `path` with `data` and permissions `mode`.
        public init(path: String, data: Data, mode: mode_t) {
            self.path = path; self.data = data; self.mode = mode
        }
    }

    /// The files, in the order they are renamed into place.
    public var files: [File]

    /// A batch of these files.
    public init(_ files: [File]) { self.files = files }

    /// Writes every file, or (when anything fails) none of them, leaving the old contents in place.
    public func write() throws(StoreError) {
        var staged: [String] = []
        var backups: [String?] = []
        var placed = 0
        var done = false
        defer {
            if !done {
                for index in stride(from: placed - 1, through: 0, by: -1) {
                    if let backup = backups[index] { _ = rename(backup, files[index].path) } else { _ = unlink(files[index].path) }
                }
                for temp in staged.dropFirst(placed) { _ = unlink(temp) }
                for case let backup? in backups.dropFirst(placed) { _ = unlink(backup) }
            }
        }
        // Every file is written first and its write-back started, then each is flushed: the disk works on them
        // all at once, and each flush finds most of its work done (one journal commit rather than one per file).
        var unflushed: [(fd: Int32, path: String)] = []
        defer { for file in unflushed { _ = close(file.fd) } }
        for file in files {
            let (fd, temp) = try Self.stage(file)
            staged.append(temp)
            unflushed.append((fd, file.path))
            Self.startWriteBack(fd)
        }
        while let file = unflushed.first {
            let failure: Int32? = fsync(file.fd) != 0 ? errno : nil
            _ = close(file.fd)
            unflushed.removeFirst()
            if let failure { throw .io(path: file.path, reason: AtomicFile.errorText(failure)) }
        }
        for (index, file) in files.enumerated() {
            backups.append(Self.keepOld(file.path))
            if rename(staged[index], file.path) != 0 {
                let code = errno
                throw .io(path: file.path, reason: code == EISDIR ? "a folder has that name" : AtomicFile.errorText(code))
            }
            placed += 1
        }
        var synced = Set<String>()
        for file in files {
            let folder = (file.path as NSString).deletingLastPathComponent
            if synced.insert(folder).inserted { try AtomicFile.syncFolder(folder) }
        }
        done = true
        for case let backup? in backups { _ = unlink(backup) }
    }

    /// Writes `file` to a new temporary file beside its target, not yet flushed; returns the open descriptor
    /// (the caller flushes and closes it) and the temporary path.
    static func stage(_ file: File) throws(StoreError) -> (fd: Int32, temp: String) {
        let (fd, temp) = try createBeside(file.path, suffix: "tmp", mode: file.mode)
        var failure: Int32? = fchmod(fd, file.mode) != 0 ? errno : nil
        if failure == nil { failure = file.data.withUnsafeBytes { AtomicFile.writeAll(fd, $0) } }
        if let failure {
            _ = close(fd)
            _ = unlink(temp)
            throw .io(path: file.path, reason: AtomicFile.errorText(failure))
        }
        return (fd, temp)
    }

    /// Starts writing the file's data to disk without waiting (Linux `sync_file_range`, when the C library has it);
    /// the `fsync` that follows still waits for all of it. Elsewhere nothing happens here.
    static func startWriteBack(_ fd: Int32) {
        #if os(Linux)
        if let start = syncFileRange { _ = start(fd, 0, 0, 2) }  // SYNC_FILE_RANGE_WRITE
        #endif
    }

    #if os(Linux)
    /// `sync_file_range(2)`, found in the C library at run time (Swift's Glibc module does not declare it).
    private static let syncFileRange: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32)? = {
        guard let symbol = dlsym(nil, "sync_file_range") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32).self)
    }()
    #endif

    /// A second name (hard link) for the ordinary file at `path`, so it can be put back; nil when there is none.
    static func keepOld(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        for _ in 0..<100 {
            let backup = temporaryName(beside: path, suffix: "old.tmp")
            if link(path, backup) == 0 { return backup }
            if errno != EEXIST { return nil }
        }
        return nil
    }

    /// Opens a new, empty file with a temporary name beside `path`.
    static func createBeside(_ path: String, suffix: String, mode: mode_t) throws(StoreError) -> (Int32, String) {
        for _ in 0..<100 {
            let temp = temporaryName(beside: path, suffix: suffix)
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
            if fd >= 0 { return (fd, temp) }
            let code = errno
            if code == EEXIST || code == EINTR { continue }
            throw .cannotCreate(path: path, reason: AtomicFile.errorText(code))
        }
        throw .cannotCreate(path: path, reason: "no free name for a temporary file")
    }

    /// `.<name>.<random>.<suffix>` in the folder of `path`: a name `AtomicFile.isTemporaryName` knows when `suffix` ends in `tmp`.
    static func temporaryName(beside path: String, suffix: String) -> String {
        var random = SystemRandomNumberGenerator()
        let tag = String(random.next() & 0xFFFF_FFFF_FFFF, radix: 36)
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(tag).\(suffix)").path
    }
}
