import Foundation
import Testing
@testable import GuidanceCore

/// Where the sessions, prompts and history are: decided from the environment, the binary's place, the current
/// folder and which folders exist.
@Suite struct LocationsTests {
    /// One situation and the folders it must give.
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var environment: [String: String] = ["HOME": "/home/sam"]
        var executable = "/usr/local/bin/guidance"
        var currentFolder = "/tmp/work"
        var sessionsFlag: String?
        var promptsFlag: String?
        var existing: Set<String> = []
        var sessions: Locations.Place
        var prompts: Locations.Place
        var history = "/home/sam/.local/state/guidance/history"
        var description: String { name }

        func decide() -> Locations {
            let existing = self.existing
            return Locations.decide(Locations.Inputs(
                environment: environment, home: "/home/from-passwd", executable: executable, currentFolder: currentFolder,
                sessionsFlag: sessionsFlag, promptsFlag: promptsFlag, exists: { existing.contains($0) }))
        }
    }

    static let checkout = "/src/guidance"
    static let userSessions = Locations.Place(path: "/home/sam/.local/share/guidance/sessions", reason: .userData)
    static let installedPrompts = Locations.Place(path: "/usr/local/share/guidance/prompts", reason: .installed)
    static let herePrompts = Locations.Place(path: "/tmp/work/prompts", reason: .currentFolder)
    static let checkoutSessions = Locations.Place(path: "/src/guidance/sessions", reason: .checkout(root: checkout))
    static let checkoutPrompts = Locations.Place(path: "/src/guidance/prompts", reason: .checkout(root: checkout))

    static let cases: [Case] = [
        Case(name: "installed, nothing of the user's yet", existing: ["/usr/local/share/guidance/prompts"],
             sessions: userSessions, prompts: installedPrompts),
        Case(name: "installed, the user's own prompts exist",
             existing: ["/usr/local/share/guidance/prompts", "/home/sam/.config/guidance/prompts"],
             sessions: userSessions, prompts: Locations.Place(path: "/home/sam/.config/guidance/prompts", reason: .userConfig)),
        Case(name: "XDG variables move every folder",
             environment: ["HOME": "/home/sam", "XDG_DATA_HOME": "/data", "XDG_CONFIG_HOME": "/config", "XDG_STATE_HOME": "/state"],
             existing: ["/config/guidance/prompts"],
             sessions: Locations.Place(path: "/data/guidance/sessions", reason: .userData),
             prompts: Locations.Place(path: "/config/guidance/prompts", reason: .userConfig), history: "/state/guidance/history"),
        Case(name: "a relative or empty XDG variable is ignored",
             environment: ["HOME": "/home/sam", "XDG_DATA_HOME": "data", "XDG_STATE_HOME": ""],
             existing: ["/usr/local/share/guidance/prompts"], sessions: userSessions, prompts: installedPrompts),
        Case(name: "no HOME: the password database's home", environment: [:],
             existing: ["/usr/local/share/guidance/prompts"],
             sessions: Locations.Place(path: "/home/from-passwd/.local/share/guidance/sessions", reason: .userData),
             prompts: installedPrompts, history: "/home/from-passwd/.local/state/guidance/history"),
        Case(name: "installed without prompts beside it: ./prompts", executable: "/opt/bin/guidance",
             sessions: userSessions, prompts: herePrompts),
        Case(name: "installed elsewhere: the prompts beside the binary", executable: "/home/sam/.local/bin/guidance",
             existing: ["/home/sam/.local/share/guidance/prompts"], sessions: userSessions,
             prompts: Locations.Place(path: "/home/sam/.local/share/guidance/prompts", reason: .installed)),
        Case(name: "built in a checkout (.build/release)", executable: "/src/guidance/.build/x86_64-unknown-linux-gnu/release/guidance",
             existing: ["/src/guidance/Package.swift", "/home/sam/.config/guidance/prompts"],
             sessions: checkoutSessions, prompts: checkoutPrompts),
        Case(name: "built in a checkout, run from another folder", executable: "/src/guidance/.build/debug/guidance",
             currentFolder: "/tmp", existing: ["/src/guidance/Package.swift"],
             sessions: checkoutSessions, prompts: checkoutPrompts),
        Case(name: "a .build folder without Package.swift beside it is no checkout", executable: "/srv/.build/release/guidance",
             existing: ["/usr/local/share/guidance/prompts"], sessions: userSessions, prompts: herePrompts),
        Case(name: "GUIDANCE_SESSIONS and GUIDANCE_PROMPTS, relative to the current folder",
             environment: ["HOME": "/home/sam", "GUIDANCE_SESSIONS": "../s", "GUIDANCE_PROMPTS": "/p"],
             executable: "/src/guidance/.build/debug/guidance", existing: ["/src/guidance/Package.swift"],
             sessions: Locations.Place(path: "/tmp/s", reason: .environment),
             prompts: Locations.Place(path: "/p", reason: .environment)),
        Case(name: "--sessions and --prompts win over the environment",
             environment: ["HOME": "/home/sam", "GUIDANCE_SESSIONS": "/env/s", "GUIDANCE_PROMPTS": "/env/p"],
             sessionsFlag: "./mine/", promptsFlag: "/flag/p",
             sessions: Locations.Place(path: "/tmp/work/mine", reason: .flag),
             prompts: Locations.Place(path: "/flag/p", reason: .flag)),
        Case(name: "an empty GUIDANCE_SESSIONS is not set", environment: ["HOME": "/home/sam", "GUIDANCE_SESSIONS": ""],
             existing: ["/usr/local/share/guidance/prompts"], sessions: userSessions, prompts: installedPrompts),
    ]

    @Test(arguments: cases)
    func theFoldersFollowTheRules(_ c: Case) {
        let found = c.decide()
        #expect(found.sessions == c.sessions)
        #expect(found.prompts == c.prompts)
        #expect(found.history == c.history)
    }

    @Test(arguments: [
        ("/src/g/.build/debug/guidance", "/src/g"),
        ("/src/g/.build/x86_64-unknown-linux-gnu/release/guidance", "/src/g"),
        ("/src/g/.build-fuzz/debug/guidance", "/src/g"),
        ("/src/g/.build/guidance", "/src/g"),
        ("/src/g/.build/install-check/prefix/bin/guidance", nil),
        ("/usr/local/bin/guidance", nil),
        ("/src/h/.build/debug/guidance", nil),
        ("guidance", nil),
    ] as [(String, String?)])
    func aCheckoutIsThePackageBesideTheBuildFolder(_ executable: String, _ root: String?) {
        let existing: Set<String> = ["/src/g/Package.swift"]
        #expect(Locations.checkoutRoot(of: executable, exists: { existing.contains($0) }) == root)
    }

    @Test func whereSaysWhyForEachFolder() {
        let installed = Case(name: "", existing: ["/usr/local/share/guidance/prompts"],
                             sessions: Self.userSessions, prompts: Self.installedPrompts).decide()
        #expect(installed.whereLines(exists: { $0 != "/home/sam/.local/share/guidance/sessions" }) == [
            "Sessions: /home/sam/.local/share/guidance/sessions (the default for an installed guidance; set GUIDANCE_SESSIONS or --sessions to change it); it is made when the first session is stored",
            "Prompts:  /usr/local/share/guidance/prompts (installed with guidance; copy them to /home/sam/.config/guidance/prompts to edit your own)",
            "History:  /home/sam/.local/state/guidance/history (the shell's line history; set XDG_STATE_HOME to move it)",
        ])
        let flags = Case(name: "", environment: ["HOME": "/h", "GUIDANCE_SESSIONS": "/s"], promptsFlag: "/nothing",
                         sessions: Self.userSessions, prompts: Self.installedPrompts).decide()
        #expect(flags.whereLines(exists: { _ in false }).prefix(2) == [
            "Sessions: /s (from GUIDANCE_SESSIONS; without it guidance uses /h/.local/share/guidance/sessions); it is made when the first session is stored",
            "Prompts:  /nothing (given with --prompts); there are no question scripts there, so give --prompts DIR",
        ])
    }

    @Test func theEarlierSessionsAreThoseOfAnInstalledGuidanceWhenAnotherFolderIsInUse() {
        let given = Case(name: "", sessionsFlag: "/tmp/sessions", sessions: Self.userSessions, prompts: Self.herePrompts).decide()
        #expect(given.otherSessionsFolder == "/home/sam/.local/share/guidance/sessions")
        #expect(given.earlierSessionsNote(earlier: "/home/sam/.local/share/guidance/sessions")
            == "no sessions yet in /tmp/sessions; your earlier sessions are in /home/sam/.local/share/guidance/sessions (use --sessions to choose)")
        let installed = Case(name: "", sessions: Self.userSessions, prompts: Self.herePrompts).decide()
        #expect(installed.otherSessionsFolder == nil)
    }
}

