import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads plain lines from a pipe, a file or a dumb terminal: no editing, no history, no completion.
///
/// Prints the prompt (after flushing Swift's `print` output) and reads up to
/// "\n", dropping a trailing "\r" so files with Windows line endings work.
/// When the input ends in the middle of a line, that last line is returned
/// first and `.endOfInput` comes on the next call. Bytes that are not UTF-8
/// become U+FFFD.
final class PlainLineReader: LineEditor {
    /// Ignored: plain input has no Tab completion.
    var completer: (@Sendable (_ line: String, _ word: String) -> [String])?

    private let input: FileHandle
    private let output: FileHandle
    private var pending: [UInt8] = []
    private var reachedEnd = false

    /// Reads from `input` and writes prompts to `output`.
    init(input: FileHandle = .standardInput, output: FileHandle = .standardOutput) {
        self.input = input
        self.output = output
    }

    /// Prints `prompt` and reads the next line; `.endOfInput` once the input is used up.
    func readLine(prompt: String) -> LineInput {
        writePrompt(prompt)
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                return .line(Self.text(of: line))
            }
            if reachedEnd {
                guard !pending.isEmpty else { return .endOfInput }
                let line = pending
                pending = []
                return .line(Self.text(of: line))
            }
            fill()
        }
    }

    /// Does nothing: plain input keeps no history.
    func addHistory(_ line: String) {}

    /// Does nothing: plain input keeps no history.
    func saveHistory() {}

    /// Reads what is available into `pending`, or notes the end of the input.
    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input.fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                pending.append(contentsOf: chunk[..<count])
                return
            }
            if count < 0, errno == EINTR { continue }
            reachedEnd = true  // end of input, or an error that ends it just the same
            return
        }
    }

    /// Writes the prompt after anything Swift's `print` still holds in its buffer.
    private func writePrompt(_ prompt: String) {
        fflush(nil)
        guard !prompt.isEmpty else { return }
        var bytes = Array(prompt.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(output.fileDescriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// The line's text without a trailing "\r".
    private static func text(of bytes: [UInt8]) -> String {
        let trimmed = bytes.last == 0x0D ? bytes.dropLast() : bytes[...]
        return String(decoding: trimmed, as: UTF8.self)
    }
}
