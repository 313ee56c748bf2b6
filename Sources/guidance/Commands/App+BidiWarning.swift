import Foundation
import GuidanceCore

extension App {
    /// Warns on standard error when an export holds bidirectional overrides or isolates (U+202E and the like).
    ///
    /// Exports keep the text as it was typed: a name in Arabic or Hebrew may need these characters,
    /// and changing them would change the person's words. But in a file they can make a line read in
    /// another order than it is stored, so they are flagged here, once per command, by name; in the
    /// terminal `Console` shows them as `<U+202E>`, which is how `guidance show` points to them.
    func flagBidiControls(in texts: [String], what: String) {
        var found: [Unicode.Scalar] = []
        for text in texts {
            for scalar in TerminalSafe.bidiControls(in: text) where !found.contains(scalar) { found.append(scalar) }
        }
        guard !found.isEmpty else { return }
        let names = found.sorted { $0.value < $1.value }.map(TerminalSafe.name).joined(separator: ", ")
        Console.err("guidance: warning: \(what) has bidirectional control characters in it (\(names)), which can make a line "
            + "read in another order than it is stored; they are kept as typed, so check the answers that hold them "
            + "(guidance show marks them as <U+202E> and the like).")
    }
}
