import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Held while one process reads, checks and writes the record of written files, so two exports never interleave.
///
/// `flock(LOCK_EX)` on a lock file beside the record; taking it waits for another holder to finish
/// (an export holds it for the moment it takes to write its files). The kernel drops the lock when
/// the process dies. The lock file is left in place: removing it would let a waiting process lock a
/// file that is no longer the one at its path.
public final class ExportRecordLock: @unchecked Sendable {
    /// The lock file's path.
    public let path: String
    private let guardLock = NSLock()
    private var fd: Int32

    /// Waits for and takes the lock at `path`, creating the file (0600) when it is missing.
    public init(path: String) throws(StoreError) {
        self.path = path
        var opened: Int32 = -1
        repeat { opened = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600) } while opened < 0 && errno == EINTR
        if opened < 0 { throw .cannotCreate(path: path, reason: AtomicFile.errorText(errno)) }
        var result: Int32
        repeat { result = flock(opened, LOCK_EX) } while result != 0 && errno == EINTR
        if result != 0 {
            let code = errno
            _ = close(opened)
            throw .io(path: path, reason: AtomicFile.errorText(code))
        }
        fd = opened
    }

    deinit { release() }

    /// Gives up the lock; calling it again does nothing.
    public func release() {
        guardLock.lock()
        defer { guardLock.unlock() }
        guard fd >= 0 else { return }
        _ = close(fd)
        fd = -1
    }
}
