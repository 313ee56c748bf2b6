import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SessionStore {
    /// Brings the index up to date with one session file just saved (`header`) or removed (nil), when there is an index.
    ///
    /// Holding the index's lock (so two shells saving at once both keep their entry): the index is read, the file's line
    /// replaced or removed, the fingerprint and summary updated, and the whole written again atomically, without a folder
    /// stamp. The lines are not parsed, except the summary's picks when the file was one and no longer qualifies.
    /// No index, or one that cannot be read, is left as it is: the next command builds it from the files. Nothing here
    /// can make the index trusted over the files: its fingerprint still names the files it describes.
    public func updateIndex(id: String, with header: SessionHeader?) {
        guard let lock = IndexLock(path: indexURL.path, waiting: true) else { return }
        defer { lock.release() }
        // Bytes only (no text beside them): the lines are moved whole, and only the first one is read.
        guard let read = Self.readIndexBytes(fd: lock.fd), read.whole, let firstEnd = read.bytes.firstIndex(of: 0x0A),
              let first = String(validating: read.bytes[...firstEnd], as: UTF8.self), let top = SessionIndex.top(of: first[...]),
              let out = read.bytes.withUnsafeBufferPointer({ Self.updated(index: $0, top: top, id: id, header: header) }) else { return }
        _ = try? AtomicFile.write(out, to: indexURL, mode: 0o600, durable: false)
    }

    /// The bytes of the index `bytes` (whose first line says `top`) with the line of `id` replaced by `header`'s (or removed);
    /// nil when it cannot be done without reading the lines (a field with an escape where the new line is placed).
    static func updated(index bytes: UnsafeBufferPointer<UInt8>, top: SessionIndex.Top, id: String, header: SessionHeader?) -> Data? {
        guard let base = bytes.baseAddress, let firstEnd = bytes.firstIndex(of: 0x0A) else { return nil }
        let wanted = Array(id.utf8)
        let line = header.map { Array((SessionIndex.line($0) + "\n").utf8) }
        // The place of the new line: before the first session older than it (or the first other file), newest first.
        let order = header.map { ($0.isSession ? [$0.meetingDate, $0.startedAt, $0.id] : [$0.id]).map { Array($0.utf8) } }
        // Placed by comparing bytes: as text orders them only when they are ASCII.
        guard order?.allSatisfy({ $0.allSatisfy { $0 < 0x80 } }) ?? true else { return nil }
        func distance(_ pointer: UnsafeMutableRawPointer) -> Int { base.distance(to: pointer.assumingMemoryBound(to: UInt8.self)) }
        /// The line from `start` (a line start): its end (after the line end) and the places of its first seven tabs.
        func fields(at start: Int) -> (end: Int, tabs: [Int])? {
            guard start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
            let end = distance(found) + 1
            var tabs: [Int] = []
            var at = start
            while tabs.count < 7, at < end - 1, let tab = memchr(base + at, 0x09, end - 1 - at) {
                tabs.append(distance(tab))
                at = distance(tab) + 1
            }
            guard tabs.count >= 4, tabs[0] == start + 1 else { return nil }
            return (end, tabs)
        }
        // The old line: the one whose second field (`kind TAB id TAB`) is the id; each line compared where it starts.
        var old: (range: Range<Int>, inode: UInt64)?
        var start = firstEnd + 1
        while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
            let end = distance(found) + 1
            if end - start > wanted.count + 3, bytes[start + 1] == 0x09, bytes[start + 2 + wanted.count] == 0x09,
               memcmp(base + start + 2, wanted, wanted.count) == 0 {
                guard let line = fields(at: start) else { return nil }
                var inode: UInt64 = 0
                for byte in bytes[(line.tabs[1] + 1)..<line.tabs[2]] {
                    guard (0x30...0x39).contains(byte) else { return nil }
                    inode = inode &* 10 &+ UInt64(byte - 0x30)
                }
                old = (start..<end, inode)
                break
            }
            start = end
        }
        // The place of the new line, by halving (the lines are in order): after every line that comes before it.
        var insertion: Int?
        if let order, let header {
            /// Whether the line at `start` comes before the new one: a session newer than it, or any session before another file.
            func before(_ start: Int) -> (Bool, end: Int)? {
                guard let line = fields(at: start) else { return nil }
                let isSession = bytes[start] == UInt8(ascii: "s")
                if isSession != header.isSession { return (isSession, line.end) }
                guard !isSession || line.tabs.count >= 7 else { return nil }
                let id = (start + 2)..<line.tabs[1]
                let theirs = isSession ? [(line.tabs[4] + 1)..<line.tabs[5], (line.tabs[5] + 1)..<line.tabs[6], id] : [id]
                guard let order = Self.compare(order, theirs, in: bytes) else { return nil }
                return (order < 0, line.end)
            }
            var low = firstEnd + 1
            var high = bytes.count
            while low < high {
                var start = low + (high - low) / 2
                while start > low && bytes[start - 1] != 0x0A { start -= 1 }
                guard let (isBefore, end) = before(start) else { return nil }
                if isBefore { low = end } else { high = start }
            }
            insertion = low
        }
        let place = insertion ?? bytes.count
        // The fingerprint and count follow by arithmetic; the summary from the picks, unless a pick no longer qualifies.
        var next = top
        next.stamp = nil
        if let old {
            next.fingerprint &-= SessionIndex.fingerprint(name: wanted + Array(".json".utf8), inode: old.inode)
            next.count -= 1
        }
        if let header {
            next.fingerprint &+= SessionIndex.fingerprint(name: wanted + Array(".json".utf8), inode: header.inode)
            next.count += 1
        }
        // The body: everything after the first line, less the old line, with the new one at its place (a line start).
        let cut = old?.range ?? bytes.count..<bytes.count
        func body(_ out: inout Data) {
            func append(_ from: Int, _ to: Int) { if from < to { out.append(UnsafeBufferPointer(rebasing: bytes[from..<to])) } }
            if place <= cut.lowerBound {
                append(firstEnd + 1, place)
                if let line { out.append(contentsOf: line) }
                append(place, cut.lowerBound)
                append(cut.upperBound, bytes.count)
            } else {
                append(firstEnd + 1, cut.lowerBound)
                append(cut.upperBound, place)
                if let line { out.append(contentsOf: line) }
                append(place, bytes.count)
            }
        }
        var out = Data()
        if let summary = top.summary.updated(touched: [id], read: header.map { [$0] } ?? []) {
            next.summary = summary
        } else {
            // A pick was this file and no longer qualifies: the summary of every line (read this once).
            var lines = Data("\n".utf8)
            body(&lines)
            guard let text = String(data: lines, encoding: .utf8) else { return nil }
            var headers: [SessionHeader] = []
            var each = SessionIndex.headers(in: text[...]).makeIterator()
            while let header = each.next() { headers.append(header) }
            if each.damaged { return nil }
            next.summary = SessionIndex.Summary(headers)
        }
        let first = Array((next.line + "\n").utf8)
        out.reserveCapacity(first.count + bytes.count + (line?.count ?? 0))
        out.append(contentsOf: first)
        body(&out)
        return out
    }

    /// The fields `order` against the fields at `theirs` in `bytes`, field by field and byte by byte (-1, 0 or 1, newest
    /// last); nil when a field of theirs holds an escape or a byte that is not ASCII (their order as text is then not as bytes).
    private static func compare(_ order: [[UInt8]], _ theirs: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for (mine, range) in zip(order, theirs) {
            for (offset, byte) in bytes[range].enumerated() {
                guard byte < 0x80, byte != 0x5C else { return nil }
                guard offset < mine.count else { return -1 }  // mine is a beginning of theirs
                if mine[offset] != byte { return mine[offset] < byte ? -1 : 1 }
            }
            if mine.count != range.count { return 1 }  // theirs is a beginning of mine
        }
        return 0
    }
}
