import Foundation
import Testing
import GuidanceCore

/// `guidance plan ID` and `/plan`: the plan draft through the binary.
@Suite("Plan command")
struct PlanCommandTests {
    func stored(_ folder: TemporaryFolder) throws -> [String] {
        let file = try folder.write("answers.json", Fixtures.designAnswers)
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let result = try GuidanceProcess.run(["new", "--answers", file] + common)
        #expect(result.code == 0, "\(result.stderr)")
        return common
    }

    @Test func theDesignExamplePlanReadsLikeADraft() throws {
        let folder = try TemporaryFolder()
        let common = try stored(folder)
        let result = try GuidanceProcess.run(["plan", "latest"] + common)
        #expect(result.code == 0, "\(result.stderr)")
        for text in ["Tactical plan draft: 1 March to 31 May 2027", "Replace the income of the shrinking hospitality segment",
                     "Dental practices (grow)", "Website update", "Jo leaves", "Local awareness campaign in Leeds",
                     "Case study pack", "Strategic Guidance meeting with your director", "Planning appointment: plan June to August 2027",
                     "Agree how marketing treats Hospitality's customers"] {
            #expect(result.stdout.contains(text), "missing: \(text)")
        }
        let again = try GuidanceProcess.run(["plan", "latest"] + common)
        #expect(again.stdout == result.stdout, "the same session gives the same plan")
    }

    @Test func theCSVFollowsTheContractAndIsDeterministic() throws {
        let folder = try TemporaryFolder()
        let common = try stored(folder)
        let first = try GuidanceProcess.run(["plan", "latest", "--format", "csv"] + common)
        #expect(first.code == 0)
        #expect(first.stdout.hasPrefix("start,due,month,week,segment,role,campaign,stage,activity,channel,pull_push,owner,hours,cost,currency,why\r\n"))
        #expect(first.stdout.hasSuffix("\r\n"))
        #expect(first.stdout.contains(",,,Website update,fundamentals,Supplier's work,Fundamentals,pull,agency,0.5,6000,GBP,"))
        let second = try GuidanceProcess.run(["plan", "latest", "--format", "csv"] + common)
        #expect(first.stdout == second.stdout)
    }

    @Test func writingToAFile() throws {
        let folder = try TemporaryFolder()
        let common = try stored(folder)
        let path = folder.path + "/plan.csv"
        let result = try GuidanceProcess.run(["plan", "latest", "--format", "csv", "-o", path] + common)
        #expect(result.code == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Wrote the plan of session 2027-02-01-"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("start,due,month,week,"))
    }

    @Test(arguments: [
        (["plan"], Int32(64), "guidance: guidance plan needs a session id (see guidance list)."),
        (["plan", "latest", "--format", "pdf"], Int32(64), "guidance: --format pdf is not a plan format; use text, md, html, csv, json."),
        (["plan", "2027-01-01-zzzz"], Int32(66), "guidance: There is no session 2027-01-01-zzzz"),
    ])
    func refused(_ arguments: [String], _ code: Int32, _ message: String) throws {
        let folder = try TemporaryFolder()
        let result = try GuidanceProcess.run(arguments + ["--sessions", folder.path, "--prompts", GuidanceProcess.prompts])
        #expect(result.code == code)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }

    @Test func slashPlanShowsTheDraftFromTheAnswersSoFar() throws {
        let folder = try TemporaryFolder()
        let input = ["Win dental practices", "Dental practices, Retail", "Dental practices", "grow", "maintain", "/plan", "/quit"].joined(separator: "\n") + "\n"
        let result = try GuidanceProcess.run(["new", "--date", "2027-02-01", "--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts], input: input)
        #expect(result.code == 0)
        #expect(result.stdout.contains("Tactical plan draft: 1 March to 31 May 2027"))
        #expect(result.stdout.contains("No focus split was given: the effort is shared equally between the segments."))
    }
}
