import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a crash at any moment leaves either the old or the new content.
///
/// The data goes to a temporary file in the same folder (named `.<name>.<random>.tmp`), is
/// written in full and flushed to disk with `fsync`, then renamed over the target; finally the
/// folder itself is flushed so the rename survives a power cut.
public enum AtomicFile {
    /// Replaces the file at `url` with `data` in one step; the file ends with permissions `mode`.
    ///
    /// The folder must exist. The temporary file is removed when anything fails, and the old
    /// content (if any) is then left untouched. `mode` is applied exactly, whatever the umask. Without
    /// `durable` nothing is flushed to disk: the rename is still all or nothing while the system runs,
    /// but a power cut may lose the file (for caches that are built again, such as the sessions index).
    ///
    /// Returns the new file's `stat` as it was written (its inode number, size and time), before anything else could change it.
    @discardableResult
    public static func write(_ data: Data, to url: URL, mode: mode_t = 0o600, durable: Bool = true) throws(StoreError) -> stat {
        try write(data, toPath: url.path, mode: mode, durable: durable)
    }

    /// `write(_:to:mode:durable:)` for a file given by its path (no `URL`: the first `URL.path` in a process costs a scan
    /// of every conformance in the binary, a tenth of a millisecond before the first prompt).
    @discardableResult
    public static func write(_ data: Data, toPath target: String, mode: mode_t = 0o600, durable: Bool = true) throws(StoreError) -> stat {
        let (folder, name) = split(target)
        let (fd, temp) = try createTemporary(in: folder, name: name, target: target, mode: mode)
        var keepTemp = false
        var written = stat()
        defer {
            if !keepTemp { _ = unlink(temp) }
        }
        do {
            defer { _ = close(fd) }
            if fchmod(fd, mode) != 0 { throw StoreError.io(path: target, reason: errorText(errno)) }
            let failure = data.withUnsafeBytes { writeAll(fd, $0) }
            if let failure { throw StoreError.io(path: target, reason: errorText(failure)) }
            if durable && fsync(fd) != 0 { throw StoreError.io(path: target, reason: errorText(errno)) }
            if fstat(fd, &written) != 0 { throw StoreError.io(path: target, reason: errorText(errno)) }
        }
        // Not durable (a cache): swapped with the old file, which is then removed. ext4 writes out a file renamed over
        // another at once (so the next flush of any file waits for it); a swap leaves the writing to the system.
        if !durable, let exchange = renameExchange, exchange(AT_FDCWD, temp, AT_FDCWD, target, renameExchangeFlag) == 0 {
            return written  // the temporary name now holds the old file: removed on the way out
        }
        if rename(temp, target) != 0 {
            let code = errno
            throw code == EISDIR
                ? StoreError.io(path: target, reason: "a folder has that name")
                : StoreError.io(path: target, reason: errorText(code))
        }
        keepTemp = true  // renamed: it is the target now
        if durable { try syncFolder(folder) }
        return written
    }

