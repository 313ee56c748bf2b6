import Foundation
import Testing

/// Commands, options and exit codes of the binary.
@Suite("Command line")
struct CommandLineTests {
    struct Case: CustomStringConvertible, Sendable {
        var arguments: [String]
        var code: Int32
        var stderr: String
        var description: String { arguments.joined(separator: " ") }
    }

    static let refused: [Case] = [
        Case(arguments: ["bogus"], code: 64, stderr: "guidance: \"bogus\" is not a guidance command. The commands are new, resume, list, show, plan, calendar, invite, agenda, export, review, status, delete, check, where, help."),
        Case(arguments: ["lsit"], code: 64, stderr: "guidance: \"lsit\" is not a guidance command. Did you mean list? The commands are new, "),
        Case(arguments: ["agend"], code: 64, stderr: "guidance: \"agend\" is not a guidance command. Did you mean agenda? The commands are new, "),
        Case(arguments: ["--bogus"], code: 64, stderr: "guidance: \"--bogus\" is not an option guidance knows."),
        Case(arguments: ["plan", "x", "--formt", "csv"], code: 64, stderr: "guidance: \"--formt\" is not an option guidance knows. Did you mean --format?"),
        Case(arguments: ["list", "--al"], code: 64, stderr: "guidance: \"--al\" is not an option guidance knows. Did you mean --all?"),
        Case(arguments: ["--sesions", "x"], code: 64, stderr: "guidance: \"--sesions\" is not an option guidance knows. Did you mean --sessions?"),
        Case(arguments: ["new", "-date", "2027-02-01"], code: 64, stderr: "guidance: \"-date\" is not an option guidance knows. Did you mean --date?"),
        Case(arguments: ["list", "--yes"], code: 64, stderr: "guidance: --yes does not go with guidance list."),
        Case(arguments: ["delete"], code: 64, stderr: "guidance: guidance delete needs a session id (see guidance list)."),
        Case(arguments: ["delete", "a", "b"], code: 64, stderr: "guidance: \"b\" is one word too many for guidance delete."),
        Case(arguments: ["list", "extra"], code: 64, stderr: "guidance: \"extra\" is one word too many for guidance list."),
        Case(arguments: ["show"], code: 64, stderr: "guidance: guidance show needs a session id (see guidance list)."),
        Case(arguments: ["show", "../etc/passwd"], code: 64, stderr: "guidance: \"../etc/passwd\" is not a session id; a session id looks like 2027-02-01-k3vd."),
        Case(arguments: ["resume", "a/b"], code: 64, stderr: "guidance: \"a/b\" is not a session id; a session id looks like 2027-02-01-k3vd."),
        Case(arguments: ["new", "--script"], code: 64, stderr: "guidance: --script needs a value after it."),
        Case(arguments: ["new", "--script", "board"], code: 64, stderr: "guidance: \"board\" is not a script; use --script director or --script self."),
        Case(arguments: ["new", "--date", "2027-02-30"], code: 64, stderr: "guidance: --date 2027-02-30 is not a real date: February 2027 has 28 days, so pick a day from 1 to 28, such as 2027-02-28."),
        Case(arguments: ["new", "--date", "31/2/2027"], code: 64, stderr: "guidance: --date 31/2/2027 is not a real date: February 2027 has 28 days, so pick a day from 1 to 28, such as 28/2/2027."),
        Case(arguments: ["list", "--date", "2027-02-01"], code: 64, stderr: "guidance: --date does not go with guidance list."),
        Case(arguments: ["list", "--tz", "Mars/Olympus"], code: 64, stderr: "guidance: \"Mars/Olympus\" is not a time zone guidance knows; use a name such as Europe/London or America/New_York."),
        Case(arguments: ["show", "2027-01-01-abcd"], code: 66, stderr: "guidance: There is no session 2027-01-01-abcd; run guidance list to see the sessions you have."),
        Case(arguments: ["resume"], code: 66, stderr: "guidance: There is no unfinished session to resume in"),
        Case(arguments: ["help", "nothing"], code: 64, stderr: "guidance: \"nothing\" is not a guidance command"),
    ]

    @Test(arguments: refused)
    func refusedWithUsageAndCode(_ c: Case) throws {
        let folder = try TemporaryFolder()
        let result = try GuidanceProcess.run(c.arguments + ["--sessions", folder.path, "--prompts", GuidanceProcess.prompts])
        #expect(result.code == c.code)
        #expect(result.stderr.hasPrefix(c.stderr), "stderr was: \(result.stderr)")
        if c.code == 64 { #expect(result.stderr.contains("usage: guidance")) }
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [["--help"], ["help"], ["new", "--help"], ["resume", "--help"], ["list", "--help"], ["show", "--help"], ["check", "--help"], ["help", "new"],
                            ["invite", "--help"], ["help", "invite"], ["status", "--help"], ["help", "status"], ["delete", "--help"], ["list", "--help"]])
    func helpIsPrintedAndExitsZero(_ arguments: [String]) throws {
        let result = try GuidanceProcess.run(arguments)
        #expect(result.code == 0)
        #expect(result.stdout.contains("usage: guidance"))
        #expect(result.stderr.isEmpty)
    }

    @Test func versionPrintsTheVersion() throws {
        let result = try GuidanceProcess.run(["--version"])
        #expect(result.code == 0)
        #expect(result.stdout.hasPrefix("guidance "))
    }

    @Test func listWithNoSessionsSaysHowToStart() throws {
        let folder = try TemporaryFolder()
        let result = try GuidanceProcess.run(["list", "--sessions", folder.path])
        #expect(result.code == 0)
        #expect(result.stdout == "No sessions yet in \(folder.path). Start one with: guidance\n")
    }

    @Test func checkPassesTheShippedScripts() throws {
        let result = try GuidanceProcess.run(["check", "--prompts", GuidanceProcess.prompts])
        #expect(result.code == 0, "\(result.stdout)")
        #expect(result.stdout.contains("director.json: ok (9 topics"))
        #expect(result.stdout.contains("self.json: ok (9 topics"))
    }

    @Test func checkNamesTheFileAndPlaceOfEachProblem() throws {
        let folder = try TemporaryFolder()
        let director = try String(contentsOfFile: GuidanceProcess.prompts + "/director.json", encoding: .utf8)
        try folder.write("prompts/director.json", director.replacingOccurrences(of: "\"type\": \"split\"", with: "\"type\": \"splt\""))
        var timing = director
        let first = try #require(timing.range(of: "\"minutes\": 4,"))
        timing.replaceSubrange(first, with: "\"minutes\": 5,")
        try folder.write("prompts/timing.json", timing)
        try folder.write("prompts/broken.json", "{\n  \"id\": \"broken\",\n  \"topics\": [\n}")
        let result = try GuidanceProcess.run(["check", "--prompts", folder.path + "/prompts"])
        #expect(result.code == 65)
        let prompts = folder.path + "/prompts"
        #expect(result.stdout.contains("\(prompts)/director.json: topic 3 (focus), question focus: \"splt\" is not an answer type"))
        #expect(result.stdout.contains("\(prompts)/timing.json: the topics' minutes add up to 31; a director meeting is 30 minutes"))
        #expect(result.stdout.contains("\(prompts)/broken.json: line 4, column 1:"))
    }
}
