import Foundation

/// Matches what someone typed against a list of names: exact first, then a unique prefix, then a unique word prefix.
///
/// Comparison ignores case, accents and extra spaces. "dent" matches "Dental practices" by prefix and
/// "practices" or "pract" by word prefix; when several names fit equally the message lists them.
public enum NameMatcher {
    /// The name in `names` (as spelled there) that `typed` stands for, or a message naming the choices.
    ///
    /// `noun` names what the names are ("segment", "option") for the messages.
    public static func match(_ typed: String, among names: [String], noun: String) -> Result<String, AnswerProblem> {
        // The message parts are made only for a message: a match (the usual case) needs none of them.
        let key = AnswerText.key(typed)
        var quoted: String { AnswerText.quoted(typed) }
        var plural: String { AnswerText.plural(noun) }
        var listed: String { AnswerText.orList(unique(names)) }
        guard !names.isEmpty else {
            return .failure(AnswerProblem(
                "There are no \(plural) to choose from yet, so \(quoted) cannot be matched: give the \(plural) first."))
        }
        guard !key.isEmpty else {
            return .failure(AnswerProblem("Nothing was typed: type one of the \(plural), such as \(listed)."))
        }
        let keys = names.map(AnswerText.key)
        if let exact = keys.firstIndex(of: key) { return .success(names[exact]) }

        let typedWords = words(key)
        let rules: [(String) -> Bool] = [
            { $0.hasPrefix(key) },
            { name in wordPrefix(typedWords, of: words(name)) },
        ]
        for rule in rules {
            let found = unique(names.indices.filter { rule(keys[$0]) }.map { names[$0] })
            if found.count == 1 { return .success(found[0]) }
            if found.count > 1 {
                return .failure(AnswerProblem(
                    "\(quoted) could be \(AnswerText.orList(found)): type more of the name, such as \"\(found[0])\"."))
            }
        }
        return .failure(AnswerProblem("\(quoted) is not one of the \(plural): type one of \(listed)."))
    }

    /// The words of a key, split at anything that is not a letter or digit.
    static func words(_ key: String) -> [Substring] {
        key.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    }

    /// Whether the typed words begin consecutive words of the name ("pract" in "dental practices").
    static func wordPrefix(_ typed: [Substring], of name: [Substring]) -> Bool {
        guard !typed.isEmpty, typed.count <= name.count else { return false }
        for start in 0...(name.count - typed.count)
        where typed.indices.allSatisfy({ name[start + $0].hasPrefix(typed[$0]) }) {
            return true
        }
        return false
    }

    /// The names without repeats (compared as keys), first spelling kept.
    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert(AnswerText.key($0)).inserted }
    }
}
