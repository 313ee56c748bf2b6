import Foundation
import GuidanceCore

extension App {
    /// Where guidance remembers the files it wrote (not a session file: no .json ending).
    var manifestURL: URL { store.folder.appendingPathComponent("exports-written") }

    func readManifest() -> ExportManifest {
        ExportManifest(json: FileManager.default.contents(atPath: manifestURL.path).flatMap { try? JSONParser.parse($0) })
    }

    /// Refuses `path` when it is a folder, a link or a device, or a file guidance did not write (unless --force).
    func checkTarget(_ path: String, manifest: ExportManifest) throws(CLIError) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw CLIError(message: "\(path) exists and is not an ordinary file (a folder, a link or a device); give another name.", code: 73)
        }
        if !invocation.force, let existing = FileManager.default.contents(atPath: url.path), !manifest.wrote(existing, at: url.path) {
            throw CLIError(message: "\(path) already exists and was not written by guidance (or was changed since); choose another name, or add --force to replace it.", code: 73)
        }
    }

    /// Writes every file, beside-and-rename, after checking all of them first: either all are written or none.
    func writeExports(_ files: [(path: String, text: String)]) throws(CLIError) {
        var manifest = readManifest()
        for file in files { try checkTarget(file.path, manifest: manifest) }
        for file in files {
            let url = URL(fileURLWithPath: file.path).standardizedFileURL
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw CLIError(message: "Could not create the folder \(url.deletingLastPathComponent().path) (\(error.localizedDescription)); choose another place.", code: 73)
            }
            let data = Data(file.text.utf8)
            do { try AtomicFile.write(data, to: url, mode: 0o644) } catch { throw CLIError(error) }
            manifest.record(data, at: url.path)
        }
        do { try AtomicFile.write(Data(JSONWriter.write(manifest.json()).utf8), to: manifestURL) } catch { throw CLIError(error) }
    }

    /// Writes one export.
    func writeExport(_ text: String, to path: String) throws(CLIError) { try writeExports([(path, text)]) }

    /// Prints `text`, or writes it to `output` and says so on standard error.
    func emit(_ text: String, to output: String?, what: String) throws(CLIError) -> Int32 {
        flagBidiControls(in: [text], what: what)
        guard let output else {
            Console.export(text)
            return 0
        }
        try writeExport(text, to: output)
        Console.err("Wrote \(what) to \(output).")
        return 0
    }

    /// The session before `session` (its carry-forward source), when it can be read.
    func previous(of session: Session) -> Session? {
        guard let text = session.previousID, let id = try? SessionID(validating: text) else { return nil }
        return try? loadSession(id)
    }

    /// The plan of a session, with changes since its previous session.
    func fullPlan(_ session: Session) throws(CLIError) -> Plan {
        // (also used by /plan, so the shell shows the same plan as guidance plan)
        var plan = try makePlan(for: session)
        if let before = previous(of: session) { plan.changes = ChangeSummary.lines(from: before.values, to: session.values) }
        return plan
    }

    /// `guidance plan ID --format text|md|html|csv|json [-o FILE]`.
    func plan(_ text: String, format: String, output: String?) throws(CLIError) -> Int32 {
        let id = try sessionID(text)
        let session = try loadSession(id)
        let plan = try fullPlan(session)
        return try emit(Self.planText(format, session: session, plan: plan), to: output, what: "the plan of session \(id)")
    }

    /// The plan in one of the plan formats: text, md, html, csv or json.
    static func planText(_ format: String, session: Session, plan: Plan) -> String {
        switch format {
        case "csv": PlanCSV.write(plan)
        case "md": PlanMarkdown.write(plan)
        case "html": PlanHTML.write(plan)
        case "json": PlanJSON.write(session: session, plan: plan)
        default: PlanSummary.text(plan)
        }
    }

    /// The agenda in one of the agenda formats: txt, md or html.
    static func agendaText(_ format: String, agenda: Agenda) -> String {
        switch format {
        case "md": AgendaMarkdown.write(agenda)
        case "html": AgendaHTML.write(agenda)
        default: AgendaText.write(agenda)
        }
    }

    /// The iCalendar text of a session's plan; remembers what was exported so SEQUENCE rises only for changed entries.
    func calendarText(_ session: Session, plan: Plan) throws(CLIError) -> String {
        let id = try sessionID(session.id)
        let stateURL = store.folder.appendingPathComponent("\(id).calendar-state")
        let sequences = try storedSequences(at: stateURL)
        let updated = sequences.updated(for: plan.calendar, context: "\(timeZone.identifier)|\(plan.reminderMinutes)")
        if updated != sequences {
            do { try AtomicFile.write(Data(JSONWriter.write(updated.json()).utf8), to: stateURL) } catch { throw CLIError(error) }
        }
        let name = session.mode == .director ? "Marketing plan \(plan.start.iso) to \(plan.end.iso)" : "Marketing plan (assumptions) \(plan.start.iso) to \(plan.end.iso)"
        return ICalendarWriter.write(plan.calendar, sessionID: session.id, calendarName: name, sequences: updated,
                                     timeZone: timeZone, stamp: Date(), reminderMinutes: plan.reminderMinutes)
    }

    /// `guidance calendar ID [-o FILE]`.
    func calendar(_ text: String, output: String?) throws(CLIError) -> Int32 {
        let id = try sessionID(text)
        let session = try loadSession(id)
        return try emit(try calendarText(session, plan: try fullPlan(session)), to: output, what: "the calendar of session \(id)")
    }

    /// The agenda of the next session after `from` (or of a first session when there is none).
    func makeAgenda(script name: String?, from: Session?) throws(CLIError) -> Agenda {
        let script = try self.script(name ?? "director")
        return AgendaBuilder.agenda(script: script, meetingDate: nil, previous: from, beforePrevious: from.flatMap(previous(of:)))
    }

    /// `guidance agenda [--script S] [--from ID|latest] [--format md|html|txt] [-o FILE]`.
    func agenda(script: String?, from: String?, format: String?, output: String?) throws(CLIError) -> Int32 {
        var last: Session?
        if let from {
            last = try loadSession(try sessionID(from))
        } else {
            last = sessions().sessions.first { $0.status == .complete }
        }
        let agenda = try makeAgenda(script: script, from: last)
        return try emit(Self.agendaText(format ?? "txt", agenda: agenda), to: output, what: "the agenda")
    }

    /// Every export of a session in `folder`, with predictable names; returns the paths written.
    func exportAll(_ session: Session, to folder: String) throws(CLIError) -> [String] {
        let plan = try fullPlan(session)
        let agenda = try makeAgenda(script: session.scriptID, from: session)
        var files: [(path: String, text: String)] = []
        for (format, name) in ExportFile.names(for: session.id) {
            let kind = format.split(separator: "-").map(String.init)
            let text: String
            switch kind.first {
            case "plan": text = Self.planText(kind.last ?? "", session: session, plan: plan)
            case "agenda": text = Self.agendaText(kind.last ?? "", agenda: agenda)
            default: text = try calendarText(session, plan: plan)
            }
            files.append(((folder as NSString).appendingPathComponent(name), text))
        }
        flagBidiControls(in: files.map(\.text), what: "the export of session \(session.id)")
        try writeExports(files)
        return files.map(\.path)
    }

    /// `guidance export ID --all -o DIR`.
    func export(_ text: String, to folder: String) throws(CLIError) -> Int32 {
        let session = try loadSession(try sessionID(text))
        let written = try exportAll(session, to: folder)
        for path in written { Console.out(path) }
        return 0
    }
}
