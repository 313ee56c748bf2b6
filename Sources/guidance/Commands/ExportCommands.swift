import Foundation
import GuidanceCore

extension App {
    /// Where guidance remembers the files it wrote (not a session file: no .json ending).
    var manifestURL: URL { store.folder.appendingPathComponent("exports-written") }

    /// The lock file taken while the record of written files is read, checked and written.
    var manifestLockURL: URL { store.folder.appendingPathComponent("exports-written.lock") }

    func readManifest() -> ExportManifest {
        ExportManifest(json: FileManager.default.contents(atPath: manifestURL.path).flatMap { try? JSONParser.parse($0) })
    }

    /// Refuses `path` when it is a folder, a link or a device, or a file guidance did not write (unless --force).
    ///
    /// `sessionsFolder` is the sessions folder's real path, when the caller has worked it out already.
    ///
    /// `realFolders` keeps each target folder's real path, so the files of one folder resolve it once.
    func checkTarget(_ path: String, manifest: ExportManifest, sessionsFolder: String? = nil,
                     realFolders: inout [String: String]) throws(CLIError) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        // The sessions folder holds guidance's own files (sessions, locks, records): an export never replaces one, even with --force.
        let sessions = sessionsFolder ?? store.folder.standardizedFileURL.resolvingSymlinksInPath().path
        let folder = url.deletingLastPathComponent()
        let real: String
        if let known = realFolders[folder.path] { real = known } else {
            real = folder.resolvingSymlinksInPath().path
            realFolders[folder.path] = real
        }
        if real == sessions {
            throw CLIError(message: "\(path) is in the sessions folder, which holds guidance's own files; write the export to another folder.", code: 73)
        }
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw CLIError(message: "\(path) exists and is not an ordinary file (a folder, a link or a device); give another name.", code: 73)
        }
        if !invocation.force, let existing = FileManager.default.contents(atPath: url.path), !manifest.wrote(existing, at: url.path) {
            throw CLIError(message: "\(path) already exists and was not written by guidance (or was changed since); choose another name, or add --force to replace it.", code: 73)
        }
    }

    /// Writes every file together with the record of written files (and `alongside`, such as the calendar state): all or none.
    ///
    /// The record is read, the targets checked and everything written while holding the record's lock,
    /// so two exports at once never see each other's half-written record.
    func writeExports(_ files: [(path: String, text: String)], alongside: [ExportBatch.File] = []) throws(CLIError) {
        let lock: ExportRecordLock
        do {
            try store.makeFolder()
            lock = try ExportRecordLock(path: manifestLockURL.path)
        } catch { throw recordError(error, always: true) }
        defer { lock.release() }
        var manifest = readManifest()
        let sessionsFolder = store.folder.standardizedFileURL.resolvingSymlinksInPath().path
        var realFolders: [String: String] = [:]
        for file in files { try checkTarget(file.path, manifest: manifest, sessionsFolder: sessionsFolder, realFolders: &realFolders) }
        var batch: [ExportBatch.File] = []
        var made = Set<String>()
        for file in files {
            let url = URL(fileURLWithPath: file.path).standardizedFileURL
            // Each folder once: export --all writes all its files to one.
            if made.insert(url.deletingLastPathComponent().path).inserted {
                do {
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                } catch {
                    throw CLIError(message: "Could not create the folder \(url.deletingLastPathComponent().path) (\(error.localizedDescription)); choose another place.", code: 73)
                }
            }
            let data = Data(utf8: file.text)
            manifest.record(data, at: url.path)
            batch.append(ExportBatch.File(path: url.path, data: data, mode: exportMode))
        }
        let record = ExportBatch.File(path: manifestURL.path, data: Data(utf8: JSONWriter.write(manifest.json())), mode: 0o600)
        do { try ExportBatch([record] + alongside + batch).write() } catch { throw recordError(error) }
    }

    /// The message for a failed export: when the record of written files (or its folder) is what failed, says that nothing was written and why.
    ///
    /// `always` is for failures taking the record's lock; others are the record's when their path is in the sessions folder.
    func recordError(_ error: StoreError, always: Bool = false) -> CLIError {
        switch error {
        case .cannotCreate(let path, let reason), .io(let path, let reason):
            guard always || path.hasPrefix(store.folder.path + "/") else { return CLIError(error) }
            return CLIError(message: Sentences.join(
                "Nothing was written: guidance keeps its record of the files it wrote in \(store.folder.path), and could not write \(path) (\(reason))",
                "Check that you may write to that folder, or give --sessions DIR, then try again"), code: error.exitCode)
        default: return CLIError(error)
        }
    }

    /// Writes one export.
    func writeExport(_ text: String, to path: String, alongside: [ExportBatch.File] = []) throws(CLIError) {
        try writeExports([(path, text)], alongside: alongside)
    }

    /// Prints `text`, or writes it to `output` and says so on standard error.
    ///
    /// `alongside` (the calendar state) is stored only when the text was written: with the file, or after printing it.
    func emit(_ text: String, to output: String?, what: String, alongside: [ExportBatch.File] = [],
              paged: Bool = false) throws(CLIError) -> Int32 {
        flagBidiControls(in: [text], what: what)
        guard let output else {
            if paged { Pager.show(text) } else { Console.export(text) }
            if !alongside.isEmpty {
                do { try ExportBatch(alongside).write() } catch { throw CLIError(error) }
            }
            return 0
        }
        try writeExport(text, to: output, alongside: alongside)
        Console.err("Wrote \(what) to \(output).")
        return 0
    }

    /// The session before `session` (its carry-forward source), when it can be read.
    func previous(of session: Session) -> Session? {
        guard let text = session.previousID, let id = try? SessionID(validating: text) else { return nil }
        return try? loadSession(id)
    }

    /// The plan of a session, with changes since its previous session.
    func fullPlan(_ session: Session, reviewed given: Reviewed? = nil) throws(CLIError) -> Plan {
        // (also used by /plan, so the shell shows the same plan as guidance plan)
        var plan: Plan
        if let given { plan = given.plan } else { plan = try reviewed(session).plan }
        if let before = previous(of: session) { plan.changes = ChangeSummary.lines(from: before.values, to: session.values) }
        return plan
    }

    /// `guidance plan ID --format text|md|html|csv|json [-o FILE]`.
    func plan(_ text: String, format: String, output: String?, paper: Paper = .a4) throws(CLIError) -> Int32 {
        let id = try sessionID(text)
        let session = try loadSession(id)
        let plan = try fullPlan(session)
        return try emit(Self.planText(format, session: session, plan: plan, paper: paper), to: output, what: "the plan of session \(id)",
                        paged: true)
    }

    /// The plan in one of the plan formats: text, md, html (laid out for `paper` in print), csv or json.
    static func planText(_ format: String, session: Session, plan: Plan, paper: Paper = .a4) -> String {
        switch format {
        case "csv": PlanCSV.write(plan)
        case "md": PlanMarkdown.write(plan)
        case "html": PlanHTML.write(plan, paper: paper)
        case "json": PlanJSON.write(session: session, plan: plan)
        default: PlanSummary.text(plan)
        }
    }

    /// The agenda in one of the agenda formats: txt, md or html.
    static func agendaText(_ format: String, agenda: Agenda, paper: Paper = .a4) -> String {
        switch format {
        case "md": AgendaMarkdown.write(agenda)
        case "html": AgendaHTML.write(agenda, paper: paper)
        default: AgendaText.write(agenda)
        }
    }

    /// The iCalendar text of a session's plan, and the calendar state to store once it is exported (nil when unchanged).
    ///
    /// The state remembers what was exported so SEQUENCE rises only for changed entries; the caller
    /// stores it only when the export it describes succeeded.
    /// `sequenced`, when given, is what `calendarSequences(_:plan:)` gave for them (export --all works it out once).
    func calendarText(_ session: Session, plan: Plan, sequenced: (CalendarSequences, ExportBatch.File?)? = nil)
        throws(CLIError) -> (text: String, state: ExportBatch.File?) {
        let updated: CalendarSequences, state: ExportBatch.File?
        if let sequenced { (updated, state) = sequenced } else { (updated, state) = try calendarSequences(session, plan: plan) }
        let name = session.mode == .director ? "Marketing plan \(plan.start.iso) to \(plan.end.iso)" : "Marketing plan (assumptions) \(plan.start.iso) to \(plan.end.iso)"
        let text = ICalendarWriter.write(plan.calendar, sessionID: session.id, calendarName: name, sequences: updated,
                                         timeZone: timeZone, stamp: Date(), reminderMinutes: plan.reminderMinutes)
        return (text, state)
    }

    /// The SEQUENCE numbers of a plan's calendar entries, and the calendar state to store once they are exported (nil when unchanged).
    func calendarSequences(_ session: Session, plan: Plan) throws(CLIError) -> (CalendarSequences, ExportBatch.File?) {
        let id = try sessionID(session.id)
        let stateURL = store.folder.appendingPathComponent("\(id).calendar-state")
        let sequences = try storedSequences(at: stateURL)
        let updated = sequences.updated(for: plan.calendar, context: "\(timeZone.identifier)|\(plan.reminderMinutes)")
        let state = updated == sequences
            ? nil : ExportBatch.File(path: stateURL.path, data: Data(utf8: JSONWriter.write(updated.json())), mode: 0o600)
        return (updated, state)
    }

    /// `guidance calendar ID [-o FILE]`.
    func calendar(_ text: String, output: String?) throws(CLIError) -> Int32 {
        let id = try sessionID(text)
        let session = try loadSession(id)
        let calendar = try calendarText(session, plan: try fullPlan(session))
        return try emit(calendar.text, to: output, what: "the calendar of session \(id)", alongside: calendar.state.map { [$0] } ?? [])
    }

    /// The agenda of the next session after `from` (or of a first session when there is none). Its date and time
    /// are `date` and `time` when given, else the next guidance meeting in the plan made from `from`.
    /// `plan` is `from`'s plan when the caller has made it already.
    func makeAgenda(script name: String?, from: Session?, plan: Plan? = nil, reviewed given: Reviewed? = nil, date: String? = nil,
                    time: String? = nil) throws(CLIError) -> Agenda {
        let script = try self.script(name ?? "director")
        var reviewed = given
        if reviewed == nil, let from { reviewed = try self.reviewed(from) }
        let previousPlan = plan ?? from.flatMap { try? fullPlan($0, reviewed: reviewed) }
        let meeting = previousPlan?.calendar.first { $0.category == .guidanceMeeting }
        let day = date.flatMap(CalendarDate.init(iso:)) ?? meeting?.date
        let minute = time.flatMap(ClockTime.minutes) ?? (date == nil ? meeting?.startMinute : nil)
        return AgendaBuilder.agenda(script: script, meetingDate: day, meetingMinute: minute, previous: from,
                                    beforePrevious: from.flatMap(previous(of:)), previousPlan: previousPlan,
                                    reviewedPlan: reviewed?.original, reviews: reviewed?.reviews ?? [])
    }

    /// `guidance agenda [--script S] [--from ID|latest] [--format md|html|txt] [-o FILE] [--date DAY] [--time HH:MM]`.
    func agenda(script: String?, from: String?, format: String?, output: String?, date: String? = nil,
                time: String? = nil, paper: Paper = .a4) throws(CLIError) -> Int32 {
        var last: Session?
        if let from {
            last = try loadSession(try sessionID(from))
        } else {
            last = newestSession(.complete)
        }
        let agenda = try makeAgenda(script: script, from: last, date: date, time: time)
        return try emit(Self.agendaText(format ?? "txt", agenda: agenda, paper: paper), to: output, what: "the agenda")
    }

    /// Every export of a session in `folder`, with predictable names; returns the paths written, and why the
    /// invitation was left out when it was (the session has no email for the director or the marketer).
    func exportAll(_ session: Session, to folder: String, paper: Paper = .a4) throws(CLIError) -> (paths: [String], leftOut: String?) {
        let reviewed = try reviewed(session)
        let plan = try fullPlan(session, reviewed: reviewed)
        let agenda = try makeAgenda(script: session.scriptID, from: session, plan: plan, reviewed: reviewed)
        var files: [(path: String, text: String)] = []
        var state: [ExportBatch.File] = []
        var leftOut: String?
        let documents = PlanHTML.withMarkdown(plan, paper: paper)  // one outline for both
        let sequenced = try calendarSequences(session, plan: plan)  // for the calendar and the invitation
        for (format, name) in ExportFile.names(for: session.id) {
            let kind = format.split(separator: "-").map(String.init)
            let text: String
            switch kind.first {
            case "plan" where kind.last == "md": text = documents.markdown
            case "plan" where kind.last == "html": text = documents.html
            case "plan": text = Self.planText(kind.last ?? "", session: session, plan: plan, paper: paper)
            case "agenda": text = Self.agendaText(kind.last ?? "", agenda: agenda, paper: paper)
            case "invite":
                let sequences = sequenced.0
                do throws(InvitationProblem) {
                    text = try Invitation.write(plan: plan, sequences: sequences, timeZone: timeZone, stamp: Date())
                } catch {
                    leftOut = "left out \(name): \(error.description)"
                    continue
                }
            default:
                let calendar = try calendarText(session, plan: plan, sequenced: sequenced)
                text = calendar.text
                state = calendar.state.map { [$0] } ?? []
            }
            files.append(((folder as NSString).appendingPathComponent(name), text))
        }
        flagBidiControls(in: files.map(\.text), what: "the export of session \(session.id)")
        try writeExports(files, alongside: state)
        return (files.map(\.path), leftOut)
    }

    /// `guidance export ID --all -o DIR`.
    func export(_ text: String, to folder: String, paper: Paper = .a4) throws(CLIError) -> Int32 {
        let session = try loadSession(try sessionID(text))
        let written = try exportAll(session, to: folder, paper: paper)
        for path in written.paths { Console.out(path) }
        if let leftOut = written.leftOut { Console.err("guidance: \(leftOut)") }
        return 0
    }
}
