import Foundation
import Testing
import GuidanceCore

/// A review on a file system that fills up: as in the meeting, nothing unsaved is ever called saved.
@Suite("Review on a full disk", .enabled(if: SmallFileSystem.unavailableReason == nil, "\(SmallFileSystem.unavailableReason ?? "")"))
struct ReviewFullDiskTests {
    @Test func aPipedReviewStopsAtTheFirstFailedSaveWith74AndKeepsWhatWasAcknowledged() throws {
        let disk = try SmallFileSystem(pages: 16)
        let (common, id) = try disk.folder.storeDesignSession(ReviewCommandTests.finished)
        // Three pages: the lock, the review file and the next save's temporary file while the review fits in one page.
        try disk.fill(leaving: 3)
        let result = try GuidanceProcess.run(["review", id, "--month", "1"] + common, input: String(repeating: "\n", count: 12))
        #expect(result.code == 74, "\(result.stderr)")
        #expect(!result.stdout.contains("Saved"), "nothing is called saved: \(result.stdout.suffix(300))")
        #expect(result.stderr.contains("(No space left on device)"), "\(result.stderr)")
        let stopped = try #require(result.stderr.firstMatch(of: /stopped at line (\d+) of the input, because it could not be saved \(see above\)/))
        let line = try #require(Int(stopped.1))
        #expect(result.stderr.contains("line \(line) and the lines after it were not stored. Make room on the disk or fix the folder, then carry on from line \(line) with: guidance review \(id) --month 1"))
        let acknowledged = result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("  ✓ ") }
        #expect(acknowledged.count == line - 1 && line > 1, "the disk fills part-way")
        let counted = acknowledged.compactMap { Int($0.dropFirst(4).prefix { $0.isNumber }) }.reduce(0, +)
        var review = try ReviewCommandTests.stored(disk.folder, id)
        #expect(review["complete"] == .bool(false))
        #expect(review["tasks"]?.arrayValue?.count == counted, "the file holds exactly the tasks acknowledged")

        disk.makeRoom()
        let resumed = try GuidanceProcess.run(["review", id, "--month", "1"] + common, input: String(repeating: "\n", count: 12))
        #expect(resumed.code == 0, "\(resumed.stderr)")
        review = try ReviewCommandTests.stored(disk.folder, id)
        #expect(review["complete"] == .bool(true))
        #expect(review["tasks"]?.arrayValue?.count == 31)
    }

    @Test func aTerminalKeepsAnUnsavedAnswerAndSavesItWhenThereIsRoomAgain() throws {
        let disk = try SmallFileSystem(pages: 16)
        let (common, id) = try disk.folder.storeDesignSession(ReviewCommandTests.finished)
        let tty = try TerminalSessionTests().start(["review", id, "--month", "1"] + common, home: disk.path)
        try tty.waitFor("1/11 Sales material for Dental practices > ")
        tty.sendLine("")
        try tty.waitFor("✓ 4 tasks done as planned")
        try tty.waitFor("2/11 ")
        try disk.fill(leaving: 0)
        tty.sendLine("")
        try tty.waitFor("! Not saved yet (kept in memory): 4 tasks done as planned")
        try tty.waitFor("Your answers are kept in memory while guidance runs; it tries again at your next answer.")
        try tty.waitFor("3/11 ")
        disk.makeRoom()
        tty.sendLine("")
        try tty.waitFor("Saved now: the answers kept in memory are stored in")
        try tty.waitFor("4/11 ")
        try disk.fill(leaving: 0)
        tty.sendLine("going")
        try tty.waitFor("! Not saved yet (kept in memory): All 8 tasks still going")
        try tty.waitFor("5/11 ")
        tty.sendControl("d")
        try tty.waitFor("the 1 answer marked \"not saved yet\" is lost")
        #expect(try tty.waitForExit() == 74)
        #expect(!PseudoTerminal.plain(tty.output).contains("Saved. To carry on later"))
        let review = try ReviewCommandTests.stored(disk.folder, id)
        #expect(review["tasks"]?.arrayValue?.count == 12, "the first three campaigns, saved when there was room again")
    }
}
