import Foundation
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

/// Writing to standard output and standard error, unbuffered enough for pipes and terminals.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
