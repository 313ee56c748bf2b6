import Foundation
import Testing
import GuidanceCore

/// `-o FILE` writes the format the file name ends with, through the binary; a file name that names no format,
/// or contradicts `--format`, is a usage error (exit 64) that writes nothing.
@Suite("Output file format")
struct OutputFileFormatTests {
    /// The design example stored in `folder`; the common flags.
    static func stored(_ folder: TemporaryFolder) throws -> [String] {
        let file = try folder.write("answers.json", Fixtures.designAnswers)
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let result = try GuidanceProcess.run(["new", "--answers", file] + common)
        #expect(result.code == 0, "\(result.stderr)")
        return common
    }

    static let written: [(command: String, file: String, format: String?, starts: String)] = [
        ("plan", "plan.md", nil, "# Tactical plan draft: "),
        ("plan", "plan.html", nil, "<!DOCTYPE html>"),
        ("plan", "plan.csv", nil, "start,due,month,week,segment,role,campaign,"),
        ("plan", "plan.json", nil, "{"),
        ("plan", "plan.txt", nil, "Tactical plan draft: "),
        ("plan", "plan.out", "csv", "start,due,month,week,"),
        ("agenda", "agenda.md", nil, "# Agenda: "),
        ("agenda", "agenda.html", nil, "<!DOCTYPE html>"),
        ("agenda", "agenda.txt", nil, "Agenda: "),
    ]

    @Test("The file holds the format its name ends with", arguments: 0..<written.count)
    func writesTheFormatOfTheFileName(_ index: Int) throws {
        let (command, file, format, starts) = Self.written[index]
        let folder = try TemporaryFolder()
        let common = try Self.stored(folder)
        let path = folder.path + "/" + file
        let extra = command == "plan" ? ["plan", "latest"] : ["agenda", "--from", "latest"]
        let result = try GuidanceProcess.run(extra + (format.map { ["--format", $0] } ?? []) + ["-o", path] + common)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix(starts))
    }

    static let refused: [(arguments: [String], file: String, message: String)] = [
        (["plan", "latest"], "plan.pdf",
         #"guidance: cannot tell the plan's format from "FILE", which ends in .pdf: end the file name with .txt, .md, .html, .csv or .json, or add --format."#),
        (["plan", "latest"], "plan",
         #"guidance: cannot tell the plan's format from "FILE", which has no ending: end the file name with .txt, .md, .html, .csv or .json, or add --format."#),
        (["plan", "latest", "--format", "csv"], "plan.html",
         #"guidance: --format csv does not match "FILE", which ends in .html (html); drop --format or change the file name."#),
        (["agenda"], "agenda.csv",
         #"guidance: cannot tell the agenda's format from "FILE", which ends in .csv: end the file name with .txt, .md or .html, or add --format."#),
    ]

    @Test("A file name that names no format, or another one, is refused with exit 64 and nothing written", arguments: 0..<refused.count)
    func refusesAFileNameThatDoesNotFit(_ index: Int) throws {
        let (arguments, file, message) = Self.refused[index]
        let folder = try TemporaryFolder()
        let common = try Self.stored(folder)
        let path = folder.path + "/" + file
        let result = try GuidanceProcess.run(arguments + ["-o", path] + common)
        #expect(result.code == 64)
        #expect(result.stderr.hasPrefix(message.replacingOccurrences(of: "FILE", with: path)), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
