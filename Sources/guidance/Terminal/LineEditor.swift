import Foundation

/// What reading one line gave.
///
/// A person at a terminal can type a line, press Ctrl-C to cancel it, or
/// press Ctrl-D to stop; a pipe gives lines and then ends.
enum LineInput: Equatable, Sendable {
    /// A whole line, without its line ending.
    case line(String)
    /// Ctrl-C while typing: the line was thrown away; ask again.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
    /// A line longer than `limit` bytes: refused unread, and the rest of it is skipped.
    case tooLong(limit: Int)

    /// The most bytes read as one line: far above an answer (at most 2000 characters, 8000 bytes
    /// of UTF-8), low enough that a runaway line is refused at once instead of filling memory.
    static let lineLimit = 65_536

    /// What the shell says about a line over `limit` bytes.
    static func tooLongMessage(limit: Int) -> String {
        "The line is longer than \(limit) bytes, the most guidance reads as one line (an answer holds at most 2000 characters); it was not read."
    }
}

/// Reads answer lines from a person (libedit) or from a pipe (plain lines).
///
/// Choose with `TerminalInfo.isInteractive()`: `EditLineEditor` when it is
/// true, `PlainLineReader` otherwise. Both read from standard input and write
/// prompts to standard output, flushing Swift's `print` output first so the
/// order on screen is the order of the calls.
protocol LineEditor: AnyObject {
    /// Shows `prompt` and reads one line.
    ///
    /// The prompt is printed as it is; to colour it with the libedit editor,
    /// wrap each escape sequence in "\u{01}" and "\u{02}" so the cursor
    /// position stays right. With `EditLineEditor`, after `.interrupted` and
    /// `.endOfInput` the cursor is at the start of a fresh line; a pipe's
    /// `.endOfInput` prints nothing after the prompt.
    func readLine(prompt: String) -> LineInput

    /// Words offered by Tab for the current line.
    ///
    /// Called with the whole line typed so far and the word being completed
    /// (the text after the last space, tab, comma or semicolon; a `/` command
    /// keeps its slash). Only the words that start with the word being
    /// completed are offered. Readers that cannot complete ignore it.
    var completer: (@Sendable (_ line: String, _ word: String) -> [String])? { get set }

    /// Remembers a line so Up arrow can bring it back (ignored by pipes).
    func addHistory(_ line: String)

    /// Writes the remembered lines to the history file, if there is one.
    func saveHistory()
}
