import Foundation
import GuidanceCore

/// The question scripts already read and checked in this run, by id, so each is parsed and checked once
/// (`plan` needs the session's script to check its answers and the director script for the agenda).
///
/// Only scripts that loaded without a problem are kept: a script with problems is read again, and its
/// problems are reported again, each time it is asked for.
final class ScriptCache: @unchecked Sendable {
    private let lock = NSLock()
    private var scripts: [String: Script] = [:]
    /// How many times a script was read from its file in this run (for the tests).
    private(set) var reads = 0

    /// The script with `id`, from the cache or else from `load` (kept when it succeeds).
    func script(_ id: String, load: () throws(CLIError) -> Script) throws(CLIError) -> Script {
        lock.lock()
        let cached = scripts[id]
        lock.unlock()
        if let cached { return cached }
        let script = try load()
        lock.lock()
        scripts[id] = script
        reads += 1
        lock.unlock()
        return script
    }
}
