import Foundation
import Testing
@testable import GuidanceCore

/// A holidays file with one calendar "XX" holding `holidays` (JSON text of the list's members).
private func book(_ holidays: String, id: String = #""XX""#) -> String {
    #"{"format": "guidance-holidays/1", "calendars": [{"id": \#(id), "name": "Test", "holidays": [\#(holidays)]}]}"#
}

/// A file whose root members are `members`.
private func root(_ members: String) -> String { "{\(members)}" }

/// A holidays file with the calendars `calendars` (JSON text of the list's members).
private func calendars(_ calendars: String) -> String { #"{"format": "guidance-holidays/1", "calendars": [\#(calendars)]}"# }

private let good = #"{"name": "Day", "rule": "fixed", "month": 1, "day": 1}"#

/// The problems the loader reports for `text`, as `guidance check` prints them; empty when it loads.
private func problems(_ text: String) -> [String] {
    switch HolidayBookLoader.load(text, file: "test.json") {
    case .success: return []
    case .failure(let found): return found.problems.map(\.description)
    }
}

/// One broken holidays file and the exact problems it should give.
struct BrokenHolidays: CustomStringConvertible, Sendable {
    var description: String
    var text: String
    var expected: [String]
    init(_ description: String, _ text: String, _ expected: String...) {
        self.description = description; self.text = text; self.expected = expected
    }
}

private let h1 = "test.json: calendar 1 (XX), holiday 1 (Day): "
private let kinds = "fixed, nth_weekday, last_weekday or easter"
private let weekdays = "a day of the week written in full, Monday to Sunday"
private let months = "a whole number from 1 (January) to 12 (December)"

@Suite struct HolidayBookLoaderTests {
    @Test func smallestFileLoads() throws {
        let loaded = try HolidayBookLoader.load(book(good), file: "test.json").get()
        #expect(loaded.ids == ["XX"])
        #expect(loaded.calendar("XX")?.holidays(in: 2027).map(\.date.iso) == ["2027-01-01"])
    }

    @Test func everyRuleKindAndKeyLoads() throws {
        let text = book(#"{"name": "A", "rule": "fixed", "month": 2, "day": 28, "substitute": "nearest_weekday", "first_year": 2020, "last_year": 2030},"#
            + #"{"name": "B", "rule": "nth_weekday", "month": 2, "weekday": "MONDAY", "n": 4, "instead_when": {"day": 1, "weekday": "friday"}},"#
            + #"{"name": "C", "rule": "last_weekday", "month": 2, "weekday": "Sunday"},"#
            + #"{"name": "D", "rule": "easter", "offset": -47, "first_year": 2027, "last_year": 2027}"#)
        #expect(problems(text) == [])
        let calendar = try #require(try HolidayBookLoader.load(text, file: "test.json").get().calendar("XX"))
        // 28 February 2027 is a Sunday (observed Monday 1 March); 9 February 2027 is Shrove Tuesday.
        #expect(calendar.holidays(in: 2027).map { "\($0.date.iso) \($0.name)" } ==
                ["2027-02-09 D", "2027-02-22 B", "2027-02-28 C", "2027-03-01 A (observed)"])
    }

    static let broken: [BrokenHolidays] = [
        BrokenHolidays("JSON mistake", "{\"format\": \"guidance-holidays/1\",\n \"calendars\": [}",
                       "test.json: line 2, column 16: expected a value but found '}'"),
        BrokenHolidays("not an object", "[]", #"test.json: the file should hold one JSON object with "format" and "calendars""#),
        BrokenHolidays("format missing", root(#""calendars": []"#),
                       #"test.json: "format" is missing; add "format": "guidance-holidays/1" at the top"#,
                       "test.json: calendars: the list is empty; add at least one calendar, such as those in the holidays.json that came with guidance"),
        BrokenHolidays("format wrong", root(#""format": "guidance-activities/1", "calendars": [{"id": "XX", "name": "Test", "holidays": [\#(good)]}]"#),
                       #"test.json: "format" should be "guidance-holidays/1""#),
        BrokenHolidays("unknown root key, calendars missing", root(#""format": "guidance-holidays/1", "calendar": []"#),
                       #"test.json: "calendar" is not a key of the holidays file; use only format and calendars"#,
                       #"test.json: "calendars" should be a list of calendars, each with "id", "name" and "holidays""#),
        BrokenHolidays("calendar not an object", calendars(#""GB-EAW""#),
                       #"test.json: calendar 1: each calendar should be an object with "id", "name" and "holidays""#),
        BrokenHolidays("id missing", calendars(#"{"name": "Test", "holidays": [\#(good)]}"#),
                       #"test.json: calendar 1: "id" is missing; add a short code of letters, digits and dashes, such as "GB-EAW""#),
        BrokenHolidays("id with a space", book(good, id: #""GB EAW""#),
                       #"test.json: calendar 1: "id" should be a short code of letters, digits and dashes (at most 20, starting with a letter), such as "GB-EAW""#),
        BrokenHolidays("id none", book(good, id: #""None""#),
                       #"test.json: calendar 1 (None): "none" stands for a session with no public holidays, so it cannot be a calendar's id; choose another"#),
        BrokenHolidays("id used twice", calendars(#"{"id": "XX", "name": "A", "holidays": [\#(good)]}, {"id": "XX", "name": "B", "holidays": [\#(good)]}"#),
                       #"test.json: calendar 2 (XX): the id "XX" is also used by calendar 1; give each calendar its own id"#),
        BrokenHolidays("ids differing in capitals", calendars(#"{"id": "XX", "name": "A", "holidays": [\#(good)]}, {"id": "xx", "name": "B", "holidays": [\#(good)]}"#),
                       #"test.json: calendar 2 (xx): the id "xx" differs from "XX" (calendar 1) only in capitals, and sessions name calendars without regard to capitals; give each calendar its own id"#),
        BrokenHolidays("unknown calendar key, holidays missing", calendars(#"{"id": "XX", "name": "Test", "holiday": []}"#),
                       #"test.json: calendar 1 (XX): "holiday" is not a key of a calendar; use only id, name and holidays"#,
                       #"test.json: calendar 1 (XX): "holidays" should be a list of holidays, each with "name" and "rule""#),
        BrokenHolidays("calendar name missing", calendars(#"{"id": "XX", "holidays": [\#(good)]}"#),
                       #"test.json: calendar 1 (XX): "name" is missing; add the calendar's name in words, such as "England and Wales""#),
        BrokenHolidays("holidays empty", book(""), #"test.json: calendar 1 (XX): "holidays" is empty; add at least one holiday"#),
        BrokenHolidays("holiday not an object", book("25"),
                       #"test.json: calendar 1 (XX), holiday 1: each holiday should be an object with "name" and "rule""#),
        BrokenHolidays("holiday name missing", book(#"{"rule": "easter", "offset": 1}"#),
                       #"test.json: calendar 1 (XX), holiday 1: "name" is missing; add the holiday's name, such as "Good Friday""#),
        BrokenHolidays("holiday name blank", book(#"{"name": " ", "rule": "easter", "offset": 1}"#),
                       #"test.json: calendar 1 (XX), holiday 1: "name" should be non-empty text in double quotes"#),
        BrokenHolidays("rule missing", book(#"{"name": "Day", "month": 1, "day": 1}"#), h1 + #""rule" is missing; add \#(kinds)"#),
        BrokenHolidays("rule unknown", book(#"{"name": "Day", "rule": "fixed_date", "month": 1, "day": 1}"#),
                       h1 + #""rule" should be \#(kinds), not "fixed_date""#),
        BrokenHolidays("rule not text", book(#"{"name": "Day", "rule": 1}"#), h1 + #""rule" should be \#(kinds)"#),
        BrokenHolidays("key of another rule", book(#"{"name": "Day", "rule": "fixed", "month": 1, "day": 1, "weekday": "Monday"}"#),
                       h1 + #""weekday" is not a key of a fixed holiday; use only name, rule, month, day, substitute, first_year and last_year"#),
        BrokenHolidays("month missing", book(#"{"name": "Day", "rule": "fixed", "day": 1}"#), h1 + #""month" is missing; add \#(months)"#),
        BrokenHolidays("month 13", book(#"{"name": "Day", "rule": "last_weekday", "month": 13, "weekday": "Monday"}"#), h1 + #""month" should be \#(months)"#),
        BrokenHolidays("month as a name", book(#"{"name": "Day", "rule": "fixed", "month": "May", "day": 1}"#), h1 + #""month" should be \#(months)"#),
        BrokenHolidays("day missing", book(#"{"name": "Day", "rule": "fixed", "month": 1}"#),
                       h1 + #""day" is missing; add the day of the month, such as 25"#),
        BrokenHolidays("day 0", book(#"{"name": "Day", "rule": "fixed", "month": 1, "day": 0}"#), h1 + #""day" should be a whole number from 1 to 31"#),
        BrokenHolidays("31 February", book(#"{"name": "Day", "rule": "fixed", "month": 2, "day": 31}"#),
                       h1 + "February has no day 31; use a day from 1 to 28"),
        BrokenHolidays("29 February", book(#"{"name": "Day", "rule": "fixed", "month": 2, "day": 29}"#),
                       h1 + "29 February comes only in leap years; use a day from 1 to 28"),
        BrokenHolidays("31 April", book(#"{"name": "Day", "rule": "fixed", "month": 4, "day": 31}"#),
                       h1 + "April has no day 31; use a day from 1 to 30"),
        BrokenHolidays("substitute unknown", book(#"{"name": "Day", "rule": "fixed", "month": 1, "day": 1, "substitute": "monday"}"#),
                       h1 + #""substitute" should be none, next_weekday or nearest_weekday, not "monday""#),
        BrokenHolidays("substitute not text", book(#"{"name": "Day", "rule": "fixed", "month": 1, "day": 1, "substitute": true}"#),
                       h1 + #""substitute" should be none, next_weekday or nearest_weekday"#),
        BrokenHolidays("weekday short", book(#"{"name": "Day", "rule": "last_weekday", "month": 5, "weekday": "Mon"}"#),
                       h1 + #""weekday" should be \#(weekdays), not "Mon""#),
        BrokenHolidays("weekday missing", book(#"{"name": "Day", "rule": "last_weekday", "month": 5}"#), h1 + #""weekday" is missing; add \#(weekdays)"#),
        BrokenHolidays("weekday a number", book(#"{"name": "Day", "rule": "last_weekday", "month": 5, "weekday": 1}"#), h1 + #""weekday" should be \#(weekdays)"#),
        BrokenHolidays("n 5", book(#"{"name": "Day", "rule": "nth_weekday", "month": 5, "weekday": "Monday", "n": 5}"#),
                       h1 + #""n" should be a whole number from 1 to 4 (the first to the fourth in the month); for the last one use "rule": "last_weekday""#),
        BrokenHolidays("n a fraction", book(#"{"name": "Day", "rule": "nth_weekday", "month": 5, "weekday": "Monday", "n": 1.5}"#),
                       h1 + #""n" should be a whole number from 1 to 4 (the first to the fourth in the month); for the last one use "rule": "last_weekday""#),
        BrokenHolidays("n missing", book(#"{"name": "Day", "rule": "nth_weekday", "month": 5, "weekday": "Monday"}"#),
                       h1 + #""n" is missing; add 1 for the first in the month, 2 for the second, up to 4"#),
        BrokenHolidays("offset missing", book(#"{"name": "Day", "rule": "easter"}"#),
                       h1 + #""offset" is missing; add the days from Easter Sunday, such as -2 for Good Friday or 1 for Easter Monday"#),
        BrokenHolidays("offset too far", book(#"{"name": "Day", "rule": "easter", "offset": 200}"#),
                       h1 + #""offset" should be a whole number of days from -100 to 100, such as -2 for Good Friday or 1 for Easter Monday"#),
        BrokenHolidays("instead_when not an object", book(#"{"name": "Day", "rule": "nth_weekday", "month": 2, "weekday": "Monday", "n": 1, "instead_when": 1}"#),
                       h1.dropLast(2) + #", instead_when: "instead_when" should be an object with "day" and "weekday", such as {"day": 1, "weekday": "Friday"}"#),
        BrokenHolidays("instead_when wrong", book(#"{"name": "Day", "rule": "nth_weekday", "month": 2, "weekday": "Monday", "n": 1, "instead_when": {"day": 30, "weekday": "Fri", "when": 1}}"#),
                       h1.dropLast(2) + #", instead_when: "when" is not a key of "instead_when"; use only day and weekday"#,
                       h1.dropLast(2) + ", instead_when: February has no day 30; use a day from 1 to 28",
                       h1.dropLast(2) + #", instead_when: "weekday" should be \#(weekdays), not "Fri""#),
        BrokenHolidays("first_year 0", book(#"{"name": "Day", "rule": "easter", "offset": 1, "first_year": 0}"#),
                       h1 + #""first_year" should be a whole year from 1 to 9999, such as 2023"#),
        BrokenHolidays("last_year as text", book(#"{"name": "Day", "rule": "easter", "offset": 1, "last_year": "2023"}"#),
                       h1 + #""last_year" should be a whole year from 1 to 9999, such as 2023"#),
        BrokenHolidays("years backwards", book(#"{"name": "Day", "rule": "easter", "offset": 1, "first_year": 2025, "last_year": 2023}"#),
                       h1 + #""first_year" (2025) is after "last_year" (2023), so the holiday would never be kept; correct one of them"#),
        BrokenHolidays("several holidays, each named", book(#"{"name": "A", "rule": "easter"}, \#(good), {"name": "C", "rule": "fixed", "month": 6, "day": 31}"#),
                       #"test.json: calendar 1 (XX), holiday 1 (A): "offset" is missing; add the days from Easter Sunday, such as -2 for Good Friday or 1 for Easter Monday"#,
                       "test.json: calendar 1 (XX), holiday 3 (C): June has no day 31; use a day from 1 to 30"),
    ]

    @Test(arguments: broken)
    func brokenFileIsReportedExactly(_ file: BrokenHolidays) {
        #expect(problems(file.text) == file.expected)
    }

    @Test func missingFolderFileIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("holidays-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("holidays.json").path
        #expect(HolidayBookLoader.load(folder: folder) == .failure(ScriptProblems([ScriptProblem(file: path, place: "",
            message: "cannot read this file; check that the prompts folder holds holidays.json, the public-holiday calendars")])))
        try Data([0xFF, 0xFE, 0x00]).write(to: URL(fileURLWithPath: path))
        #expect(HolidayBookLoader.load(folder: folder) == .failure(ScriptProblems([ScriptProblem(file: path, place: "",
            message: "the file is not UTF-8 text; save it again as UTF-8")])))
    }
}
