import Foundation
import Testing
@testable import GuidanceCore
#if canImport(Glibc)
import Glibc
#endif

/// The index's journal: a save adds a record instead of writing the index again; a record cut short, or written for
/// another index, is never trusted; the journal is folded into the index past its limit and by a full check.
struct IndexJournalTests {
    typealias Folder = SessionIndexUpdateTests

    /// The journal file's bytes.
    static func journal(_ store: SessionStore) throws -> Data {
        try Data(contentsOf: store.journalURL)
    }

    /// The ids a quick check and an index built from the files give, and whether they are the same.
    static func expectTheFilesAnswers(_ store: SessionStore, _ comment: Comment) throws {
        let quick = try store.headers(.quick)
        let written = try Data(contentsOf: store.indexURL)
        let journal = try? Data(contentsOf: store.journalURL)
        try FileManager.default.removeItem(at: store.indexURL)
        let built = try store.headers(.full)
        #expect(quick.all.map(\.id) == built.all.map(\.id), comment)
        #expect(quick.summary == built.summary, comment)
        // Put back as it was, for the next step.
        try written.write(to: store.indexURL)
        if let journal { try journal.write(to: store.journalURL) }
    }

    @Test func aSaveAddsARecordAndLeavesTheIndexAsItWas() throws {
        try Folder.withIndexedFolder { _, store in
            let before = try Data(contentsOf: store.indexURL)
            try Folder.save(try Folder.session("2027-03-01-cccc", date: "2027-03-01"), in: store)
            #expect(try Data(contentsOf: store.indexURL) == before)
            let top = try #require(SessionIndex.top(of: String(decoding: before, as: UTF8.self)[...]))
            let records = try Self.journal(store).withUnsafeBytes { IndexJournal($0.bindMemory(to: UInt8.self), journal: top.journal) }
            #expect(records.count == 1)
            #expect(records.top?.summary.newest?.id == "2027-03-01-cccc")
            #expect(try store.currentIndex()?.top.fingerprint == (try store.scanFolder()).fingerprint)
        }
    }

    @Test(arguments: [1, 7, 40])
    func aRecordCutShortIsIgnoredAndCutOffByTheNextChange(_ cut: Int) throws {
        try Folder.withIndexedFolder { _, store in
            try Folder.save(try Folder.session("2027-03-01-cccc", date: "2027-03-01"), in: store)
            let one = try Self.journal(store).count
            try Folder.save(try Folder.session("2027-04-01-dddd", date: "2027-04-01"), in: store)
            let two = try Self.journal(store)
            try two.dropLast(cut).write(to: store.journalURL)
            // The cut record is not read: the index does not name dddd's file, so the files are looked at.
            let current = try #require(store.currentIndex())
            #expect(current.index.headers.map(\.id) == ["2027-03-01-cccc", "2027-02-01-bbbb", "2027-01-04-aaaa"])
            #expect(current.top.fingerprint != (try store.scanFolder()).fingerprint)
            // The next change cuts it off before adding its own record (a short one: a removal) after the whole ones.
            #expect(try store.trash(id: try SessionID(validating: "2027-02-01-bbbb")) == ["2027-02-01-bbbb.json"])
            let three = try Self.journal(store)
            #expect(three.prefix(one) == two.prefix(one))
            let top = try #require(SessionIndex.top(of: String(decoding: try Data(contentsOf: store.indexURL), as: UTF8.self)[...]))
            let records = three.withUnsafeBytes { IndexJournal($0.bindMemory(to: UInt8.self), journal: top.journal) }
            #expect(records.length == three.count)
            #expect(records.count == 2)
            #expect(records.latest["2027-02-01-bbbb"] == .some(nil))
            try Self.expectTheFilesAnswers(store, "after the next change")
        }
    }

