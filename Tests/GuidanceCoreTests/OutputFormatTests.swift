import Testing
@testable import GuidanceCore

/// `-o FILE` takes the format from the file's ending unless `--format` says it; a mistake is a sentence.
@Suite("Output format from the file name")
struct OutputFormatTests {
    static let cases: [(String?, String?, String, Result<String?, FormatMistake>)] = [
        (nil, nil, "plan", .success(nil)),
        ("csv", nil, "plan", .success("csv")),
        (nil, "plan.md", "plan", .success("md")),
        (nil, "Plan.HTML", "plan", .success("html")),
        (nil, "out/plan.htm", "plan", .success("html")),
        (nil, "plan.csv", "plan", .success("csv")),
        (nil, "plan.json", "plan", .success("json")),
        (nil, "plan.txt", "plan", .success("text")),
        (nil, "plan.markdown", "plan", .success("md")),
        ("csv", "plan.out", "plan", .success("csv")),
        ("md", "plan.md", "plan", .success("md")),
        (nil, "agenda.txt", "agenda", .success("txt")),
        (nil, "plan.pdf", "plan", .failure(FormatMistake(message: #"cannot tell the plan's format from "plan.pdf", which ends in .pdf: end the file name with .txt, .md, .html, .csv or .json, or add --format."#))),
        (nil, "plan", "plan", .failure(FormatMistake(message: #"cannot tell the plan's format from "plan", which has no ending: end the file name with .txt, .md, .html, .csv or .json, or add --format."#))),
        (nil, "agenda.csv", "agenda", .failure(FormatMistake(message: #"cannot tell the agenda's format from "agenda.csv", which ends in .csv: end the file name with .txt, .md or .html, or add --format."#))),
        ("csv", "plan.html", "plan", .failure(FormatMistake(message: #"--format csv does not match "plan.html", which ends in .html (html); drop --format or change the file name."#))),
        ("text", "plan.md", "plan", .failure(FormatMistake(message: #"--format text does not match "plan.md", which ends in .md (md); drop --format or change the file name."#))),
    ]

    @Test("The format to write, or the sentence saying what does not fit", arguments: 0..<cases.count)
    func resolves(_ index: Int) {
        let (format, output, what, expected) = Self.cases[index]
        let endings = what == "plan" ? OutputFormat.plan : OutputFormat.agenda
        #expect(OutputFormat.resolve(format: format, output: output, endings: endings, what: what) == expected)
    }
}
