/// Why a typed answer was refused: one sentence saying what is wrong and what a good answer looks like.
///
/// Messages quote what was typed, say what is wrong and give an example of a good answer,
/// for instance `"12,00" is not an amount of money: use a dot for pence or cents ...`.
public struct AnswerProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The sentence to show the person who typed the answer.
    public let message: String

    /// A problem with this message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