    @Test func theRecordsOfAnotherIndexAreNotRead() throws {
        try Folder.withIndexedFolder { _, store in
            try Folder.save(try Folder.session("2027-03-01-cccc", date: "2027-03-01"), in: store)
            let records = try Self.journal(store)
            // Written whole again (a full check folds the journal in and empties it): the old records are of another index.
            try FileManager.default.removeItem(at: store.folder.appendingPathComponent("2027-03-01-cccc.json"))
            _ = try store.headers(.full)
            #expect(try Self.journal(store).isEmpty)
            try records.write(to: store.journalURL)
            let current = try #require(store.currentIndex())
            #expect(current.index.headers.map(\.id) == ["2027-02-01-bbbb", "2027-01-04-aaaa"])
            #expect(current.top.fingerprint == (try store.scanFolder()).fingerprint)
            // The next save starts the journal again, its records the index's.
            try Folder.save(try Folder.session("2027-04-01-dddd", date: "2027-04-01"), in: store)
            #expect(try store.currentIndex()?.index.headers.map(\.id) == ["2027-04-01-dddd", "2027-02-01-bbbb", "2027-01-04-aaaa"])
            try Self.expectTheFilesAnswers(store, "after a save")
        }
    }

    @Test(arguments: ["removed", "replaced", "saved without its record", "deleted"])
    func aChangeAfterARecordIsFound(_ change: String) throws {
        try Folder.withIndexedFolder { folder, store in
            try Folder.save(try Folder.session("2027-03-01-cccc", date: "2027-03-01"), in: store)
            let file = folder.appendingPathComponent("2027-03-01-cccc.json")
            let complete = try Folder.session("2027-03-01-cccc", date: "2027-03-01", complete: true)
            switch change {
            case "removed": try FileManager.default.removeItem(at: file)
            case "replaced": try AtomicFile.write(try complete.fileData(), to: file)
            case "saved without its record":
                try AtomicFile.write(try Folder.session("2027-04-01-dddd", date: "2027-04-01").fileData(), to: folder.appendingPathComponent("2027-04-01-dddd.json"))
            default: #expect(try store.trash(id: try SessionID(validating: "2027-03-01-cccc")) == ["2027-03-01-cccc.json"])
            }
            try Self.expectTheFilesAnswers(store, "\(change)")
        }
    }

    /// The journal is folded in at the index's own size, within `smallest` and `limit`.
    @Test(arguments: [(0, 8 * 1024), (500, 8 * 1024), (20_000, 20_000), (64 * 1024, 64 * 1024), (3_400_000, 64 * 1024)])
    func theJournalsLimitFollowsTheIndexsSize(indexSize: Int, limit: Int) {
        #expect(IndexJournal.limit(indexSize: indexSize) == limit)
    }

    @Test func aJournalPastItsLimitIsFoldedIntoTheIndex() throws {
        try Folder.withIndexedFolder { _, store in
            var saves = 0
            var largest = 0
            while saves < 1000 {
                let answers = [("goals", String(repeating: "Grow ", count: saves % 7 + 1))]
                let session = try Folder.session("2027-03-01-cccc", date: "2027-03-01", answers: answers)
                try store.save(try session.fileData(), id: try SessionID(validating: session.id), session: session, durable: false)
                saves += 1
                let size = try Self.journal(store).count
                if size < largest { break }
                largest = size
            }
            // A small folder's index is a few hundred bytes: its journal is folded in at the smallest limit.
            let limit = IndexJournal.limit(indexSize: try Data(contentsOf: store.indexURL).count)
            #expect(limit == IndexJournal.smallest)
            #expect(largest >= limit)
            #expect(try Self.journal(store).count < limit)
            #expect(try Folder.written(store).index.headers.map(\.id) == ["2027-03-01-cccc", "2027-02-01-bbbb", "2027-01-04-aaaa"])
            #expect(try store.currentIndex()?.top.fingerprint == (try store.scanFolder()).fingerprint)
            try Self.expectTheFilesAnswers(store, "after \(saves) saves")
        }
    }

