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

    /// The public-holiday calendars from the prompts folder.
    func holidayBook() throws(CLIError) -> HolidayBook {
        switch HolidayBookLoader.load(folder: promptsFolder) {
        case .success(let book): return book
        case .failure(let problems):
            throw CLIError.data("The public-holiday calendars in \(promptsFolder.path) have problems; run guidance check to see them all.\n\(problems)")
        }
    }

    /// The plan of a session, with the director script's topics as the next meeting's agenda and the public
    /// holidays of the calendar the session chose.
    func makePlan(for session: Session) throws(CLIError) -> Plan {
        let library = try activityLibrary()
        let agenda = (try? script("director"))?.topics.map { "\($0.title) (\($0.minutes) min)" } ?? Planner.defaultAgenda
        guard let id = session.values["holidays"]?.stringValue, id != "none" else {
            return Planner.plan(session: session, library: library, agenda: agenda)
        }
        let book = try holidayBook()
        let facts = GuidanceFacts(answers: session.values, meetingDate: session.meetingDate)
        guard let closed = book.closedDays(id, around: facts) else {
            var plan = Planner.plan(session: session, library: library, agenda: agenda)
            plan.assumptions.append("The public-holiday calendar \"\(id)\" is not in prompts/holidays.json: the plan treats every Monday to Friday as a working day.")
            return plan
        }
        return Planner.plan(session: session, library: library, holidays: closed.days, holidayCalendar: closed.name, agenda: agenda)
    }
}

