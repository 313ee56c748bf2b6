import Foundation
import Testing
@testable import GuidanceCore

/// The store's paths made as strings are the ones Foundation's URLs give (the strings save the first `URL.path`).
@Suite("Store paths")
struct StorePathsTests {
    @Test(arguments: [
        ("/tmp/sessions", true), ("/", true), ("/a b/c", true), ("/tmp/sessions/", false), ("/tmp//sessions", false),
        ("/tmp/./sessions", false), ("/tmp/../sessions", false), ("/tmp/sessions/.", false), ("sessions", false), ("", false),
        ("/tmp/.sessions", true), ("/tmp/...", true), ("/tmp/..x", true), ("/tmp/x.", true), ("/tmp/a.b/c", true), ("/.", false),
        ("/..", false), ("/a/../", false), ("//", false), ("/.x/..", false),
    ])
    func aPlainAbsolutePathIsKeptAndAnyOtherGoesThroughItsURL(_ path: String, _ plain: Bool) {
        #expect(FolderPath.isPlainAbsolute(path) == plain)
        let url = URL(fileURLWithPath: path, isDirectory: true)
        let store = SessionStore(folderPath: path)
        #expect(store.folder == url)
        #expect(store.folderPath == url.path)
        #expect(store.folderPath == SessionStore(folder: url).folderPath)
    }

    @Test(arguments: ["/tmp/sessions", "/"])
    func theFilesPathsAreTheirURLsPaths(_ folder: String) throws {
        let store = SessionStore(folderPath: folder)
        let id = try SessionID(validating: "2027-02-01-k3vd")
        #expect(store.filePath(for: id) == store.fileURL(for: id).path)
        #expect(store.lockPath(for: id) == store.lockURL(for: id).path)
        #expect(store.indexPath == store.indexURL.path)
        #expect(store.journalPath == store.journalURL.path)
        #expect(FolderPath.join(folder, "director.json") == URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent("director.json").path)
    }

    @Test(arguments: [("/tmp/a/b.json", "/tmp/a", "b.json"), ("/b.json", "/", "b.json"), ("b.json", ".", "b.json")])
    func atomicWritesSplitAPathIntoItsFolderAndName(_ path: String, _ folder: String, _ name: String) {
        let parts = AtomicFile.split(path)
        #expect(parts.folder == folder)
        #expect(parts.name == name)
    }

    @Test(arguments: ["", "{\"a\": 1}\n", "é ✓ \u{1F600}", String(repeating: "x", count: 100_000)])
    func dataFromUTF8HoldsTheTextsBytes(_ text: String) {
        #expect(Data(utf8: text) == Data(text.utf8))
    }

    @Test func tabbedFieldsAreEscapedAndJoinedByTabs() {
        #expect(SessionIndex.tabbed([]) == "")
        #expect(SessionIndex.tabbed(["a"]) == "a")
        #expect(SessionIndex.tabbed(["a", "", "b\tc", "d\\e\nf"]) == "a\t\tb\\tc\td\\\\e\\nf")
    }
}
