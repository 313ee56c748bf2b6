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
        #expect(result.stdout.contains("15 answers; 8 questions still unanswered"), "a version-1 file lacks the seven questions version 2 added")
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

/// Version 2 of the answers file: the new keys are checked with the shell's rules, and a version-1 file still reads.
@Suite("Answers file, version 2")
struct AnswersFileV2Tests {
    func run(_ file: String, in folder: TemporaryFolder) throws -> GuidanceProcess.Result {
        let path = try folder.write("answers.json", file)
        return try GuidanceProcess.run(["new", "--answers", path, "--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts])
    }

    @Test func theVersion2ExampleIsStoredAsGiven() throws {
        let folder = try TemporaryFolder()
        let result = try run(Fixtures.designAnswersV2, in: folder)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("22 answers; 1 question still unanswered"))
        #expect(result.stderr.isEmpty, "every key is a question of the director script")
        let session = try folder.onlySession()
        let given = try #require(JSONParser.parse(Fixtures.designAnswersV2)["answers"]?.objectValue)
        for (key, value) in given.pairs { #expect(session["answers"]?[key]?["value"] == value, "answer \(key)") }
        #expect(session["position"]?["question"] == .string("exit_plan"))
    }

    @Test func aFormatThatIsNeitherVersionIsRefused() throws {
        let folder = try TemporaryFolder()
        let result = try run(Fixtures.designAnswersV2.replacingOccurrences(of: "guidance-answers/2", with: "guidance-answers/3"), in: folder)
        #expect(result.code == 65)
        #expect(result.stderr.contains("The answers file's \"format\" should be \"guidance-answers/2\" (or \"guidance-answers/1\"). Nothing was stored."))
        #expect(folder.sessionFiles().isEmpty)
    }

    static let badValues: [AnswersFileTests.BadValue] = [
        .init(find: "\"email\": \"sam@example.com\"", replace: "\"email\": \"sam@example\"",
              message: "\"director\" = {\"name\":\"Sam Patel\",\"email\":\"sam@example\"} is refused: \"email\": \"sam@example\" is not an email address; write it as sam@example.com, or leave it out."),
        .init(find: "\"marketer\": {\"name\": \"Alex Brown\", ", replace: "\"marketer\": {\"phone\": \"0113\", ",
              message: "\"marketer\" = {\"phone\":\"0113\",\"email\":\"alex@example.com\"} is refused: it has \"phone\", which is not one of name, email."),
        .init(find: "\"days_off\": [\"2027-04-06\"]", replace: "\"days_off\": [\"2027-04-06\", \"Easter\"]",
              message: "\"days_off\" = [\"2027-04-06\",\"Easter\"] is refused: it should be a list of dates written as YYYY-MM-DD, such as [\"2027-04-06\"], possibly empty."),
        .init(find: "\"days_off\": [\"2027-04-06\"]", replace: "\"days_off\": [\"2027-04-06\", \"2027-04-06\"]",
              message: "\"days_off\" = [\"2027-04-06\",\"2027-04-06\"] is refused: 2027-04-06 is in the list twice; keep it once."),
        .init(find: "\"from\": \"2027-04-01\", \"to\": null", replace: "\"from\": \"2027-04-01\", \"to\": \"permanent\"",
              message: "in record 2, \"to\": it should be a date written as YYYY-MM-DD, such as 2027-05-31, or null when it has no end."),
        .init(find: "\"from\": \"2027-04-01\", \"to\": null", replace: "\"from\": null, \"to\": null",
              message: "in record 2, \"from\": it should be a date written as YYYY-MM-DD, such as 2027-03-01."),
        .init(find: "\"holidays\": \"GB-EAW\"", replace: "\"holidays\": \"FR\"",
              message: "\"holidays\" = \"FR\" is refused: \"FR\" is not one of the options: type one of GB-EAW, GB-SCT, GB-NIR, IE, US or none."),
        .init(find: "\"Legal\": 18}", replace: "\"Legal\": -1}",
              message: "\"customers\" = {\"Dental practices\":3,\"Hospitality\":40,\"Retail\":25,\"Legal\":-1} is refused: for Legal, it should be at least 0."),
        .init(find: "\"segment\": \"Dental practices\", \"measure\"", replace: "\"segment\": \"Retail\", \"measure\"",
              message: "\"targets\" = [{\"segment\":\"Retail\",\"measure\":\"new practices signed\",\"amount\":4}] is refused: in record 1, \"segment\": \"Retail\" is not one of the options: type one of Dental practices."),
        .init(find: "\"amount\": 4", replace: "\"amount\": 0",
              message: "is refused: in record 1, \"amount\": it should be at least 1."),
        .init(find: "\"kind\": \"event\"", replace: "\"kind\": \"party\"",
              message: "is refused: in record 1, \"kind\": \"party\" is not one of the options: type one of event, launch, deadline or promotion."),
        .init(find: "\"needed_by\": \"2027-03-12\"", replace: "\"needed_by\": \"soon\"",
              message: "is refused: in record 1, \"needed_by\": it should be a date written as YYYY-MM-DD, such as 2027-03-01."),
        .init(find: "\"when\": \"2027-03-08\"", replace: "\"when\": \"2027-13-08\"",
              message: "is refused: in record 1, \"when\": it should be a date written as YYYY-MM-DD, such as 2027-03-01."),
    ]

    @Test(arguments: badValues)
    func aBadValueOfANewKeyIsRefusedAndNothingIsStored(_ bad: AnswersFileTests.BadValue) throws {
        let folder = try TemporaryFolder()
        #expect(Fixtures.designAnswersV2.contains(bad.find))
        let result = try run(Fixtures.designAnswersV2.replacingOccurrences(of: bad.find, with: bad.replace), in: folder)
        #expect(result.code == 65)
        #expect(result.stderr.contains(bad.message), "stderr was: \(result.stderr)")
        #expect(result.stderr.contains("Nothing was stored."))
        #expect(folder.sessionFiles().isEmpty)
    }

    /// `new --answers FILE`, then `export --format json`, then `new --answers` on the export: the same answers.
    @Test(arguments: ["v1", "v2"])
    func anAnswersFileRoundTripsThroughTheJSONExport(_ version: String) throws {
        let folder = try TemporaryFolder()
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let original = try folder.write("answers.json", version == "v1" ? Fixtures.designAnswers : Fixtures.designAnswersV2)
        #expect(try GuidanceProcess.run(["new", "--answers", original] + common).code == 0)
        let first = try folder.onlySession()
        let firstID = try #require(first["id"]?.stringValue)
        let exported = folder.path + "/export.json"
        let export = try GuidanceProcess.run(["export", firstID, "--format", "json", "-o", exported] + common)
        #expect(export.code == 0, "\(export.stderr)")
        let json = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: exported)))
        #expect(json["format"] == .string("guidance-answers/2"))
        let again = try GuidanceProcess.run(["new", "--answers", exported] + common)
        #expect(again.code == 0, "\(again.stderr)")
        #expect(!again.stderr.contains("Ignored"), "an export holds only keys the script asks: \(again.stderr)")
        let files = folder.sessionFiles()
        #expect(files.count == 2)
        let secondFile = try #require(files.first { !$0.hasPrefix(firstID) })
        let second = try JSONParser.parse(Data(contentsOf: folder.url.appendingPathComponent("sessions/" + secondFile)))
        let keys = first["answers"]?.objectValue?.keys ?? []
        #expect(keys.count == (version == "v1" ? 15 : 22))
        #expect(second["answers"]?.objectValue?.keys.sorted() == keys.sorted())
        for key in keys { #expect(second["answers"]?[key]?["value"] == first["answers"]?[key]?["value"], "answer \(key)") }
    }
}
