import Foundation

/// Why a review file or a review's answers cannot be used: one plain sentence saying what is wrong and what to do.
public struct ReviewProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, in plain words.
    public var message: String
    /// The sentence.
    public var description: String { message }

    /// A problem saying `message`.
    public init(_ message: String) { self.message = message }
}
