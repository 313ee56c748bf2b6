import Foundation

/// Reads the public-holiday calendars (`prompts/holidays.json`) and checks them, naming the place of every problem.
public enum HolidayBookLoader {
    /// The value of `"format"` that marks a holidays file.
    public static let format = "guidance-holidays/1"
    /// The file name the planner reads in the prompts folder.
    public static let fileName = "holidays.json"

    /// The calendars in `text`, or every problem found in it (`file` names the file in messages).
    public static func load(_ text: String, file: String) -> Result<HolidayBook, ScriptProblems> {
        let json: JSONValue
        do {
            json = try JSONParser.parse(text)
        } catch {
            return .failure(ScriptProblems([ScriptProblem(file: file, place: "", message: "\(error)")]))
        }
        var reader = HolidayBookReader(file: file)
        let book = reader.book(json)
        guard let book, reader.problems.isEmpty else { return .failure(ScriptProblems(reader.problems)) }
        return .success(book)
    }

    /// Loads `<folder>/holidays.json`.
    public static func load(folder: URL) -> Result<HolidayBook, ScriptProblems> {
        let url = folder.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(ScriptProblems([ScriptProblem(file: url.path, place: "",
                message: "cannot read this file; check that the prompts folder holds \(fileName), the public-holiday calendars")]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ScriptProblems([ScriptProblem(file: url.path, place: "",
                message: "the file is not UTF-8 text; save it again as UTF-8")]))
        }
        return load(text, file: url.path)
    }
}
