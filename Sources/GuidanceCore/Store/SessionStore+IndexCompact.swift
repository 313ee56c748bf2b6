import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SessionStore {
    /// Writes the index locked as `fd` whole again with the journal's `changes` made to its lines, and empties the journal;
    /// nothing when a line cannot be read.
    ///
    /// The lines are read a block at a time, twice: once for the first line (fingerprint, count and summary of every line),
    /// once to copy them (as bytes, the changed files' lines put in their places). Neither the old text nor its headers are
    /// held whole, only the new text.
    func compact(fd: Int32, changes: IndexJournal) {
        let fresh = changes.latest.values.compactMap { $0 }.sorted(by: SessionIndex.comesBefore)
        let freshLines = fresh.map { Array((SessionIndex.line($0) + "\n").utf8) }
        /// Calls `each` with every header of the index after the changes, in order, and the line it was read from (nil: a change).
        func merged(_ each: (SessionHeader, UnsafeBufferPointer<UInt8>?, _ fresh: Int) -> Void) -> Bool {
            var next = 0
            let read = Self.forEachIndexLine(fd: fd) { line, first in
                guard !first else { return true }
                guard let header = SessionIndex.header(bytes: line) else { return false }
                guard changes.latest[header.id] == nil else { return true }
                while next < fresh.count, SessionIndex.comesBefore(fresh[next], header) {
                    each(fresh[next], nil, next)
                    next += 1
                }
                each(header, line, -1)
                return true
            }
            guard read != nil else { return false }
            while next < fresh.count {
                each(fresh[next], nil, next)
                next += 1
            }
            return true
        }
        var summary = SessionIndex.Summary()
        var keyTexts = Set<String>()
        var fingerprint: UInt64 = 0
        var count = 0
        var size = 0
        guard merged({ header, line, at in
            summary.add(header, keyTexts: &keyTexts)
            fingerprint &+= SessionIndex.fingerprint(name: (header.id + ".json").utf8, inode: header.inode)
            count += 1
            size += line.map { $0.count + 1 } ?? freshLines[at].count
        }) else { return }
        let top = SessionIndex.Top(fingerprint: fingerprint, count: count, stamp: nil, summary: summary,
                                   journal: UInt64.random(in: 1...UInt64.max))
        var out = Data()
        out.reserveCapacity(top.line.utf8.count + 1 + size)
        out.append(contentsOf: (top.line + "\n").utf8)
        guard merged({ _, line, at in
            if let line {
                out.append(line)
                out.append(0x0A)
            } else {
                out.append(contentsOf: freshLines[at])
            }
        }) else { return }
        write(out)
    }
}
