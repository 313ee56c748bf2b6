import Foundation
import Glibc

/// A real file system of a few pages (a tmpfs) mounted in a fresh folder, to fill up on purpose.
///
/// Mounting needs root (and a kernel or container that allows it); `unavailableReason` says why
/// a test that needs one cannot run here. A tmpfs counts whole pages: a file of 1 to 4096 bytes
/// takes one page, an empty file none.
final class SmallFileSystem {
    /// The page size the tests' arithmetic assumes.
    static let pageSize = 4096

    /// Why no small file system can be mounted here, or nil when one can.
    static let unavailableReason: String? = {
        guard geteuid() == 0 else { return "mounting a small tmpfs needs root; run the tests as root to test a full disk" }
        guard sysconf(Int32(_SC_PAGESIZE)) == pageSize else { return "the tests' page arithmetic assumes \(pageSize)-byte pages" }
        do {
            _ = try SmallFileSystem(pages: 4)
            return nil
        } catch {
            return "a tmpfs could not be mounted here (\(error)); the full-disk tests need mount permission"
        }
    }()

    /// The mount point, as a folder whose helpers read the session files under it.
    let folder: TemporaryFolder
    /// The mount point's path.
    var path: String { folder.path }
    private var fillers = 0

    /// Mounts a tmpfs of `pages` pages on a new temporary folder.
    init(pages: Int) throws {
        folder = try TemporaryFolder()
        let result = try Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(pages * Self.pageSize),mode=0700", "tmpfs", folder.path])
        guard result == 0 else { throw TestFailure("mount exited with \(result)") }
    }

    deinit {
        _ = try? Self.run("/bin/umount", ["-l", folder.path])
    }

    /// Bytes still free for files.
    var freeBytes: Int {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return 0 }
        return Int(info.f_bavail) * Int(info.f_frsize)
    }

    /// Writes a filler file so that exactly `pages` pages stay free.
    func fill(leaving pages: Int) throws {
        let size = freeBytes - pages * Self.pageSize
        guard size > 0 else { return }
        fillers += 1
        try Data(count: size).write(to: URL(fileURLWithPath: path + "/filler-\(fillers)"))
        guard freeBytes == pages * Self.pageSize else { throw TestFailure("expected \(pages) free pages, have \(freeBytes) bytes free") }
    }

    /// Removes every filler file: the disk has room again.
    func makeRoom() {
        for index in 0...fillers { unlink(path + "/filler-\(index)") }
        fillers = 0
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
