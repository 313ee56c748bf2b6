import Foundation
import GuidanceCore
#if canImport(Glibc)
import Glibc
#endif

extension App {
    /// The folders of this run: `Locations` decides from the environment, the binary's place and the current folder.
    /// (The current folder and the checks for files go to the system directly: FileManager's first use costs about
    /// 60,000 instructions and its code's pages before the first prompt.)
    static func locations(_ invocation: Invocation) -> Locations {
        let inputs = Locations.Inputs(
            // Locations takes HOME when it is set and not empty; only without it is the account's home looked up.
            environment: ProcessEnvironment.values, home: ProcessEnvironment.values["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory(),
            executable: App.executable,
            currentFolder: currentFolder(), sessionsFlag: invocation.sessions, promptsFlag: invocation.prompts,
            exists: exists)
        return Locations.decide(inputs)
    }

    /// The current folder's path (`getcwd`), as `FileManager.currentDirectoryPath` gives it; "" when it cannot be found
    /// (removed, or a path too long).
    static func currentFolder() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "" }
        return text(buffer.prefix { $0 != 0 })
    }

    /// A path the system wrote into `bytes`, as text.
    private static func text(_ bytes: ArraySlice<CChar>) -> String {
        String(decoding: bytes.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether something is at `path`, following links (`FileManager.fileExists(atPath:)`).
    static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    /// Where checked scripts are kept between runs (`CheckedScripts`), stamped with this binary's size and time; nil when
    /// `GUIDANCE_NO_SCRIPT_CACHE` is set or the binary cannot be looked at.
    func checkedScripts() -> CheckedScripts? {
        let env = ProcessEnvironment.values
        guard (env["GUIDANCE_NO_SCRIPT_CACHE"] ?? "").isEmpty else { return nil }
        var st = stat()
        guard stat(App.executable, &st) == 0 else { return nil }
        let stamp = UInt64(st.st_size) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(bitPattern: Int64(st.st_mtim.tv_sec)) &* 1_000_000_007
            ^ UInt64(bitPattern: Int64(st.st_mtim.tv_nsec)) ^ UInt64(st.st_ino) << 32
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return CheckedScripts(folder: CheckedScripts.folder(environment: env, home: home), binaryStamp: stamp)
    }

    /// `executablePath()`, looked up once a run (the folders and the checked scripts' stamp both need it).
    static let executable = executablePath()

    /// The running binary's absolute path with symbolic links resolved (`/proc/self/exe` on Linux).
    static func executablePath() -> String {
        // readlink itself: FileManager's first use costs about 60,000 instructions before the first prompt.
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0, buffer[0] == CChar(UInt8(ascii: "/")) { return text(buffer[..<length]) }
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "guidance"
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    /// `guidance where`: the folders in use and why.
    func whereFolders() -> Int32 {
        for line in locations.whereLines(exists: App.exists) { Console.out(line) }
        return 0
    }

    /// Says on stderr, in one line, when a meeting starts in an empty sessions folder while another has sessions.
    func noteEarlierSessions() {
        // The headers of this run (read anyway to find the previous session) say whether the folder is empty.
        guard let folder = locations.otherSessionsFolder, storedHeaders(.quick).first(where: { _ in true }) == nil,
              !SessionStore(folderPath: folder).ids().isEmpty else { return }
        Console.err("guidance: " + locations.earlierSessionsNote(earlier: folder))
    }
}
