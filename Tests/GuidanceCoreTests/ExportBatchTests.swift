import Foundation
import Testing
@testable import GuidanceCore

/// Files written together: all of them, or none, the old contents kept.
@Suite("ExportBatch")
struct ExportBatchTests {
    func file(_ folder: URL, _ name: String, _ text: String, mode: mode_t = 0o644) -> ExportBatch.File {
        ExportBatch.File(path: folder.appendingPathComponent(name).path, data: Data(text.utf8), mode: mode)
    }

    @Test func everyFileIsWrittenWithItsOwnMode() throws {
        try StoreTestSupport.withFolder { folder in
            try StoreTestSupport.put("old record", "record", in: folder)
            try ExportBatch([file(folder, "record", "new record", mode: 0o600), file(folder, "plan.md", "# Plan", mode: 0o640)]).write()
            #expect(try String(contentsOf: folder.appendingPathComponent("record"), encoding: .utf8) == "new record")
            #expect(try String(contentsOf: folder.appendingPathComponent("plan.md"), encoding: .utf8) == "# Plan")
            #expect(StoreTestSupport.mode(folder.appendingPathComponent("record").path) == 0o600)
            #expect(StoreTestSupport.mode(folder.appendingPathComponent("plan.md").path) == 0o640)
            #expect(try StoreTestSupport.names(folder) == ["plan.md", "record"])
        }
    }

    @Test func aRecordThatCannotBeWrittenLeavesNoFile() throws {
        try StoreTestSupport.withFolder { folder in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("record"), withIntermediateDirectories: false)
            let batch = ExportBatch([file(folder, "record", "new record"), file(folder, "plan.md", "# Plan")])
            #expect(throws: StoreError.io(path: folder.appendingPathComponent("record").path, reason: "a folder has that name")) {
                try batch.write()
            }
            #expect(try StoreTestSupport.names(folder) == ["record"])
        }
    }

    @Test func aRenameFailingHalfWayPutsTheEarlierFilesBack() throws {
        try StoreTestSupport.withFolder { folder in
            try StoreTestSupport.put("old record", "record", in: folder)
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("c.ics"), withIntermediateDirectories: false)
            let batch = ExportBatch([file(folder, "record", "new record"), file(folder, "b.md", "new b"), file(folder, "c.ics", "new c")])
            #expect(throws: StoreError.io(path: folder.appendingPathComponent("c.ics").path, reason: "a folder has that name")) {
                try batch.write()
            }
            #expect(try String(contentsOf: folder.appendingPathComponent("record"), encoding: .utf8) == "old record")
            #expect(try StoreTestSupport.names(folder) == ["c.ics", "record"], "no new file and no temporary file is left")
        }
    }

    @Test func aFolderThatCannotBeWrittenIntoChangesNothing() throws {
        try StoreTestSupport.withFolder { folder in
            try StoreTestSupport.put("old record", "record", in: folder)
            let missing = folder.appendingPathComponent("missing/plan.md").path
            let batch = ExportBatch([file(folder, "record", "new record"), ExportBatch.File(path: missing, data: Data(), mode: 0o644)])
            #expect(throws: StoreError.cannotCreate(path: missing, reason: "No such file or directory")) { try batch.write() }
            #expect(try String(contentsOf: folder.appendingPathComponent("record"), encoding: .utf8) == "old record")
            #expect(try StoreTestSupport.names(folder) == ["record"])
        }
    }

    @Test(arguments: [(mode_t(0o022), mode_t(0o644)), (0o077, 0o600), (0o002, 0o664), (0o027, 0o640), (0o000, 0o666), (0o777, 0o000)])
    func exportsFollowTheUmask(_ umask: mode_t, _ mode: mode_t) {
        #expect(ExportFile.mode(umask: umask) == mode)
    }
}
