import Foundation
import GuidanceCore

/// The monthly review's loop: shows the walk's question, reads a line, hands it to the walk, saves.
///
/// The meeting's rules: every accepted line is saved (atomically) before it is acknowledged; Ctrl-C clears
/// the line and asks again; Ctrl-D, `/quit` or the end of piped input saves and leaves with 0; from a pipe,
/// a refused line stops with 65 after saving what came before it.
final class ReviewShell {
    var walk: ReviewWalk
    let app: App
    let id: SessionID
    let url: URL
    let lock: SessionLock
    let editor: LineEditor
    let style: Style
    let interactive: Bool
    /// The step whose question was last shown, so a question is printed once and not after every refusal
    /// (nor after each piece of unplanned work).
    var shownStep: ReviewWalk.Step?
    var linesRead = 0
    /// Answers held in memory that the last save could not store (a terminal keeps going and tries again).
    var unsaved = 0

    init(walk: ReviewWalk, app: App, id: SessionID, url: URL, lock: SessionLock, editor: LineEditor) {
        self.walk = walk; self.app = app; self.id = id; self.url = url; self.lock = lock; self.editor = editor
        style = app.style
        interactive = app.interactive
    }

    /// How to come back to this review.
    var again: String { "guidance review \(id) --month \(walk.month)" }

    /// Runs the walk to its end, or until the person leaves; returns the exit code.
    func run(reopened: MonthlyReview?) -> Int32 {
        defer { editor.saveHistory(); lock.release() }
        let label = ReviewScope.label(month: walk.month, of: walk.plan)
        Console.out(style.bold("Monthly review: month \(walk.month) (\(label))") + style.dim("  (session \(id))"))
        if let reopened, reopened.complete {
            out("The review of month \(walk.month) is complete:")
            for line in ReviewSummary(review: reopened, plan: walk.plan).text { out("  " + line) }
            if let code = askToCorrect() { return code }
        } else {
            out(walk.opening(reopened: reopened))
        }
        out(style.dim("Every answer is saved at once. /help explains the question; Ctrl-D saves and leaves."))
        while let question = walk.question {
            if shownStep != walk.step {
                shownStep = walk.step
                Console.out("")
                for line in question.lines { out(style.bold(line)) }
            }
            let words = question.completions.filter { TerminalSafe.inert($0) == $0 }
            editor.completer = { line, word in
                let pool = word.hasPrefix("/") ? ["/help", "/back", "/quit"] : words
                return pool.filter { $0.lowercased().hasPrefix(word.lowercased()) }
            }
            let text = TerminalSafe.inert(question.label)
            switch editor.readLine(prompt: (interactive ? style.promptSafe("36", text) : text) + " > ") {
            case .endOfInput: return leave()
            case .interrupted: Console.out(style.dim("(Line cleared. Type /quit to stop, or press Ctrl-D to save and leave.)"))
            case .tooLong(let limit):
                linesRead += 1
                if !interactive { Console.out("") }
                if let code = refuse(LineInput.tooLongMessage(limit: limit)) { return code }
            case .line(let raw):
                linesRead += 1
                if !interactive { Console.out(raw) }
                if interactive { editor.addHistory(raw) }
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("/") && !line.hasPrefix("//") {
                    switch line.lowercased() {
                    case "/quit", "/q": return leave()
                    case "/back", "/b":
                        switch walk.back() {
                        case .accepted(let message): out("  " + style.dim(message)); shownStep = nil
                        case .refused(let message): if let code = refuse(message) { return code }
                        }
                    case "/help", "/h":
                        out(question.help)
                        out(style.dim("Commands: /help this help, /back the question before, /quit save and leave (or Ctrl-D). Tab completes the words; // types a text starting with /."))
                    default:
                        if let code = refuse("\"\(line)\" is not a command of the review; type /help to see them. To answer with a text that starts with /, type // first.") { return code }
                    }
                    continue
                }
                switch walk.answer(line.hasPrefix("//") ? String(line.dropFirst()) : raw) {
                case .refused(let message):
                    if let code = refuse(message) { return code }
                case .accepted(let message):
                    if save() {
                        if !message.isEmpty { out("  " + style.good("✓ ") + message) }
                    } else if interactive {
                        unsaved += 1
                        out("  " + style.warn("! Not saved yet (kept in memory): ") + (message.isEmpty ? "your answer" : message))
                    } else {
                        Console.err("guidance: stopped at line \(linesRead) of the input, because it could not be saved (see above). "
                            + "The review keeps the answers acknowledged before it; line \(linesRead) and the lines after it were not stored. "
                            + "Make room on the disk or fix the folder, then carry on from line \(linesRead) with: \(again)")
                        return 74
                    }
                }
            }
        }
        return finish()
    }

