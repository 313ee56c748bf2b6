import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SessionStore {
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
    static func readIndexHeaders(_ path: String) -> (headers: [SessionHeader], inode: UInt64, top: SessionIndex.Top)? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = close(fd) }
        return readIndexHeaders(fd: fd)
    }

    /// The headers of the open index file `fd`: see `readIndexHeaders(_:)`.
    static func readIndexHeaders(fd: Int32) -> (headers: [SessionHeader], inode: UInt64, top: SessionIndex.Top)? {
        var top: SessionIndex.Top?
        var headers: [SessionHeader] = []
        let read = forEachIndexLine(fd: fd) { line, first in
            if first {
                top = SessionIndex.top(of: Substring(decoding: line, as: UTF8.self) + "\n")
                guard let top else { return false }
                headers.reserveCapacity(top.count + 16)
                return true
            }
            guard let header = SessionIndex.header(bytes: line) else { return false }
            headers.append(header)
            return true
        }
        guard let read, let top else { return nil }
        return (headers, read.inode, top)
    }

    /// Calls `body` with each line of the open index file `fd` (without its line end; `first` for the first line), read a
    /// block at a time, until it returns false; the file's inode number, or nil when it could not be read whole, is not
    /// UTF-8, holds an empty line, ends inside a line, or `body` stopped.
    static func forEachIndexLine(fd: Int32, _ body: (UnsafeBufferPointer<UInt8>, _ first: Bool) -> Bool) -> (inode: UInt64, size: Int)? {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, st.st_size <= maximumFileSize else { return nil }
        var pending: [UInt8] = []  // the bytes of a line not yet ended
        var first = true
        var offset = 0
        // The file's size and a byte more, read at once (the last read finds the end), up to 256 KB a read: a small index
        // is not read into a quarter of a megabyte of zeros, which the system must first give the process page by page.
        let block = max(4096, min(256 * 1024, Int(st.st_size) + 1))
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
            let stopped = text.withUTF8 { bytes -> Bool in
                guard let base = bytes.baseAddress else { return true }
                var start = 0
                // The text ends with a line end; an empty line is a damaged one.
                while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
                    let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    defer { start = end + 1; first = false }
                    guard end > start, body(UnsafeBufferPointer(rebasing: bytes[start..<end]), first) else { return true }
                }
                return false
            }
            if stopped { return nil }
        }
        guard !first, pending.isEmpty else { return nil }
        return (UInt64(st.st_ino), offset)
    }

    /// The journal file's path (`IndexJournal`).
    public var journalURL: URL { folder.appendingPathComponent(IndexJournal.fileName, isDirectory: false) }

    /// `journalURL` as a path.
    var journalPath: String { pathInFolder(IndexJournal.fileName) }

    /// The records of the journal that follow the index whose first line says `journal`; none when there is no journal,
    /// it cannot be read, or it is larger than a journal gets.
    func readJournal(for journal: UInt64) -> IndexJournal {
        let fd = open(journalPath, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return IndexJournal() }
        defer { _ = close(fd) }
        return Self.readJournal(fd: fd, for: journal).journal
    }

    /// The records of the open journal `fd` (see `readJournal(for:)`), and the file's size.
    static func readJournal(fd: Int32, for journal: UInt64) -> (journal: IndexJournal, size: Int) {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return (IndexJournal(), 0) }
        let size = Int(st.st_size)
        guard size > 0, size <= IndexJournal.maximumSize, let read = readIndexBytes(fd: fd) else { return (IndexJournal(), size) }
        return (read.bytes.withUnsafeBufferPointer { IndexJournal.reading($0, journal: journal) }, size)
    }

    /// The folder's `stat`, or nil when it cannot be examined.
    static func folderStat(_ path: String) -> stat? {
        var st = stat()
        return stat(path, &st) == 0 ? st : nil
    }

    /// Writes the folder's stamp into the index file `inode` (in place: the folder does not change) when the folder did not
    /// change while it was listed and last changed long enough ago that a later change cannot share its time; not when
    /// `written`, the stamp the index was read with, is that stamp already (the file's page is then left clean).
    func stampIndex(inode: UInt64, before: stat?, after: stat?, fingerprint: UInt64, written: SessionIndex.FolderStamp? = nil) {
        guard let before, let after else { return }
        let stamp = SessionIndex.FolderStamp(before, fingerprint: fingerprint)
        guard stamp != written, stamp == SessionIndex.FolderStamp(after, fingerprint: fingerprint),
              Date().timeIntervalSince1970 * 1e9 - Double(stamp.changed) >= stampAge * 1e9 else { return }
        let fd = open(indexPath, O_WRONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { _ = close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, UInt64(st.st_ino) == inode else { return }
        let field = Array(stamp.text.utf8)
        _ = field.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(SessionIndex.FolderStamp.offset)) }
    }

    /// A file's modification time from its `stat`, in nanoseconds since 1970.
    public static func nanoseconds(_ st: stat) -> Int64 {
        #if canImport(Darwin)
        let time = st.st_mtimespec
        #else
        let time = st.st_mtim
        #endif
        return Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
    }
}
