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

