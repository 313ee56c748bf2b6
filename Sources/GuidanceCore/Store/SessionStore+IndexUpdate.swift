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
        guard let whole = Self.readIndexText(fd: lock.fd), whole.whole, let top = SessionIndex.top(of: whole.text[...]) else { return }
        var text = whole.text
        guard let out = text.withUTF8({ Self.updated(index: $0, top: top, id: id, header: header) }) else { return }
        _ = try? AtomicFile.write(out, to: indexURL, mode: 0o600, durable: false)
    }

    /// The bytes of the index `bytes` (whose first line says `top`) with the line of `id` replaced by `header`'s (or removed);
    /// nil when it cannot be done without reading the lines (a field with an escape where the new line is placed).
    static func updated(index bytes: UnsafeBufferPointer<UInt8>, top: SessionIndex.Top, id: String, header: SessionHeader?) -> Data? {
        guard let base = bytes.baseAddress, let firstEnd = bytes.firstIndex(of: 0x0A) else { return nil }
        let wanted = Array(id.utf8)
        let line = header.map { Array((SessionIndex.line($0) + "\n").utf8) }
        // The place of the new line: before the first session older than it (or the first other file), newest first.
        let order = header.map { Array(($0.isSession ? [$0.meetingDate, $0.startedAt, $0.id] : [$0.id]).joined(separator: "\t").utf8) }
        var old: (range: Range<Int>, inode: UInt64)?
        var insertion: Int?
        var start = firstEnd + 1
        while start < bytes.count {
            guard let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            let fields = bytes[start..<(end - 1)].split(separator: 0x09, maxSplits: 7, omittingEmptySubsequences: false)
            guard fields.count >= 5, fields[0].count == 1 else { return nil }
            if fields[1].elementsEqual(wanted) {
                var inode: UInt64 = 0
                for byte in fields[2] {
                    guard (0x30...0x39).contains(byte) else { return nil }
                    inode = inode &* 10 &+ UInt64(byte - 0x30)
                }
                old = (start..<end, inode)
            } else if insertion == nil, let order, let header {
                let isSession = fields[0].first == UInt8(ascii: "s")
                if !isSession && header.isSession {
                    insertion = start
                } else if isSession == header.isSession {
                    let key = isSession && fields.count >= 7 ? [fields[5], fields[6], fields[1]] : [fields[1]]
                    guard !key.contains(where: { $0.contains(0x5C) }), order.allSatisfy({ $0 < 0x80 }),
                          key.allSatisfy({ $0.allSatisfy { $0 < 0x80 } }) else { return nil }
                    let theirs = Array(key.joined(separator: [0x09]))
                    if order.lexicographicallyPrecedes(theirs) == false && order != theirs { insertion = start }
                }
            }
            if old != nil && (insertion != nil || header == nil) { break }
            start = end
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
}
