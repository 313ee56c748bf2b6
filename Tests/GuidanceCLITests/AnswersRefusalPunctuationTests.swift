import Foundation
import Testing
import GuidanceCore

/// Every refusal of an answers file reads as whole sentences: never "...simplify the file Nothing was stored."
@Suite("Answers file refusals are punctuated")
struct AnswersRefusalPunctuationTests {
    /// An answers file and the command line options that go with it.
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var file: String
        var extra: [String] = []
        var description: String { name }
    }

    static let nested = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)

    static let cases: [Case] = [
        Case(name: "nested too deep", file: "{\"format\": \"guidance-answers/1\", \"answers\": {\"goals\": \(nested)}}"),
        Case(name: "broken JSON", file: "{\n  \"format\": \"guidance-answers/1\",\n  \"answers\": {,}\n}"),
        Case(name: "empty file", file: ""),
        Case(name: "not an object", file: "[1, 2]"),
        Case(name: "wrong format", file: "{\"format\": \"something/9\", \"answers\": {}}"),
        Case(name: "no answers", file: "{\"format\": \"guidance-answers/1\"}"),
        Case(name: "bad meeting date", file: Fixtures.designAnswers.replacingOccurrences(of: "\"meeting_date\": \"2027-02-01\"", with: "\"meeting_date\": \"soon\"")),
        Case(name: "unknown script", file: Fixtures.designAnswers.replacingOccurrences(of: "\"script\": \"director\"", with: "\"script\": \"poetry\"")),
        Case(name: "script mismatch", file: Fixtures.designAnswers, extra: ["--script", "self"]),
    ] + AnswersFileTests.badValues.map {
        Case(name: $0.message, file: Fixtures.designAnswers.replacingOccurrences(of: $0.find, with: $0.replace))
    }

    @Test(arguments: cases)
    func theRefusalIsWholeSentences(_ refusal: Case) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("answers.json", refusal.file)
        let result = try GuidanceProcess.run(["new", "--answers", path, "--sessions", folder.path + "/sessions",
                                              "--prompts", GuidanceProcess.prompts] + refusal.extra)
        #expect(result.code == 65)
        #expect(folder.sessionFiles().isEmpty)
        let message = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(message.hasPrefix("guidance: \(path): "))
        #expect(message.hasSuffix(". Nothing was stored.") || message.hasSuffix("? Nothing was stored."), "\(message)")
        // A quoted value cut short ends in "...", which is not the end of a sentence.
        let sentences = message.dropFirst("guidance: ".count).replacingOccurrences(of: "... ", with: "… ").components(separatedBy: ". ")
        for sentence in sentences.dropFirst() {
            #expect(sentence.first?.isUppercase == true || sentence.first == "\"", "a sentence starts after \". \": \(message)")
        }
    }

    @Test func theNestingRefusalReadsAsTwoSentences() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("answers.json", Self.cases[0].file)
        let result = try GuidanceProcess.run(["new", "--answers", path, "--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts])
        #expect(result.stderr.hasPrefix("guidance: \(path): line 1, column "))
        #expect(result.stderr.hasSuffix(" levels deep; simplify the file. Nothing was stored.\n"), "\(result.stderr)")
    }
}
