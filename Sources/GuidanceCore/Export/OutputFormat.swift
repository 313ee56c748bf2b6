import Foundation

/// Which format an export is written in: the one `--format` names, else the one the file name of `-o FILE`
/// ends with. A file name that names no format, or one that contradicts `--format`, is a mistake worth a sentence.
public enum OutputFormat {
    /// File endings of the plan, and the format each means.
    public static let plan: [(ending: String, format: String)] = [
        ("txt", "text"), ("text", "text"), ("md", "md"), ("markdown", "md"), ("html", "html"), ("htm", "html"),
        ("csv", "csv"), ("json", "json"),
    ]
    /// File endings of the agenda, and the format each means.
    public static let agenda: [(ending: String, format: String)] = [
        ("txt", "txt"), ("text", "txt"), ("md", "md"), ("markdown", "md"), ("html", "html"), ("htm", "html"),
    ]

    /// The format to write, or the sentence that says what is wrong.
    ///
    /// - `format`: what `--format` said, already checked to be one of the command's formats, or `nil`.
    /// - `output`: the file of `-o`, or `nil` for the screen (then `format`, or `nil` for the command's default).
    /// - `endings`: `plan` or `agenda`; `what` names the command in the sentence ("plan", "agenda").
    public static func resolve(format: String?, output: String?, endings: [(ending: String, format: String)],
                               what: String) -> Result<String?, FormatMistake> {
        guard let output else { return .success(format) }
        let ending = URL(fileURLWithPath: output).pathExtension.lowercased()
        let named = endings.first { $0.ending == ending }?.format
        let suggestions = uniqueEndings(endings).map { ".\($0)" }
        let listed = suggestions.dropLast().joined(separator: ", ") + " or " + (suggestions.last ?? "")
        switch (format, named) {
        case (nil, let named?): return .success(named)
        case (nil, nil):
            let shown = ending.isEmpty ? "has no ending" : "ends in .\(ending)"
            return .failure(FormatMistake(message: "cannot tell the \(what)'s format from \"\(output)\", which \(shown): end the file name with \(listed), or add --format."))
        case (let format?, let named?) where named != format:
            return .failure(FormatMistake(message: "--format \(format) does not match \"\(output)\", which ends in .\(ending) (\(named)); drop --format or change the file name."))
        case (let format?, _): return .success(format)
        }
    }

    /// The first ending of each format, in order: what to suggest.
    static func uniqueEndings(_ endings: [(ending: String, format: String)]) -> [String] {
        var seen = Set<String>()
        return endings.filter { seen.insert($0.format).inserted }.map(\.ending)
    }
}

/// A `--format` and `-o FILE` that do not fit together, in a sentence.
public struct FormatMistake: Error, Equatable, Sendable {
    public var message: String
}
