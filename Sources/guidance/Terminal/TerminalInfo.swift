import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the terminal around the program can do: line editing and colour.
///
/// Each check has a form that takes the environment and a terminal test, so
/// the rules can be followed without a real terminal.
enum TerminalInfo {
    /// True when a person is typing: stdin and stdout are terminals and `TERM` is set and not `dumb`.
    ///
    /// When false, read plain lines (`PlainLineReader`) so piped input works.
    static func isInteractive() -> Bool {
        isInteractive(environment: ProcessEnvironment.values, isTerminal: { isatty($0) == 1 })
    }

    /// The rule behind `isInteractive()`, with the environment and the terminal test given.
    static func isInteractive(environment: [String: String], isTerminal: (Int32) -> Bool) -> Bool {
        isTerminal(STDIN_FILENO) && isTerminal(STDOUT_FILENO) && termCanEdit(environment)
    }

    /// True when output may be coloured: stdout is a terminal, `NO_COLOR` is unset or empty,
    /// `--no-color` was not given and `TERM` is set and not `dumb`.
    static func colorEnabled(noColorFlag: Bool) -> Bool {
        colorEnabled(
            noColorFlag: noColorFlag, environment: ProcessEnvironment.values,
            isTerminal: { isatty($0) == 1 })
    }

    /// The rule behind `colorEnabled(noColorFlag:)`, with the environment and the terminal test given.
    static func colorEnabled(
        noColorFlag: Bool, environment: [String: String], isTerminal: (Int32) -> Bool
    ) -> Bool {
        guard !noColorFlag, environment["NO_COLOR", default: ""].isEmpty else { return false }
        return isTerminal(STDOUT_FILENO) && termCanEdit(environment)
    }

    /// True when `TERM` names a terminal that understands cursor movement and colour.
    private static func termCanEdit(_ environment: [String: String]) -> Bool {
        let term = environment["TERM", default: ""]
        return !term.isEmpty && term != "dumb"
    }
}
