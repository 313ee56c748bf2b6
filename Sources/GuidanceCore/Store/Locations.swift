import Foundation

/// Where guidance keeps its sessions, finds its prompts and writes its line history, and why.
///
/// Decided once per run from plain inputs (`Locations.Inputs`: the environment, the binary's path, the current
/// folder, the folders given on the command line, and which paths exist), so every rule has a table of tests:
///
/// - sessions: `--sessions`, else `$GUIDANCE_SESSIONS`, else the checkout's `sessions` when the binary was built
///   in a checkout (it sits in a `.build*` folder beside `Package.swift`), else `$XDG_DATA_HOME/guidance/sessions`
///   (`~/.local/share/guidance/sessions` when that is unset);
/// - prompts: `--prompts`, else `$GUIDANCE_PROMPTS`, else the checkout's `prompts`, else
///   `$XDG_CONFIG_HOME/guidance/prompts` (`~/.config/...`) when it exists, else the installed ones
///   (`../share/guidance/prompts` from the binary's folder) when they exist, else `./prompts`;
/// - history: `$XDG_STATE_HOME/guidance/history` (`~/.local/state/...`).
public struct Locations: Equatable, Sendable {
    /// Why a folder was chosen.
    public enum Reason: Equatable, Sendable {
        /// Given on the command line (`--sessions`, `--prompts`).
        case flag
        /// Given by an environment variable (`GUIDANCE_SESSIONS`, `GUIDANCE_PROMPTS`).
        case environment
        /// The binary was built in the checkout at this folder.
        case checkout(root: String)
        /// The user's own folder under `$XDG_CONFIG_HOME` (prompts only).
        case userConfig
        /// The folder installed beside the binary (prompts only).
        case installed
        /// The default for an installed guidance under `$XDG_DATA_HOME` (sessions only).
        case userData
        /// `./prompts` in the current folder (prompts only), whether or not it exists.
        case currentFolder
    }

    /// A folder (or file) and why it was chosen.
    public struct Place: Equatable, Sendable {
        /// The absolute path.
        public var path: String
        /// Why this one.
        public var reason: Reason
    }

    /// What the decision depends on; the executable gathers it, the tests write it out.
    public struct Inputs {
        /// The process environment.
        public var environment: [String: String]
        /// The home folder when `HOME` is unset (the password database's).
        public var home: String
        /// The binary's absolute path, with symbolic links resolved.
        public var executable: String
        /// The current folder.
        public var currentFolder: String
        /// `--sessions DIR`, as typed.
        public var sessionsFlag: String?
        /// `--prompts DIR`, as typed.
        public var promptsFlag: String?
        /// Whether a file or folder exists at an absolute path.
        public var exists: (String) -> Bool

        /// Gathers the inputs; `exists` is asked only about the paths the rules name.
        public init(environment: [String: String], home: String, executable: String, currentFolder: String,
                    sessionsFlag: String? = nil, promptsFlag: String? = nil, exists: @escaping (String) -> Bool) {
            self.environment = environment
            self.home = home
            self.executable = executable
            self.currentFolder = currentFolder
            self.sessionsFlag = sessionsFlag
            self.promptsFlag = promptsFlag
            self.exists = exists
        }
    }

    /// The sessions folder in use.
    public var sessions: Place
    /// The prompts folder in use.
    public var prompts: Place
    /// The shell's line history file.
    public var history: String
    /// The sessions folder guidance would use with neither `--sessions` nor `GUIDANCE_SESSIONS`.
    public var defaultSessions: String
    /// The sessions folder of an installed guidance (under `$XDG_DATA_HOME`), wherever this binary is.
    public var userSessions: String
    /// The user's own prompts folder (under `$XDG_CONFIG_HOME`), used when it exists.
    public var userPrompts: String

    /// The folders for these inputs.
    public static func decide(_ inputs: Inputs) -> Locations {
        let env = inputs.environment
        let home = nonEmpty(env["HOME"]) ?? inputs.home
        let cwd = inputs.currentFolder
        func xdg(_ name: String, _ fallback: String) -> String {
            // The XDG spec: a relative path in these variables is invalid and is ignored.
            if let value = nonEmpty(env[name]), value.hasPrefix("/") { return value }
            return join(home, fallback)
        }
        let userSessions = join(xdg("XDG_DATA_HOME", ".local/share"), "guidance/sessions")
        let userPrompts = join(xdg("XDG_CONFIG_HOME", ".config"), "guidance/prompts")
        let history = join(xdg("XDG_STATE_HOME", ".local/state"), "guidance/history")
        let root = checkoutRoot(of: inputs.executable, exists: inputs.exists)

        let defaultSessions = root.map { Place(path: join($0, "sessions"), reason: .checkout(root: $0)) }
            ?? Place(path: userSessions, reason: .userData)
        let sessions: Place
        if let flag = nonEmpty(inputs.sessionsFlag) {
            sessions = Place(path: absolute(flag, in: cwd), reason: .flag)
        } else if let value = nonEmpty(env["GUIDANCE_SESSIONS"]) {
            sessions = Place(path: absolute(value, in: cwd), reason: .environment)
        } else {
            sessions = defaultSessions
        }

        let installed = join(parent(parent(inputs.executable)), "share/guidance/prompts")
        let prompts: Place
        if let flag = nonEmpty(inputs.promptsFlag) {
            prompts = Place(path: absolute(flag, in: cwd), reason: .flag)
        } else if let value = nonEmpty(env["GUIDANCE_PROMPTS"]) {
            prompts = Place(path: absolute(value, in: cwd), reason: .environment)
        } else if let root {
            prompts = Place(path: join(root, "prompts"), reason: .checkout(root: root))
        } else if inputs.exists(userPrompts) {
            prompts = Place(path: userPrompts, reason: .userConfig)
        } else if inputs.exists(installed) {
            prompts = Place(path: installed, reason: .installed)
        } else {
            prompts = Place(path: join(cwd, "prompts"), reason: .currentFolder)
        }
        return Locations(sessions: sessions, prompts: prompts, history: history,
                         defaultSessions: defaultSessions.path, userSessions: userSessions, userPrompts: userPrompts)
    }

