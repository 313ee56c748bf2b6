import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A session file whose state a quick check found to differ from the index and its journal: its line now, nil when it is gone.
struct SettledChange: Equatable {
    var id: String
    var header: SessionHeader?
}

extension SessionStore {
    /// Records in the journal what a quick check found beyond the index and its journal (files removed, added or replaced
    /// by another program), so that the commands after it need not list the folder to find the same again; then stamps
    /// the index when the folder is old enough (`stampIndex`). Without this, every command after such a change listed
    /// the folder until the next save wrote the index whole again.
    ///
    /// Only when nothing else changed the index meanwhile: under its lock (not waited for), the index must still be the
    /// one read (`index`) and the journal exactly as long as when it was read. A record per file, the last carrying the
    /// first line after all of them (the listing's fingerprint and count): the ones before it carry a fingerprint no
    /// listing gives, so a crash between them leaves a journal the next listing does not match, not a wrong one.
    func settle(_ changes: [SettledChange], listed scan: Scan, summary: SessionIndex.Summary, journal: IndexJournal,
                index written: SessionIndex.Top, indexInode: UInt64, before: stat?, after: stat?) {
        guard !changes.isEmpty, let lock = IndexLock(path: indexPath, waiting: false) else { return }
        defer { lock.release() }
        var locked = stat()
        guard fstat(lock.fd, &locked) == 0, UInt64(locked.st_ino) == indexInode,
              let now = Self.readIndexTop(fd: lock.fd), now.journal == written.journal else { return }
        let fd = open(journalPath, O_RDWR | O_CREAT | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        defer { _ = close(fd) }
        let (current, size) = Self.readJournal(fd: fd, for: written.journal)
        guard current.length == journal.length, size == journal.length else { return }
        var top = journal.top ?? written
        top.fingerprint = scan.fingerprint
        top.count = scan.count
        top.summary = summary
        var records: [UInt8] = []
        for (at, change) in changes.enumerated() {
            var step = top
            if at < changes.count - 1 { step.fingerprint &+= 1 }
            records += IndexJournal.record(top: step, id: change.id, header: change.header, journal: written.journal)
        }
        guard journal.length + records.count <= IndexJournal.limit(indexSize: Int(locked.st_size)) else {
            var all = journal
            for change in changes { all = all.adding(id: change.id, header: change.header) }
            compact(fd: lock.fd, changes: all)
            return
        }
        var done = 0
        while done < records.count {
            let wrote = records.withUnsafeBytes { pwrite(fd, $0.baseAddress.map { $0 + done }, records.count - done, off_t(journal.length + done)) }
            if wrote < 0 && errno == EINTR { continue }
            guard wrote > 0 else {
                _ = ftruncate(fd, off_t(journal.length))
                return
            }
            done += wrote
        }
        stampIndex(inode: indexInode, before: before, after: after, fingerprint: scan.fingerprint)
    }
}
