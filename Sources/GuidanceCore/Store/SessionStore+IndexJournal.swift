import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SessionStore {
    /// The headers when the folder's listing differs from the index and its journal only in files the journal names (a session
    /// saved and then removed or replaced behind the journal's back, or one saved whose record a crash cut short is not among
    /// them): those files are examined and, where their inode number is no longer the record's, read; nil when the listing
    /// differs in other files too, or a session the summary picks was removed or no longer qualifies. `found` gets each file
    /// whose state is not the journal's, with its line now (nil: gone), for `settle`.
    func journalDelta(_ scan: Scan, top: SessionIndex.Top, journal: IndexJournal,
                      start: (text: String, whole: Bool, inode: UInt64), found: inout [SettledChange]) -> Headers? {
        let base = folderPath.hasSuffix("/") ? folderPath : folderPath + "/"
        var result = Headers.none
        var expected = top.fingerprint
        var read: [SessionHeader] = []
        for (id, entry) in journal.latest {
            let name = Array((id + ".json").utf8)
            if let entry { expected &-= SessionIndex.fingerprint(name: name, inode: entry.inode) }
            var st = stat()
            // As the listing counts it: anything but a folder, links not followed.
            guard lstat(base + id + ".json", &st) == 0, st.st_mode & S_IFMT != S_IFDIR else {
                if entry != nil { found.append(SettledChange(id: id, header: nil)) }
                continue
            }
            let inode = UInt64(st.st_ino)
            expected &+= SessionIndex.fingerprint(name: name, inode: inode)
            if let entry, entry.inode == inode {
                read.append(entry)
            } else if let header = readHeader(id: id, inode: inode, path: base + id + ".json", into: &result) {
                read.append(header)
                found.append(SettledChange(id: id, header: header))
            } else {
                // Gone between the listing and the read: the listing no longer matches, and nothing is settled.
                found.append(SettledChange(id: id, header: nil))
            }
        }
        let touched = Set(journal.latest.keys)
        guard expected == scan.fingerprint, let summary = top.summary.updated(touched: touched, read: read) else { return nil }
        return Headers(source: .text(start.text[...], summary, rest: start.whole ? nil : indexPath, touched: touched, read: read),
                       permissions: result.permissions, failures: result.failures, changed: false)
    }

    /// The index as its file and journal say it is now: the first line after the last record, and every line with the
    /// records' changes; nil when there is no index or it cannot be read.
    public func currentIndex() -> (top: SessionIndex.Top, index: SessionIndex)? {
        guard let read = Self.readIndexHeaders(indexPath) else { return nil }
        let journal = readJournal(for: read.top.journal)
        return (journal.top ?? read.top, SessionIndex(headers: journal.applied(to: read.headers)))
    }
}
