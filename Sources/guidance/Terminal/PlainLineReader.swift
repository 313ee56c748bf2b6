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
///
/// Reading is linear in the input: the buffer is searched for "\n" only from where the last
/// search stopped, lines are taken from a read offset, and the buffer is compacted only when
/// what was read makes up most of it. A line longer than `limit` bytes gives `.tooLong` as soon
/// as that many bytes are in without a line end; the rest of it is skipped on the next call.
final class PlainLineReader: LineEditor {
    /// Ignored: plain input has no Tab completion.
    var completer: (@Sendable (_ line: String, _ word: String) -> [String])?

    private let input: FileHandle
    private let output: FileHandle
    private let limit: Int
    private var pending: [UInt8] = []
    /// Where the next line starts in `pending`.
    private var start = 0
    /// Everything in `pending` before this has been searched for "\n" already.
    private var searched = 0
    /// A line was refused as too long: its rest is skipped before the next line.
    private var skipping = false
    private var reachedEnd = false

    /// Reads from `input` and writes prompts to `output`; lines above `limit` bytes are refused.
    init(input: FileHandle = .standardInput, output: FileHandle = .standardOutput, limit: Int = LineInput.lineLimit) {
        self.input = input
        self.output = output
        self.limit = limit
    }

    /// Prints `prompt` and reads the next line; `.endOfInput` once the input is used up.
    func readLine(prompt: String) -> LineInput {
        writePrompt(prompt)
        if skipping { skipRestOfLine() }
        while true {
            if let newline = nextNewline() {
                let length = newline - start
                let text = length > limit ? nil : Self.text(of: pending[start..<newline])
                take(through: newline + 1)
                return text.map(LineInput.line) ?? .tooLong(limit: limit)
            }
            if pending.count - start > limit {
                take(through: pending.count)
                skipping = true
                return .tooLong(limit: limit)
            }
            if reachedEnd {
                guard start < pending.count else { return .endOfInput }
                let text = Self.text(of: pending[start...])
                take(through: pending.count)
                return .line(text)
            }
            fill()
        }
    }

    /// Does nothing: plain input keeps no history.
    func addHistory(_ line: String) {}

    /// Does nothing: plain input keeps no history.
    func saveHistory() {}

    /// The index of the next "\n" after `start`, searching only bytes not searched before.
    private func nextNewline() -> Int? {
        let from = max(searched, start)
        if let index = pending[from...].firstIndex(of: 0x0A) { return index }
        searched = pending.count
        return nil
    }

    /// Marks everything before `end` as read; compacts the buffer when the read part is most of it.
    private func take(through end: Int) {
        start = end
        if start == pending.count {
            pending.removeAll(keepingCapacity: pending.count <= 1 << 20)
            start = 0; searched = 0
        } else if start > 1 << 16, start > pending.count / 2 {
            pending.removeSubrange(..<start)
            searched -= start
            start = 0
            searched = max(searched, 0)
        }
    }

    /// Drops the rest of a refused line, up to and including its "\n" (or the end of the input).
    private func skipRestOfLine() {
        while true {
            if let newline = nextNewline() {
                take(through: newline + 1)
                skipping = false
                return
            }
            take(through: pending.count)
            if reachedEnd { skipping = false; return }
            fill()
        }
    }

    /// Reads what is available into `pending`, or notes the end of the input.
    private func fill() {
        // Not zero-filled first: the system gives the process only the pages a read writes into (a line, not 64 KB).
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 65_536, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count = read(input.fileDescriptor, chunk.baseAddress, chunk.count)
            if count > 0 {
                pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
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
    private static func text(of bytes: ArraySlice<UInt8>) -> String {
        let trimmed = bytes.last == 0x0D ? bytes.dropLast() : bytes
        return String(decoding: trimmed, as: UTF8.self)
    }
}
