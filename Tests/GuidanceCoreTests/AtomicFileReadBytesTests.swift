import Foundation
import Testing
@testable import GuidanceCore
#if canImport(Glibc)
import Glibc
#endif

/// `AtomicFile.readBytes`: the whole file, in one read of its size, never more than the limit.
struct AtomicFileReadBytesTests {
    /// Reads the file at `path` with `limit`.
    static func read(_ path: String, limit: Int) throws -> (bytes: [UInt8], failure: Int32?) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXError(.ENOENT) }
        defer { close(fd) }
        return AtomicFile.readBytes(fd, limit: limit)
    }

    @Test(arguments: [(0, 10, true), (1, 10, true), (10, 10, true), (11, 10, false), (70_000, 100_000, true), (70_000, 69_999, false)])
    func aFileIsReadWholeUpToTheLimit(_ size: Int, _ limit: Int, _ fits: Bool) throws {
        try StoreTestSupport.withFolder { folder in
            let path = folder.appendingPathComponent("file").path
            let content = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            try Data(content).write(to: URL(fileURLWithPath: path))
            let read = try Self.read(path, limit: limit)
            if fits {
                #expect(read.failure == nil)
                #expect(read.bytes == content)
            } else {
                #expect(read.failure == EFBIG)
                #expect(read.bytes.count <= limit + 1)
            }
        }
    }

    /// A pipe has no size to read at once: it is read in blocks, the same bytes.
    @Test func aPipeIsReadInBlocks() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let content = Array("some text\nand more\n".utf8)
        _ = content.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        close(ends[1])
        defer { close(ends[0]) }
        let read = AtomicFile.readBytes(ends[0], limit: 1_000)
        #expect(read.failure == nil)
        #expect(read.bytes == content)
    }
}
