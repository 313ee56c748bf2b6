import Foundation

/// What earlier sessions offer a new one as defaults: the last complete session's answers, and for
/// questions that carry `"latest"` (the marketer's name) the answer of the latest session that gave one.
public enum CarryForward {
    /// The answers offered again to a session of `script`.
    ///
    /// `last` is the previous complete session's answers; `earlier` holds the answers of every other
    /// session, of either script, newest first. A `"latest"` question takes its value from the first
    /// of `earlier` that answered it, so a name asked once keeps being offered.
    public static func previous(script: Script, last: [String: JSONValue], earlier: [[String: JSONValue]]) -> [String: JSONValue] {
        var result = last
        for (_, question) in script.questions where question.carry == .latest {
            if let value = earlier.lazy.compactMap({ $0[question.id] }).first { result[question.id] = value }
        }
        return result
    }
}
