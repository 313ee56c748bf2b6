import Foundation
import Testing
import GuidanceCore

/// The real binary in a pseudo-terminal, typed at as a person would: Tab, /back, a wrong split, Ctrl-C, Ctrl-D, resume.
@Suite("Terminal session")
struct TerminalSessionTests {
    func start(_ arguments: [String], home: String) throws -> PseudoTerminal {
        var environment = PseudoTerminal.standardEnvironment
        environment["HOME"] = home
        environment["TZ"] = "UTC"
        return try PseudoTerminal(executable: try BinaryLocator.guidance(), arguments: arguments, environment: environment)
    }

    @Test func aMeetingTypedAtTheKeyboardSurvivesMistakesAndResumes() throws {
        let folder = try TemporaryFolder()
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let tty = try start(["new", "--date", "2027-02-01"] + common, home: folder.path)
        try tty.waitFor("1/9 Strategic why")
        tty.sendLine("Grow dental; Replace hospitality income")
        try tty.waitFor("Which customer segments")
        tty.sendLine("Dental practices, Hospitality, Retail, Legal")
        try tty.waitFor("growth segment:")
        tty.send("Den")
        tty.sendTab()
        try tty.waitFor("Dental practices", count: 2)
        tty.sendLine("")
        try tty.waitFor("✓ Dental practices")
        try tty.waitFor("What is the role of Dental practices")
        tty.sendLine("/back")
        try tty.waitFor("Back to the previous question")
        tty.sendLine("")
        try tty.waitFor("✓ Dental practices", count: 2)
        // Type only once the prompt is drawn: keys sent before line editing starts can be lost, as at a real terminal.
        try tty.waitFor("Dental practices > ", count: 2)
        tty.send("/he")
        tty.sendTab()
        try tty.waitFor("/help")
        tty.sendControl("u")
        for role in ["grow", "exit", "maintain", "maintain"] { tty.sendLine(role) }
        try tty.waitFor("Why is that role right for Dental practices?")
        tty.send("this half-typed answer is thrown away")
        tty.sendControl("c")
        try tty.waitFor("Line cleared")
        for _ in 0..<4 { tty.sendLine("") }
        try tty.waitFor("How should marketing treat those customers")
        tty.sendLine("Keep clients informed")
        try tty.waitFor("How many customers do we have in Dental practices today?")
        for count in ["3", "40", "25", "18"] { tty.sendLine(count) }
        try tty.waitFor("Target 1: For which grow segment?")
        try tty.waitFor("Target 1 > ")
        tty.send("D")
        tty.sendTab()
        try tty.waitFor("Target 1 > Dental practices")  // Tab offers the grow segments only: one, so it completes
        tty.sendLine("")
        try tty.waitFor("+ Segment: Dental practices")
        for part in ["new practices signed", "4", ""] { tty.sendLine(part) }
        try tty.waitFor("✓ Dental practices (measure new practices signed, amount 4)")
        try tty.waitFor("3/9 Focus split")
        tty.sendLine("Dental 60, Hospitality 10, Retail 20, Legal 20")
        try tty.waitFor("The shares add up to 110%; they must total exactly 100%.")
        tty.sendLine("Dental 50, Hospitality 10, Retail 20, Legal 20")
        try tty.waitFor("✓ Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%")
        try tty.waitFor("4/9 Plan parameters")
        tty.sendControl("d")
        try tty.waitFor("Saved. To carry on later: guidance resume 2027-02-01-")
        #expect(try tty.waitForExit() == 0)
        let screen = PseudoTerminal.plain(tty.output)
        #expect(!screen.contains("this half-typed answer is thrown away\r\n  ✓"), "Ctrl-C never submits the line")

        let session = try folder.onlySession()
        #expect(session["answers"]?["segment_why"]?["value"] == .object(JSONObject()))
        #expect(session["answers"]?["goals"]?["value"] == .array([.string("Grow dental"), .string("Replace hospitality income")]))

        let history = folder.path + "/.local/state/guidance/history"
        let mode = try #require(FileManager.default.attributesOfItem(atPath: history)[.posixPermissions] as? NSNumber)
        #expect(mode.intValue & 0o777 == 0o600)

        let again = try start(["resume"] + common, home: folder.path)
        try again.waitFor("Welcome back: 9 answers so far")
        try again.waitFor("4/9 Plan parameters")
        again.sendLine("/show")
        for text in ["goals: Grow dental and Replace hospitality income", "segments: Dental practices, Hospitality, Retail and Legal",
                     "growth segment: Dental practices", "Hospitality: exit", "exit plan: Keep clients informed",
                     "Dental practices: 3 customers", "1) Dental practices (measure new practices signed, amount 4)",
                     "focus: Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%", "plan start: (not answered yet)"] {
            try again.waitFor(text)
        }
        again.sendLine("/quit")
        #expect(try again.waitForExit() == 0)
    }
}
