import Foundation
import Testing
import GuidanceCore

/// `--paper a4|letter` lays the web pages out for that paper in print (A4 by default), through the binary;
/// any other paper is a usage error (exit 64) that says so and writes nothing.
@Suite("Paper size")
struct PaperTests {
    static let runs: [(arguments: [String], file: String)] = [
        (["plan", "latest", "--format", "html"], "plan.html"),
        (["agenda", "--from", "latest", "--format", "html"], "agenda.html"),
    ]

    @Test("A4 unless --paper letter", arguments: 0..<runs.count)
    func theWebPageIsLaidOutForThePaperAsked(_ index: Int) throws {
        let folder = try TemporaryFolder()
        let common = try OutputFileFormatTests.stored(folder)
        let (arguments, _) = Self.runs[index]
        let a4 = try GuidanceProcess.run(arguments + common)
        #expect(a4.code == 0, "\(a4.stderr)")
        #expect(a4.stdout.contains("@page { size: A4;") && !a4.stdout.contains("size: letter"))
        let letter = try GuidanceProcess.run(arguments + ["--paper", "letter"] + common)
        #expect(letter.code == 0, "\(letter.stderr)")
        #expect(letter.stdout.contains("@page { size: letter;") && !letter.stdout.contains("size: A4"))
    }

    @Test func exportAllWritesBothWebPagesForThePaperAsked() throws {
        let folder = try TemporaryFolder()
        let common = try OutputFileFormatTests.stored(folder)
        let out = folder.path + "/out"
        let result = try GuidanceProcess.run(["export", "latest", "--all", "-o", out, "--paper", "letter"] + common)
        #expect(result.code == 0, "\(result.stderr)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".html") }
        #expect(pages.count == 2)
        for page in pages {
            #expect(try String(contentsOfFile: out + "/" + page, encoding: .utf8).contains("@page { size: letter;"), "\(page)")
        }
    }

    @Test("Another paper is refused", arguments: [["plan", "latest"], ["agenda"], ["export", "latest", "--all", "-o", "OUT"]])
    func anotherPaperIsAUsageError(_ arguments: [String]) throws {
        let folder = try TemporaryFolder()
        let common = try OutputFileFormatTests.stored(folder)
        let out = folder.path + "/out"
        let result = try GuidanceProcess.run(arguments.map { $0 == "OUT" ? out : $0 } + ["--paper", "A5"] + common)
        #expect(result.code == 64)
        #expect(result.stderr.hasPrefix("guidance: --paper A5 is not a paper size; use a4 or letter.\n"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