    /// The opening question of a complete review; an exit code when the person leaves there.
    func askToCorrect() -> Int32? {
        while true {
            switch editor.readLine(prompt: "Correct it? [y/N] ") {
            case .endOfInput: return 0
            case .interrupted: return 130
            case .tooLong: out("Type y to go through the review again with its answers as the defaults, or press Enter to leave it as it is.")
            case .line(let answer):
                if !interactive { Console.out(answer) }
                switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
                case "", "n", "no":
                    out("Nothing changed. The review is in \(url.path).")
                    return 0
                case "y", "yes": return nil
                default: out("Type y to go through the review again with its answers as the defaults, or press Enter to leave it as it is.")
                }
            }
        }
    }

    /// Says why a line was refused; from a pipe, saves and stops with 65 (the lines after it were meant for other questions).
    func refuse(_ message: String) -> Int32? {
        out("  " + style.bad("✗ ") + message)
        guard !interactive else { return nil }
        guard save() else { return stopUnsaved() }
        Console.err("guidance: stopped at line \(linesRead) of the input, which was refused (see above); the lines after it were meant for other questions. The answers before it are saved: fix the line and carry on with \(again).")
        return 65
    }

    /// Saves the review as it stands; on failure says so on standard error (a terminal keeps the answers in memory).
    func save() -> Bool {
        do {
            try app.saveReview(walk.review, plan: walk.plan, to: url)
        } catch {
            Console.err((interactive ? style.bad("Not saved: ") : "guidance: the review was not saved. ") + error.description
                + (interactive ? " Your answers are kept in memory while guidance runs; it tries again at your next answer." : ""))
            return false
        }
        if unsaved > 0 { out("  " + style.dim("Saved now: the answers kept in memory are stored in \(url.path).")) }
        unsaved = 0
        return true
    }

    /// The last save failed: exit 74, saying what was lost and how to carry on.
    func stopUnsaved() -> Int32 {
        let lost = unsaved == 0 ? "" : ", so the \(unsaved) answer\(unsaved == 1 ? "" : "s") marked \"not saved yet\" \(unsaved == 1 ? "is" : "are") lost"
        Console.err("guidance: the review of month \(walk.month) of session \(id) could not be saved (see above)\(lost); "
            + "its file keeps the answers acknowledged with ✓. Make room on the disk or fix the folder, then carry on with: \(again)")
        return 74
    }

    /// Ctrl-D, /quit or the end of piped input: saves and says how to carry on.
    func leave() -> Int32 {
        guard save() else { return stopUnsaved() }
        Console.out("")
        out("Saved. To carry on later: \(again)")
        return 0
    }

    /// The walk has ended: saves the review as complete and shows the month's hours.
    func finish() -> Int32 {
        guard save() else { return stopUnsaved() }
        Console.out("")
        for line in ReviewSummary(review: walk.review, plan: walk.plan).text { out(line) }
        out("Saved in \(url.path). To correct it: \(again)")
        return 0
    }

    /// Prints `text`, word-wrapped to the terminal's width when there is a terminal.
    func out(_ text: String) {
        guard interactive else { Console.out(text); return }
        Console.out(TextWrap.wrap(text, width: TerminalInfo.columns()))
    }
}
