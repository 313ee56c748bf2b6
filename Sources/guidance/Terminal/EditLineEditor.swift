import CEditLine
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads lines from a person at a terminal through libedit: editing keys, history and Tab completion.
///
/// Use it only when `TerminalInfo.isInteractive()` is true. libedit's readline
/// layer is process-wide, so keep one editor at a time.
///
/// - Ctrl-C while typing throws the line away and gives `.interrupted`; the
///   process keeps running and the terminal is left in its normal mode.
///   While the editor exists, Ctrl-C never ends the program: one pressed
///   while no line is being read (the terminal then also drops what was
///   typed ahead) makes the next `readLine` give `.interrupted` at once.
///   The SIGINT (and SIGCONT) dispositions the program had come back when
///   the editor is released.
/// - Ctrl-D on an empty line gives `.endOfInput`.
/// - Ctrl-Z, resuming and resizing are libedit's (`rl_catch_signals` stays 1):
///   it puts the terminal back before the process stops or is ended by a
///   signal; after `fg` the prompt and the line are redrawn.
/// - History is read from `historyFile` at start and written by
///   `saveHistory()` with mode 0600, keeping the last `historySize` lines.
///   A history path that is a link (or a folder or a device) is neither read nor written: that is
///   said once on standard error and the shell carries on without history. The file is written
///   beside its place and renamed over it, so nothing is ever written through a link.
final class EditLineEditor: LineEditor {
    /// Words offered by Tab; see `LineEditor.completer`.
    var completer: (@Sendable (_ line: String, _ word: String) -> [String])?

    private let historyFile: URL?
    /// The history path was refused and that was said: it is not said again.
    private var refusedHistory = false
    private var lastAdded: String?
    private var previousInterrupt: sigaction
    private var previousContinue: sigaction
    private let handlersInstalled: Bool

    /// Sets libedit up (UTF-8 locale, completion, signals) and loads the history file if there is one.
    ///
    /// - Parameters:
    ///   - historyFile: where lines typed are remembered between runs; nil keeps them in memory only.
    ///   - historySize: how many lines to keep (at least 1).
    init(historyFile: URL?, historySize: Int = 500) {
        if let path = historyFile?.path, let problem = Self.historyProblem(at: path) {
            Console.err("guidance: \(problem)")
            self.historyFile = nil
            refusedHistory = true
        } else {
            self.historyFile = historyFile
        }
        _ = guidance_use_utf8_ctype()
        guidance_configure_readline { text, _, _ in
            EditLineCompletion.matches(for: text)
        }
        _ = rl_initialize()
        using_history()
        if let path = self.historyFile?.path, FileManager.default.fileExists(atPath: path) {
            _ = read_history(path)
        }
        stifle_history(Int32(clamping: max(historySize, 1)))
        var interrupt = sigaction()
        var resume = sigaction()
        handlersInstalled = guidance_install_signal_handlers(&interrupt, &resume) == 0
        previousInterrupt = interrupt
        previousContinue = resume
    }

    deinit {
        if handlersInstalled {
            guidance_restore_signal_handlers(&previousInterrupt, &previousContinue)
        }
    }

    /// Shows `prompt` and reads one line with editing; see `LineEditor.readLine(prompt:)`.
    func readLine(prompt: String) -> LineInput {
        EditLineCompletion.begin(with: completer)
        defer { EditLineCompletion.end() }
        fflush(nil)  // Swift's print output first, then the prompt.
        var saved = termios()
        let keyMode = guidance_enter_key_mode(STDIN_FILENO, &saved) == 1
        let text = readline(prompt)
        if keyMode { guidance_leave_key_mode(STDIN_FILENO, &saved) }
        let interrupted = guidance_take_sigint() != 0
        guard let text else {
            Self.writeNewline()
            return interrupted ? .interrupted : .endOfInput
        }
        defer { free(text) }
        let length = strlen(text)
        guard length <= LineInput.lineLimit else { return .tooLong(limit: LineInput.lineLimit) }
        return .line(String(decoding: UnsafeRawBufferPointer(start: text, count: length), as: UTF8.self))
    }

