import Foundation
import GuidanceCore

/// The conversational loop: shows the question, reads a line, hands it to the interview, saves.
final class Shell {
    var interview: Interview
    let app: App
    let id: SessionID
    let lock: SessionLock
    let editor: LineEditor
    let style: Style
    let interactive: Bool
    /// The (question, part) last shown, so the question is printed once and not at every part.
    var shownQuestion: String?
    var shownPart: String?
    var shownDefault: String?
    var shownTopic: Int?
    /// Set when a line read from a file or pipe was refused: the lines after it were meant for other questions.
    var stoppedAtRefusal = false
    /// Lines read so far, to name the refused one.
    var linesRead = 0
    /// Said at the start instead of "Welcome back", when the answers came from somewhere else (an answers file).
    var openingNote: String?
    var noticedOverrun: Set<String> = []
    var noticedMeetingEnd = false
    /// Answers and moves held in memory that the last save could not store.
    var unsaved = false
    /// How many answers were shown as "not saved yet" since the last save that worked.
    var keptUnsaved = 0
    /// Whether a save was tried while handling the current line (so a failed one is not retried at once).
    var triedSave = false
    /// The session as the file holds it since the last save (or since `new` wrote it), so a save that would change
    /// nothing but the time is not made. Nil after a resume: the first save then rewrites the file as read (repaired).
    var lastSaved: Session?

    init(interview: Interview, app: App, id: SessionID, lock: SessionLock, editor: LineEditor) {
        self.interview = interview; self.app = app; self.id = id; self.lock = lock; self.editor = editor
        self.interview.dateOrder = app.dateOrder
        self.interview.confirmsUnusualAnswers = app.interactive
        self.style = app.style
        self.interactive = app.interactive
    }

    var isDirector: Bool { interview.script.mode == .director }
    var hasClock: Bool { isDirector && interactive }

    /// Runs until the session is finished, the person quits, or input ends; returns the exit code.
    func run() -> Int32 {
        welcome()
        defer { editor.saveHistory(); lock.release() }
        while true {
            guard let prompt = interview.prompt else {
                if let code = finish() { return code }
                continue
            }
            show(prompt)
            editor.completer = completer()
            let started = Date()
            let input = editor.readLine(prompt: promptLine(prompt))
            if hasClock { interview.recordTime(seconds: Date().timeIntervalSince(started), topicID: prompt.topicID) }
            switch input {
            case .endOfInput:
                return leave()
            case .interrupted:
                Console.out(style.dim("(Line cleared. Type /quit to stop, or press Ctrl-D to save and leave.)"))
            case .tooLong(let limit): refuseLongLine(limit: limit)
            case .line(let raw):
                linesRead += 1
                triedSave = false
                if !interactive { Console.out(raw) }
                if interactive && !raw.trimmingCharacters(in: .whitespaces).isEmpty { editor.addHistory(raw) }
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("//") {
                    handleAnswer(String(line.dropFirst()))
                } else if line.hasPrefix("/") {
                    if let code = handleCommand(line) { return code }
                } else {
                    handleAnswer(raw)
                }
            }
            if unsaved && !interactive { return stopUnsaved() }
            if unsaved && !triedSave { save() }
            if hasClock { timeNotices(prompt) }
            if stoppedAtRefusal {
                guard save() else { return stopUnsaved(lineLost: false) }
                Console.err("guidance: stopped at line \(linesRead) of the input, which was refused (see above); the lines after it were meant for other questions. The answers before it are saved: fix the line and carry on with guidance resume \(id).")
                return 65
            }
        }
    }

    func welcome() {
        let script = interview.script
        Console.out(style.bold(script.title) + style.dim("  (session \(id))"))
        if interview.session.answers.isEmpty {
            out(script.intro)
            if script.mode == .selfPlanning {
                Console.out(style.warn("Self-planning: every answer is recorded as an assumption to confirm with your director."))
            }
        } else if let openingNote {
            out(openingNote)
        } else {
            let count = interview.session.answers.count
            Console.out("Welcome back: \(count) answer\(count == 1 ? "" : "s") so far. Carrying on where you stopped.")
        }
        out(style.dim("Type your answer and press Enter. /help explains the question and lists the commands; Ctrl-D saves and leaves."))
    }

    func handleAnswer(_ text: String) {
        let outcome = interview.answer(text, now: Timestamp.iso(Date()))
        switch outcome {
        case .accepted(let echo):
            let assumption = interview.script.mode == .selfPlanning ? style.warn("assumption: ") : ""
            acknowledge("  " + style.good("✓ ") + assumption + echo, kept: echo)
        case .partAccepted(let echo):
            acknowledge("  " + style.good("+ ") + echo, kept: echo)
        case .skipped(let message):
            acknowledge("  " + style.dim(message), kept: message)
        case .refused(let message):
            out("  " + style.bad("✗ ") + message)
            if !interactive { stoppedAtRefusal = true }
        }
    }
}
