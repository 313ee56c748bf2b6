import Foundation
import GuidanceCore

extension App {
    /// `guidance list`: sessions newest first; damaged files are named, sessions `show` would refuse are marked damaged with the reason, and copies left by a stopped save are noted.
    ///
    /// Sessions with no answer (a shell left at once) are counted but not listed unless `all`.
    func list(all: Bool = false) -> Int32 {
        // Taken out of this run's headers: the listings worked out below change them in place, with no second copy.
        var (everything, failures, temporary) = { () -> ([SessionHeader], [String: StoreError], [String]?) in
            let headers = storedHeaders(.full)
            return (headers.all, headers.failures, headers.temporary)
        }()
        headersOfThisRun.headers = nil
        let problems = listProblems(everything, failures: failures)
        for note in leftoverNotes(among: temporary) { Console.err(note) }
        var sessions = 0
        var hidden = 0
        for header in everything where header.isSession {
            sessions += 1
            if !all && header.answerCount == 0 { hidden += 1 }
        }
        if sessions == 0 && problems.isEmpty {
            Console.out("No sessions yet in \(store.folder.path). Start one with: guidance")
            return 0
        }
        var scripts = ListingScripts()
        var changed = false
        var lines = ""
        for place in everything.indices where everything[place].isSession && (all || everything[place].answerCount > 0) {
            let header = everything[place]
            // Written as it grows, a block at a time: the whole list is never held.
            if lines.utf8.count >= 64 * 1024 {
                Console.out(lines, terminator: "")
                lines = ""
            }
            let kind = header.mode == SessionMode.director.rawValue ? "director meeting" : "self-planning"
            var listing = header.listing
            let stamp = scripts.stamp(header.scriptID, app: self)
            if listing?.scriptStamp != stamp, let session = readSession(header) {
                listing = scripts.listing(of: session, stamp: stamp, app: self)
                everything[place].listing = listing
                changed = true
            }
            if let damage = listing?.damage {
                lines += "\(header.id)  \(header.meetingDate)  \(kind)  damaged: \(damage)\n"
                continue
            }
            var progress = header.isComplete ? "complete" : "in progress"
            if let listing, listing.answered >= 0 {
                progress += header.isComplete ? ", \(listing.answered) answered" : ", \(listing.answered) of \(listing.answered + listing.open) answered"
            }
            lines += "\(header.id)  \(header.meetingDate)  \(kind)  \(progress)\n"
        }
        Console.out(lines, terminator: "")
        if changed { store.save(SessionIndex(headers: everything)) }
        if hidden > 0 {
            let sessions = hidden == 1 ? "1 session with no answers is" : "\(hidden) sessions with no answers are"
            Console.out("(\(sessions) not listed: guidance list --all shows \(hidden == 1 ? "it" : "them"); guidance delete ID moves one to the trash.)")
        }
        for problem in problems { Console.err("warning: \(problem)") }
        return 0
    }

    /// `guidance show ID`: the answers topic by topic.
    func show(_ text: String) throws(CLIError) -> Int32 {
        let id = try sessionID(text)
        let session = try loadSession(id)
        let script = try self.script(session.scriptID)
        Pager.show(SessionReport.text(script: script, session: session)) { Console.out($0, terminator: "") }
        return 0
    }

    /// `guidance check`: every question script, the activity library and the public-holiday calendars in the
    /// prompts folder, each problem with its file and place.
    ///
    /// Each `*.json` is checked by its `"format"`: `guidance-script/1` as a question script,
    /// `guidance-activities/2` as the activity library, `guidance-holidays/1` as the public-holiday calendars;
    /// a file with none of them is a problem, and so is a prompts folder without `activities.json`, which the
    /// planner needs.
    func check() -> Int32 {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: promptsFolder.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else {
            Console.err("guidance: there are no scripts (*.json) in \(promptsFolder.path); give --prompts DIR.")
            return 66
        }
        var failed = false
        func report(_ problems: [ScriptProblem]) {
            failed = true
            for problem in problems { Console.out(problem.description) }
        }
        for name in files {
            let path = promptsFolder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                report([ScriptProblem(file: path, place: "", message: "cannot read this file; check that it exists and that you may read it")])
                continue
            }
            let json: JSONValue
            do {
                json = try JSONParser.parse(data)
            } catch {
                report([ScriptProblem(file: path, place: "", message: "\(error)")])
                continue
            }
            switch json["format"]?.stringValue {
            case "guidance-script/1":
                switch ScriptLoader.load(id: String(name.dropLast(5)), folder: promptsFolder) {
                case .success(let script):
                    Console.out("\(path): ok (\(script.topics.count) topics, \(script.questions.count) questions, \(script.minutes) minutes)")
                case .failure(let found): report(found.problems)
                }
            case ActivityLibraryLoader.format where name != ActivityLibraryLoader.fileName:
                report([ScriptProblem(file: path, place: "", message: "this is an activity library, but the planner only reads \(ActivityLibraryLoader.fileName); rename the file or remove it")])
            case ActivityLibraryLoader.format:
                switch ActivityLibraryLoader.load(folder: promptsFolder) {
                case .success(let library): Console.out("\(path): ok (\(library.activities.count) activities, \(library.campaigns.count) campaign templates)")
                case .failure(let found): report(found.problems)
                }
            case HolidayBookLoader.format where name != HolidayBookLoader.fileName:
                report([ScriptProblem(file: path, place: "", message: "this holds public-holiday calendars, but the planner only reads \(HolidayBookLoader.fileName); rename the file or remove it")])
            case HolidayBookLoader.format:
                switch HolidayBookLoader.load(folder: promptsFolder) {
                case .success(let book):
                    // The rules are counted in the file: the book does not publish them, and it loaded, so every entry is a rule.
                    let rules = (json["calendars"]?.arrayValue ?? []).reduce(0) { $0 + ($1["holidays"]?.arrayValue?.count ?? 0) }
                    let calendars = book.calendars.count
                    Console.out("\(path): ok (\(calendars) calendar\(calendars == 1 ? "" : "s"), \(rules) rule\(rules == 1 ? "" : "s"))")
                case .failure(let found): report(found.problems)
                }
            default:
                report([ScriptProblem(file: path, place: "", message: "\"format\" should be \"guidance-script/1\" for a question script, \"\(ActivityLibraryLoader.format)\" for the activity library or \"\(HolidayBookLoader.format)\" for the public-holiday calendars; add the right one, or move the file out of the prompts folder")])
            }
        }
        if !files.contains(ActivityLibraryLoader.fileName) {
            report([ScriptProblem(file: promptsFolder.appendingPathComponent(ActivityLibraryLoader.fileName).path, place: "",
                message: "the activity library is missing; the planner needs it, so copy activities.json from the prompts folder that came with guidance")])
        }
        return failed ? 65 : 0
    }
}
