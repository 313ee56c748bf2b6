import Foundation

/// Reads the answers-file contract (`guidance-answers/2`, and `/1`), checking every value with the shell's rules.
public enum AnswersFile {
    /// The format tag of the answers files written (version 2: customers, targets, key dates, holidays...).
    public static let format = "guidance-answers/2"

    /// The format tags read: version 1 files simply lack the keys version 2 added.
    public static let readableFormats = ["guidance-answers/1", "guidance-answers/2"]

    /// What an answers file holds once checked.
    public struct Contents: Equatable, Sendable {
        /// The script id the file names.
        public var scriptID: String
        /// The meeting date the file names, when it names one.
        public var meetingDate: CalendarDate?
        /// The checked answers, in script order.
        public var answers: [(key: String, value: JSONValue)]
        /// Keys the script does not ask, each with a one-line warning.
        public var warnings: [String]

        public static func == (lhs: Contents, rhs: Contents) -> Bool {
            lhs.scriptID == rhs.scriptID && lhs.meetingDate == rhs.meetingDate && lhs.warnings == rhs.warnings
                && lhs.answers.map(\.key) == rhs.answers.map(\.key) && lhs.answers.map(\.value) == rhs.answers.map(\.value)
        }
    }

    /// Why an answers file was refused; nothing is stored.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// The message, naming the key, the value and the reason where there is one.
        public var message: String
        public var description: String { message }
    }

    /// The script id an answers file names (read before choosing the script).
    public static func scriptID(in json: JSONValue) -> String? { json["script"]?.stringValue }

    /// Checks `json` against `script`; refuses the whole file at the first bad value.
    public static func read(_ json: JSONValue, script: Script) -> Result<Contents, Problem> {
        guard let root = json.objectValue else { return .failure(Problem(message: "The answers file should hold one JSON object with \"format\", \"script\" and \"answers\".")) }
        guard let tag = root["format"]?.stringValue, readableFormats.contains(tag) else {
            return .failure(Problem(message: "The answers file's \"format\" should be \"\(format)\" (or \"\(readableFormats[0])\")."))
        }
        var meetingDate: CalendarDate?
        if let d = root["meeting_date"] {
            guard let s = d.stringValue, let date = CalendarDate(iso: s) else {
                return .failure(Problem(message: "\"meeting_date\" = \(JSONWriter.write(d, pretty: false)) is refused: it should be a date written as YYYY-MM-DD."))
            }
            if let problem = StoredValueChecker.dateProblem(date) {
                return .failure(Problem(message: "\"meeting_date\" = \(JSONWriter.write(d, pretty: false)) is refused: \(problem.sentenceEnd)"))
            }
            meetingDate = date
        }
        guard let answers = root["answers"]?.objectValue else {
            return .failure(Problem(message: "The answers file has no \"answers\" object; put the answers under \"answers\"."))
        }
        var warnings: [String] = []
        for key in answers.keys where script.question(key) == nil && !ItemCheck.keys.contains(key) {
            warnings.append("Ignored \"\(key)\": the \(script.id) script does not ask it.")
        }
        var items: [String: [String]] = [:]
        var checked: [(key: String, value: JSONValue)] = []
        for (_, question) in script.questions {
            guard let value = answers[question.id] else { continue }
            switch AnswerValidator.checkStored(value, as: question.type, options: items) {
            case .success(let normal):
                checked.append((question.id, normal))
                AnswerContext.addItems(of: question, value: normal, to: &items)
            case .failure(let problem):
                var shown = JSONWriter.write(value, pretty: false)
                if shown.count > 120 { shown = String(shown.prefix(117)) + "..." }
                return .failure(Problem(message: "\"\(question.id)\" = \(shown) is refused: \(problem.message.sentenceEnd)"))
            }
        }
        for key in ItemCheck.keys {
            guard let value = answers[key] else { continue }
            if let problem = ItemCheck.problem(value) { return .failure(Problem(message: "\"\(key)\" is refused: it \(problem).")) }
            checked.append((key, value))
        }
        return .success(Contents(scriptID: script.id, meetingDate: meetingDate, answers: checked, warnings: warnings))
    }
}

extension String {
    /// The text ending with exactly one full stop (or its own question or exclamation mark).
    var sentenceEnd: String {
        if hasSuffix(".") || hasSuffix("?") || hasSuffix("!") { return self }
        return self + "."
    }
}
