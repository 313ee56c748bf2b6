import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Held while the sessions index is changed, so two processes changing it at once do not lose each other's entries.
///
/// `flock(LOCK_EX)` on the index file itself, as it is when locked: every change replaces the file (a new one renamed
/// into place) while holding the lock on the old one, so a process that waited and then finds another file at the path
/// locks that one instead. No other file is made; the kernel drops the lock when its process dies. The index is a cache
/// checked against the files: a writer that cannot get the lock leaves the index as it is.
final class IndexLock {
    /// The locked index file, open for reading.
    private(set) var fd: Int32

    /// Locks the index at `path`; nil when there is none (or it is no ordinary file), or it could not be locked
    /// (`waiting`: within `patience` seconds).
    init?(path: String, waiting: Bool, patience: Double = 2) {
        let deadline = Date().addingTimeInterval(waiting ? patience : 0)
        fd = -1
        while true {
            fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            var result = flock(fd, LOCK_EX | LOCK_NB)
            while result != 0 && (errno == EINTR || (errno == EWOULDBLOCK && Date() < deadline)) {
                if errno == EWOULDBLOCK { usleep(1000) }
                result = flock(fd, LOCK_EX | LOCK_NB)
            }
            var open = stat()
            var named = stat()
            guard result == 0, fstat(fd, &open) == 0, open.st_mode & S_IFMT == S_IFREG else {
                release()
                return nil
            }
            // Replaced while we waited: the lock that matters is the new file's.
            if stat(path, &named) == 0, named.st_dev == open.st_dev, named.st_ino == open.st_ino { return }
            release()
            guard Date() < deadline || !waiting else { return nil }
        }
    }

    deinit { release() }

    /// Gives up the lock; calling it again does nothing.
    func release() {
        guard fd >= 0 else { return }
        _ = close(fd)
        fd = -1
    }
}
