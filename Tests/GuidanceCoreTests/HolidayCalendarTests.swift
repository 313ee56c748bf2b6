import Foundation
import Testing
@testable import GuidanceCore

/// The shipped `prompts/` folder, found from this file: Tests/GuidanceCoreTests/../../prompts.
private let promptsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../prompts").standardizedFileURL

/// The days off each calendar gives, year by year, written out from the published lists and not computed:
/// gov.uk "UK bank holidays" (England and Wales, Scotland, Northern Ireland), citizensinformation.ie / gov.ie
/// "Public holidays in Ireland", and OPM "Federal Holidays" (the observed dates). Where a list for a year was
/// not yet published, the dates are those the same statutes and proclamation pattern give, checked by hand
/// against a printed calendar. Easter Sunday: 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21.
private let published: [String: [Int: [String]]] = [
    "GB-EAW": [
        2026: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
        2027: ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"],
        2028: ["2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"],
        2029: ["2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26"],
        2030: ["2030-01-01", "2030-04-19", "2030-04-22", "2030-05-06", "2030-05-27", "2030-08-26", "2030-12-25", "2030-12-26"],
    ],
    "GB-SCT": [
        2026: ["2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04", "2026-05-25", "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-28"],
        2027: ["2027-01-01", "2027-01-04", "2027-03-26", "2027-05-03", "2027-05-31", "2027-08-02", "2027-11-30", "2027-12-27", "2027-12-28"],
        2028: ["2028-01-03", "2028-01-04", "2028-04-14", "2028-05-01", "2028-05-29", "2028-08-07", "2028-11-30", "2028-12-25", "2028-12-26"],
        2029: ["2029-01-01", "2029-01-02", "2029-03-30", "2029-05-07", "2029-05-28", "2029-08-06", "2029-11-30", "2029-12-25", "2029-12-26"],
        2030: ["2030-01-01", "2030-01-02", "2030-04-19", "2030-05-06", "2030-05-27", "2030-08-05", "2030-12-02", "2030-12-25", "2030-12-26"],
    ],
    "GB-NIR": [
        2026: ["2026-01-01", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-07-13", "2026-08-31", "2026-12-25", "2026-12-28"],
        2027: ["2027-01-01", "2027-03-17", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-07-12", "2027-08-30", "2027-12-27", "2027-12-28"],
        2028: ["2028-01-03", "2028-03-17", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-07-12", "2028-08-28", "2028-12-25", "2028-12-26"],
        2029: ["2029-01-01", "2029-03-19", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-07-12", "2029-08-27", "2029-12-25", "2029-12-26"],
        2030: ["2030-01-01", "2030-03-18", "2030-04-19", "2030-04-22", "2030-05-06", "2030-05-27", "2030-07-12", "2030-08-26", "2030-12-25", "2030-12-26"],
    ],
    // Ireland has no substitute days: a public holiday on a weekend stays on its day (St Stephen's Day 2026 is a Saturday).
    "IE": [
        2026: ["2026-01-01", "2026-02-02", "2026-03-17", "2026-04-06", "2026-05-04", "2026-06-01", "2026-08-03", "2026-10-26", "2026-12-25", "2026-12-26"],
        2027: ["2027-01-01", "2027-02-01", "2027-03-17", "2027-03-29", "2027-05-03", "2027-06-07", "2027-08-02", "2027-10-25", "2027-12-25", "2027-12-26"],
        2028: ["2028-01-01", "2028-02-07", "2028-03-17", "2028-04-17", "2028-05-01", "2028-06-05", "2028-08-07", "2028-10-30", "2028-12-25", "2028-12-26"],
        2029: ["2029-01-01", "2029-02-05", "2029-03-17", "2029-04-02", "2029-05-07", "2029-06-04", "2029-08-06", "2029-10-29", "2029-12-25", "2029-12-26"],
        // 1 February 2030 is a Friday, so St Brigid's Day is that Friday, not Monday 4 February.
        2030: ["2030-01-01", "2030-02-01", "2030-03-17", "2030-04-22", "2030-05-06", "2030-06-03", "2030-08-05", "2030-10-28", "2030-12-25", "2030-12-26"],
    ],
    // New Year's Day 2028 (a Saturday) is observed on Friday 31 December 2027, so 2028 has no 1 January holiday.
    "US": [
        2026: ["2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25"],
        2027: ["2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05", "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25", "2027-12-24", "2027-12-31"],
        2028: ["2028-01-17", "2028-02-21", "2028-05-29", "2028-06-19", "2028-07-04", "2028-09-04", "2028-10-09", "2028-11-10", "2028-11-23", "2028-12-25"],
        2029: ["2029-01-01", "2029-01-15", "2029-02-19", "2029-05-28", "2029-06-19", "2029-07-04", "2029-09-03", "2029-10-08", "2029-11-12", "2029-11-22", "2029-12-25"],
        2030: ["2030-01-01", "2030-01-21", "2030-02-18", "2030-05-27", "2030-06-19", "2030-07-04", "2030-09-02", "2030-10-14", "2030-11-11", "2030-11-28", "2030-12-25"],
    ],
]

/// The shipped calendars.
private func shipped() throws -> HolidayBook {
    let result = HolidayBookLoader.load(folder: promptsFolder)
    if case .failure(let found) = result { Issue.record("prompts/holidays.json has problems:\n\(found)") }
    return try result.get()
}

/// "2027-12-28 Boxing Day (substitute day)" for each holiday.
private func lines(_ holidays: [PublicHoliday]) -> [String] { holidays.map { "\($0.date.iso) \($0.name)" } }

private func date(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }

@Suite struct HolidayCalendarTests {
    @Test func shippedBookHasTheFiveCalendarsInFileOrder() throws {
        let book = try shipped()
        #expect(book.ids == ["GB-EAW", "GB-SCT", "GB-NIR", "IE", "US"])
        #expect(book.calendars.map(\.name) == ["England and Wales", "Scotland", "Northern Ireland", "Ireland", "United States (federal)"])
        #expect(book.calendar("GB-SCT")?.name == "Scotland")
        #expect(book.calendar("gb-nir")?.id == "GB-NIR")
        #expect(book.calendar("none") == nil)
        #expect(book.calendar("FR") == nil)
    }

    @Test(arguments: ["GB-EAW", "GB-SCT", "GB-NIR", "IE", "US"], [2026, 2027, 2028, 2029, 2030])
    func matchesThePublishedList(id: String, year: Int) throws {
        let calendar = try #require(try shipped().calendar(id))
        let expected = try #require(published[id]?[year])
        #expect(calendar.holidays(in: year).map(\.date.iso) == expected)
    }

    @Test(arguments: [
        ("GB-EAW", 2026, ["2026-12-25 Christmas Day", "2026-12-28 Boxing Day (substitute day)"]),
        ("GB-EAW", 2027, ["2027-12-27 Christmas Day (substitute day)", "2027-12-28 Boxing Day (substitute day)"]),
        ("GB-EAW", 2028, ["2028-01-03 New Year's Day (substitute day)"]),
        ("GB-SCT", 2027, ["2027-01-01 New Year's Day", "2027-01-04 2nd January (substitute day)"]),
        ("GB-SCT", 2028, ["2028-01-03 New Year's Day (substitute day)", "2028-01-04 2nd January (substitute day)"]),
        ("GB-SCT", 2030, ["2030-12-02 St Andrew's Day (substitute day)"]),
        ("GB-NIR", 2026, ["2026-07-13 Battle of the Boyne (Orangemen's Day) (substitute day)"]),
        ("GB-NIR", 2029, ["2029-03-19 St Patrick's Day (substitute day)"]),
        ("IE", 2027, ["2027-12-25 Christmas Day", "2027-12-26 St Stephen's Day"]),
        ("US", 2026, ["2026-07-03 Independence Day (observed)"]),
        ("US", 2027, ["2027-06-18 Juneteenth National Independence Day (observed)", "2027-07-05 Independence Day (observed)",
                      "2027-12-24 Christmas Day (observed)", "2027-12-31 New Year's Day (observed)"]),
        ("US", 2028, ["2028-11-10 Veterans Day (observed)"]),
        ("US", 2029, ["2029-11-12 Veterans Day (observed)"]),
    ])
    func movedHolidaysAreNamedAsMoved(id: String, year: Int, expected: [String]) throws {
        let found = lines(try #require(try shipped().calendar(id)).holidays(in: year))
        let moved = found.filter { line in expected.contains { $0.prefix(10) == line.prefix(10) } }
        #expect(moved == expected)
    }

    @Test func namesOfAYearAreThePublishedNames() throws {
        let book = try shipped()
        #expect(lines(try #require(book.calendar("IE")).holidays(in: 2030)) == [
            "2030-01-01 New Year's Day", "2030-02-01 St Brigid's Day", "2030-03-17 St Patrick's Day", "2030-04-22 Easter Monday",
            "2030-05-06 May bank holiday", "2030-06-03 June bank holiday", "2030-08-05 August bank holiday",
            "2030-10-28 October bank holiday", "2030-12-25 Christmas Day", "2030-12-26 St Stephen's Day",
        ])
        #expect(lines(try #require(book.calendar("GB-EAW")).holidays(in: 2029)) == [
            "2029-01-01 New Year's Day", "2029-03-30 Good Friday", "2029-04-02 Easter Monday", "2029-05-07 Early May bank holiday",
            "2029-05-28 Spring bank holiday", "2029-08-27 Summer bank holiday", "2029-12-25 Christmas Day", "2029-12-26 Boxing Day",
        ])
        #expect(lines(try #require(book.calendar("US")).holidays(in: 2028)).prefix(3) == [
            "2028-01-17 Birthday of Martin Luther King, Jr.", "2028-02-21 Washington's Birthday", "2028-05-29 Memorial Day",
        ])
    }

    /// St Brigid's Day is a public holiday from 2023 (published: 6 February 2023, 5 February 2024, 3 February 2025).
    @Test func stBrigidsDayStartsIn2023() throws {
        let ireland = try #require(try shipped().calendar("IE"))
        #expect(!ireland.holidays(in: 2022).contains { $0.name == "St Brigid's Day" })
        for (year, day) in [(2023, "2023-02-06"), (2024, "2024-02-05"), (2025, "2025-02-03")] {
            #expect(ireland.holidays(in: year).filter { $0.name == "St Brigid's Day" }.map(\.date.iso) == [day])
        }
    }

    /// The Christmas and New Year of 2021-22 as gov.uk and OPM published them: Christmas on a Saturday, 1 and 2 January on a weekend.
    @Test(arguments: [
        ("GB-EAW", ["2021-12-27 Christmas Day (substitute day)", "2021-12-28 Boxing Day (substitute day)", "2022-01-03 New Year's Day (substitute day)"]),
        ("GB-SCT", ["2021-12-27 Christmas Day (substitute day)", "2021-12-28 Boxing Day (substitute day)",
                    "2022-01-03 New Year's Day (substitute day)", "2022-01-04 2nd January (substitute day)"]),
        ("US", ["2021-12-24 Christmas Day (observed)", "2021-12-31 New Year's Day (observed)", "2022-01-17 Birthday of Martin Luther King, Jr."]),
    ])
    func rangeAcrossTheYearsEnd(id: String, expected: [String]) throws {
        let calendar = try #require(try shipped().calendar(id))
        #expect(lines(calendar.holidays(from: try date("2021-12-20"), through: try date("2022-01-20"))) == expected)
    }

    @Test func rangeIsInclusiveAndEmptyWhenBackwards() throws {
        let us = try #require(try shipped().calendar("US"))
        #expect(lines(us.holidays(from: try date("2027-12-24"), through: try date("2028-01-17"))) == [
            "2027-12-24 Christmas Day (observed)", "2027-12-31 New Year's Day (observed)", "2028-01-17 Birthday of Martin Luther King, Jr.",
        ])
        #expect(us.holidays(from: try date("2027-12-25"), through: try date("2027-12-30")).isEmpty)
        #expect(us.holidays(from: try date("2028-01-17"), through: try date("2027-12-24")).isEmpty)
        let england = try #require(try shipped().calendar("GB-EAW"))
        #expect(england.holidays(from: try date("2026-01-01"), through: try date("2030-12-31")).count == 40)
    }

    /// Over two centuries: every UK and US day off is a weekday and no day is given twice. A UK substitute day
    /// replaces its weekend day, so each year has as many days off as rules; a US year has one more or one less
    /// when New Year's Day is kept on 31 December of the year before.
    @Test(arguments: ["GB-EAW", "GB-SCT", "GB-NIR", "US"])
    func everyMovedDayIsAFreeWeekday(id: String) throws {
        let calendar = try #require(try shipped().calendar(id))
        for year in 1950...2150 {
            let days = calendar.holidays(in: year).map(\.date)
            #expect(days.allSatisfy { $0.isWorkingDay }, "\(id) \(year)")
            #expect(Set(days).count == days.count, "\(id) \(year)")
            #expect(days == days.sorted(), "\(id) \(year)")
            let rules = calendar.rules.filter { $0.applies(in: year) }.count
            #expect(id == "US" ? (rules - 1...rules + 1).contains(days.count) : days.count == rules, "\(id) \(year)")
        }
    }

    @Test func easterSundays() {
        let expected = ["2019-04-21", "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01",
                        "2030-04-21", "2038-04-25", "2285-03-22"]
        #expect(expected.map { CalendarDate.easterSunday(year: Int($0.prefix(4)) ?? 0)?.iso } == expected)
    }

    @Test func nthAndLastWeekdays() {
        #expect(CalendarDate.nthWeekday(4, 4, month: 11, year: 2027)?.iso == "2027-11-25")
        #expect(CalendarDate.nthWeekday(5, 1, month: 2, year: 2027) == nil)
        #expect(CalendarDate.nthWeekday(5, 1, month: 5, year: 2028)?.iso == "2028-05-29")
        #expect(CalendarDate.lastWeekday(1, month: 5, year: 2027)?.iso == "2027-05-31")
        #expect(CalendarDate.lastWeekday(7, month: 2, year: 2026)?.iso == "2026-02-22")
        #expect(CalendarDate.lastWeekday(8, month: 2, year: 2026) == nil)
    }

    /// A one-off holiday (the coronation bank holiday of 8 May 2023) is a fixed rule whose first and last year are the same.
    @Test func oneOffHolidayIsKeptInItsYearOnly() throws {
        let text = #"{"format": "guidance-holidays/1", "calendars": [{"id": "GB-EAW", "name": "England and Wales", "holidays": ["#
            + #"{"name": "Coronation of King Charles III", "rule": "fixed", "month": 5, "day": 8, "first_year": 2023, "last_year": 2023},"#
            + #"{"name": "Early May bank holiday", "rule": "nth_weekday", "month": 5, "weekday": "monday", "n": 1}]}]}"#
        let calendar = try #require(try HolidayBookLoader.load(text, file: "test.json").get().calendar("GB-EAW"))
        #expect(lines(calendar.holidays(in: 2023)) == ["2023-05-01 Early May bank holiday", "2023-05-08 Coronation of King Charles III"])
        #expect(lines(calendar.holidays(in: 2024)) == ["2024-05-06 Early May bank holiday"])
    }

    @Test func yearsOutsideTheCalendarGiveNothingAndDoNotCrash() throws {
        let us = try #require(try shipped().calendar("US"))
        #expect(us.holidays(in: 0).isEmpty)
        #expect(us.holidays(in: 10_000).isEmpty)
        #expect(us.holidays(in: Int.min).isEmpty)
        #expect(us.holidays(in: 9999).first?.date.iso == "9999-01-01")
        #expect(us.holidays(in: 1).last?.date.iso == "0001-12-25")
    }
}
