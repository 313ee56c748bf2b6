import Foundation

/// Why a session's invitation cannot be written: each message says what to add and how.
public enum InvitationProblem: Error, Equatable, CustomStringConvertible {
    /// The plan has no guidance meeting to invite to.
    case noMeeting(sessionID: String)
    /// The session names no director.
    case noDirector(sessionID: String)
    /// The director has a name but no email address.
    case noDirectorEmail(sessionID: String, name: String)
    /// The session names no marketer to send the invitation from.
    case noMarketer(sessionID: String)
    /// The marketer has a name but no email address.
    case noMarketerEmail(sessionID: String, name: String)

    /// One or two plain sentences: what is missing, and the commands that add it.
    public var description: String {
        switch self {
        case .noMeeting(let id):
            return "The plan of session \(id) has no next guidance meeting, so there is nothing to invite your director to; check the plan start with: guidance show \(id)."
        case .noDirector(let id):
            return "The invitation needs your director's name and email address, and session \(id) has neither. "
                + Self.howTo(id, "them", question: "director", example: "Sam Patel <sam@example.com>")
        case .noDirectorEmail(let id, let name):
            return "The invitation needs your director's email address, and session \(id) has only the name \(name). "
                + Self.howTo(id, "it", question: "director", example: "\(name) <name@example.com>")
        case .noMarketer(let id):
            return "The invitation comes from you, and session \(id) has neither your name nor your email address. "
                + Self.howTo(id, "them", question: "marketer", example: "Alex Brown <alex@example.com>")
        case .noMarketerEmail(let id, let name):
            return "The invitation comes from you, and session \(id) has only your name \(name), not your email address. "
                + Self.howTo(id, "it", question: "marketer", example: "\(name) <name@example.com>")
        }
    }

    /// "Add it with: guidance resume ID, then /edit QUESTION, and type ...".
    private static func howTo(_ id: String, _ what: String, question: String, example: String) -> String {
        "Add \(what) with: guidance resume \(id), then /edit \(question), and type the name and the email, such as \(example)."
    }
}
