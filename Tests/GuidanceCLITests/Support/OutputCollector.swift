import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The program's output, filled by the reader thread and waited on by the test.
final class OutputCollector: @unchecked Sendable {
    /// What waiting for the output gave.
    enum WaitResult {
        case satisfied(String), ended(String), timedOut(String)
    }

    private let condition = NSCondition()
    private var bytes: [UInt8] = []
    private var finished = false
    private var stopRequested = false

    /// The output so far, decoded as UTF-8 (invalid bytes become U+FFFD).
    func text() -> String {
        condition.lock()
        defer { condition.unlock() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads `fd` until every slave side is closed or `stopAndWait` is called (the reader thread's body).
    func readUntilClosed(_ fd: Int32) {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !isStopRequested() {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            if ready < 0, errno != EINTR { break }
            guard ready > 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                condition.lock()
                bytes.append(contentsOf: chunk[..<count])
                condition.broadcast()
                condition.unlock()
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                break  // EIO: the program and everything it started closed the terminal
            }
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until `isDone` holds for the output, the reading ends, or `deadline` passes.
    func wait(until deadline: Date, for isDone: (String) -> Bool) -> WaitResult {
        condition.lock()
        defer { condition.unlock() }
        while true {
            let output = String(decoding: bytes, as: UTF8.self)
            if isDone(output) { return .satisfied(output) }
            if finished { return .ended(output) }
            if !condition.wait(until: deadline) {
                let last = String(decoding: bytes, as: UTF8.self)
                return isDone(last) ? .satisfied(last) : .timedOut(last)
            }
        }
    }

    /// Asks the reader thread to stop and waits until it has.
    func stopAndWait() {
        condition.lock()
        stopRequested = true
        while !finished { condition.wait() }
        condition.unlock()
    }

    private func isStopRequested() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopRequested
    }
}
