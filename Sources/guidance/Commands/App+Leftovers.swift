import Foundation
import GuidanceCore

/// Copies of a session left by a save that was stopped (a crash, `kill -9`) before it finished.
///
/// Such a copy holds at most the answer being saved when the shell stopped: it was never
/// acknowledged, so nothing is lost by keeping the session file. `list` says when one exists;
/// `resume` in a terminal offers to restore it when it reads as the session and passes the
/// load check, and removes it when declined; a piped `resume` keeps the session file (its
/// lines were written against what was acknowledged) and removes the copy with a note.
extension App {
    /// The newest leftover of `id` that reads as that session and passes the load check.
    func readableLeftover(_ id: SessionID) -> (leftover: Leftover, session: Session)? {
        for leftover in store.leftovers(for: id).reversed() {
            guard let data = try? store.load(leftover), let session = try? checkedSession(data, id: id) else { continue }
            return (leftover, session)
        }
        return nil
    }

    /// Settles the leftovers of session `id` before `resume` opens it (hold its lock); returns an exit code to stop with.
    ///
    /// In a terminal a readable copy is offered: yes restores it, no removes it, Ctrl-D leaves
    /// it for next time and stops. Unreadable copies, and every copy in a pipe, are removed.
    func settleLeftovers(_ id: SessionID, editor: LineEditor) throws(CLIError) -> Int32? {
        let found = store.leftovers(for: id)
        guard !found.isEmpty else { return nil }
        var keep: Leftover?
        defer { for leftover in found where leftover != keep { store.discard(leftover) } }
        guard let (leftover, copy) = readableLeftover(id) else { return nil }
        let saved = (try? loadSession(id))?.answers.count
        let held = "\(copy.answers.count) answer\(copy.answers.count == 1 ? "" : "s")"
            + (saved.map { ", where the session file has \($0)" } ?? ", and the session file is missing")
        guard interactive else {
            Console.err("guidance: removed a copy of session \(id) that a shell stopped while saving (\(held)); "
                + (saved == nil ? "the session had never been reported as stored." : "its last answer had not been acknowledged. Carrying on from the session file."))
            return nil
        }
        Console.out("Session \(id) has a copy newer than its file, left at \(Timestamp.iso(leftover.modified)) by a shell that stopped while saving: \(held).")
        while true {
            switch editor.readLine(prompt: "Restore that copy? [Y/n] ") {
            case .endOfInput:
                keep = leftover
                return 0
            case .interrupted:
                keep = leftover
                return 130
            case .line(let answer):
                switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
                case "", "y", "yes":
                    keep = leftover  // restore removes it
                    do { try store.restore(leftover) } catch { throw CLIError(error) }
                    Console.out("Restored: carrying on with the copy.")
                    return nil
                case "n", "no":
                    Console.out("Removed the copy: carrying on with the session file.")
                    return nil
                default:
                    Console.out("Type y to carry on with the copy, or n to remove it and keep the session file.")
                }
            case .tooLong:
                Console.out("Type y to carry on with the copy, or n to remove it and keep the session file.")
            }
        }
    }

    /// Notes for `list` on standard error: sessions with a readable copy newer than their file.
    ///
    /// Copies that cannot be read and are older than an hour are partial writes no shell will
    /// finish, and are removed. `names`: the temporary files the folder's listing met, when it was listed already.
    func leftoverNotes(among names: [String]? = nil) -> [String] {
        var notes: [String] = []
        var noted: Set<SessionID> = []
        for leftover in names.map(store.leftovers(among:)) ?? store.leftovers() where !noted.contains(leftover.id) {
            if let (_, copy) = readableLeftover(leftover.id) {
                noted.insert(leftover.id)
                let count = "\(copy.answers.count) answer\(copy.answers.count == 1 ? "" : "s")"
                notes.append("note: session \(leftover.id) has a copy newer than its file (\(count)), left by a shell that stopped while saving; "
                    + "guidance resume \(leftover.id) in a terminal offers to restore it.")
            } else if Date().timeIntervalSince(leftover.modified) > SessionStore.temporaryFileMaximumAge {
                store.discard(leftover)
            }
        }
        return notes
    }
}
