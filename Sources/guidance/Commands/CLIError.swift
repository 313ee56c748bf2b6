import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GuidanceCore

/// A failure the command line reports with a message and a sysexits code.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var code: Int32
    var description: String { message }

    static func usage(_ message: String) -> CLIError { CLIError(message: message, code: 64) }
    static func data(_ message: String) -> CLIError { CLIError(message: message, code: 65) }
    static func missing(_ message: String) -> CLIError { CLIError(message: message, code: 66) }

    init(message: String, code: Int32) { self.message = message; self.code = code }
    init(_ error: StoreError) { self.init(message: error.description, code: error.exitCode) }
}

/// Writing to standard output and standard error with plain `write(2)`, so a closed pipe or a full
/// disk ends the program with a clear code instead of a crash.
///
/// Everything written here is made inert first (`TerminalSafe.inert`): whatever a message quotes
/// from a person or a file (answers, keys, paths, input lines), its control characters reach the
/// terminal as `^[`, `<U+009B>` and the like. Only our own colour codes pass, and only while colour
/// is on (`styleSequences`, set once at start from `Style`). Exports printed to a file or a pipe
/// are the exception (`export(_:)`): their bytes are the export's.
enum Console {
    /// The exact escape sequences `Style` writes, left as they are; empty while colour is off.
    ///
    /// Set once by `App.init`, before anything is printed, and only read after; the program has one thread that prints.
    nonisolated(unsafe) static var styleSequences: [String] = []

    static func out(_ text: String) { write(text + "\n", to: STDOUT_FILENO) }

    static func out(_ text: String, terminator: String) { write(text + terminator, to: STDOUT_FILENO) }

    /// A message on standard error; a line quoting something very long is cut in the middle (`TerminalSafe.shortened`).
    static func err(_ text: String) { write(TerminalSafe.shortened(text) + "\n", to: STDERR_FILENO) }

    /// An export's text on standard output: made inert for a terminal, byte for byte into a file or a pipe.
    static func export(_ text: String) {
        if isatty(STDOUT_FILENO) == 1 { out(text, terminator: "") } else { write(text, to: STDOUT_FILENO, inert: false) }
    }

    /// Writes every byte; a reader that went away (EPIPE) ends the program quietly with 0,
    /// any other failure (a full disk) with 74 and a message on standard error.
    private static func write(_ text: String, to fd: Int32, inert: Bool = true) {
        let shown = inert ? TerminalSafe.inert(text, keeping: styleSequences) : text
        var bytes = Array(shown.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written > 0 { bytes = bytes.dropFirst(written); continue }
            if written < 0 && errno == EINTR { continue }
            let code = errno
            if code == EPIPE { exit(0) }
            if fd != STDERR_FILENO {
                let message = "guidance: could not write the output (\(String(cString: strerror(code)))).\n"
                _ = message.withCString { Glibc.write(STDERR_FILENO, $0, strlen($0)) }
            }
            exit(74)
        }
    }
}
