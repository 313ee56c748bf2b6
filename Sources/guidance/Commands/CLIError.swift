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
enum Console {
    static func out(_ text: String) { write(text + "\n", to: STDOUT_FILENO) }

    static func out(_ text: String, terminator: String) { write(text + terminator, to: STDOUT_FILENO) }

    static func err(_ text: String) { write(text + "\n", to: STDERR_FILENO) }

    /// Writes every byte; a reader that went away (EPIPE) ends the program quietly with 0,
    /// any other failure (a full disk) with 74 and a message on standard error.
    private static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)[...]
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
