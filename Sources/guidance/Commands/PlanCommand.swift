import Foundation
import GuidanceCore

extension App {
    /// The activity library from the prompts folder.
    func activityLibrary() throws(CLIError) -> ActivityLibrary {
        switch ActivityLibraryLoader.load(folder: promptsFolder) {
        case .success(let library): return library
        case .failure(let problems):
            throw CLIError.data("The activity library in \(promptsFolder.path) has problems; run guidance check to see them all.\n\(problems)")
        }
    }

    /// The plan of a session, with the director script's topics as the next meeting's agenda.
    func makePlan(for session: Session) throws(CLIError) -> Plan {
        let library = try activityLibrary()
        let agenda = (try? script("director"))?.topics.map { "\($0.title) (\($0.minutes) min)" } ?? Planner.defaultAgenda
        return Planner.plan(session: session, library: library, agenda: agenda)
    }
}

extension App {
    /// Until the export writers land: text and CSV plans only.
    func plan(_ text: String, format: String, output: String?) throws(CLIError) -> Int32 {
        let id = try sessionID(text)
        let plan = try makePlan(for: try loadSession(id))
        guard ["text", "csv"].contains(format) else { throw CLIError(message: "This format is not available yet.", code: 64) }
        let rendered = format == "csv" ? PlanCSV.write(plan) : PlanSummary.text(plan)
        guard let output else { Console.out(rendered, terminator: ""); return 0 }
        do { try AtomicFile.write(Data(rendered.utf8), to: URL(fileURLWithPath: output), mode: 0o644) } catch { throw CLIError(error) }
        Console.err("Wrote the plan of session \(id) to \(output).")
        return 0
    }

    func calendar(_ text: String, output: String?) throws(CLIError) -> Int32 { throw CLIError(message: "guidance calendar is not available yet.", code: 64) }
    func agenda(script: String?, from: String?, format: String?, output: String?) throws(CLIError) -> Int32 { throw CLIError(message: "guidance agenda is not available yet.", code: 64) }
    func export(_ text: String, to folder: String) throws(CLIError) -> Int32 { throw CLIError(message: "guidance export is not available yet.", code: 64) }
}
