import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension IndexJournal {
    /// The records of `bytes`, as `init(_:journal:)` reads them, read on from the journal read last when `bytes` begin
    /// with the records read then (of the same index): a save reads again the journal its command read a moment before,
    /// and finds at most a record more. Other bytes are read from the start.
    static func reading(_ bytes: UnsafeBufferPointer<UInt8>, journal: UInt64) -> IndexJournal {
        var value = lastRead.start(for: bytes, journal: journal)
        let kept = value.length
        value.readOn(bytes, journal: journal)
        // Nothing read on from what is kept: it stays as it is (no copy of the same bytes).
        if kept == 0 || value.length != kept { lastRead.keep(value, of: bytes, journal: journal) }
        return value
    }

    /// The journal read last.
    private static let lastRead = LastJournal()
}

/// The records of the journal read last, and the bytes they were read from. Safe to share between threads.
final class LastJournal: @unchecked Sendable {
    private let lock = NSLock()
    /// The bytes of the whole records read (`value.length` of them).
    private var bytes: [UInt8] = []
    private var journal: UInt64 = 0
    private var value = IndexJournal()

    /// The records read last when `bytes` begin with their bytes and follow the same index; else none (read from the start).
    func start(for bytes: UnsafeBufferPointer<UInt8>, journal: UInt64) -> IndexJournal {
        lock.lock()
        defer { lock.unlock() }
        guard journal == self.journal, value.length > 0, value.length <= bytes.count, let given = bytes.baseAddress,
              self.bytes.withUnsafeBufferPointer({ kept in kept.baseAddress.map { memcmp($0, given, kept.count) == 0 } ?? false })
        else { return IndexJournal() }
        return value
    }

    /// Keeps `value`, read from `bytes`, for the next reading.
    func keep(_ value: IndexJournal, of bytes: UnsafeBufferPointer<UInt8>, journal: UInt64) {
        lock.lock()
        defer { lock.unlock() }
        self.bytes = [UInt8](unsafeUninitializedCapacity: value.length) { buffer, count in
            if let to = buffer.baseAddress, let from = bytes.baseAddress { memcpy(to, from, value.length) }
            count = value.length
        }
        self.journal = journal
        self.value = value
    }
}
