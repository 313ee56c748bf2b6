import Foundation
import GuidanceCore

extension App {
    /// `guidance` alone: offer to resume an unfinished session in a terminal, else start a director meeting.
    ///
    /// A session open in another shell is not offered (it could not be resumed here): the newest unfinished
    /// session this shell can lock is, and its lock is held from the offer on.
    func start() throws(CLIError) -> Int32 {
        if interactive, let (unfinished, lock) = unfinishedToOffer() {
            let editor = makeEditor()
            let count = unfinished.answers.count
            Console.out("You have an unfinished session \(unfinished.id) from \(unfinished.meetingDate.spoken) (\(count) answer\(count == 1 ? "" : "s")).")
            while true {
                switch editor.readLine(prompt: "Resume it? [Y/n] ") {
                case .endOfInput: return 0
                case .interrupted: return 130
                case .tooLong: Console.out("Type y to carry on with that session, or n to start a new director meeting.")
                case .line(let answer):
                    switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
                    case "", "y", "yes": return try resume(unfinished.id, editor: editor, lock: lock)
                    case "n", "no":
                        lock?.release()
                        return try newSession(script: nil, answersFile: nil, date: nil, editor: editor)
                    default: Console.out("Type y to carry on with that session, or n to start a new director meeting.")
                    }
                }
            }
        }
        return try newSession(script: nil, answersFile: nil, date: nil)
    }

    /// The newest unfinished session not open in another shell, with its lock (nil when the lock could not be
    /// taken for another reason: resuming then says why). Each one passed over because it is open elsewhere is said.
    func unfinishedToOffer() -> (Session, SessionLock?)? {
        var passed: Set<String> = []
        while let unfinished = newestSession(.inProgress, excluding: passed) {
            passed.insert(unfinished.id)
            guard let id = try? SessionID(validating: unfinished.id) else { continue }
            do {
                return (unfinished, try store.lock(id: id))
            } catch .locked {
                Console.out("Session \(id) is unfinished but open in another guidance shell, so it is left there.")
            } catch {
                return (unfinished, nil)
            }
        }
        return nil
    }

    /// The sentence closing every refusal of an answers file.
    static let nothingStored = "Nothing was stored."

    /// `guidance new`: a new session, possibly filled from an answers file.
    func newSession(script scriptName: String?, answersFile: String?, date: String?, editor: LineEditor? = nil) throws(CLIError) -> Int32 {
        noteEarlierSessions()
        var contents: AnswersFile.Contents?
        var fileJSON: JSONValue?
        if let answersFile { fileJSON = try readAnswersJSON(answersFile) }
        let fileScript = fileJSON.flatMap(AnswersFile.scriptID(in:))
        if let scriptName, let fileScript, scriptName != fileScript {
            throw CLIError.data(Sentences.join("\(answersFile ?? ""): the file holds answers for the \(fileScript) script, but --script says \(scriptName)", Self.nothingStored))
        }
        let scriptID = scriptName ?? fileScript ?? "director"
        guard ["director", "self"].contains(scriptID) || FileManager.default.fileExists(atPath: FolderPath.join(promptsPath, "\(scriptID).json")) else {
            if scriptName == nil, let answersFile {
                throw CLIError.data(Sentences.join("\(answersFile): \"script\" is \"\(scriptID)\", which is not a script; use \"director\" or \"self\"", Self.nothingStored))
            }
            throw CLIError.usage("\"\(scriptID)\" is not a script; use --script director or --script self.")
        }
        let script = try self.script(scriptID)
        if let fileJSON, let answersFile {
            switch AnswersFile.read(fileJSON, script: script) {
            case .success(let checked): contents = checked
            case .failure(let problem): throw CLIError.data(Sentences.join("\(answersFile): \(problem.message)", Self.nothingStored))
            }
            for warning in contents?.warnings ?? [] { Console.err("guidance: \(answersFile): \(warning)") }
        }
        var meetingDate = contents?.meetingDate ?? today
        if let date {
            guard let given = CalendarDate(iso: date), (1970...2999).contains(given.year) else {
                throw CLIError.usage("--date \(date) is not a date; write it as YYYY-MM-DD, such as 2027-02-01.")
            }
            meetingDate = given
        }
        if let answersFile, let start = contents?.answers.first(where: { $0.key == PlanStartCheck.key })?.value.stringValue.flatMap(CalendarDate.init(iso:)),
           let warning = PlanStartCheck.warning(start, meeting: meetingDate) {
            Console.err("guidance: \(answersFile): plan_start: \(warning) It is kept; if it is a slip, change it with guidance resume and /edit plan_start.")
        }
        let previous = newestSession(.complete)
        var generator = SystemRandomNumberGenerator()
        let id: SessionID
        do { id = try store.newID(date: meetingDate, using: &generator) } catch { throw CLIError(error) }
        let now = Timestamp.iso(Date())
        var session = Session(id: id.rawValue, script: script, meetingDate: meetingDate, now: now, previousID: previous?.id)
        for (key, value) in contents?.answers ?? [] { session.setAnswer(key, value, at: now) }
        if contents != nil { session.position = nil }  // start at the first unanswered question
        let offered = carriedForward(script: script, last: previous?.values ?? [:])
        let interview = Interview(script: script, session: session, previous: offered, reviewedDone: reviewedDone(previous))
        let lock: SessionLock
        do {
            lock = try store.lock(id: id)
            // Nothing typed yet: the first answer's save flushes the file and its folder.
            try store.save(interview.session.fileData(), id: id, session: interview.session, durable: !interview.session.answers.isEmpty)
        } catch { throw CLIError(error) }
        if answersFile != nil && !interactive {
            lock.release()
            let open = interview.unansweredQuestions.count
            let count = interview.session.answers.count
            Console.out("Stored session \(id): \(count) answer\(count == 1 ? "" : "s")" + (open == 0 ? ", complete." : "; \(open) question\(open == 1 ? "" : "s") still unanswered (guidance resume \(id))."))
            return 0
        }
        let shell = Shell(interview: interview, app: self, id: id, lock: lock, editor: editor ?? makeEditor())
        shell.lastSaved = interview.session  // just written above
        if let answersFile {
            let count = interview.session.answers.count
            shell.openingNote = "\(count) answer\(count == 1 ? "" : "s") came from \(answersFile); carrying on at the first question still to answer."
        }
        return shell.run()
    }

    /// `guidance resume [ID]`: carries on a session where it stopped.
    ///
    /// `held` is the session's lock when the caller took it already (the offer of `guidance` alone).
    func resume(_ text: String?, editor: LineEditor? = nil, lock held: SessionLock? = nil) throws(CLIError) -> Int32 {
        let id: SessionID
        var held = held
        if let text {
            id = try sessionID(text)
        } else {
            // The newest unfinished session that no other shell has open.
            let anyUnfinished = storedHeaders(.quick).summary.inProgress != nil
            guard let (unfinished, taken) = unfinishedToOffer() else {
                if anyUnfinished {
                    throw CLIError(message: "Every unfinished session in \(store.folder.path) is open in another guidance shell; "
                        + "carry on there, or start a new one with: guidance new", code: 75)
                }
                throw CLIError.missing("There is no unfinished session to resume in \(store.folder.path); start one with: guidance")
            }
            id = try sessionID(unfinished.id)
            held = taken
        }
        let lock: SessionLock
        if let held, held.id == id { lock = held } else {
            do { lock = try store.lock(id: id) } catch { throw CLIError(error) }
        }
        let editor = editor ?? makeEditor()
        if let code = try settleLeftovers(id, editor: editor) { return code }
        let session = try loadSession(id)
        let script = try self.script(session.scriptID)
        var previous: [String: JSONValue] = [:]
        var last: Session?
        if let pid = session.previousID, let prevID = try? SessionID(validating: pid), let prev = try? loadSession(prevID) {
            previous = prev.values
            last = prev
        }
        previous = carriedForward(script: script, last: previous, excluding: session.id)
        var interview = Interview(script: script, session: session, previous: previous, reviewedDone: reviewedDone(last))
        var note: String?
        if interview.isFinished {
            interview.reopen()
            note = interview.unansweredQuestions.isEmpty
                ? "Every question of session \(id) has an answer. Enter keeps each one; /edit QUESTION jumps to one; /quit leaves."
                : "Carrying on with the questions left unanswered in session \(id)."
        }
        let shell = Shell(interview: interview, app: self, id: id, lock: lock, editor: editor)
        shell.openingNote = note
        return shell.run()
    }

    func readAnswersJSON(_ path: String) throws(CLIError) -> JSONValue {
        // The limit of a session file: answers that could not be stored are not read.
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > SessionStore.maximumFileSize {
            throw CLIError.data(Sentences.join("\(path) is larger than the \(SessionStore.maximumFileSize / 1024 / 1024) MB limit of an answers file", Self.nothingStored))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.missing("Cannot read the answers file \(path); check the name and that it exists.")
        }
        do { return try JSONParser.parse(data) } catch {
            throw CLIError.data(Sentences.join("\(path): \(error)", Self.nothingStored))
        }
    }

    /// libedit in a terminal, plain lines otherwise.
    func makeEditor() -> LineEditor {
        guard interactive else { return PlainLineReader() }
        return EditLineEditor(historyFile: URL(fileURLWithPath: locations.history))
    }
}