    /// The checkout a binary was built in: the folder holding `Package.swift` beside the `.build*` folder the
    /// binary was built into (`ROOT/.build/release/guidance`, `ROOT/.build/x86_64-unknown-linux-gnu/debug/guidance`).
    ///
    /// Only the three folders above the binary are looked at, where SwiftPM puts its products: a guidance installed
    /// into a PREFIX that happens to lie deeper inside a checkout's `.build` is an installed one.
    public static func checkoutRoot(of executable: String, exists: (String) -> Bool) -> String? {
        var folder = parent(executable)
        for _ in 0..<3 where folder != "/" && !folder.isEmpty {
            let above = parent(folder)
            if lastPart(folder).hasPrefix(".build") && exists(join(above, "Package.swift")) { return above }
            folder = above
        }
        return nil
    }

    /// The folder that may hold the user's earlier sessions when the one in use has none: an installed guidance's
    /// (under `$XDG_DATA_HOME`), unless that is the one in use. A checkout's own folder is not named: a developer's
    /// trial sessions there are not a user's history.
    public var otherSessionsFolder: String? {
        userSessions == sessions.path ? nil : userSessions
    }

    /// `text` unless it is missing or empty (an empty variable counts as unset).
    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    /// `name` inside `folder`, as `NSString.appendingPathComponent` gives it (an empty side gives the other; one "/"
    /// between, none added after a folder ending in "/"), made from the strings: NSString's costs a bridge each call.
    static func join(_ folder: String, _ name: String) -> String {
        if name.isEmpty { return folder }
        if folder.isEmpty { return name }
        return FolderPath.join(folder, name)
    }

    /// The folder holding `path`, as `NSString.deletingLastPathComponent` gives it ("/a/b/" and "/a//b" give "/a",
    /// "/a" gives "/", "a" gives ""), cut from the bytes: NSString's path methods cost about 25,000 instructions a call.
    static func parent(_ path: String) -> String {
        let bytes = Array(path.utf8)
        let slash = UInt8(ascii: "/")
        var end = bytes.count
        while end > 1, bytes[end - 1] == slash { end -= 1 }  // trailing slashes
        guard let cut = bytes[..<end].lastIndex(of: slash) else { return "" }
        var keep = cut
        while keep > 0, bytes[keep - 1] == slash { keep -= 1 }  // the slashes before the last part
        return keep == 0 ? "/" : String(decoding: bytes[..<keep], as: UTF8.self)
    }

    /// The last part of `path`, as `NSString.lastPathComponent` gives it ("/a/b/" gives "b", "/" gives "/").
    static func lastPart(_ path: String) -> String {
        let bytes = Array(path.utf8)
        let slash = UInt8(ascii: "/")
        var end = bytes.count
        while end > 1, bytes[end - 1] == slash { end -= 1 }
        if end == 1, bytes[0] == slash { return "/" }
        let start = bytes[..<end].lastIndex(of: slash).map { $0 + 1 } ?? 0
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// `path` made absolute against `folder`, with `.` and `..` taken out (by the words alone: no file is read).
    static func absolute(_ path: String, in folder: String) -> String {
        let full = path.hasPrefix("/") ? path : join(folder, path)
        // Cut at the bytes: characters compared as text cost about 20,000 instructions a path at start-up, and "." and
        // ".." are whole parts either way (a part that is a dot and a combining mark is neither, as text or as bytes).
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var parts: [ArraySlice<UInt8>] = []
        for part in Array(full.utf8).split(separator: slash) where !(part.count == 1 && part.first == dot) {
            if part.count == 2 && part.allSatisfy({ $0 == dot }) { _ = parts.popLast() } else { parts.append(part) }
        }
        var result: [UInt8] = []
        for part in parts { result.append(slash); result += part }
        return result.isEmpty ? "/" : String(decoding: result, as: UTF8.self)
    }
}