    /// Record heads: what is read from each, nil where reading must stop.
    static let heads: [(String, (check: UInt64, journal: UInt64, size: Int)?)] = [
        ("@ 9f 1a2b 130\n", (0x9f, 0x1a2b, 130)),
        ("@ ffffffffffffffff 0 1\n", (UInt64.max, 0, 1)),
        ("@ ABC def 7\nrest", (0xabc, 0xdef, 7)),
        ("@ 10000000000000000 0 1\n", nil),      // past 64 bits
        ("@ 9f 1a2b 130", nil),                  // no line end
        ("@ 9f 1a2b\n", nil),                    // a number missing
        ("@  9f 1a2b 130\n", nil),               // two spaces
        ("@ 9f 1a2b 13x\n", nil),                // not a number
        ("@ 9f 1a2b 1a\n", nil),                 // the length is decimal
        ("@ +9f 1a2b 130\n", nil),               // no signs
        ("# 9f 1a2b 130\n", nil),                // not a record
        ("", nil),
        ("@ 0 0 " + String(repeating: "0", count: 60) + "1\n", nil),  // its line end past 64 bytes
    ]

    @Test(arguments: heads)
    func aRecordsHeadIsReadAtTheBytes(_ text: String, _ expected: (check: UInt64, journal: UInt64, size: Int)?) {
        let bytes = Array(("xy" + text).utf8)
        let head = bytes.withUnsafeBufferPointer { IndexJournal.head($0, at: 2) }
        #expect(head.map { [$0.check, $0.journal, UInt64($0.size)] } == expected.map { [$0.check, $0.journal, UInt64($0.size)] }, "\(text)")
        if let head { #expect(bytes[head.end] == 0x0A) }
    }


    /// Reading a journal on from the one read before gives what reading it from the start does: for the journal growing
    /// record by record, cut anywhere, read again shorter, changed in a record already read, and for another index.
    @Test func aJournalReadOnFromTheLastReadIsTheJournalReadWhole() throws {
        try Folder.withIndexedFolder { _, store in
            for (at, id) in ["2027-03-01-cccc", "2027-04-01-dddd", "2027-03-01-cccc", "2027-05-03-eeee"].enumerated() {
                try Folder.save(try Folder.session(id, date: String(id.prefix(10)), answers: [("goals", "Grow \(at)")]), in: store)
            }
            #expect(try store.trash(id: try SessionID(validating: "2027-04-01-dddd")) == ["2027-04-01-dddd.json"])
            let whole = [UInt8](try Self.journal(store))
            let number = try Folder.written(store).top.journal
            var changed = whole
            changed[whole.count / 3] ^= 0x01
            let ends = (0...whole.count).filter { $0 % 97 == 0 || $0 == whole.count || (($0 < whole.count) && whole[$0] == UInt8(ascii: "@")) }
            // Growing, then shorter, then changed, then the same bytes for another index, then whole again.
            var readings = ends.map { (Array(whole[..<$0]), number) }
            readings += ends.reversed().map { (Array(whole[..<$0]), number) }
            readings += [(whole, number), (changed, number), (whole, number), (whole, number &+ 1), (whole, number), (whole, number)]
            for (step, (bytes, journal)) in readings.enumerated() {
                let fresh = bytes.withUnsafeBufferPointer { IndexJournal($0, journal: journal) }
                let readOn = bytes.withUnsafeBufferPointer { IndexJournal.reading($0, journal: journal) }
                #expect(readOn.length == fresh.length && readOn.count == fresh.count && readOn.top == fresh.top && readOn.latest == fresh.latest,
                        "reading \(step): \(bytes.count) bytes")
            }
            let all = whole.withUnsafeBufferPointer { IndexJournal($0, journal: number) }
            #expect(all.count == 5 && all.length == whole.count && all.latest["2027-04-01-dddd"] == .some(nil))
        }
    }

}
