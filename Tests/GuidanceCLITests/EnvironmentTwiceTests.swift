import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A variable given twice in the environment (possible through `execve`, though no shell makes it) counts with its
/// first value, as `getenv` finds it.
struct EnvironmentTwiceTests {
    @Test func theFirstOfAVariableGivenTwiceCounts() throws {
        let folder = try TemporaryFolder()
        let output = try Self.run([try BinaryLocator.guidance().path, "where"], environment: [
            "GUIDANCE_SESSIONS=\(folder.path)/first", "HOME=\(folder.path)", "GUIDANCE_SESSIONS=\(folder.path)/second",
            "GUIDANCE_PROMPTS=\(GuidanceProcess.prompts)", "XDG_DATA_HOME=\(GuidanceProcess.noUserData)",
        ])
        #expect(output.contains("Sessions: \(folder.path)/first (from GUIDANCE_SESSIONS;"), "\(output)")
        #expect(!output.contains("/second"))
    }

    /// Runs `arguments` with exactly `environment` (in that order, repeats kept) and gives what it printed on standard output.
    static func run(_ arguments: [String], environment: [String]) throws -> String {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { throw POSIXError(.EIO) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        close(pipe[1])
        defer { close(pipe[0]) }
        guard code == 0 else { throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let got = read(pipe[0], &buffer, buffer.count)
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { break }
            bytes += buffer[..<got]
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return String(decoding: bytes, as: UTF8.self)
    }
}
