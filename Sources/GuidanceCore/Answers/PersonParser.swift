import Foundation

/// Reads a person typed as a name with an optional email address, and checks one read from a file.
///
/// "Sam Patel <sam@example.com>", "Sam Patel, sam@example.com", "Sam Patel sam@example.com" and
/// "Sam Patel" are all understood; the answer is stored as `{"name": ..., "email": ...}`, the email
/// left out when none was given.
enum PersonParser {
    /// How a person is typed, for refusals.
    static let forms = "\"Sam Patel <sam@example.com>\", \"Sam Patel, sam@example.com\" or just \"Sam Patel\""

    /// Parses one typed line.
    static func person(_ input: String) -> Result<JSONValue, AnswerProblem> {
        let text: String
        switch ScalarParser.oneLine(input, example: forms, what: "a name, with an email address if there is one") {
        case .success(let line): text = line
        case .failure(let problem): return .failure(problem)
        }
        if ["no", "n", "nope"].contains(AnswerText.key(text)) {
            return .failure(AnswerProblem("Type the name of the person it is now, with the email if there is one, such as \(forms)."))
        }
        let (name, email) = split(text)
        if name.isEmpty {
            return .failure(AnswerProblem("\(AnswerText.quoted(text)) has no name in it: type the name too, such as \(forms)."))
        }
        if name.contains(where: { "<>@".contains($0) }) {
            return .failure(AnswerProblem("\(AnswerText.quoted(text)) is not a name with an email address: type the name first, then the email, such as \(forms)."))
        }
        if let email, !isEmail(email) {
            return .failure(AnswerProblem("\(AnswerText.quoted(email)) is not an email address: it needs a name, an @ and a domain with a dot, such as sam@example.com; or type the name alone."))
        }
        return .success(value(name: name, email: email))
    }

    /// The name and the email typed in `text`, the email `nil` when there is none.
    static func split(_ text: String) -> (name: String, email: String?) {
        func clean(_ s: Substring) -> String {
            AnswerText.trimmed(AnswerText.trimmed(String(s)).trimmingCharacters(in: CharacterSet(charactersIn: ",;")))
        }
        if text.hasSuffix(">"), let open = text.lastIndex(of: "<") {
            return (clean(text[..<open]), clean(text[text.index(after: open)..<text.index(before: text.endIndex)]))
        }
        guard text.contains("@") else { return (text, nil) }
        if let comma = text.lastIndex(where: { $0 == "," || $0 == ";" }) {
            let rest = clean(text[text.index(after: comma)...])
            if rest.contains("@") { return (clean(text[..<comma]), rest) }
        }
        let words = text.split(whereSeparator: \.isWhitespace)
        guard let last = words.last, last.contains("@") else { return (text, nil) }
        return (clean(words.dropLast().joined(separator: " ")[...]), clean(last))
    }

    /// Whether `email` has the shape of an email address: a name, one @, and a domain with a dot.
    static func isEmail(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.count <= 254, parts.count == 2, !parts[0].isEmpty,
              !email.contains(where: { $0.isWhitespace || $0.isNewline || "<>()[],;:\\\"".contains($0) }) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }),
              let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else { return false }
        return true
    }

    /// The stored form of a person.
    static func value(name: String, email: String?) -> JSONValue {
        var object = JSONObject()
        object["name"] = .string(name)
        if let email { object["email"] = .string(email) }
        return .object(object)
    }

    /// Checks a person read from a file: an object with a non-empty "name" and an optional "email".
    static func check(_ value: JSONValue) -> Result<JSONValue, AnswerProblem> {
        let shape = "it should be a name with an optional email, such as {\"name\": \"Sam Patel\", \"email\": \"sam@example.com\"}"
        guard let object = value.objectValue else { return .failure(AnswerProblem(shape)) }
        if let unknown = object.keys.first(where: { $0 != "name" && $0 != "email" }) {
            return .failure(AnswerProblem("it has \"\(unknown)\", which is not one of name, email"))
        }
        guard let name = object["name"]?.stringValue.map(AnswerText.trimmed), !name.isEmpty else {
            return .failure(AnswerProblem("\"name\" should be non-empty text in double quotes"))
        }
        if let problem = AnswerRules.problem(name) { return .failure(AnswerProblem("\"name\": \(problem)")) }
        var email: String?
        switch object["email"] {
        case nil, .null?: email = nil
        case .string(let text)?:
            let trimmed = AnswerText.trimmed(text)
            guard isEmail(trimmed) else {
                return .failure(AnswerProblem("\"email\": \(AnswerText.quoted(trimmed)) is not an email address; write it as sam@example.com, or leave it out"))
            }
            email = trimmed
        default: return .failure(AnswerProblem("\"email\" should be an email address in double quotes, or left out"))
        }
        return .success(Self.value(name: name, email: email))
    }

    /// A person in words: "Sam Patel <sam@example.com>", or the name alone.
    static func describe(_ object: JSONObject) -> String {
        let name = object["name"]?.stringValue ?? ""
        guard let email = object["email"]?.stringValue else { return name }
        return "\(name) <\(email)>"
    }
}
