import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SessionStore {
    /// Brings the index up to date with one session file just saved (`header`) or removed (nil), when there is an index;
    /// `replaced` is the inode number of the file the save or removal replaced (nil when there was none).
    ///
    /// Holding the index's lock (so two shells saving at once both keep their entry): a record is added to the journal
    /// (`IndexJournal`) with the index's first line after the change, its fingerprint and summary worked out from the last
    /// record's. The index itself is read only for its first line, so a save costs the same whatever the folder holds; it
    /// is written whole again, and the journal emptied, when the journal has grown past `IndexJournal.limit(indexSize:)` or a session
    /// the summary picks no longer qualifies. No index, or one that cannot be read, is left as it is: the next command
    /// builds it from the files. Nothing here can make the index trusted over the files: its fingerprint still names the
    /// files it describes.
    public func updateIndex(id: String, with header: SessionHeader?, replaced: UInt64?) {
        guard let lock = IndexLock(path: indexPath, waiting: true) else { return }
        defer { lock.release() }
        guard let written = Self.readIndexTop(fd: lock.fd) else { return }
        let fd = open(journalPath, O_RDWR | O_CREAT | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        defer { _ = close(fd) }
        let (journal, size) = Self.readJournal(fd: fd, for: written.journal)
        let previous = journal.top ?? written
        // The file the index knew: the journal's line for it when it has one (as a line of the index says), else the one replaced.
        let old: UInt64? = journal.latest[id].map { $0?.inode } ?? replaced
        let name = Array((id + ".json").utf8)
        var next = previous
        if let old {
            next.fingerprint &-= SessionIndex.fingerprint(name: name, inode: old)
            next.count -= 1
        }
        if let header {
            next.fingerprint &+= SessionIndex.fingerprint(name: name, inode: header.inode)
            next.count += 1
        }
        var indexStat = stat()
        let indexSize = fstat(lock.fd, &indexStat) == 0 ? Int(indexStat.st_size) : 0
        guard let summary = previous.summary.updated(touched: [id], read: header.map { [$0] } ?? []),
              journal.length < IndexJournal.limit(indexSize: indexSize) else {
            compact(fd: lock.fd, changes: journal.adding(id: id, header: header))
            return
        }
        next.summary = summary
        // A record cut short by a crash (or the records of an index written since) is cut off before this one is added.
        if size != journal.length { _ = ftruncate(fd, off_t(journal.length)) }
        let record = IndexJournal.record(top: next, id: id, header: header, journal: written.journal)
        var done = 0
        while done < record.count {
            let wrote = record.withUnsafeBytes { pwrite(fd, $0.baseAddress.map { $0 + done }, record.count - done, off_t(journal.length + done)) }
            if wrote < 0 && errno == EINTR { continue }
            // A record half written is no record (its check fails): cut it off, and let the next command find the file.
            guard wrote > 0 else { _ = ftruncate(fd, off_t(journal.length)); return }
            done += wrote
        }
    }

    /// The first line of the open index file `fd`, reading little more than it; nil when it is no index of this format.
    static func readIndexTop(fd: Int32) -> SessionIndex.Top? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        var prefix = 4096
        while true {
            if let read = readIndexBytes(fd: fd, prefix: prefix), let end = read.bytes[..<read.end].firstIndex(of: 0x0A) {
                return SessionIndex.top(of: Substring(decoding: read.bytes[...end], as: UTF8.self))
            }
            guard prefix < Int(st.st_size) else { return nil }
            prefix *= 4
        }
    }
}
