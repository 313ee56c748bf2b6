import Foundation
import Testing
@testable import GuidanceCore

/// Session files others could read are made private when loaded, and the caller is told.
@Suite("SessionStore permissions")
struct SessionStorePermissionsTests {
    let id = SessionID(unchecked: "2027-02-01-k3vd")

    @Test(arguments: [mode_t(0o644), 0o640, 0o604, 0o660, 0o666])
    func aFileOthersCouldReadIsMadePrivateOnce(_ mode: mode_t) throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            try StoreTestSupport.put("{}", "\(id.rawValue).json", in: folder)
            let path = store.fileURL(for: id).path
            #expect(chmod(path, mode) == 0)
            let first = try store.read(id: id)
            #expect(first.data == Data("{}".utf8))
            #expect(first.permissions == SessionStore.LoosePermissions(path: path, mode: mode, failure: nil))
            #expect(first.permissions?.warning == "The session file \(path) could be read or changed by other people (permissions \(String(mode, radix: 8))). It is now private to you (600).")
            #expect(StoreTestSupport.mode(path) == 0o600)
            #expect(try store.read(id: id).permissions == nil, "told once: the file is private now")
        }
    }

    @Test func aPrivateFileIsLeftAlone() throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            try StoreTestSupport.put("{}", "\(id.rawValue).json", in: folder)
            #expect(chmod(store.fileURL(for: id).path, 0o400) == 0)
            #expect(try store.read(id: id).permissions == nil)
            #expect(StoreTestSupport.mode(store.fileURL(for: id).path) == 0o400)
        }
    }

    @Test func aLinkedFileIsReportedAndItsTargetLeftAlone() throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            try StoreTestSupport.put("{}", "elsewhere.json", in: folder)
            let target = folder.appendingPathComponent("elsewhere.json").path
            #expect(chmod(target, 0o644) == 0)
            try FileManager.default.createSymbolicLink(atPath: store.fileURL(for: id).path, withDestinationPath: target)
            let loose = try #require(try store.read(id: id).permissions)
            #expect(loose.failure == "it is reached through a link")
            #expect(loose.warning.hasSuffix("and could not be made private (it is reached through a link). Run chmod 600 on it to keep it to yourself."))
            #expect(StoreTestSupport.mode(target) == 0o644)
        }
    }

    @Test func listingTellsOfLoosePermissionsToo() throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            try StoreTestSupport.put("{}", "\(id.rawValue).json", in: folder)
            #expect(chmod(store.fileURL(for: id).path, 0o644) == 0)
            #expect(store.list().map { $0.permissions?.mode } == [0o644])
            #expect(store.list().map { $0.permissions?.mode } == [nil])
        }
    }
}
