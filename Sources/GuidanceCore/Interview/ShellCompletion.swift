import Foundation

/// The words Tab offers in the shell, given the line typed so far: commands, topics, questions or the answer's words.
///
/// - A first word starting with `/`: the commands.
/// - After `/goto` (or a command name it is the only one to start, such as `/go`): topic names (`TopicMatcher`).
/// - After `/edit`: the ids of the questions asked with the answers given so far.
/// - Anything else, `//` included: the words the current question takes (options, segment names).
///
/// Topic and question names are offered spelled with the letters already typed, so "Int" offers "Internal";
/// the shell's commands ignore case. Words that are not inert on a terminal are never offered.
public struct ShellCompletion: Sendable {
    /// The commands, with their slash.
    public let commands: [String]
    let topics: [Topic]
    let questions: [String]
    let answers: [String]

    /// The choices at the question the interview stands at; `commands` are the shell's command names, without a slash.
    public init(interview: Interview, commands: [String]) {
        self.commands = commands.map { "/" + $0 }
        topics = interview.script.topics
        questions = interview.flat.indices.filter(interview.isAsked(at:)).map { interview.flat[$0].question.id }
        answers = interview.prompt?.completions ?? []
    }

    /// The words on offer for `word`, the word before the cursor, at the end of `line`, the line so far.
    public func candidates(line: String, word: String) -> [String] {
        let before = line.hasSuffix(word) ? String(line.dropLast(word.count)) : line
        let typed = before.split(whereSeparator: \.isWhitespace).map(String.init)
        let offered: [String]
        if typed.isEmpty && word.hasPrefix("/") && !word.hasPrefix("//") {
            offered = Self.starting(with: word, in: commands)
        } else if let command = typed.first.flatMap(command(named:)) {
            let arguments = Array(typed.dropFirst())
            switch command {
            case "/goto": offered = Self.spelled(TopicMatcher.completions(typedBefore: arguments, word: word, in: topics), as: word)
            case "/edit": offered = arguments.isEmpty ? Self.spelled(Self.starting(with: word, in: questions), as: word) : []
            default: offered = []
            }
        } else if typed.first?.hasPrefix("/") == true && typed.first?.hasPrefix("//") == false {
            offered = []
        } else {
            offered = Self.starting(with: word, in: answers)
        }
        return offered.filter { TerminalSafe.inert($0) == $0 }
    }

    /// The command `name` stands for as the shell reads it: the whole name, or the start of only one.
    func command(named name: String) -> String? {
        guard name.hasPrefix("/"), !name.hasPrefix("//") else { return nil }
        let lowered = name.lowercased()
        if commands.contains(lowered) { return lowered }
        let found = commands.filter { $0.hasPrefix(lowered) }
        return found.count == 1 ? found[0] : nil
    }

    /// The words of `pool` that start with `word`, ignoring case.
    static func starting(with word: String, in pool: [String]) -> [String] {
        let start = word.lowercased()
        return pool.filter { $0.lowercased().hasPrefix(start) }
    }

    /// `words` (each starting with `typed` but for case) with their first letters as typed, so libedit keeps them.
    static func spelled(_ words: [String], as typed: String) -> [String] {
        words.map { $0.count >= typed.count ? typed + $0.dropFirst(typed.count) : $0 }
    }
}
