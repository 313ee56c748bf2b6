import Foundation
import Testing
import GuidanceCore

/// A monthly review typed at the keyboard: Enter for a whole campaign, Tab, a moved date, Ctrl-C, Ctrl-D, resume and finish.
@Suite("Review in a terminal")
struct ReviewTerminalTests {
    /// The binary in a pseudo-terminal, started as the meeting's terminal test starts it (HOME in the folder, UTC).
    func start(_ arguments: [String], home: String) throws -> PseudoTerminal {
        try TerminalSessionTests().start(arguments, home: home)
    }

    @Test func aReviewTypedByHandSurvivesCtrlDAndResumes() throws {
        let folder = try TemporaryFolder()
        let (common, id) = try folder.storeDesignSession(ReviewCommandTests.finished)
        let retail = "2/11 Retail: keep and renew (March) > "
        let tty = try start(["review", id, "--date", "2027-03-20"] + common, home: folder.path)
        try tty.waitFor("1/11 Sales material for Dental practices > ")
        tty.sendLine("")
        try tty.waitFor("✓ 4 tasks done as planned")
        try tty.waitFor(retail)
        tty.sendLine("t")
        try tty.waitFor("Customer list with renewal dates")
        try tty.waitFor(retail, count: 2)
        tty.send("this half-typed answer is thrown away")
        tty.sendControl("c")
        try tty.waitFor("(Line cleared. Type /quit to stop, or press Ctrl-D to save and leave.)")
        try tty.waitFor(retail, count: 3)
        tty.send("do")
        tty.sendTab()
        try tty.waitFor(retail + "done")  // Tab completed the word
        tty.send("6h £300\r")
        try tty.waitFor("✓ Done (6 h, GBP 300)")
        try tty.waitFor("Fri 12 Mar Customer newsletter")
        try tty.waitFor(retail, count: 4)
        tty.sendLine("moved soonish")
        try tty.waitFor(#""soonish" is not a date I understand"#)
        try tty.waitFor(retail, count: 5)
        tty.sendLine("moved 2027-04-12")
        try tty.waitFor("✓ Moved to Mon 12 Apr")
        try tty.waitFor("Renewal reminders")
        try tty.waitFor(retail, count: 6)
        tty.sendControl("d")
        try tty.waitFor("Saved. To carry on later: guidance review \(id) --month 1")
        #expect(try tty.waitForExit() == 0)
        #expect(!PseudoTerminal.plain(tty.output).contains("thrown away\r\n  ✓"), "Ctrl-C never submits the line")
        var review = try ReviewCommandTests.stored(folder, id)
        #expect(review["complete"] == .bool(false))
        #expect(review["tasks"]?.arrayValue?.count == 6)

        let again = try start(["review", id, "--month", "1"] + common, home: folder.path)
        try again.waitFor("Welcome back: 6 of 31 tasks answered so far.")
        try again.waitFor("1/11 Sales material for Dental practices > ")
        again.sendLine("")
        try again.waitFor("✓ Kept the 4 answers given")
        try again.waitFor("Enter: keep the 2 answers given and")
        try again.waitFor(retail)
        again.sendLine("")
        try again.waitFor("✓ Kept the 2 answers given; 2 more tasks done as planned")
        for number in 3...11 {
            try again.waitFor("\(number)/11 ")  // part of the prompt: line editing has started
            again.sendLine("")
        }
        try again.waitFor("Unplanned work > ")
        again.send("Hotel crisis calls, Hos")
        again.sendTab()
        try again.waitFor("Unplanned work > Hotel crisis calls, Hospitality")
        again.send(", 12h\r")
        try again.waitFor("✓ Hotel crisis calls (Hospitality, 12 h)")
        try again.waitFor("Unplanned work > ", count: 2)
        again.sendLine("")
        try again.waitFor("Month 1 (March 2027): hours planned and taken")
        try again.waitFor("To correct it: guidance review \(id) --month 1")
        #expect(try again.waitForExit() == 0)
        review = try ReviewCommandTests.stored(folder, id)
        #expect(review["complete"] == .bool(true))
        #expect(review["tasks"]?.arrayValue?.count == 31)
        #expect(ReviewCommandTests.task(review, "Retail: keep and renew (March)", "Customer list with renewal dates")?["hours"] == .number(6))
        #expect(ReviewCommandTests.task(review, "Retail: keep and renew (March)", "Customer newsletter")?["to"] == .string("2027-04-12"))
        #expect(ReviewCommandTests.task(review, "Retail: keep and renew (March)", "Renewal reminders")?["outcome"] == .string("done"))
        #expect(review["unplanned"]?.arrayValue?.first?["segment"] == .string("Hospitality"))
    }
}
