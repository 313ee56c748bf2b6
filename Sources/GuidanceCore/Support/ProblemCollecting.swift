import Foundation

/// A reader of a prompts file that collects every problem with its place instead of stopping at the first.
protocol ProblemCollecting {
    /// The file named in every problem.
    var file: String { get }
    /// The problems found so far.
    var problems: [ScriptProblem] { get set }
}

extension ProblemCollecting {
    /// Records a problem at `place`.
    mutating func problem(_ place: String, _ message: String) {
        problems.append(ScriptProblem(file: file, place: place, message: message))
    }

    /// "a, b and c" (or "a, b or c" with `last: "or"`).
    static func words(_ items: [String], last: String = "and") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(last) " + (items.last ?? "")
    }

    /// Reports keys of `object` that are not in `known`, so a misspelt key is not silently ignored.
    mutating func unknownKeys(_ object: JSONObject, known: [String], what: String, place: String) {
        for key in object.keys where !known.contains(key) {
            problem(place, "\"\(key)\" is not \(what); use only \(Self.words(known))")
        }
    }
}
