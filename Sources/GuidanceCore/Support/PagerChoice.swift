import Foundation

/// Which pager, if any, shows long output (`plan`, `show`, `/plan`, `/show`).
///
/// Output goes through a pager only when standard output is a terminal: never into a pipe or a
/// file. `$PAGER` names the pager (run by `/bin/sh -c`, so it may carry options); an empty
/// `$PAGER`, or `cat`, turns paging off. Without `$PAGER`, `less -FRX` is used when `less` is
/// installed: it quits at once when the text fits on one screen (`-F`), keeps colours (`-R`) and
/// leaves the text on the screen when it quits (`-X`).
public enum PagerChoice {
    /// The pager used when `$PAGER` is not set.
    public static let defaultCommand = "less -FRX"

    /// The shell command to page through, or nil to print straight to standard output.
    ///
    /// - Parameters:
    ///   - environment: the process environment (`PAGER` is read from it).
    ///   - outputIsTerminal: whether standard output is a terminal.
    ///   - lessInstalled: whether `less` is on the `PATH` (asked only when `PAGER` is unset).
    public static func command(environment: [String: String], outputIsTerminal: Bool,
                               lessInstalled: () -> Bool) -> String? {
        guard outputIsTerminal else { return nil }
        if let given = environment["PAGER"] {
            let trimmed = given.trimmedOfWhitespace()
            return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
        }
        return lessInstalled() ? defaultCommand : nil
    }

    /// Whether a program called `name` is an executable file in one of the `PATH` folders.
    public static func onPath(_ name: String, path: String?, isExecutable: (String) -> Bool) -> Bool {
        let folders = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        return folders.contains { !$0.isEmpty && isExecutable($0 + "/" + name) }
    }
}
