import Foundation
import GuidanceCore
#if canImport(Glibc)
import Glibc
#endif

/// The scripts `guidance list` checks sessions against, each read once and only when a session's listing is out of date.
struct ListingScripts {
    private var stamps: [String: String] = [:]
    private var scripts: [String: Script?] = [:]

    /// The stamp of script `id`'s file (device, inode, size, time), or "none" when it is missing.
    mutating func stamp(_ id: String, app: App) -> String {
        if let known = stamps[id] { return known }
        var st = stat()
        let path = FolderPath.join(app.promptsPath, "\(id).json")
        let stamp = stat(path, &st) == 0
            ? "\(st.st_dev):\(st.st_ino):\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
            : "none"
        stamps[id] = stamp
        return stamp
    }

    /// What `list` prints of `session` beside its header: why `show` would refuse it, or its counts of answers.
    ///
    /// A session whose script cannot be read is not called damaged (`show` names that problem itself) and has no counts (-1).
    mutating func listing(of session: Session, stamp: String, app: App) -> SessionHeader.Listing {
        if scripts[session.scriptID] == nil { scripts[session.scriptID] = .some(try? app.script(session.scriptID)) }
        guard let script = scripts[session.scriptID] ?? nil else {
            return SessionHeader.Listing(scriptStamp: stamp, damage: nil, answered: -1, open: -1)
        }
        if case .failure(let problem) = SessionCheck.check(session, script: script) {
            return SessionHeader.Listing(scriptStamp: stamp, damage: problem.message, answered: 0, open: 0)
        }
        // Only the questions that apply count: a condition that fails (no exit plan without an exit) asks nothing.
        let asked = Set(script.questions.map(\.question.id))
        let answered = session.answers.keys.filter(asked.contains).count
        let open = session.status == .complete ? 0 : Interview(script: script, session: session).unansweredQuestions.count
        return SessionHeader.Listing(scriptStamp: stamp, damage: nil, answered: answered, open: open)
    }
}

extension App {
    /// The files `list` warns about, in the order the store lists files (the id's date, then newest change, then id):
    /// files that are not sessions, and files that could not be read.
    func listProblems(_ headers: [SessionHeader], failures: [String: StoreError]) -> [String] {
        let order = headers.filter { !$0.isSession }.sorted { a, b in
            let (aDate, bDate) = ((try? SessionID(validating: a.id))?.datePrefix ?? "", (try? SessionID(validating: b.id))?.datePrefix ?? "")
            if aDate != bDate { return aDate > bDate }
            if a.modified != b.modified { return a.modified > b.modified }
            return a.id > b.id
        }
        return order.compactMap { header in
            switch header.kind {
            case .damaged(let reason):
                guard let id = try? SessionID(validating: header.id) else { return nil }
                return StoreError.corrupt(path: store.fileURL(for: id).path, detail: reason).description
            case .unreadable: return failures[header.id]?.description
            case .session: return nil
            }
        }
    }
}
