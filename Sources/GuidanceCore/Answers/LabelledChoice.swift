import Foundation

/// A choice among short codes that also have names in plain words ("GB-EAW", England and Wales):
/// either may be typed, the code is stored, and both are shown.
enum LabelledChoice {
    /// The code `typed` names, by its code first, then by its name.
    static func match(_ typed: String, options: [String], names: [String: String]) -> Result<String, AnswerProblem> {
        let byCode = NameMatcher.match(typed, among: options, noun: "option")
        if case .success = byCode { return byCode }
        let named = options.filter { names[$0] != nil }
        if case .success(let name) = NameMatcher.match(typed, among: named.compactMap { names[$0] }, noun: "option"),
           let code = named.first(where: { names[$0] == name }) {
            return .success(code)
        }
        if AnswerText.key(typed).isEmpty { return byCode }
        if case .failure(let problem) = byCode, problem.message.contains(" could be ") { return byCode }
        let listed = AnswerText.orList(options.map { code in names[code].map { "\(code) (\($0))" } ?? code })
        return .failure(AnswerProblem("\(AnswerText.quoted(typed)) is not one of the options: type one of \(listed)."))
    }

    /// A code with its name: "GB-EAW (England and Wales)"; the code alone when it has no name.
    static func describe(_ code: String, names: [String: String]) -> String {
        names[code].map { "\(code) (\($0))" } ?? code
    }
}
