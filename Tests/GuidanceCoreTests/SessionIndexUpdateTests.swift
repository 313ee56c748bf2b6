import Foundation
import Testing
@testable import GuidanceCore
#if canImport(Glibc)
import Glibc
#endif

/// Saves and deletes keep the sessions index up to date (no entry lost when two save at once), and the folder stamp
/// spares a quick check the listing only while the folder is as stamped.
struct SessionIndexUpdateTests {
    /// Session `id` held on `date`, complete or not, with `answers` (key, text).
    static func session(_ id: String, date: String, complete: Bool = false, answers: [(String, String)] = [("goals", "Grow")]) throws -> Session {
        var session = Session(id: id, script: try TestScripts.director(), meetingDate: try #require(CalendarDate(iso: date)), now: "\(date)T09:00:00Z")
        for (key, value) in answers { session.setAnswer(key, .string(value), at: "\(date)T09:01:00Z") }
        if complete { session.status = .complete; session.position = nil }
        return session
    }

    /// Saves `session` through the store, as the shell does.
    static func save(_ session: Session, in store: SessionStore) throws {
        try store.save(session.fileData(), id: try SessionID(validating: session.id), session: session)
    }

    /// The index as its file and journal say it is now.
    static func index(_ store: SessionStore) throws -> (top: SessionIndex.Top, index: SessionIndex) {
        try #require(store.currentIndex())
    }

    /// The index file alone, as it was last written whole.
    static func written(_ store: SessionStore) throws -> (top: SessionIndex.Top, index: SessionIndex) {
        let text = try String(contentsOf: store.indexURL, encoding: .utf8)
        return (try #require(SessionIndex.top(of: text[...])), try #require(SessionIndex.read(text[...])))
    }

    /// A folder with two sessions and its index built.
    static func withIndexedFolder(_ body: (URL, SessionStore) throws -> Void) throws {
        try StoreTestSupport.withFolder { folder in
            var store = SessionStore(folder: folder)
            store.quickCheckMinimum = 0
            try save(try session("2027-01-04-aaaa", date: "2027-01-04", complete: true), in: store)
            try save(try session("2027-02-01-bbbb", date: "2027-02-01"), in: store)
            #expect(!FileManager.default.fileExists(atPath: store.indexURL.path), "no index yet: a save makes none")
            _ = try store.headers(.full)
            try body(folder, store)
        }
    }

    @Test(arguments: ["new newest", "new oldest", "saved again", "completed", "answer removed", "deleted", "damaged"])
    func aSaveOrDeleteUpdatesTheIndexAsABuildFromTheFilesWould(_ change: String) throws {
        try Self.withIndexedFolder { folder, store in
            switch change {
            case "new newest": try Self.save(try Self.session("2027-03-01-cccc", date: "2027-03-01", answers: [("focus", "Retail")]), in: store)
            case "new oldest": try Self.save(try Self.session("2026-01-01-cccc", date: "2026-01-01", complete: true), in: store)
            case "saved again": try Self.save(try Self.session("2027-01-04-aaaa", date: "2027-01-04", complete: true, answers: [("goals", "More")]), in: store)
            case "completed": try Self.save(try Self.session("2027-02-01-bbbb", date: "2027-02-01", complete: true), in: store)
            case "answer removed": try Self.save(try Self.session("2027-02-01-bbbb", date: "2027-02-01", answers: []), in: store)
            case "deleted": #expect(try store.trash(id: try SessionID(validating: "2027-02-01-bbbb")) == ["2027-02-01-bbbb.json"])
            default: try store.save(Data("garbage".utf8), id: try SessionID(validating: "2027-02-01-bbbb"))
            }
            let updated = try Self.index(store)
            // The index names the files as they are now: a quick check takes it as it is, reading no file.
            #expect(updated.top.fingerprint == (try store.scanFolder()).fingerprint)
            #expect(updated.top.count == updated.index.headers.count)
            #expect(updated.top.stamp == nil)
            #expect(updated.top.summary == SessionIndex.Summary(updated.index.headers))
            let quick = try store.headers(.quick)
            #expect(!quick.changed)
            // The same as an index built from the files (the times of files just saved are not kept).
            try FileManager.default.removeItem(at: store.indexURL)
            let built = try store.headers(.full).all
            #expect(updated.index.headers.map(\.id) == built.map(\.id))
            #expect(updated.index.headers.map { $0.with(listing: nil) } == built.map { header in
                var same = header.with(listing: nil)
                if let saved = updated.index.headers.first(where: { $0.id == header.id }), saved.modified == -1 { same.modified = -1 }
                return same
            })
        }
    }

