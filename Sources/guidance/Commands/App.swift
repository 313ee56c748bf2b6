import Foundation
import GuidanceCore

/// The resolved settings of one run: folders, time zone, colour, terminal.
struct App {
    /// What was asked; `--date` is rewritten as `YYYY-MM-DD` once read (`DateFlag`).
    var invocation: Invocation
    /// Where the sessions, prompts and history are, and why.
    let locations: Locations
    let store: SessionStore
    /// The prompts folder as a URL, made when asked for (starting a meeting needs only `promptsPath`).
    var promptsFolder: URL { URL(fileURLWithPath: locations.prompts.path, isDirectory: true) }
    /// `promptsFolder`'s path, from the string it was made of (`FolderPath`).
    let promptsPath: String
    /// The zone of this run (`--tz`, else the computer's), made when first needed.
    let zone: RunTimeZone
    var timeZone: TimeZone { zone.timeZone }
    /// How dates typed with slashes are read: `--date-order`, else `$GUIDANCE_DATE_ORDER`, else day first.
    let dateOrder: DateOrder
    let style: Style
    let interactive: Bool
    /// The permissions of exported files: 0666 less the umask the program started with.
    let exportMode: mode_t
    /// The warnings already given in this run, so each is given once.
    let warnings = OnceWarnings()
    /// The question scripts read and checked so far in this run.
    let scripts = ScriptCache()
    /// The session headers read so far in this run.
    let headersOfThisRun = HeadersOfThisRun()

    init(invocation: Invocation, umask: mode_t) throws(CLIError) {
        self.invocation = invocation
        exportMode = ExportFile.mode(umask: umask)
        locations = App.locations(invocation)
        store = SessionStore(folderPath: locations.sessions.path)
        promptsPath = FolderPath.of(locations.prompts.path, url: URL(fileURLWithPath: locations.prompts.path, isDirectory: true))
        if let name = invocation.timeZone {
            guard let zone = TimeZone(identifier: name) else {
                throw CLIError.usage("\"\(name)\" is not a time zone guidance knows; use a name such as Europe/London or America/New_York.")
            }
            self.zone = RunTimeZone(given: zone)
        } else {
            self.zone = RunTimeZone(given: nil)
        }
        dateOrder = try App.findDateOrder(invocation.dateOrder)
        interactive = TerminalInfo.isInteractive()
        style = Style(enabled: TerminalInfo.colorEnabled(noColorFlag: invocation.noColor))
        Console.styleSequences = style.sequences
    }

    /// `--date-order`, else `$GUIDANCE_DATE_ORDER`, else day first (31/5/2027).
    static func findDateOrder(_ given: String?) throws(CLIError) -> DateOrder {
        let env = ProcessEnvironment.values["GUIDANCE_DATE_ORDER"].flatMap { $0.isEmpty ? nil : $0 }
        guard let text = given ?? env else { return .dmy }
        guard let order = DateOrder(setting: text) else {
            let source = given == nil ? "GUIDANCE_DATE_ORDER=\(text)" : "--date-order \(text)"
            throw CLIError.usage("\(source) is not a date order; use dmy (31/5/2027, the default) or mdy (5/31/2027).")
        }
        return order
    }

    /// The script with this id from the prompts folder, read and checked once per run.
    func script(_ id: String) throws(CLIError) -> Script {
        try scripts.script(id) { () throws(CLIError) -> Script in try readScript(id) }
    }

    /// The script with this id, read from its file and checked.
    private func readScript(_ id: String) throws(CLIError) -> Script {
        let file = FolderPath.join(promptsPath, "\(id).json")
        guard App.exists(file) else {
            throw CLIError.missing("There is no question script \"\(id)\" in \(promptsPath); the scripts are director and self. Run guidance from the project folder, or give --prompts DIR.")
        }
        switch ScriptLoader.load(id: id, folderPath: promptsPath, cache: checkedScripts()) {
        case .success(let script): return script
        case .failure(let problems):
            throw CLIError.data("The question script \(file) has problems; run guidance check to see them all.\n\(problems)")
        }
    }

    /// Today in the user's time zone.
    var today: CalendarDate { zone.today }

    /// Reads and decodes one stored session, checking every answer with the rules of its script.
    func loadSession(_ id: SessionID) throws(CLIError) -> Session {
        let data: Data
        do {
            let read = try store.read(id: id)
            data = read.data
            if let loose = read.permissions { warnings.warn(loose.warning) }
        } catch { throw CLIError(error) }
        return try checkedSession(data, id: id)
    }

    /// A session from a file's bytes, checked like `loadSession` (used for copies left by a stopped save too).
    func checkedSession(_ data: Data, id: SessionID) throws(CLIError) -> Session {
        let session = try decode(data, id: id)
        let script = try self.script(session.scriptID)
        if case .failure(let problem) = SessionCheck.check(session, script: script) {
            throw CLIError(StoreError.corrupt(path: store.fileURL(for: id).path, detail: problem.message))
        }
        return session
    }

    /// A session from its file's bytes; the id inside must be the file's name.
    func decode(_ data: Data, id: SessionID) throws(CLIError) -> Session {
        switch SessionHeader.decode(data, id: id.rawValue) {
        case .success(let session): return session
        case .failure(let error): throw CLIError(StoreError.corrupt(path: store.fileURL(for: id).path, detail: error.message))
        }
    }

    /// Resolves an id typed on the command line ("latest" is the newest session).
    func sessionID(_ text: String) throws(CLIError) -> SessionID {
        if text == "latest" {
            guard let newest = newestSession(.any), let id = try? SessionID(validating: newest.id) else {
                throw CLIError.missing("There are no sessions yet in \(store.folder.path); start one with: guidance")
            }
            return id
        }
        // A whole id whose file is there is that session (the exact id comes first in `SessionIDMatch`), found
        // without listing the folder: with thousands of sessions the listing is most of the command.
        if SessionID.isValid(text), let id = try? SessionID(validating: text) {
            var st = stat()
            if lstat(store.pathInFolder(text + ".json"), &st) == 0 { return id }
        }
        // Any part of an id that only one stored session's id holds names it ("nt68").
        switch SessionIDMatch.resolve(text, among: store.ids()) {
        case .one(let id): if let id = try? SessionID(validating: id) { return id }
        case .several(let ids):
            let shown = ids.prefix(4).joined(separator: ", ") + (ids.count > 4 ? " and \(ids.count - 4) more" : "")
            throw CLIError.usage("\"\(text)\" is part of \(ids.count) session ids (\(shown)): type more of the one you mean.")
        case .none: break
        }
        do { return try SessionID(validating: text) } catch { throw CLIError(error) }
    }
}
