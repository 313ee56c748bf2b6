import Foundation
import Testing
@testable import GuidanceCore
#if canImport(Glibc)
import Glibc
#endif

/// A change made behind the index's back (a session file removed, replaced or added by another program) is found by the
/// next quick check and recorded in the journal, so the commands after it need not list the folder again to find it.
struct IndexSettleTests {
    typealias Folder = SessionIndexUpdateTests

    /// A folder of four sessions with its index built (the newest, eeee, is every pick of the summary), and a store over it
    /// that stamps a folder however young it is; `saved` are saved again through the store first (each leaves a record).
    static func withIndexedFolder(saved: [String] = [], _ body: (URL, SessionStore) throws -> Void) throws {
        try StoreTestSupport.withFolder { folder in
            var store = SessionStore(folder: folder)
            store.quickCheckMinimum = 0
            store.stampAge = 0
            try Folder.save(try Folder.session("2027-01-04-aaaa", date: "2027-01-04", complete: true), in: store)
            for (id, date) in [("2027-02-01-bbbb", "2027-02-01"), ("2027-03-01-cccc", "2027-03-01"), ("2027-05-03-eeee", "2027-05-03")] {
                try Folder.save(try Folder.session(id, date: date), in: store)
            }
            _ = try store.headers(.full)
            for id in saved {
                try Folder.save(try Folder.session(id, date: String(id.prefix(10)), answers: [("goals", "Again")]), in: store)
            }
            try body(folder, store)
        }
    }

    /// Removes session `id`'s file, or replaces it with a complete one, behind the index's back.
    static func change(_ id: String, removing: Bool, in folder: URL) throws {
        let file = folder.appendingPathComponent("\(id).json")
        if removing {
            try FileManager.default.removeItem(at: file)
        } else {
            try AtomicFile.write(try Folder.session(id, date: String(id.prefix(10)), complete: true).fileData(), to: file)
        }
    }

    @Test(arguments: [(true, true), (true, false), (false, true), (false, false)])
    func aChangeBehindTheIndexsBackIsRecordedByTheNextQuickCheck(afterARecord: Bool, removing: Bool) throws {
        let comment: Comment = "\(removing ? "removed" : "replaced") \(afterARecord ? "after a save's record" : "with a line in the index only")"
        try Self.withIndexedFolder(saved: afterARecord ? ["2027-03-01-cccc"] : []) { folder, store in
            try Self.change("2027-03-01-cccc", removing: removing, in: folder)
            let before = try Folder.index(store)
            let scan = try store.scanFolder()
            #expect(before.top.fingerprint != scan.fingerprint, comment)  // the index does not know the change yet
            let quick = try store.headers(.quick)
            // Recorded: the index and its journal now name the files as they are, and say what a build from them would.
            let after = try Folder.index(store)
            #expect(after.top.fingerprint == scan.fingerprint, comment)
            #expect(after.top.count == scan.count, comment)
            #expect(after.top.summary == SessionIndex.Summary(after.index.headers), comment)
            #expect(after.index.headers.map(\.id).sorted() == scan.files.map(\.id).sorted(), comment)
            #expect(quick.all.map(\.id) == after.index.headers.map(\.id), comment)
            // Not written whole again, and stamped with the folder as it is: the next quick check takes it without a listing.
            let written = try Folder.written(store)
            #expect(written.index.headers.count == 4, comment)
            let folderNow = try #require(SessionStore.folderStat(folder.path))
            #expect(written.top.stamp?.fingerprint == scan.fingerprint, comment)
            #expect(written.top.stamp?.describes(folderNow) == true, comment)
            try IndexJournalTests.expectTheFilesAnswers(store, comment)
        }
    }

    @Test func aJournalCutShortBetweenTheRecordsOfAQuickCheckIsNotTrusted() throws {
        try Self.withIndexedFolder(saved: ["2027-02-01-bbbb", "2027-03-01-cccc"]) { folder, store in
            try Self.change("2027-02-01-bbbb", removing: true, in: folder)
            try Self.change("2027-03-01-cccc", removing: false, in: folder)
            _ = try store.headers(.quick)
            let journal = try IndexJournalTests.journal(store)
            #expect(try Folder.index(store).top.fingerprint == (try store.scanFolder()).fingerprint)
            // Each record but the last says a fingerprint no listing gives: without the last, the files are looked at.
            let records = IndexJournal.splitRecords(journal)
            try #require(records.count == 4)
            try journal.prefix(records[2].upperBound).write(to: store.journalURL)
            #expect(try Folder.index(store).top.fingerprint != (try store.scanFolder()).fingerprint)
            try IndexJournalTests.expectTheFilesAnswers(store, "a record cut off")
        }
    }

    @Test func nothingIsRecordedWhenTheJournalChangedSinceItWasRead() throws {
        try Self.withIndexedFolder(saved: ["2027-03-01-cccc"]) { folder, store in
            let journal = try IndexJournalTests.journal(store)
            let index = try Folder.written(store)
            var st = stat()
            try #require(stat(store.indexURL.path, &st) == 0)
            try Self.change("2027-03-01-cccc", removing: true, in: folder)
            // As read before the save's record was added: another process changed the journal meanwhile.
            store.settle([SettledChange(id: "2027-03-01-cccc", header: nil)], listed: try store.scanFolder(), summary: index.top.summary,
                         journal: IndexJournal(), index: index.top, indexInode: UInt64(st.st_ino), before: nil, after: nil)
            #expect(try IndexJournalTests.journal(store) == journal)
            try IndexJournalTests.expectTheFilesAnswers(store, "not settled")
        }
    }
}

extension IndexJournal {
    /// Where each record of `journal` ends (whole records only), for tests that cut a journal between records.
    static func splitRecords(_ journal: Data) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let bytes = [UInt8](journal)
        var start = 0
        while start < bytes.count, let headEnd = bytes[start...].firstIndex(of: 0x0A) {
            let head = String(decoding: bytes[start..<headEnd], as: UTF8.self).split(separator: " ")
            guard head.count == 4, let size = Int(head[3]) else { break }
            ranges.append(start..<(headEnd + 1 + size))
            start = headEnd + 1 + size
        }
        return ranges
    }
}
