import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program in a pseudo-terminal and drives it like a person at a keyboard.
///
/// The program gets the terminal's slave side as stdin, stdout and stderr, in
/// a new session whose controlling terminal it is, so Ctrl-C raises SIGINT and
/// `isatty` is true. Everything it prints is collected, unchanged, by a
/// background thread; `plain(_:)` removes escape sequences and `screen`
/// shows what a person would see, for assertions.
/// Deinitialising kills the program (and its process group) if still running.
final class PseudoTerminal {
    /// Why driving the program failed; the message says what happened and what was printed.
    enum Failure: Error, CustomStringConvertible, Equatable {
        /// The pseudo-terminal could not be opened.
        case cannotOpenTerminal(step: String, code: Int32)
        /// The program could not be started.
        case cannotStart(path: String, code: Int32)
        /// The program ended before printing the text.
        case endedWithoutText(String, output: String)
        /// The text did not appear in time.
        case textNotSeen(String, seconds: TimeInterval, output: String)
        /// The program was still running when the time was up.
        case stillRunning(seconds: TimeInterval, output: String)

        /// One plain sentence, then everything the program printed.
        var description: String {
            switch self {
            case .cannotOpenTerminal(let step, let code):
                return "The test could not open a pseudo-terminal (\(step) failed: \(String(cString: strerror(code)))); check that /dev/ptmx exists."
            case .cannotStart(let path, let code):
                return "The test could not start \(path) (\(String(cString: strerror(code)))); build the program first."
            case .endedWithoutText(let text, let output):
                return "The program ended without printing \"\(text)\". Everything it printed:\n\(output)"
            case .textNotSeen(let text, let seconds, let output):
                return "The program did not print \"\(text)\" within \(seconds) seconds. Everything it printed:\n\(output)"
            case .stillRunning(let seconds, let output):
                return "The program was still running after \(seconds) seconds. Everything it printed:\n\(output)"
            }
        }
    }

    /// TERM, LANG and PATH for a program that should see an ordinary UTF-8 terminal, and an `XDG_DATA_HOME` that
    /// does not exist (never the user's own sessions). PAGER=cat: long output is printed as it is; the pager tests set their own.
    static let standardEnvironment = ["TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/local/bin:/usr/bin:/bin",
                                      "XDG_DATA_HOME": GuidanceProcess.noUserData, "PAGER": "cat"]

    /// The process id of the program.
    let processID: pid_t

    private let master: Int32
    private let columns: Int
    private let rows: Int
    private let collector = OutputCollector()
    private var exitCode: Int32?

