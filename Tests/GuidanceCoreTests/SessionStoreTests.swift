import Foundation
import Testing
@testable import GuidanceCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Helpers shared by the store, id and lock tests: a fresh folder per test and a seeded generator.
enum StoreTestSupport {
    /// Runs `body` with a new empty folder that is removed afterwards.
    static func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("guidance-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }

    /// The permission bits of `path`, or nil when it cannot be examined.
    static func mode(_ path: String) -> mode_t? {
        var st = stat()
        return lstat(path, &st) == 0 ? st.st_mode & 0o7777 : nil
    }

    /// The names in `folder`, sorted.
    static func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// Writes `text` to `name` in `folder` and sets its modification time `age` seconds into the past.
    static func put(_ text: String, _ name: String, in folder: URL, age: TimeInterval = 0) throws {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        let when = Date(timeIntervalSince1970: 1_800_000_000 - age)
        try FileManager.default.setAttributes([.modificationDate: when], ofItemAtPath: url.path)
    }
}

/// The seeded generator of the id tests.
typealias StoreSeededGenerator = SplitMix64

@Suite("SessionStore")
struct SessionStoreTests {
    let id = SessionID(unchecked: "2027-02-01-k3vd")

    @Test func saveThenLoadReturnsTheSameBytes() throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            let data = Data("{\"answers\":{\"goals\":[\"Grow dental\"]}}\n".utf8)
            #expect(!store.exists(id: id))
            try store.save(data, id: id)
            #expect(store.exists(id: id))
            #expect(try store.load(id: id) == data)
            #expect(try StoreTestSupport.names(folder) == ["2027-02-01-k3vd.json"])
        }
    }

    @Test func overwriteKeepsOnlyTheNewContentAndNoTemporaryFile() throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            try store.save(Data("first version, rather longer than the second".utf8), id: id)
            try store.save(Data("second".utf8), id: id)
            #expect(try store.load(id: id) == Data("second".utf8))
            #expect(try StoreTestSupport.names(folder) == ["2027-02-01-k3vd.json"])
        }
    }

    @Test func loadingAMissingSessionIsNotFound() throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder.appendingPathComponent("never-made"))
            #expect(throws: StoreError.notFound(id)) { try store.load(id: id) }
            #expect(store.list().isEmpty)
            let entries = try store.entries()
            #expect(entries.isEmpty)
        }
    }

    @Test func listShowsSessionsNewestFirstAndIgnoresEverythingElse() throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            try StoreTestSupport.put("A", "2027-02-01-aaaa.json", in: folder, age: 0)
            try StoreTestSupport.put("Z", "2027-02-01-zzzz.json", in: folder, age: 100)  // same day, older
            try StoreTestSupport.put("M", "2027-03-15-k3vd.json", in: folder, age: 500)
            try StoreTestSupport.put("D", "2026-12-31-x9x9.json", in: folder, age: 0)
            try StoreTestSupport.put("U", "draft.json", in: folder, age: 0)  // no date: last
            try StoreTestSupport.put("tmp", ".2027-02-01-aaaa.json.abc.tmp", in: folder)
            try StoreTestSupport.put("tmp", ".x.tmp", in: folder)
            try StoreTestSupport.put("1 host", "2027-02-01-aaaa.lock", in: folder)
            try StoreTestSupport.put("notes", "notes.txt", in: folder)
            try StoreTestSupport.put("{}", ".hidden.json", in: folder)
            try StoreTestSupport.put("{}", "bad name.json", in: folder)
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("x.json"), withIntermediateDirectories: false)

            let listed = store.list()
            #expect(listed.map(\.id.rawValue) == [
                "2027-03-15-k3vd", "2027-02-01-aaaa", "2027-02-01-zzzz", "2026-12-31-x9x9", "draft",
            ])
            #expect(listed.map { String(decoding: (try? $0.result.get()) ?? Data(), as: UTF8.self) } == ["M", "A", "Z", "D", "U"])
            #expect(listed.map(\.modified) == [500, 0, 100, 0, 0].map { Date(timeIntervalSince1970: 1_800_000_000 - $0) })
        }
    }

    @Test func unreadableFilesListAsFailuresWhileOthersStillList() throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            try store.save(Data("good".utf8), id: id)
            let fifo = folder.appendingPathComponent("2027-02-02-pipe.json").path
            #expect(mkfifo(fifo, 0o600) == 0)
            let dangling = folder.appendingPathComponent("2027-02-03-gone.json").path
            try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere.json")
            var expected: [(String, StoreError?)] = [
                ("2027-02-03-gone", .corrupt(path: dangling, detail: "it links to a missing file")),
                ("2027-02-02-pipe", .corrupt(path: fifo, detail: "it is not an ordinary file")),
                ("2027-02-01-k3vd", nil),
            ]
            if getuid() != 0 {  // root reads anything, so a permission-less file only fails for others
                let locked = folder.appendingPathComponent("2027-02-04-shut.json").path
                try StoreTestSupport.put("secret", "2027-02-04-shut.json", in: folder)
                #expect(chmod(locked, 0) == 0)
                expected.insert(("2027-02-04-shut", .io(path: locked, reason: "Permission denied")), at: 0)
            }
            let listed = store.list()
            #expect(listed.map(\.id.rawValue) == expected.map(\.0))
            for (entry, (_, error)) in zip(listed, expected) {
                switch entry.result {
                case .success(let data): #expect(error == nil && data == Data("good".utf8))
                case .failure(let failure): #expect(failure == error)
                }
            }
            #expect(store.exists(id: SessionID(unchecked: "2027-02-03-gone")))
        }
    }

    @Test func filesAre0600AndCreatedFoldersAre0700() throws {
        try StoreTestSupport.withFolder { folder in
            let sessions = folder.appendingPathComponent("a/b/sessions", isDirectory: true)
            let store = SessionStore(folder: sessions)
            try store.save(Data("x".utf8), id: id)
            for path in ["a", "a/b", "a/b/sessions"] {
                #expect(StoreTestSupport.mode(folder.appendingPathComponent(path).path) == 0o700, "\(path)")
            }
            #expect(StoreTestSupport.mode(store.fileURL(for: id).path) == 0o600)
        }
    }

    @Test func anExistingFolderKeepsItsPermissions() throws {
        try StoreTestSupport.withFolder { folder in
            #expect(chmod(folder.path, 0o755) == 0)
            let store = SessionStore(folder: folder)
            try store.save(Data("x".utf8), id: id)
            _ = try store.lock(id: id)
            #expect(StoreTestSupport.mode(folder.path) == 0o755)
        }
    }

    @Test func newIDSkipsIDsThatAreStoredOrLocked() throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            var probe = StoreSeededGenerator(state: 3)
            let draws = (0..<3).map { _ in SessionID.generate(date: "2027-02-01", using: &probe) }
            try store.save(Data("x".utf8), id: draws[0])
            let lock = try store.lock(id: draws[1])
            var generator = StoreSeededGenerator(state: 3)
            let date = try #require(CalendarDate(iso: "2027-02-01"))
            #expect(try store.newID(date: date, using: &generator) == draws[2])
            lock.release()
        }
    }

    @Test func newIDGivesUpWhenEveryDrawIsTaken() throws {
        struct Stuck: RandomNumberGenerator { mutating func next() -> UInt64 { 0 } }
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            var stuck = Stuck()
            let only = SessionID.generate(date: "2027-02-01", using: &stuck)
            #expect(only.rawValue == "2027-02-01-aaaa")
            try store.save(Data("x".utf8), id: only)
            #expect(throws: StoreError.cannotCreate(path: folder.path, reason: "no free session id was found")) {
                try store.newID(date: "2027-02-01", using: &stuck)
            }
        }
    }
}
