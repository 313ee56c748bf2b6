import Foundation
import GuidanceCore

/// Runs the built `guidance` with pipes: the way a script or CI would.
struct GuidanceProcess {
    /// What one run gave.
    struct Result {
        var code: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, to find `prompts/`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped prompts folder.
    static var prompts: String { packageRoot.appendingPathComponent("prompts").path }

    /// The tests' cache folder, for `XDG_CACHE_HOME`.
    static let cache = FileManager.default.temporaryDirectory.appendingPathComponent("guidance-tests-cache").path

    /// A folder that does not exist, for `XDG_DATA_HOME`.
    static let noUserData = FileManager.default.temporaryDirectory.appendingPathComponent("guidance-tests-no-user-data").path

    /// Runs `guidance arguments` with `input` on standard input (then closed); `executable` is another copy of it.
    static func run(_ arguments: [String], input: String = "", environment extra: [String: String] = [:],
                    executable: URL? = nil, in folder: String? = nil) throws -> Result {
        // A copy of the binary just written (an installed copy) can be "busy" for a moment: another test's child process,
        // forked while the copy was open for writing, holds it open until that child starts its own program.
        for attempt in 1...50 {
            do {
                return try runOnce(arguments, input: input, environment: extra, executable: executable, in: folder)
            } catch let error as NSError where attempt < 50 && Self.isTextFileBusy(error) {
                usleep(20_000)
            }
        }
        fatalError("unreachable")
    }

    /// Whether `error` is the system's "text file busy" (ETXTBSY), given by Foundation as the reason under its own error.
    static func isTextFileBusy(_ error: NSError) -> Bool {
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
        return (error.domain == NSPOSIXErrorDomain && error.code == Int(ETXTBSY))
            || (underlying?.domain == NSPOSIXErrorDomain && underlying?.code == Int(ETXTBSY))
    }

    private static func runOnce(_ arguments: [String], input: String, environment extra: [String: String],
                                executable: URL?, in folder: String?) throws -> Result {
        let process = Process()
        process.executableURL = try executable ?? BinaryLocator.guidance()
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder, isDirectory: true) }
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["TZ"] = "UTC"
        // Never the real ~/.local/share: a built binary keeps sessions in its checkout, but it reads this folder to
        // say where earlier sessions are, and a test's output must not depend on the machine's.
        environment["XDG_DATA_HOME"] = GuidanceProcess.noUserData
        // Checked scripts are kept (CheckedScripts) in the tests' own folder: a test's scripts sit in folders of their own,
        // and the copies of them must not pile up in the user's ~/.cache.
        environment["XDG_CACHE_HOME"] = GuidanceProcess.cache
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let outBox = DataBox(), errBox = DataBox()
        let group = DispatchGroup()
        for (pipe, box) in [(stdout, outBox), (stderr, errBox)] {
            group.enter()
            DispatchQueue.global().async {
                box.set(pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        // guidance may stop reading early (a refused line): a closed pipe is then not the test's failure.
        signal(SIGPIPE, SIG_IGN)
        try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Result(code: process.terminationStatus,
                      stdout: String(decoding: outBox.get(), as: UTF8.self),
                      stderr: String(decoding: errBox.get(), as: UTF8.self))
    }
}

/// Bytes read on another thread.
final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}

/// A fresh folder that is removed when the test ends.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("guidance-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A fresh folder inside `place` when that folder exists (such as /dev/shm, where saves cost no disk writes), else in the temporary folder.
    init(preferring place: String) throws {
        var isFolder: ObjCBool = false
        let base = FileManager.default.fileExists(atPath: place, isDirectory: &isFolder) && isFolder.boolValue
            ? URL(fileURLWithPath: place) : FileManager.default.temporaryDirectory
        url = base.appendingPathComponent("guidance-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `name` inside the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// The session files (not temp or lock files) in `sessions/`.
    func sessionFiles(_ folder: String = "sessions") -> [String] {
        let dir = url.appendingPathComponent(folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    }

    /// The parsed JSON of the only session file.
    func onlySession(_ folder: String = "sessions") throws -> JSONValue {
        let files = sessionFiles(folder)
        guard files.count == 1 else { throw TestFailure("expected one session file, found \(files)") }
        let data = try Data(contentsOf: url.appendingPathComponent(folder).appendingPathComponent(files[0]))
        return try JSONParser.parse(data)
    }
}

/// A failure inside a test helper.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
