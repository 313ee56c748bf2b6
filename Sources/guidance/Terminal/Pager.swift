import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GuidanceCore

/// Shows long text through the reader's pager on a terminal (see `PagerChoice`), and prints it as it
/// is everywhere else.
enum Pager {
    /// Writes `text` to standard output, through the pager when there is a terminal and a pager;
    /// `otherwise` prints it when there is none.
    static func show(_ text: String, otherwise: (String) -> Void = Console.export) {
        let environment = ProcessEnvironment.values
        let chosen = PagerChoice.command(environment: environment, outputIsTerminal: isatty(STDOUT_FILENO) == 1) {
            PagerChoice.onPath("less", path: environment["PATH"]) { access($0, X_OK) == 0 }
        }
        guard let command = chosen, run(command, text: TerminalSafe.inert(text, keeping: Console.styleSequences)) else {
            otherwise(text)
            return
        }
    }

    /// Runs `/bin/sh -c command` with `text` on its standard input and waits for it; false when the pager
    /// could not be started (then nothing was shown and the caller prints the text itself).
    private static func run(_ command: String, text: String) -> Bool {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        posix_spawn_file_actions_addclose(&actions, ends[1])
        var child: pid_t = 0
        let arguments = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let started = posix_spawn(&child, "/bin/sh", &actions, nil, &argv, environ)
        close(ends[0])
        guard started == 0 else { close(ends[1]); return false }
        // The pager owns the keyboard while it runs: Ctrl-C is its business, not a reason to stop guidance.
        let oldInterrupt = signal(SIGINT, SIG_IGN)
        let oldQuit = signal(SIGQUIT, SIG_IGN)
        defer { signal(SIGINT, oldInterrupt); signal(SIGQUIT, oldQuit) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(ends[1], $0.baseAddress, $0.count) }
            if written > 0 { bytes = bytes.dropFirst(written); continue }
            if written < 0 && errno == EINTR { continue }
            break  // the reader quit the pager before the end (EPIPE): nothing more to show
        }
        close(ends[1])
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        // 127 is the shell's "command not found": the pager never showed anything.
        let exited = status & 0x7f == 0
        return !(exited && (status >> 8) & 0xff == 127)
    }
}