    /// Remembers `line` for Up arrow, unless it is blank or the same as the line remembered just before.
    func addHistory(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), line != lastAdded else { return }
        _ = add_history(line)
        lastAdded = line
    }

    /// Writes the history file with mode 0600, creating its folder (mode 0700) when needed.
    ///
    /// The lines go to a new file of our own beside the history (created exclusively, mode 0600),
    /// which is then renamed over it: a link put in its place is never followed. A path that became
    /// a link since the start is left alone. History is a convenience: a file that cannot be
    /// written is otherwise skipped silently.
    func saveHistory() {
        guard let historyFile else { return }
        let path = historyFile.path
        let folder = historyFile.deletingLastPathComponent()
        try? FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        if let problem = Self.historyProblem(at: path) {
            if !refusedHistory { Console.err("guidance: \(problem)") }
            refusedHistory = true
            return
        }
        var template = Array((folder.path + "/.history-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else { return }
        close(descriptor)
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if write_history(temporary) == 0, chmod(temporary, 0o600) == 0, rename(temporary, path) == 0 { return }
        unlink(temporary)
    }

    /// Why the history path cannot be used, or nil when it is an ordinary file or does not exist yet.
    static func historyProblem(at path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG else { return nil }
        let kind = (info.st_mode & S_IFMT) == S_IFLNK ? "a link" : "not an ordinary file"
        return "the line history \(path) is \(kind), which guidance does not follow or replace; "
            + "this session keeps no history. Remove it (guidance then starts a new one) to keep history again."
    }

    /// Moves to a fresh line after Ctrl-C or Ctrl-D, where libedit leaves the cursor on the prompt line.
    private static func writeNewline() {
        let newline: [UInt8] = [0x0A]
        _ = newline.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, 1) }
    }
}

/// The bridge between libedit's C completion hooks and the Swift completer.
///
/// libedit calls `@convention(c)` functions, which cannot capture anything, so
/// the completer and the words on offer live in static storage. Swift 6 cannot
/// prove that safe, hence `nonisolated(unsafe)`. It is safe because libedit
/// calls the hooks only from inside `readline()`, on the thread that called
/// `EditLineEditor.readLine(prompt:)`, which sets and clears the storage on
/// that same thread around the call; one editor reads at a time.
private enum EditLineCompletion {
    nonisolated(unsafe) private static var completer: (@Sendable (String, String) -> [String])?
    nonisolated(unsafe) private static var offered: [String] = []
    nonisolated(unsafe) private static var nextIndex = 0

    /// Makes `completer` the one Tab uses while a line is read.
    static func begin(with completer: (@Sendable (String, String) -> [String])?) {
        self.completer = completer
        offered = []
        nextIndex = 0
    }

    /// Forgets the completer and the words on offer once the line is read.
    static func end() {
        begin(with: nil)
    }

    /// libedit's `rl_attempted_completion_function`: the matches for `text`, the word before the cursor.
    ///
    /// Returns the array `rl_completion_matches` builds (strdup'ed strings that
    /// libedit frees), or nil when nothing matches; never file names.
    static func matches(for text: UnsafePointer<CChar>?) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        guidance_set_attempted_completion_over(1)
        guard let text, let completer else { return nil }
        let word = String(cString: text)
        let words = completer(currentLine(orElse: word), word)
        var seen = Set<String>()
        offered = words.filter { $0.hasPrefix(word) && seen.insert($0).inserted }
        nextIndex = 0
        guard !offered.isEmpty else { return nil }
        return rl_completion_matches(text) { _, _ in
            EditLineCompletion.nextMatch()
        }
    }

    /// libedit's generator: the next word on offer, strdup'ed, or nil after the last.
    static func nextMatch() -> UnsafeMutablePointer<CChar>? {
        guard nextIndex < offered.count else { return nil }
        defer { nextIndex += 1 }
        return strdup(offered[nextIndex])
    }

    /// The whole line typed so far, read from libedit's line buffer.
    private static func currentLine(orElse word: String) -> String {
        guard let buffer = guidance_line_buffer() else { return word }
        let length = Int(guidance_line_end())
        guard length >= 0, length <= strlen(buffer) else { return String(cString: buffer) }
        return String(decoding: UnsafeRawBufferPointer(start: buffer, count: length), as: UTF8.self)
    }
}
