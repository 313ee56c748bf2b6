import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Held while a shell works on a session; released on `release()` or when it goes away.
///
/// The lock is `flock(LOCK_EX)` on the file `<id>.lock` beside the session, which holds the
/// owner's process id and host name. The kernel drops an `flock` when its process dies, even
/// on `kill -9`, so a crashed shell never blocks the session. A second lock on the same session
/// is refused even inside the same process, because each attempt opens the file anew.
public final class SessionLock: @unchecked Sendable {
    /// The session this lock protects.
    public let id: SessionID
    /// The lock file's path.
    public let path: String

    private let guardLock = NSLock()
    private var fd: Int32
    private let device: UInt64
    private let inode: UInt64

    /// Takes the lock at `path` for `id`, or throws `.locked` naming the process that holds it.
    ///
    /// After `flock` succeeds the file is checked to still be the one at `path` (same device and
    /// inode): a releaser may have removed it between our `open` and our `flock`, and a lock on
    /// a removed file protects nothing, so we then start again. `beforeLock` runs between `open`
    /// and `flock` on every attempt; tests use it to provoke that race.
    static func acquire(id: SessionID, path: String, beforeLock: () -> Void = {}) throws(StoreError) -> SessionLock {
        for _ in 0..<100 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
            if fd < 0 {
                if errno == EINTR { continue }
                throw .cannotCreate(path: path, reason: AtomicFile.errorText(errno))
            }
            beforeLock()
            var result = flock(fd, LOCK_EX | LOCK_NB)
            while result != 0 && errno == EINTR { result = flock(fd, LOCK_EX | LOCK_NB) }
            if result != 0 {
                let code = errno
                let stillCurrent = isCurrent(fd, path: path)
                let pid = (code == EWOULDBLOCK && stillCurrent != nil) ? ownerPID(fd) : nil
                _ = close(fd)
                // The holder is removing a file we opened too late: try the new one.
                if code == EWOULDBLOCK && stillCurrent == nil { continue }
                if code == EWOULDBLOCK { throw .locked(id, pid: pid) }
                throw .io(path: path, reason: AtomicFile.errorText(code))
            }
            guard let (device, inode, size) = isCurrent(fd, path: path) else {
                _ = close(fd)  // we locked a file its owner had just removed
                continue
            }
            // Written over the start, then cut to its length only when an older owner's line was longer: a file cut to
            // nothing and written again is flushed to disk when it is closed on ext4 (its auto_da_alloc), about 0.3 ms.
            let owner = Array("\(getpid()) \(hostName())\n".utf8)
            let failure: Int32? = owner.withUnsafeBytes { bytes in
                if let failure = AtomicFile.writeAll(fd, bytes, at: 0) { return failure }
                return size > owner.count && ftruncate(fd, off_t(owner.count)) != 0 ? errno : nil
            }
            let lock = SessionLock(id: id, path: path, fd: fd, device: device, inode: inode)
            if let failure {
                lock.release()
                throw .io(path: path, reason: AtomicFile.errorText(failure))
            }
            return lock
        }
        throw .io(path: path, reason: "the lock file kept changing while it was being taken")
    }

    private init(id: SessionID, path: String, fd: Int32, device: UInt64, inode: UInt64) {
        self.id = id
        self.path = path
        self.fd = fd
        self.device = device
        self.inode = inode
    }

    deinit {
        release()
    }

    /// Whether this lock is still held.
    public var isHeld: Bool {
        guardLock.lock()
        defer { guardLock.unlock() }
        return fd >= 0
    }

    /// Gives up the lock and removes the lock file; calling it again does nothing.
    ///
    /// The file is removed only while it is still ours, and before the descriptor is closed,
    /// so no other process can hold a lock on a file we then remove.
    public func release() {
        guardLock.lock()
        defer { guardLock.unlock() }
        guard fd >= 0 else { return }
        var st = stat()
        if stat(path, &st) == 0, UInt64(st.st_dev) == device, UInt64(st.st_ino) == inode {
            _ = unlink(path)
        }
        _ = close(fd)
        fd = -1
    }

    /// The device, inode and size of `fd` when it is still the file at `path`, else nil.
    private static func isCurrent(_ fd: Int32, path: String) -> (UInt64, UInt64, Int)? {
        var open = stat()
        var named = stat()
        guard fstat(fd, &open) == 0, stat(path, &named) == 0,
              open.st_dev == named.st_dev, open.st_ino == named.st_ino else { return nil }
        return (UInt64(open.st_dev), UInt64(open.st_ino), Int(open.st_size))
    }

    /// The process id written at the start of the lock file, when there is one.
    private static func ownerPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self)
        guard let first = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).first,
              let pid = Int32(first), pid > 0 else { return nil }
        return pid
    }

    /// This machine's host name, or "unknown".
    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown" }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
