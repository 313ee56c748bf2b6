import Foundation
import GuidanceCore

/// Saving: nothing is acknowledged, and nothing is called saved, before the session file holds it.
///
/// A save is an atomic replace (`AtomicFile`): it returns only after the new file is renamed into
/// place and the folder is flushed. Every "✓", "+" and skip message is printed after that, so an
/// answer the person saw acknowledged survives a crash or `kill -9` at any later moment. When a
/// save fails, a terminal keeps the answers in memory, says so, and tries again at the next line;
/// a pipe stops at once with exit 74, since the lines after it would be answered but not stored.
extension Shell {
    /// Saves the session at once; on failure reports it on standard error and marks the answers unsaved.
    @discardableResult
    func save() -> Bool {
        triedSave = true
        if !unsaved, let last = lastSaved {
            var current = interview.session
            current.updatedAt = last.updatedAt
            if current == last { return true }  // the file already holds every answer and move
        }
        interview.stamp(now: Timestamp.iso(Date()))
        do {
            try app.store.save(interview.session.fileData(), id: id, session: interview.session)
        } catch {
            unsaved = true
            if interactive {
                Console.err(style.bad("Not saved: ") + error.description
                    + " Your answers are kept in memory while guidance runs; it tries again at your next answer, and /save tries now.")
            } else {
                Console.err("guidance: session \(id) was not saved. " + error.description)
            }
            return false
        }
        lastSaved = interview.session
        if unsaved && interactive { say("Saved now: the answers kept in memory are stored in session \(id).") }
        unsaved = false
        keptUnsaved = 0
        return true
    }

    /// Saves, then prints `line`; when the save fails, a terminal says the answer is kept but not saved yet.
    ///
    /// `kept` is what was accepted (the answer's echo or the command's message), shown with the
    /// plain warning instead of the acknowledgement. A pipe shows nothing more: the loop stops.
    func acknowledge(_ line: String, kept: String) {
        if save() {
            out(line)
        } else if interactive {
            keptUnsaved += 1
            out("  " + style.warn("! Not saved yet (kept in memory): ") + kept)
        }
    }

    /// Saves after a command moved or changed something, then says `message` (in a terminal even when the save failed).
    func saveThenSay(_ message: String) {
        if save() || interactive { say(message) }
    }

    /// Ctrl-D, the end of piped input, or /quit: saves and leaves with 0, or says nothing was saved and leaves with 74.
    func leave() -> Int32 {
        guard save() else { return stopUnsaved(lineLost: false) }
        Console.out("")
        out("Saved. To carry on later: guidance resume \(id)")
        return 0
    }

    /// Ends the shell after a failed save with exit 74, saying what was not stored and how to carry on.
    ///
    /// `lineLost` is true when the line just read was accepted but could not be stored (a pipe
    /// then names it); false when only a final save failed, after everything acknowledged was stored.
    func stopUnsaved(lineLost: Bool = true) -> Int32 {
        let resume = "guidance resume \(id)"
        let fix = "Make room on the disk or fix the folder, then carry on"
        if interactive {
            let lost = keptUnsaved == 0 ? "" : ", so the \(keptUnsaved) answer\(keptUnsaved == 1 ? "" : "s") marked \"not saved yet\" \(keptUnsaved == 1 ? "is" : "are") lost"
            Console.err("guidance: session \(id) could not be saved (see above)\(lost); "
                + "the session file keeps the answers acknowledged with ✓. \(fix) with: \(resume)")
        } else if lineLost {
            Console.err("guidance: stopped at line \(linesRead) of the input, because it could not be saved (see above). "
                + "The session keeps the answers acknowledged before it; line \(linesRead) and the lines after it were not stored. "
                + "\(fix) from line \(linesRead) with: \(resume)")
        } else {
            Console.err("guidance: session \(id) could not be saved at the end (see above); it keeps the answers acknowledged before. \(fix) with: \(resume)")
        }
        return 74
    }
}