/// The path cuts Locations makes from bytes give what NSString's path methods give.
@Suite("Location path cuts")
struct LocationPathCutTests {
    @Test(arguments: ["/a/b", "/a/b/", "/a//b", "/a//b//", "/a", "/", "/a/b/c.d", "/.build/x", "/home/me/.build/release/guidance"])
    func parentAndLastPartAreNSStrings(_ path: String) {
        #expect(Locations.parent(path) == (path as NSString).deletingLastPathComponent)
        #expect(Locations.lastPart(path) == (path as NSString).lastPathComponent)
    }

    @Test(arguments: ["/a", "/a/", "/a//", "//a", "/", "//", "", "a", "a/", "/a//b/", "./a", "/a/..", "/a b/", "/é/"])
    func joinIsNSStringsAppendingPathComponent(_ folder: String) {
        for name in ["b", "b/", "/b", "b//c", "", "guidance/sessions", ".local/share", "//b", "../b", "./b", "é"] {
            #expect(Locations.join(folder, name) == (folder as NSString).appendingPathComponent(name), "\(folder) + \(name)")
        }
    }

    @Test(arguments: [
        ("/a/b", "/x", "/a/b"), ("a/b", "/x", "/x/a/b"), ("../b", "/x/y", "/x/b"), ("./b/", "/x", "/x/b"), ("a//b/.", "/x", "/x/a/b"),
        ("../../..", "/x", "/"), ("", "/x", "/x"), ("é/..e/.../.é", "/", "/é/..e/.../.é"), ("a", "", "/a"), (".\u{301}", "/x", "/x/.\u{301}"),
        ("/a/./b/../c/", "/x", "/a/c"),
    ])
    func absoluteTakesOutDotsByTheWordsAlone(_ path: String, _ folder: String, _ expected: String) {
        #expect(Locations.absolute(path, in: folder) == expected)
    }

    /// Paths on which this Foundation's `deletingLastPathComponent` stops the program ("//", relative ones), cut as
    /// Apple's NSString documents.
    @Test(arguments: [("//", "/", "/"), ("a", "", "a"), ("a/b", "a", "b"), ("a/", "", "a"), ("", "", "")])
    func pathsNSStringCannotCut(_ path: String, _ parent: String, _ last: String) {
        #expect(Locations.parent(path) == parent)
        #expect(Locations.lastPart(path) == last)
    }
}
