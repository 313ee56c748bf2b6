import Foundation
import Testing
import GuidanceCore

/// `guidance new --answers FILE`: the answers-file contract, checked with the shell's rules.
@Suite("Answers file")
struct AnswersFileTests {
    func run(_ file: String, in folder: TemporaryFolder, extra: [String] = []) throws -> GuidanceProcess.Result {
        let path = try folder.write("answers.json", file)
        return try GuidanceProcess.run(["new", "--answers", path, "--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts] + extra)
    }

    @Test func theDesignExampleIsStoredAsGiven() throws {
        let folder = try TemporaryFolder()
        let result = try run(Fixtures.designAnswers, in: folder)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Stored session 2027-02-01-"))
        #expect(result.stdout.contains("15 answers; 1 question still unanswered"))
        let session = try folder.onlySession()
        let given = try #require(JSONParser.parse(Fixtures.designAnswers)["answers"]?.objectValue)
        for (key, value) in given.pairs { #expect(session["answers"]?[key]?["value"] == value, "answer \(key)") }
        #expect(session["meeting_date"] == .string("2027-02-01"))
        #expect(session["position"]?["question"] == .string("exit_plan"))
    }

    @Test func unknownKeysAreIgnoredWithAWarning() throws {
        let folder = try TemporaryFolder()
        let file = Fixtures.designAnswers.replacingOccurrences(of: "\"currency\": \"GBP\",", with: "\"currency\": \"GBP\", \"mood\": \"sunny\",")
        let result = try run(file, in: folder)
        #expect(result.code == 0)
        #expect(result.stderr.contains("Ignored \"mood\": the director script does not ask it."))
        #expect(try folder.onlySession()["answers"]?["mood"] == nil)
    }

    struct BadValue: CustomStringConvertible, Sendable {
        var find: String
        var replace: String
        var message: String
        var description: String { message }
    }

    static let badValues: [BadValue] = [
        BadValue(find: "\"Legal\": 20}", replace: "\"Legal\": 30}",
                 message: "\"focus\" = {\"Dental practices\":50,\"Hospitality\":10,\"Retail\":20,\"Legal\":30} is refused: the percentages add up to 110; they must total exactly 100."),
        BadValue(find: "\"Retail\": \"maintain\"", replace: "\"Retail\": \"keep\"",
                 message: "\"roles\" = "),
        BadValue(find: "\"capacity_hours_per_week\": 30", replace: "\"capacity_hours_per_week\": \"thirty\"",
                 message: "\"capacity_hours_per_week\" = \"thirty\" is refused: it should be a number."),
        BadValue(find: "\"plan_start\": \"2027-03-01\"", replace: "\"plan_start\": \"2027-02-30\"",
                 message: "\"plan_start\" = \"2027-02-30\" is refused: it should be a date written as YYYY-MM-DD, such as 2027-03-01."),
        BadValue(find: "\"month\": 3", replace: "\"month\": 4",
                 message: "\"fundamentals\" = [{\"item\":\"Website update\",\"budget\":6000,\"month\":4,\"approved\":true}] is refused: in record 1, \"month\": it should be the month of the plan: 1, 2 or 3."),
        BadValue(find: "\"capacity_pct\": -50", replace: "\"capacity_pct\": -150",
                 message: "\"internal_changes\" = "),
        BadValue(find: "\"kind\": \"opportunity\"", replace: "\"kind\": \"maybe\"",
                 message: "\"market_changes\" = "),
        BadValue(find: "\"stage\": \"consideration\"", replace: "\"stage\": \"dreaming\"",
                 message: "\"sales_needs\" = "),
        BadValue(find: "\"campaign_budget\": 12000", replace: "\"campaign_budget\": -5",
                 message: "\"campaign_budget\" = -5 is refused: it should be an amount of money"),
        BadValue(find: "\"growth_segment\": \"Dental practices\"", replace: "\"growth_segment\": \"Vets\"",
                 message: "\"growth_segment\" = \"Vets\" is refused:"),
    ]

    @Test(arguments: badValues)
    func aBadValueIsRefusedAndNothingIsStored(_ bad: BadValue) throws {
        let folder = try TemporaryFolder()
        #expect(Fixtures.designAnswers.contains(bad.find))
        let result = try run(Fixtures.designAnswers.replacingOccurrences(of: bad.find, with: bad.replace), in: folder)
        #expect(result.code == 65)
        #expect(result.stderr.contains(bad.message), "stderr was: \(result.stderr)")
        #expect(result.stderr.contains("Nothing was stored."))
        #expect(folder.sessionFiles().isEmpty)
    }

    @Test func brokenJSONNamesTheLineAndColumn() throws {
        let folder = try TemporaryFolder()
        let result = try run("{\n  \"format\": \"guidance-answers/1\",\n  \"answers\": {,}\n}", in: folder)
        #expect(result.code == 65)
        #expect(result.stderr.contains("answers.json: line 3, column"))
        #expect(folder.sessionFiles().isEmpty)
    }

    @Test func aMissingFileExits66() throws {
        let folder = try TemporaryFolder()
        let result = try GuidanceProcess.run(["new", "--answers", folder.path + "/nope.json", "--sessions", folder.path])
        #expect(result.code == 66)
        #expect(result.stderr.contains("Cannot read the answers file \(folder.path)/nope.json"))
    }

    @Test func scriptMismatchIsRefused() throws {
        let folder = try TemporaryFolder()
        let result = try run(Fixtures.designAnswers, in: folder, extra: ["--script", "self"])
        #expect(result.code == 65)
        #expect(result.stderr.contains("the file holds answers for the director script, but --script says self."))
    }
}
