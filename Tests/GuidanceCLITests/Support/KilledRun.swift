import Foundation
import Glibc

/// Runs `guidance` with its whole input piped in and kills it with SIGKILL after a delay.
///
/// The child is started with `posix_spawn` and reaped only by `run`, so its process id cannot be
/// reused before the kill, even when it ended first. Standard error goes to /dev/null. The
/// output is read as it comes, so the delay can count from the first line printed.
enum KilledRun {
    /// What one run printed on standard output, and whether the kill ended it (rather than its own exit).
    struct Result {
        var stdout: String
        /// Whether the kill ended it (it had not ended by itself).
        var killed: Bool
        /// Seconds from the start to the moment the delay was counted from.
        var startup: TimeInterval
        /// Seconds from that moment to the kill, or to the program's end when it ended first.
        var elapsed: TimeInterval
    }

    /// When the delay before the kill starts.
    enum Moment {
        /// When the program starts.
        case start
        /// When the program first prints (a new session has been stored by then).
        case afterFirstOutput
    }

    /// Starts the binary with `arguments`, writes `input` and closes it, waits `delay` seconds from `moment`, sends SIGKILL.
    ///
    /// A program that ends before the delay is over is not waited for any longer.
    static func run(_ arguments: [String], input: Data, killAfter delay: TimeInterval, from moment: Moment) throws -> Result {
        let path = try BinaryLocator.guidance().path
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard makePipe(&toChild), makePipe(&fromChild) else { throw TestFailure("pipe failed: errno \(errno)") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["TZ"] = "UTC"
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, path, &actions, nil, argv, envp)
        close(toChild[0])
        close(fromChild[1])
        guard code == 0 else {
            close(toChild[1]); close(fromChild[0])
            throw TestFailure("could not start \(path): errno \(code)")
        }
        // The input is far smaller than a pipe's buffer, so this never blocks; a child already gone gives EPIPE, not a signal.
        signal(SIGPIPE, SIG_IGN)
        _ = input.withUnsafeBytes { write(toChild[1], $0.baseAddress, $0.count) }
        close(toChild[1])
        let reader = OutputReader(fd: fromChild[0])
        defer { close(fromChild[0]) }
        let spawned = Date()
        if moment == .afterFirstOutput { reader.read(until: spawned.addingTimeInterval(30), stopAtFirstOutput: true) }
        let counted = Date()
        reader.read(until: counted.addingTimeInterval(delay), stopAtFirstOutput: false)
        let ended = reader.ended
        let elapsed = Date().timeIntervalSince(counted)
        _ = kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        reader.read(until: Date().addingTimeInterval(30), stopAtFirstOutput: false)
        return Result(stdout: String(decoding: reader.output, as: UTF8.self), killed: !ended && status & 0x7F == SIGKILL,
                      startup: counted.timeIntervalSince(spawned), elapsed: elapsed)
    }
}

/// A pipe whose ends close on exec (dup2 clears that on the child's 0 and 1), made in one step with
/// `pipe2` where the C library has it, so a child another test starts meanwhile cannot inherit it
/// and hold it open.
private func makePipe(_ fds: inout [Int32]) -> Bool {
    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Int32
    if let symbol = dlsym(dlopen(nil, RTLD_NOW), "pipe2") {
        return unsafeBitCast(symbol, to: Pipe2.self)(&fds, O_CLOEXEC) == 0
    }
    guard pipe(&fds) == 0 else { return false }
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    return true
}

/// Reads a child's output as it comes, up to a deadline or its end.
private final class OutputReader {
    let fd: Int32
    var output = Data()
    /// Whether the child closed its output (it ended).
    var ended = false

    init(fd: Int32) { self.fd = fd }

    /// Reads until `deadline`, the end of the output, or (with `stopAtFirstOutput`) the first bytes.
    func read(until deadline: Date, stopAtFirstOutput: Bool) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !ended && !(stopAtFirstOutput && !output.isEmpty) {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return }
            var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, Int32(min(left * 1000, 1_000_000).rounded(.up)))
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { continue }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { ended = true; return }
            output.append(contentsOf: buffer[0..<count])
        }
    }
}
