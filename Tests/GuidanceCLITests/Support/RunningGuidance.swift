import Foundation
import Glibc

/// A `guidance` process fed through a pipe that stays open, to test what happens while it runs.
final class RunningGuidance {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()

    init(_ arguments: [String]) throws {
        process.executableURL = try BinaryLocator.guidance()
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["XDG_DATA_HOME"] = GuidanceProcess.noUserData
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
    }

    deinit {
        if process.isRunning { _ = Glibc.kill(process.processIdentifier, SIGKILL) }
        try? input.fileHandleForWriting.close()
    }

    /// Sends one line.
    func send(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    /// Waits (up to `timeout`) until `condition` holds, polling.
    static func waitUntil(timeout: TimeInterval = 15, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    /// Kills the process with `signal` and waits for it to end.
    func kill(signal: Int32) {
        _ = Glibc.kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }
}
