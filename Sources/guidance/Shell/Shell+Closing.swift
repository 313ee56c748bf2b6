import Foundation
import GuidanceCore

extension Shell {
    /// The end of the session: saves, then shows what was agreed, the plan's headline and the next steps.
    ///
    /// On a terminal the shell then waits for one more line: `/export` writes the files, any other
    /// `/` command works as during the meeting (an `/edit` goes back into the questions, so this returns
    /// nil), and Enter or Ctrl-D leaves. Piped input ends here.
    func finish() -> Int32? {
        guard save() else { return stopUnsaved(lineLost: false) }
        Console.out("")
        out(style.bold("That was the last question.") + " Session \(id) is saved.")
        let skipped = interview.unansweredQuestions
        if !skipped.isEmpty {
            out("Still unanswered: \(skipped.joined(separator: ", ")). Use guidance resume \(id) and /edit QUESTION to answer them.")
        }
        let toCheck = interview.questionsToCheck
        if !toCheck.isEmpty {
            out("Still to check (an answer they depend on changed): \(toCheck.joined(separator: ", ")). Use /edit QUESTION after guidance resume \(id).")
        }
        if interview.script.mode == .selfPlanning {
            Console.out(style.warn("Remember: these answers are assumptions to confirm with your director."))
        }
        closingScreen()
        guard interactive else { return 0 }
        return closingPrompt()
    }

    /// The closing screen, or the old one-line pointer when the plan cannot be made.
    func closingScreen() {
        Console.out("")
        guard let plan = try? app.fullPlan(interview.session) else {
            out("See the answers with: guidance show \(id); the plan draft with: guidance plan \(id)")
            return
        }
        for line in ClosingScreen.lines(plan: plan, id: id.rawValue, mode: interview.script.mode) {
            out(ClosingScreen.headings.contains(line) || line.hasPrefix("What you assumed") ? style.bold(line) : line)
        }
    }

    /// Waits for `/export`, another `/` command, or Enter to leave; nil when a command reopened a question.
    func closingPrompt() -> Int32? {
        Console.out("")
        out("Type /export to write the plan, calendar and agenda files into ./exports now (or /export FOLDER), or press Enter to finish.")
        while true {
            editor.completer = { _, _ in [] }
            switch editor.readLine(prompt: "> ") {
            case .endOfInput: return 0
            case .interrupted: Console.out(style.dim("(Line cleared. Everything is saved: press Enter or Ctrl-D to finish.)"))
            case .tooLong: continue
            case .line(let raw):
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty { return 0 }
                guard line.hasPrefix("/") else {
                    say("The meeting's questions are done. Type /export, /plan, /edit QUESTION to change an answer, or press Enter to finish.")
                    continue
                }
                if let code = handleCommand(line) { return code }
                if interview.prompt != nil { return nil }
                say("Press Enter to finish, or type another command.")
            }
        }
    }
}