    @Test func manySavesInAnyOrderKeepTheLinesInOrder() throws {
        try Self.withIndexedFolder { folder, store in
            let letters = Array("abcdefghijkmnpqrstuvwxyz23456789")
            var generator = SplitMix64(state: 12)
            // Dates before, between and after the two sessions there, some on the same day; then some saved again, one damaged.
            let days = (0..<40).map { _ in String(format: "2027-0%d-%02d", Int.random(in: 1...3, using: &generator), Int.random(in: 1...28, using: &generator)) }
            let ids = days.enumerated().map { "\($1)-dd\(letters[$0 / 32])\(letters[$0 % 32])" }
            for (id, day) in zip(ids, days) { try Self.save(try Self.session(id, date: day, complete: id.hasSuffix("c")), in: store) }
            for (id, day) in zip(ids, days).shuffled(using: &generator).prefix(10) {
                try Self.save(try Self.session(id, date: day, complete: true, answers: [("focus", "Retail")]), in: store)
            }
            try store.save(Data("garbage".utf8), id: try SessionID(validating: ids[3]))
            let updated = try Self.index(store)
            #expect(updated.top.fingerprint == (try store.scanFolder()).fingerprint)
            try FileManager.default.removeItem(at: store.indexURL)
            #expect(updated.index.headers.map(\.id) == (try store.headers(.full)).all.map(\.id))
            #expect(updated.top.summary == SessionIndex.Summary(updated.index.headers))
        }
    }

    @Test func twoProcessesSavingAtOnceLoseNoEntry() throws {
        try Self.withIndexedFolder { folder, store in
            let letters = Array("abcdefghijkmnpqrstuvwxyz23456789")
            let sessions = try (0..<24).map { number in
                let date = String(format: "2027-03-%02d", number % 28 + 1)
                return try Self.session("\(date)-cc\(letters[number / 32])\(letters[number % 32])", date: date)
            }
            // Each thread saves through its own open files, as another process would: the lock is the index file's flock.
            DispatchQueue.concurrentPerform(iterations: sessions.count) { at in
                try? Self.save(sessions[at], in: store)
            }
            let updated = try Self.index(store)
            #expect(updated.top.fingerprint == (try store.scanFolder()).fingerprint)
            #expect(Set(updated.index.headers.map(\.id)) == Set(sessions.map(\.id) + ["2027-01-04-aaaa", "2027-02-01-bbbb"]))
        }
    }

    /// A stamp's field is six numbers of sixteen lower-case hexadecimal digits (the fifth's check last), read back whole.
    @Test(arguments: [(UInt64(0), UInt64(0), Int64(0), Int64(0), UInt64(0)), (66306, 1_234_567, -1, 1_800_000_000_123_456_789, .max),
                      (.max, 0xABC, .min, .max, 0x0123_4567_89AB_CDEF)])
    func aFolderStampIsWrittenAsHexadecimalAndReadBack(_ device: UInt64, _ inode: UInt64, _ modified: Int64, _ changed: Int64, _ fingerprint: UInt64) {
        let stamp = SessionIndex.FolderStamp(device: device, inode: inode, modified: modified, changed: changed, fingerprint: fingerprint)
        let text = stamp.text
        #expect(text.utf8.count == SessionIndex.FolderStamp.width)
        let numbers = [device, inode, UInt64(bitPattern: modified), UInt64(bitPattern: changed), fingerprint]
        #expect(text.hasPrefix(numbers.map { String(repeating: "0", count: 16 - String($0, radix: 16).count) + String($0, radix: 16) }.joined()))
        #expect(SessionIndex.FolderStamp(text) == stamp)
        #expect(SessionIndex.FolderStamp.none == String(repeating: "-", count: 96))
        #expect(SessionIndex.FolderStamp(SessionIndex.FolderStamp.none) == nil)
    }

