import Foundation

/// Warnings to standard error, each given at most once in a run.
final class OnceWarnings: @unchecked Sendable {
    private let lock = NSLock()
    private var given = Set<String>()

    /// Prints `text` as a warning unless it was printed already.
    func warn(_ text: String) {
        lock.lock()
        let first = given.insert(text).inserted
        lock.unlock()
        if first { Console.err("guidance: warning: \(text)") }
    }
}
