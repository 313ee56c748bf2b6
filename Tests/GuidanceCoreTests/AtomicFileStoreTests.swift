import Foundation
import Testing
@testable import GuidanceCore

@Suite("AtomicFile")
struct AtomicFileStoreTests {
    @Test func writesTheExactModeAndReplacesTheOldContent() throws {
        try StoreTestSupport.withFolder { folder in
            let url = folder.appendingPathComponent("plan.csv")
            try AtomicFile.write(Data("old".utf8), to: url, mode: 0o644)
            #expect(StoreTestSupport.mode(url.path) == 0o644)
            try AtomicFile.write(Data("new".utf8), to: url)
            #expect(try Data(contentsOf: url) == Data("new".utf8))
            #expect(StoreTestSupport.mode(url.path) == 0o600)
            #expect(try StoreTestSupport.names(folder) == ["plan.csv"])
        }
    }

    @Test func aMissingFolderCannotBeWrittenInto() throws {
        try StoreTestSupport.withFolder { folder in
            let url = folder.appendingPathComponent("missing/plan.csv")
            #expect(throws: StoreError.cannotCreate(path: url.path, reason: "No such file or directory")) {
                try AtomicFile.write(Data("x".utf8), to: url)
            }
        }
    }

    @Test func aFolderInTheWayIsAnErrorAndLeavesNoTemporaryFile() throws {
        try StoreTestSupport.withFolder { folder in
            let url = folder.appendingPathComponent("2027-02-01-k3vd.json")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
            #expect(throws: StoreError.io(path: url.path, reason: "a folder has that name")) {
                try AtomicFile.write(Data("x".utf8), to: url)
            }
            #expect(try StoreTestSupport.names(folder) == ["2027-02-01-k3vd.json"])
        }
    }

    @Test func aFileInPlaceOfTheSessionsFolderIsReported() throws {
        try StoreTestSupport.withFolder { folder in
            let blocker = folder.appendingPathComponent("sessions")
            try Data().write(to: blocker)
            let store = SessionStore(folder: blocker.appendingPathComponent("inner"))
            let id = SessionID(unchecked: "2027-02-01-k3vd")
            let expected = StoreError.cannotCreate(path: blocker.path, reason: "a file with that name is in the way")
            #expect(throws: expected) { try store.save(Data("x".utf8), id: id) }
            #expect(throws: expected) { try store.lock(id: id) }
        }
    }

    @Test(arguments: [
        (".2027-02-01-k3vd.json.abc.tmp", true), (".x.tmp", true), (".tmp", false), ("x.tmp", false),
        (".x.json", false), ("2027-02-01-k3vd.json", false),
    ])
    func temporaryNames(_ name: String, expected: Bool) {
        #expect(AtomicFile.isTemporaryName(name) == expected)
    }
}