    @Test func aFolderStampSparesTheListingOnlyWhileTheFolderIsAsStamped() throws {
        try Self.withIndexedFolder { folder, store in
            var store = store
            // Just changed: a change in the same clock tick would not change the folder's time, so nothing is stamped.
            _ = try store.headers(.quick)
            #expect(try Self.written(store).top.stamp == nil)
            store.stampAge = 0
            _ = try store.headers(.quick)
            let stamp = try #require(try Self.written(store).top.stamp)
            #expect(stamp.fingerprint == (try store.scanFolder()).fingerprint)
            // Trusted: a line that no longer names its file (changed behind the folder's back, in place) is what the quick check reads.
            let text = try String(contentsOf: store.indexURL, encoding: .utf8)
            let forged = text.replacingOccurrences(of: "\t2027-01-04\t2027-01-04T09:00:00Z\t", with: "\t2027-01-05\t2027-01-04T09:00:00Z\t")
            let fd = open(store.indexURL.path, O_WRONLY)
            _ = Array(forged.utf8).withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            close(fd)
            #expect(try store.headers(.quick).first { $0.id == "2027-01-04-aaaa" }?.meetingDate == "2027-01-05")
            // Any file added, removed or renamed in the folder changes its time: the stamp no longer holds, the files are listed.
            try Self.save(try Self.session("2027-03-01-cccc", date: "2027-03-01"), in: SessionStore(folder: folder.appendingPathComponent("other")))
            try FileManager.default.moveItem(at: folder.appendingPathComponent("other/2027-03-01-cccc.json"), to: folder.appendingPathComponent("2027-03-01-cccc.json"))
            let listed = try store.headers(.quick)
            #expect(listed.summary.newest?.id == "2027-03-01-cccc")
            #expect(listed.first { $0.id == "2027-03-01-cccc" }?.isInProgress == true)
        }
    }

    @Test(arguments: ["torn", "another folder"])
    func aStampThatDoesNotDescribeThisFolderIsNotTrusted(_ kind: String) throws {
        try Self.withIndexedFolder { folder, store in
            var store = store
            store.stampAge = 0
            _ = try store.headers(.quick)
            let stamp = try #require(try Self.written(store).top.stamp)
            var field = stamp.text
            if kind == "torn" {
                field = String(field.prefix(40)) + (Array(field)[40] == "0" ? "1" : "0") + String(field.dropFirst(41))
            } else {
                field = SessionIndex.FolderStamp(device: stamp.device, inode: stamp.inode &+ 1, modified: stamp.modified,
                                                 changed: stamp.changed, fingerprint: stamp.fingerprint).text
            }
            let fd = open(store.indexURL.path, O_WRONLY)
            _ = Array(field.utf8).withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(SessionIndex.FolderStamp.offset)) }
            close(fd)
            let read = try Self.written(store).top.stamp
            #expect(kind == "torn" ? read == nil : read != stamp)
            // Listed again, and stamped again from the listing.
            _ = try store.headers(.quick)
            #expect(try Self.written(store).top.stamp == stamp)
        }
    }

    /// The modification time of the file at `path`.
    static func modified(_ path: String) throws -> Date {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
    }

    @Test func aSmallFolderCheckedInFullLeavesAStampThatStillHoldsUnwritten() throws {
        try Self.withIndexedFolder { folder, store in
            var store = store
            store.quickCheckMinimum = 200  // as shipped: a folder of two files is checked in full by every command
            store.stampAge = 0
            // The files an hour old, as between meetings (a file changed within two seconds is read again every time).
            let hourAgo = Date(timeIntervalSinceNow: -3600)
            for id in ["2027-01-04-aaaa", "2027-02-01-bbbb"] {
                try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: folder.appendingPathComponent("\(id).json").path)
            }
            _ = try store.headers(.quick)  // reads both again and writes the index whole
            _ = try store.headers(.quick)  // nothing changed: stamps it
            let stamp = try #require(try Self.written(store).top.stamp)
            try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: store.indexURL.path)
            // The same folder again: the same stamp is not written again (the index's time stays an hour back).
            let headers = try store.headers(.quick)
            #expect(headers.summary.newest?.id == "2027-02-01-bbbb")
            #expect(try Self.written(store).top.stamp == stamp)
            #expect(abs(try Self.modified(store.indexURL.path).timeIntervalSince(hourAgo)) < 1)
            // A session added: the folder is another, and so is its stamp once the index is written and stamped again.
            try Self.save(try Self.session("2027-03-01-cccc", date: "2027-03-01"), in: store)
            try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: folder.appendingPathComponent("2027-03-01-cccc.json").path)
            #expect(try store.headers(.quick).summary.newest?.id == "2027-03-01-cccc")
            _ = try store.headers(.quick)
            #expect(try Self.written(store).top.stamp.map { $0 != stamp } == true)
        }
    }

}
