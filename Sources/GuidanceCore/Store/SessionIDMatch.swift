import Foundation

/// Which stored session a typed id means: the whole id, or any part of it that only one session's id holds
/// (`nt68` for `2026-11-30-nt68`), as DESIGN.md's command line allows.
public enum SessionIDMatch: Equatable, Sendable {
    /// One session: its whole id.
    case one(String)
    /// Several sessions hold the part typed, newest first.
    case several([String])
    /// No session holds it.
    case none

    /// The session `typed` names among `ids` (any order): the exact id first, else the ids holding `typed`, ignoring case.
    public static func resolve(_ typed: String, among ids: [String]) -> SessionIDMatch {
        if ids.contains(typed) { return .one(typed) }
        let part = typed.lowercased()
        guard !part.isEmpty else { return .none }
        let found = ids.filter { $0.lowercased().contains(part) }.sorted(by: >)
        switch found.count {
        case 0: return .none
        case 1: return .one(found[0])
        default: return .several(found)
        }
    }
}

/// The closest of some words to a mistyped one, for "did you mean list?".
public enum Suggestion {
    /// The word of `words` nearest to `typed` when it is at most two edits away (or `typed` starts it), else nil.
    public static func closest(to typed: String, among words: [String]) -> String? {
        let lower = typed.lowercased()
        guard !lower.isEmpty else { return nil }
        if let prefix = words.first(where: { $0.hasPrefix(lower) && lower.count >= 3 }) { return prefix }
        let scored = words.map { (word: $0, distance: distance(lower, $0)) }.filter { $0.distance <= 2 }
        return scored.min { $0.distance < $1.distance }?.word
    }

    /// Edits (insert, delete, replace, or swap two neighbours) from `a` to `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty else { return y.count }
        guard !y.isEmpty else { return x.count }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }
}
