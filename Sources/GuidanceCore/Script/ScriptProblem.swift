import Foundation

/// One thing wrong with a prompt script, with the file and the place in it.
public struct ScriptProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The script file, as given to the loader.
    public var file: String
    /// Where in the file: "line 3, column 5", "topic 2 (segments), question roles".
    public var place: String
    /// What is wrong and what to do, in one sentence.
    public var message: String

    /// A problem with every property given.
    public init(file: String, place: String, message: String) {
        self.file = file; self.place = place; self.message = message
    }

    public var description: String { place.isEmpty ? "\(file): \(message)" : "\(file): \(place): \(message)" }
}

/// Every problem found in one or more scripts.
public struct ScriptProblems: Error, Equatable, Sendable, CustomStringConvertible {
    /// The problems in the order they were found.
    public var problems: [ScriptProblem]

    /// A list of problems.
    public init(_ problems: [ScriptProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