    /// `renameat2` where the C library has it (Linux), to swap two names in one step; nil elsewhere.
    private static let renameExchange: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32)? = {
        #if os(Linux)
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32).self)
        #else
        return nil
        #endif
    }()

    /// `RENAME_EXCHANGE` of `renameat2`.
    private static let renameExchangeFlag: UInt32 = 2

    /// Whether `name` is one of our temporary files (starts with "." and ends with ".tmp").
    public static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(".tmp") && name.utf8.count > 5
    }

    /// The folder and the name of the file at `path` ("." for a bare name).
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", path) }
        let name = String(path[path.utf8.index(after: slash)...])
        return (slash == path.startIndex ? "/" : String(path[..<slash]), name)
    }

    /// Opens a new, empty temporary file in `folder` for the file `name` (at `target`); returns its descriptor and path.
    private static func createTemporary(in folder: String, name: String, target: String, mode: mode_t) throws(StoreError) -> (Int32, String) {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        var random = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let tag = String(random.next() & 0xFFFF_FFFF_FFFF, radix: 36)
            let temp = base + ".\(name).\(tag).tmp"
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
            if fd >= 0 { return (fd, temp) }
            let code = errno
            if code == EEXIST || code == EINTR { continue }
            throw .cannotCreate(path: target, reason: errorText(code))
        }
        throw .cannotCreate(path: target, reason: "no free name for a temporary file")
    }

    /// Flushes a folder's entries to disk, so a rename or new file inside it is durable.
    static func syncFolder(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw .io(path: path, reason: errorText(errno)) }
        defer { _ = close(fd) }
        // Some file systems cannot flush a folder and say EINVAL; the data itself is already safe.
        if fsync(fd) != 0, errno != EINVAL { throw .io(path: path, reason: errorText(errno)) }
    }

    /// Writes every byte of `bytes` to `fd` (at `offset` when given, else where it stands), retrying short writes and
    /// interruptions; returns errno on failure.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int? = nil) -> Int32? {
        guard var next = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let done = bytes.count - left
            #if canImport(Glibc)
            let written = offset.map { pwrite(fd, next, left, off_t($0 + done)) } ?? Glibc.write(fd, next, left)
            #else
            let written = offset.map { pwrite(fd, next, left, off_t($0 + done)) } ?? Darwin.write(fd, next, left)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            next += written
            left -= written
        }
        return nil
    }

    /// Reads everything from `fd` (at most `limit` bytes); returns the bytes and errno on failure (EFBIG past the limit).
    static func readAll(_ fd: Int32, limit: Int) -> (data: Data, failure: Int32?) {
        var data = Data()
        // Not zero-filled first: the system gives the process only the pages a read writes into (16 page faults saved).
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 1)
        defer { buffer.deallocate() }
        while true {
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                return (data, errno)
            }
            if count == 0 { return (data, nil) }
            if data.count + count > limit { return (data, EFBIG) }
            data.append(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
        }
    }

    /// Reads everything from `fd` (at most `limit` bytes) into an array, in one read of the file's size when that is
    /// known; returns errno on failure (EFBIG past the limit). For a start's script: no `Data`, no copy.
    static func readBytes(_ fd: Int32, limit: Int) -> (bytes: [UInt8], failure: Int32?) {
        var st = stat()
        let size = fstat(fd, &st) == 0 ? Int(st.st_size) : 0
        guard size > 0, size <= limit else {  // a size not known (a pipe, /proc) or too large: read in blocks
            let (data, failure) = readAll(fd, limit: limit)
            return ([UInt8](data), failure)
        }
        var failure: Int32?
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let got = read(fd, buffer.baseAddress! + count, size - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failure = errno }
                if got <= 0 { return }
                count += got
            }
        }
        guard failure == nil, bytes.count == size else { return (bytes, failure) }
        var next: UInt8 = 0  // the file may have grown since: one byte more says whether it did
        var got = read(fd, &next, 1)
        while got < 0, errno == EINTR { got = read(fd, &next, 1) }
        if got < 0 { return (bytes, errno) }
        guard got == 1 else { return (bytes, nil) }
        guard size < limit else { return (bytes, EFBIG) }  // grown past the limit since
        let rest = readAll(fd, limit: limit - size - 1)
        bytes.append(next)
        bytes += rest.data
        return (bytes, rest.failure)
    }

    /// The bytes of the file at `path` (at most `limit`), or nil when it cannot be opened or read whole; `followLinks`
    /// false refuses a path that is a link. Never blocks on a named pipe.
    static func readBytes(atPath path: String, limit: Int, followLinks: Bool = true) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else { return nil }
        defer { _ = close(fd) }
        let read = readBytes(fd, limit: limit)
        return read.failure == nil ? read.bytes : nil
    }

    /// The system's text for an errno value, such as "Permission denied".
    static func errorText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
