import Foundation

/// The topic a person means after `/goto`: its number, its id, or words of its title; and the names Tab offers.
///
/// A topic answers to its id (`horizon`) and to its title (`Internal changes`), compared without case or
/// accents: first an exact name, then the start of a name (`int`), then the starts of consecutive title
/// words (`changes`, `internal chan`). When several topics fit the same rule the message names them all.
public enum TopicMatcher {
    /// The index in `topics` that `typed` names, or a message saying why none or which ones it could be.
    public static func match(_ typed: String, in topics: [Topic]) -> Result<Int, AnswerProblem> {
        let trimmed = typed.trimmedOfWhitespace()
        if let number = Int(trimmed) {
            guard number >= 1, number <= topics.count else {
                return .failure(AnswerProblem("There is no topic \(number); the topics are numbered 1 to \(topics.count) (see /topics)."))
            }
            return .success(number - 1)
        }
        let titles = topics.map(\.title)
        let key = AnswerText.key(trimmed)
        guard !topics.isEmpty, !key.isEmpty else {
            // The same words as any other name that cannot be matched.
            return NameMatcher.match(trimmed, among: titles, noun: "topic").map { _ in 0 }
        }
        let names = topics.map { [AnswerText.key($0.id), AnswerText.key($0.title)] }
        let typedWords = NameMatcher.words(key)
        let rules: [(String) -> Bool] = [
            { $0 == key },
            { $0.hasPrefix(key) },
            { NameMatcher.wordPrefix(typedWords, of: NameMatcher.words($0)) },
        ]
        for rule in rules {
            let found = topics.indices.filter { names[$0].contains(where: rule) }
            if found.count == 1 { return .success(found[0]) }
            if found.count > 1 {
                let listed = found.map { titles[$0] }
                return .failure(AnswerProblem(
                    "\(AnswerText.quoted(trimmed)) could be \(AnswerText.orList(listed)): type more of the name, such as \"\(listed[0])\"."))
            }
        }
        return .failure(AnswerProblem(
            "\(AnswerText.quoted(trimmed)) is not one of the topics: type one of \(AnswerText.orList(NameMatcher.unique(titles)))."))
    }

    /// The name `/topics` shows for the topic at `index`: the first word of its title when that word
    /// alone leads to it ("internal" for Internal changes), else its id.
    public static func shortName(of index: Int, in topics: [Topic]) -> String {
        guard topics.indices.contains(index) else { return "" }
        if let first = titleWords(topics[index]).first, case .success(index) = match(first, in: topics) { return first }
        return topics[index].id
    }

    /// Words Tab offers for the word being typed after `/goto`, given the words typed before it.
    ///
    /// With nothing typed yet: each topic's short name. With part of a first word: the ids, and the title
    /// words that lead to a single topic, that start with it. After whole words: the next word of every
    /// title those words begin ("internal " offers "changes").
    public static func completions(typedBefore: [String], word: String, in topics: [Topic]) -> [String] {
        let start = AnswerText.key(word)
        var words: [String]
        if typedBefore.isEmpty && start.isEmpty {
            words = topics.indices.map { shortName(of: $0, in: topics) }
        } else if typedBefore.isEmpty {
            words = topics.map { AnswerText.key($0.id) }
            for topic in topics {
                for candidate in titleWords(topic) where !joiningWords.contains(candidate) {
                    if case .success = match(candidate, in: topics) { words.append(candidate) }
                }
            }
        } else {
            let before = typedBefore.map { Substring(AnswerText.key($0)) }
            words = topics.flatMap { topic -> [String] in
                let title = titleWords(topic).map { Substring($0) }
                guard before.count < title.count else { return [] }
                return (0..<(title.count - before.count)).compactMap { offset in
                    let matches = before.indices.allSatisfy { title[offset + $0].hasPrefix(before[$0]) }
                    return matches ? String(title[offset + before.count]) : nil
                }
            }
        }
        var seen = Set<String>()
        return words.filter { $0.hasPrefix(start) && seen.insert($0).inserted }
    }

    /// Words that join a title's words and name no topic on their own.
    static let joiningWords: Set<String> = ["and", "or", "of", "the", "a", "an", "to", "for", "in", "on", "with"]

    /// The words of a topic's title, as keys ("wrap-up" stays one word, as libedit completes it).
    static func titleWords(_ topic: Topic) -> [String] {
        AnswerText.key(topic.title).split(separator: " ").map(String.init)
    }
}
