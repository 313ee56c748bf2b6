import Foundation
@testable import GuidanceCore

/// The three cases from the articles as version-2 answers files (`Tests/Fixtures/cases`), planned with the
/// shipped activity library and public holidays.
enum ArticleCases {
    /// The repository's root folder.
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The shipped activity library.
    static func library() throws -> ActivityLibrary {
        try ActivityLibraryLoader.load(folder: root.appendingPathComponent("prompts")).get()
    }

    /// The shipped public-holiday calendars.
    static func holidays() throws -> HolidayBook {
        try HolidayBookLoader.load(folder: root.appendingPathComponent("prompts")).get()
    }

    /// The answers of case `name` (alex, jodie or kate) by question id.
    static func answers(_ name: String) throws -> [String: JSONValue] {
        let file = try JSONParser.parse(try Data(contentsOf: root.appendingPathComponent("Tests/Fixtures/cases/\(name).json")))
        guard let object = file["answers"]?.objectValue else { throw TestScripts.SetupError(description: "\(name).json has no answers") }
        return Dictionary(uniqueKeysWithValues: object.pairs.map { ($0.key, $0.value) })
    }

    /// `answers` planned as a director session of 1 February 2027, with the holidays they name.
    static func plan(_ answers: [String: JSONValue], library: ActivityLibrary, book: HolidayBook,
                     mode: SessionMode = .director) -> Plan {
        let meeting = TestScripts.meetingDate
        let facts = GuidanceFacts(answers: answers, meetingDate: meeting)
        let closed = facts.holidays.flatMap { book.closedDays($0, around: facts) }
        return Planner.plan(facts: facts, library: library, sessionID: "2027-02-01-case", mode: mode, meetingDate: meeting,
                            holidays: closed?.days ?? [:], holidayCalendar: closed?.name)
    }

    /// Case `name` planned.
    static func plan(_ name: String) throws -> Plan {
        plan(try answers(name), library: try library(), book: try holidays())
    }
}
