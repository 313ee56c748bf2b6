import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The last line a pure reading function was given, and what it gave: the same bytes again are answered without
/// reading them again. Safe to share between threads.
final class LastLine<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var line: [UInt8]?
    private var value: Value?

    /// What `read` gives for `line`: kept from the last call when `line` holds the very same bytes, else read now and kept.
    func value(for line: UnsafeBufferPointer<UInt8>, _ read: (UnsafeBufferPointer<UInt8>) -> Value) -> Value {
        lock.lock()
        if let kept = self.line, let value, kept.count == line.count,
           kept.withUnsafeBufferPointer({ kept in
               guard let a = kept.baseAddress, let b = line.baseAddress else { return true }  // both empty
               return memcmp(a, b, line.count) == 0
           }) {
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = read(line)
        lock.lock()
        self.line = Array(line)
        self.value = value
        lock.unlock()
        return value
    }
}
