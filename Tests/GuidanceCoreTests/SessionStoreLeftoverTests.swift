import Foundation
import Testing
@testable import GuidanceCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files left by a save that was stopped: stale ones are cleaned, newer ones kept for recovery.
@Suite("SessionStore leftovers")
struct SessionStoreLeftoverTests {
    let id = SessionID(unchecked: "2027-02-01-k3vd")

    /// Writes `text` to `name` in `folder`, modified `age` seconds ago.
    func put(_ text: String, _ name: String, in folder: URL, age: TimeInterval) throws {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -age)], ofItemAtPath: url.path)
    }

    /// (temporary file, its age, the session file's age or nil for none, kept by list?)
    static let cleaning: [(String, TimeInterval, TimeInterval?, Bool)] = [
        (".2027-02-01-k3vd.json.a1.tmp", 7200, 60, false),   // older than the session file: stale
        (".2027-02-01-k3vd.json.a1.tmp", 60, 30, false),     // older, even if recent
        (".2027-02-01-k3vd.json.a1.tmp", 30, 7200, true),    // newer than the session file: a leftover
        (".2027-02-01-k3vd.json.a1.tmp", 7200, 9000, true),  // newer, even if older than an hour
        (".2027-02-01-k3vd.json.a1.tmp", 7200, nil, true),   // no session file: the session was being created
        (".notes.tmp", 7200, 60, false),                     // names no session: removed after an hour
        (".notes.tmp", 60, 60, true),
    ]

    @Test(arguments: 0..<cleaning.count)
    func listRemovesOnlyTemporaryFilesOlderThanTheirSessionFile(_ index: Int) throws {
        let (name, age, sessionAge, kept) = Self.cleaning[index]
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            if let sessionAge { try put("saved", "2027-02-01-k3vd.json", in: folder, age: sessionAge) }
            try put("copy", name, in: folder, age: age)
            #expect(store.list().map(\.id) == (sessionAge == nil ? [] : [id]), "a temporary file is never listed")
            #expect(try StoreTestSupport.names(folder).contains(name) == kept)
            let isLeftover = kept && name.contains("k3vd")
            #expect(store.leftovers(for: id).map(\.path) == (isLeftover ? [folder.appendingPathComponent(name).path] : []))
            #expect(store.leftovers().first?.sessionMissing == (isLeftover ? (sessionAge == nil) : nil))
        }
    }

    @Test func restoreMakesTheCopyTheSessionFileAndDiscardRemovesIt() throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            try put("saved", "2027-02-01-k3vd.json", in: folder, age: 600)
            try put("newer", ".2027-02-01-k3vd.json.a1.tmp", in: folder, age: 300)
            try put("newest", ".2027-02-01-k3vd.json.b2.tmp", in: folder, age: 10)
            let found = store.leftovers(for: id)
            #expect(found.map { URL(fileURLWithPath: $0.path).lastPathComponent } == [".2027-02-01-k3vd.json.a1.tmp", ".2027-02-01-k3vd.json.b2.tmp"])
            #expect(try found.map { String(decoding: try store.load($0), as: UTF8.self) } == ["newer", "newest"])
            try store.restore(found[1])
            #expect(try store.load(id: id) == Data("newest".utf8))
            #expect(store.leftovers(for: id).isEmpty, "the older copy is now older than the session file")
            #expect(try StoreTestSupport.names(folder) == [".2027-02-01-k3vd.json.a1.tmp", "2027-02-01-k3vd.json"])
            store.discard(found[0])
            #expect(try StoreTestSupport.names(folder) == ["2027-02-01-k3vd.json"])
        }
    }

    /// (process id in the lock file, counts as a shell at work?)
    static let locks: [(String?, Bool)] = [(nil, false), ("1 host\n", true), ("2147483000 host\n", false), ("\(getpid()) host\n", false), ("junk", false)]

    @Test(arguments: 0..<locks.count)
    func aCopyBeingWrittenByALiveShellIsNoLeftover(_ index: Int) throws {
        let (lock, atWork) = Self.locks[index]
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            try put("saved", "2027-02-01-k3vd.json", in: folder, age: 600)
            try put("newer", ".2027-02-01-k3vd.json.a1.tmp", in: folder, age: 0)
            if let lock { try put(lock, "2027-02-01-k3vd.lock", in: folder, age: 0) }
            #expect(store.leftovers(for: id).count == (atWork ? 0 : 1))
            _ = store.list()
            #expect(try StoreTestSupport.names(folder).contains(".2027-02-01-k3vd.json.a1.tmp"), "list never removes it")
        }
    }

    @Test(arguments: [
        (".2027-02-01-k3vd.json.a1.tmp", "2027-02-01-k3vd"), (".2027-02-01-k3vd.json.tmp", nil), (".x.tmp", nil),
        (".bad id.json.a1.tmp", nil), (".2027-02-01-k3vd.lock.a1.tmp", nil), ("2027-02-01-k3vd.json.a1.tmp", nil),
    ] as [(String, String?)])
    func theSessionIsReadFromATemporaryFilesName(_ name: String, _ expected: String?) {
        #expect(SessionStore.sessionID(inTemporaryName: name)?.rawValue == expected)
    }
}
