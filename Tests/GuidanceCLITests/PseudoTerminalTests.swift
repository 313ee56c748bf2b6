import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The pseudo-terminal harness itself, driven against /bin/sh and cat.
@Suite("PseudoTerminal")
struct PseudoTerminalTests {
    static let shell = URL(fileURLWithPath: "/bin/sh")

    /// Starts `/bin/sh -c script` in a pseudo-terminal.
    static func shell(_ script: String, environment: [String: String] = PseudoTerminal.standardEnvironment,
                      columns: Int = 100, rows: Int = 40) throws -> PseudoTerminal {
        try PseudoTerminal(executable: shell, arguments: ["-c", script], environment: environment,
                           columns: columns, rows: rows)
    }

    @Test("a typed line reaches the program and its answer comes back", arguments: [
        "hello",
        "Café ☕",
        "two  spaces inside",
        "/help",
    ])
    func typedLineRoundTrip(text: String) throws {
        let terminal = try Self.shell(#"read -r x; echo "got:$x""#)
        terminal.sendLine(text)
        let output = try terminal.waitFor("got:\(text)\r\n")
        #expect(output == "\(text)\r\ngot:\(text)\r\n")  // the terminal's echo, then the answer
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("Ctrl-C ends the foreground program as a person's Ctrl-C would")
    func controlCInterrupts() throws {
        // cat answering a line proves it runs and sh waits for it; an "echo ready"
        // from sh itself could race sh's own SIGINT handling before the fork.
        let terminal = try Self.shell("cat; echo not interrupted")
        terminal.sendLine("ping")
        try terminal.waitFor("ping\r\nping\r\n")
        terminal.sendControl("c")
        #expect(try terminal.waitForExit() == 130)
        #expect(terminal.output == "ping\r\nping\r\n^C")
    }

    @Test("Ctrl-D on an empty line ends cat's input")
    func controlDEndsInput() throws {
        let terminal = try PseudoTerminal(executable: URL(fileURLWithPath: "/bin/cat"))
        terminal.sendLine("one line")
        try terminal.waitFor("one line\r\none line\r\n")
        terminal.sendControl("d")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("keys arrive as the bytes a keyboard sends", arguments: [
        ("c", "03"), ("d", "04"), ("C", "03"), ("[", "1b"), ("tab", "09"),
    ])
    func keyBytes(key: String, hex: String) throws {
        let terminal = try Self.shell("stty raw -echo; echo ready; head -c 1 | od -An -tx1")
        try terminal.waitFor("ready")
        if key == "tab" {
            terminal.sendTab()
        } else {
            terminal.sendControl(Character(key))
        }
        try terminal.waitFor(" \(hex)")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("the window has the size asked for", arguments: [(100, 40), (80, 24), (132, 50)])
    func windowSize(columns: Int, rows: Int) throws {
        let terminal = try Self.shell("stty size", columns: columns, rows: rows)
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.output == "\(rows) \(columns)\r\n")
    }

    @Test("stdin, stdout and stderr are the terminal, which controls the session")
    func terminalIsControlling() throws {
        let terminal = try Self.shell(
            #"for fd in 0 1 2; do [ -t $fd ] && printf 'tty%s ' $fd; done; (exec 3</dev/tty) && echo controlling"#)
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.output == "tty0 tty1 tty2 controlling\r\n")
    }

    @Test("exit status: the exit code, or 128 plus the signal", arguments: [
        ("exit 0", Int32(0)), ("exit 3", 3), ("kill -TERM $$", 143), ("kill -KILL $$", 137),
    ])
    func exitStatus(script: String, expected: Int32) throws {
        let terminal = try Self.shell(script)
        #expect(try terminal.waitForExit() == expected)
    }

    @Test("kill(signal:) reaches the program")
    func killSignal() throws {
        let terminal = try Self.shell("echo ready; exec sleep 30")
        try terminal.waitFor("ready")
        terminal.kill(signal: SIGTERM)
        #expect(try terminal.waitForExit() == 128 + SIGTERM)
    }

    @Test("the program sees exactly the environment given")
    func environment() throws {
        let terminal = try Self.shell(#"echo "[$GREETING][$TERM][${HOME-unset}]""#,
                                      environment: ["GREETING": "hello from the test", "TERM": "xterm"])
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.output == "[hello from the test][xterm][unset]\r\n")
    }

    @Test("waitFor counts occurrences")
    func waitForCount() throws {
        let terminal = try Self.shell("printf 'ask> '; read -r a; printf 'ask> '; read -r b; echo done")
        try terminal.waitFor("ask> ")
        terminal.sendLine("first")
        let output = try terminal.waitFor("ask> ", count: 2)
        #expect(output == "ask> first\r\nask> ")
        terminal.sendLine("second")
        try terminal.waitFor("done")
    }

    @Test("waitFor fails with everything printed when the program ends without the text")
    func waitForEnded() throws {
        let terminal = try Self.shell("echo visible output")
        #expect(throws: PseudoTerminal.Failure.endedWithoutText("never printed", output: "visible output\r\n")) {
            try terminal.waitFor("never printed")
        }
        let failure = PseudoTerminal.Failure.endedWithoutText("never printed", output: "visible output\r\n")
        #expect(failure.description == "The program ended without printing \"never printed\". Everything it printed:\nvisible output\r\n")
    }

    @Test("waitFor fails with everything printed when the time runs out")
    func waitForTimeout() throws {
        let terminal = try Self.shell("echo waiting; exec sleep 30")
        try terminal.waitFor("waiting")
        #expect(throws: PseudoTerminal.Failure.textNotSeen("never printed", seconds: 0.2, output: "waiting\r\n")) {
            try terminal.waitFor("never printed", timeout: 0.2)
        }
        #expect(throws: PseudoTerminal.Failure.stillRunning(seconds: 0.2, output: "waiting\r\n")) {
            try terminal.waitForExit(timeout: 0.2)
        }
    }

    @Test("a program that cannot be started is reported")
    func missingProgram() {
        #expect(throws: PseudoTerminal.Failure.cannotStart(path: "/nonexistent/guidance", code: ENOENT)) {
            try PseudoTerminal(executable: URL(fileURLWithPath: "/nonexistent/guidance"))
        }
    }

    @Test("plain(_:) removes escape sequences and turns CRLF into LF", arguments: [
        ("no escapes\r\n", "no escapes\n"),
        ("\u{1B}[1mBold\u{1B}[0m text", "Bold text"),
        ("\u{1B}[38;5;208morange\u{1B}[39m", "orange"),
        ("prompt> /he\u{07}\u{1B}[K", "prompt> /he"),
        ("\u{1B}]0;window title\u{07}after", "after"),
        ("\u{1B}]2;title\u{1B}\\after", "after"),
        ("\u{1B}7saved\u{1B}8", "saved"),
        ("\u{1B}(Bcharset", "charset"),
        ("\u{1B}[?2004hCafé ☕\u{1B}[?2004l", "Café ☕"),
        ("lone\rreturn", "lone\rreturn"),
    ])
    func plain(raw: String, expected: String) {
        #expect(PseudoTerminal.plain(raw) == expected)
    }

    @Test("waitFor also matches text that escape sequences split")
    func waitForPlain() throws {
        let terminal = try Self.shell(#"printf '/he\033[Klp\n'"#)
        let output = try terminal.waitFor("/help")
        #expect(output == "/he\u{1B}[Klp\r\n")
    }

    @Test("the screen shows what a person would see", arguments: [
        ("one\r\ntwo\r\n", 100, "one\ntwo"),
        ("demo> /he\u{07}\r\u{1B}[10Glp ", 100, "demo> /help"),  // libedit's Tab completion
        ("demo> \r\u{1B}[7GCafé ☕\r\u{1B}[7G/help\u{1B}[K", 100, "demo> /help"),  // Up arrow twice
        ("abc\rX", 100, "Xbc"),
        ("ab\u{08}\u{08}X", 100, "Xb"),
        ("abcdef\u{1B}[3G\u{1B}[2P", 100, "abef"),
        ("abef\u{1B}[3G\u{1B}[4hcd\u{1B}[4l", 100, "abcdef"),
        ("abc\u{1B}[2G\u{1B}[2@XY", 100, "aXYbc"),
        ("☕x\r\u{1B}[3GY", 100, "☕Y"),
        ("abcdefg", 5, "abcde\nfg"),
        ("old\r\n\u{1B}[H\u{1B}[2Jnew", 100, "new"),
        ("\u{1B}[1;32mok\u{1B}[0m \u{1B}]0;title\u{07}", 100, "ok"),
        ("top\r\nbottom\u{1B}[A\rT", 100, "Top\nbottom"),
    ])
    func screen(raw: String, columns: Int, expected: String) {
        #expect(TerminalScreen.render(raw, columns: columns) == expected)
    }

    @Test("waitFor also matches what the screen shows after redrawing")
    func waitForScreen() throws {
        let terminal = try Self.shell(#"printf 'demo> /he\007\r\033[10Glp\n'"#)
        try terminal.waitFor("demo> /help")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.screen == "demo> /help")
    }

    @Test("the guidance binary is found next to the tests")
    func locatesBinary() throws {
        let binary = try BinaryLocator.guidance()
        #expect(binary.lastPathComponent == "guidance")
        #expect(FileManager.default.isExecutableFile(atPath: binary.path))
    }

    @Test("GUIDANCE_BINARY that is not a program is reported")
    func locatorOverride() {
        let expected = BinaryLocator.NotFound(name: "guidance", searched: ["/nonexistent/guidance"])
        #expect(throws: expected) {
            try BinaryLocator.executable(named: "guidance", environment: ["GUIDANCE_BINARY": "/nonexistent/guidance"])
        }
        #expect(expected.description == "The test could not find the \"guidance\" program; run `swift build` (or set GUIDANCE_BINARY to its path) and try again. Looked in: /nonexistent/guidance")
    }
}