    /// Starts `executable` with `arguments` in a new pseudo-terminal of `columns` x `rows`.
    ///
    /// - Parameter environment: the program's whole environment (nothing is
    ///   inherited); include TERM and LANG, as `standardEnvironment` does.
    init(
        executable: URL, arguments: [String] = [], environment: [String: String] = PseudoTerminal.standardEnvironment,
        columns: Int = 100, rows: Int = 40
    ) throws {
        guard let openpt = LibC.posixOpenpt, let grantpt = LibC.grantpt, let unlockpt = LibC.unlockpt,
              let ptsname = LibC.ptsnameR
        else { throw Failure.cannotOpenTerminal(step: "finding posix_openpt in the C library", code: ENOSYS) }
        let master = openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw Failure.cannotOpenTerminal(step: "posix_openpt", code: errno) }
        var slavePath = [CChar](repeating: 0, count: 256)
        guard grantpt(master) == 0, unlockpt(master) == 0, ptsname(master, &slavePath, slavePath.count) == 0 else {
            let code = errno
            close(master)
            throw Failure.cannotOpenTerminal(step: "grantpt, unlockpt or ptsname_r", code: code)
        }
        var size = winsize(ws_row: UInt16(clamping: rows), ws_col: UInt16(clamping: columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        let pid: pid_t
        switch Self.spawn(executable.path, arguments: arguments, environment: environment, slavePath: slavePath) {
        case .success(let spawned):
            pid = spawned
        case .failure(let failure):
            close(master)
            throw failure
        }
        self.master = master
        self.processID = pid
        self.columns = columns
        self.rows = rows
        let collector = self.collector
        let reader = Thread { collector.readUntilClosed(master) }
        reader.name = "PseudoTerminal reader \(pid)"
        reader.start()
    }

    deinit {
        if exitCode == nil {
            _ = Glibc.kill(-processID, SIGKILL)  // the whole session's process group
            _ = Glibc.kill(processID, SIGKILL)
            var status: Int32 = 0
            while waitpid(processID, &status, 0) < 0, errno == EINTR {}
        }
        collector.stopAndWait()
        close(master)
    }

    /// Everything the program has printed so far, escape sequences included.
    var output: String { collector.text() }

    /// What a person would see now: the output applied to a terminal screen (see `TerminalScreen`).
    var screen: String { TerminalScreen.render(output, columns: columns, rows: rows) }

    /// Types `text` (use "\r" or `sendLine` for Enter).
    func send(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Types `text` and presses Enter (a carriage return, as a keyboard sends).
    func sendLine(_ text: String) {
        send(text + "\r")
    }

    /// Presses Ctrl and a letter: "c" sends 0x03, "d" sends 0x04, "[" sends Escape.
    func sendControl(_ c: Character) {
        guard let value = c.uppercased().unicodeScalars.first?.value, (0x40...0x5F).contains(value) else { return }
        send(String(UnicodeScalar(UInt8(value & 0x1F))))
    }

    /// Presses Tab.
    func sendTab() {
        send("\t")
    }

    /// Waits until `text` has appeared `count` times in the raw output, in
    /// `plain(output)` or on the `screen` (where a line editor's redrawing is applied).
    ///
    /// - Returns: all the output so far.
    /// - Throws: `Failure` with the output when the program ends first or the time runs out.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date(timeIntervalSinceNow: timeout)
        let (columns, rows) = (self.columns, self.rows)
        let result = collector.wait(until: deadline) { output in
            Self.occurrences(of: text, in: output) >= count
                || Self.occurrences(of: text, in: Self.plain(output)) >= count
                || Self.occurrences(of: text, in: TerminalScreen.render(output, columns: columns, rows: rows)) >= count
        }
        switch result {
        case .satisfied(let output): return output
        case .ended(let output): throw Failure.endedWithoutText(text, output: output)
        case .timedOut(let output): throw Failure.textNotSeen(text, seconds: timeout, output: output)
        }
    }

    /// Waits until `text` has appeared and a prompt (a line ending in "> ") has been printed after it.
    ///
    /// Only then is the line editor reading keys. Between two prompts the terminal is in line mode, where
    /// Ctrl-D typed on an empty line becomes a NUL byte that the next prompt ignores, so a test that sends
    /// Ctrl-D after a message but before the prompt can wait forever.
    @discardableResult
    func waitForPrompt(after text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date(timeIntervalSinceNow: timeout)
        let result = collector.wait(until: deadline) { output in
            let plain = Self.plain(output)
            guard let found = plain.range(of: text, options: .backwards) else { return false }
            return plain[found.upperBound...].contains("> ")
        }
        switch result {
        case .satisfied(let output): return output
        case .ended(let output): throw Failure.endedWithoutText(text + " and then a prompt", output: output)
        case .timedOut(let output): throw Failure.textNotSeen(text + " and then a prompt", seconds: timeout, output: output)
        }
    }

    /// Waits for the program to end and gives its exit status: the code it
    /// exited with, or 128 plus the signal number when a signal ended it.
    ///
    /// Also waits (within the same time) until all its output has been read.
    func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while exitCode == nil {
            var status: Int32 = 0
            let result = waitpid(processID, &status, WNOHANG)
            if result == processID {
                let signal = status & 0x7F
                exitCode = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
            } else if result < 0, errno != EINTR {
                exitCode = -1
            } else if Date() >= deadline {
                throw Failure.stillRunning(seconds: timeout, output: output)
            } else {
                usleep(10_000)
            }
        }
        _ = collector.wait(until: deadline) { _ in false }
        return exitCode ?? -1
    }

    /// Sends `signal` to the program.
    func kill(signal: Int32) {
        _ = Glibc.kill(processID, signal)
    }

    /// `text` without terminal escape sequences and BEL, with "\r\n" turned into "\n".
    ///
    /// Removes CSI sequences (ESC [ ... final byte), OSC sequences (ESC ] ...
    /// BEL or ESC \) and other ESC sequences (ESC, intermediates, final byte).
    static func plain(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x07:
                continue
            case 0x0D where scalars.first == "\n":
                continue
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Drops the rest of an escape sequence whose ESC was just read.
    private static func skipEscapeSequence(_ scalars: inout Substring.UnicodeScalarView) {
        guard let kind = scalars.popFirst() else { return }
        switch kind {
        case "[":
            while let next = scalars.popFirst(), !(0x40...0x7E).contains(next.value) {}
        case "]":
            while let next = scalars.popFirst() {
                if next.value == 0x07 { return }
                if next.value == 0x1B, scalars.first == "\\" {
                    scalars.removeFirst()
                    return
                }
            }
        default:
            var current = kind
            while (0x20...0x2F).contains(current.value), let next = scalars.popFirst() { current = next }
        }
    }

    /// How many times `text` occurs in `output`, without overlaps.
    private static func occurrences(of text: String, in output: String) -> Int {
        guard !text.isEmpty else { return 1 }
        return output.components(separatedBy: text).count - 1
    }

    /// Starts the program with the slave side as fds 0, 1 and 2 in a new session.
    private static func spawn(
        _ path: String, arguments: [String], environment: [String: String], slavePath: [CChar]
    ) -> Result<pid_t, Failure> {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        // Opened after setsid() without O_NOCTTY, fd 0 becomes the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        let setSessionID: Int32 = 0x80  // glibc's POSIX_SPAWN_SETSID
        posix_spawnattr_setflags(&attributes, Int16(setSessionID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var allSignals = sigset_t()
        var noSignals = sigset_t()
        sigfillset(&allSignals)
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)  // a test runner may ignore SIGINT
        posix_spawnattr_setsigmask(&attributes, &noSignals)

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        return code == 0 ? .success(pid) : .failure(.cannotStart(path: path, code: code))
    }
}
