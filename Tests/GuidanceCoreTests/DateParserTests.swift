import Foundation
import Testing
@testable import GuidanceCore

/// Typed dates resolved against fixed meeting days.
@Suite struct DateParserTests {
    /// Monday 2027-02-01, Friday 2027-01-29 and Wednesday 2027-12-29 (a year end).
    static let monday = "2027-02-01", friday = "2027-01-29", yearEnd = "2027-12-29"

    func parse(_ input: String, on today: String) throws -> Result<String, AnswerProblem> {
        let day = try #require(CalendarDate(iso: today))
        return ScalarParser.date(input, relativeTo: day).map(\.iso)
    }

    @Test(arguments: [
        ("2027-03-01", "2027-03-01"), (" 2028-02-29 ", "2028-02-29"), ("2026-12-31", "2026-12-31"),
        ("today", "2027-02-01"), ("TODAY", "2027-02-01"), ("tomorrow", "2027-02-02"),
        ("monday", "2027-02-08"), ("next monday", "2027-02-08"), ("Next  Monday", "2027-02-08"),
        ("tuesday", "2027-02-02"), ("next tuesday", "2027-02-02"), ("fri", "2027-02-05"),
        ("sunday", "2027-02-07"), ("next sun", "2027-02-07"),
        ("next week", "2027-02-08"),
        ("in 3 days", "2027-02-04"), ("in 1 day", "2027-02-02"), ("in 0 days", "2027-02-01"),
        ("in 2 weeks", "2027-02-15"), ("in a week", "2027-02-08"), ("in two weeks", "2027-02-15"),
        ("in 1 month", "2027-03-01"),
        ("end of month", "2027-02-28"), ("end of the month", "2027-02-28"), ("month end", "2027-02-28"),
        ("End  of   Month", "2027-02-28"), ("the end of the month", "2027-02-28"), ("month-end", "2027-02-28"),
        ("end of next month", "2027-03-31"), ("end of the next month", "2027-03-31"),
        ("start of next month", "2027-03-01"), ("beginning of next month", "2027-03-01"),
        ("first of next month", "2027-03-01"), ("the start of the next month", "2027-03-01"),
        ("1 March 2027", "2027-03-01"), ("1 Mar 2027", "2027-03-01"), ("March 1 2027", "2027-03-01"),
        ("March 1, 2027", "2027-03-01"), ("1st March", "2027-03-01"), ("1 march", "2027-03-01"),
        ("the 1st of March", "2027-03-01"), ("Sept 3", "2027-09-03"), ("3 sep 2030", "2030-09-03"),
        ("1 February", "2027-02-01"), ("31 January", "2028-01-31"), ("29 February", "2028-02-29"),
        ("29 Feb 2028", "2028-02-29"), ("5 May 2026", "2026-05-05"),
    ])
    func acceptsOnAMonday(_ input: String, _ expected: String) throws {
        #expect(try parse(input, on: Self.monday) == .success(expected))
    }

    @Test(arguments: [
        ("today", "2027-01-29"), ("tomorrow", "2027-01-30"),
        ("monday", "2027-02-01"), ("next monday", "2027-02-01"), ("friday", "2027-02-05"),
        ("next friday", "2027-02-05"), ("saturday", "2027-01-30"),
        ("next week", "2027-02-01"), ("in 3 days", "2027-02-01"), ("in 1 month", "2027-02-28"),
        ("end of month", "2027-01-31"), ("end of next month", "2027-02-28"), ("start of next month", "2027-02-01"),
        ("29 January", "2027-01-29"), ("28 January", "2028-01-28"),
    ])
    func acceptsOnAFriday(_ input: String, _ expected: String) throws {
        #expect(try parse(input, on: Self.friday) == .success(expected))
    }

    @Test(arguments: [
        ("next week", "2028-01-03"), ("monday", "2028-01-03"), ("friday", "2027-12-31"),
        ("end of month", "2027-12-31"), ("end of next month", "2028-01-31"), ("start of next month", "2028-01-01"),
        ("in 2 weeks", "2028-01-12"), ("in 2 months", "2028-02-29"), ("1 January", "2028-01-01"),
        ("29 December", "2027-12-29"), ("28 December", "2028-12-28"),
    ])
    func acceptsAcrossTheYearEnd(_ input: String, _ expected: String) throws {
        #expect(try parse(input, on: Self.yearEnd) == .success(expected))
    }

    static let hint = "type it as 2027-03-01 or 1/3/2027, or say \"next monday\", \"end of month\" or \"in 2 weeks\"."

    @Test(arguments: [
        ("", "Nothing was typed: \(hint)"),
        ("next tuesdy", "\"next tuesdy\" is not a date I understand: \(hint)"),
        ("next month", "\"next month\" is not a date I understand: \(hint)"),
        ("2027-3-1", "\"2027-3-1\" is not a date I understand: \(hint)"),
        // Dates with dots are read as with slashes (TypedDateFormsTests); a short year is refused as there.
        ("01.03.27", "\"01.03.27\" has a short year: type the year in full, such as 1/3/2027."),
        ("0000-01-01", "\"0000-01-01\" is not a date I understand: \(hint)"),
        ("32 March", "\"32 March\" is not a date I understand: \(hint)"),
        ("1 March 27", "\"1 March 27\" is not a date I understand: \(hint)"),
        ("in 2 fortnights", "\"in 2 fortnights\" is not a date I understand: \(hint)"),
        ("in 1000 days", "\"in 1000 days\" is not a date I understand: \(hint)"),
        ("this monday", "\"this monday\" is not a date I understand: \(hint)"),
        ("2027-02-30",
         "\"2027-02-30\" is not a real date: February 2027 has 28 days, so pick a day from 1 to 28, such as 2027-02-28."),
        ("2028-02-30",
         "\"2028-02-30\" is not a real date: February 2028 has 29 days, so pick a day from 1 to 29, such as 2028-02-29."),
        ("2027-04-31",
         "\"2027-04-31\" is not a real date: April 2027 has 30 days, so pick a day from 1 to 30, such as 2027-04-30."),
        ("2027-04-00",
         "\"2027-04-00\" is not a real date: April 2027 has 30 days, so pick a day from 1 to 30, such as 2027-04-01."),
        ("2027-13-01", "\"2027-13-01\" is not a real date: months run from 01 to 12, so type a date such as 2027-12-01."),
        ("30 February 2027",
         "\"30 February 2027\" is not a real date: February 2027 has 28 days, so pick a day from 1 to 28, such as 28 February 2027."),
        ("31 April", "\"31 April\" is not a real date: April has 30 days, so pick a day from 1 to 30, such as 30 April."),
        ("30 Feb", "\"30 Feb\" is not a real date: February has at most 29 days, so pick a day from 1 to 29, such as 28 February."),
    ])
    func refusesOnAMonday(_ input: String, _ message: String) throws {
        #expect(try parse(input, on: Self.monday) == .failure(AnswerProblem(message)))
    }

    @Test func theExampleFollowsTheMeetingDay() throws {
        #expect(try parse("soon", on: Self.yearEnd) == .failure(AnswerProblem(
            "\"soon\" is not a date I understand: type it as 2028-01-01 or 1/1/2028, or say \"next monday\", \"end of month\" or \"in 2 weeks\".")))
    }
}

/// Calendar arithmetic across month ends, year ends and leap years.
@Suite struct CalendarDateTests {
    func day(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }

    @Test(arguments: [
        (2027, 2, 28, "2027-02-28"), (2028, 2, 29, "2028-02-29"), (2000, 2, 29, "2000-02-29"),
        (5, 1, 2, "0005-01-02"), (9999, 12, 31, "9999-12-31"),
    ])
    func makesRealDays(_ year: Int, _ month: Int, _ day: Int, _ iso: String) {
        #expect(CalendarDate(year: year, month: month, day: day)?.iso == iso)
        #expect(CalendarDate(year: year, month: month, day: day)?.description == iso)
    }

    @Test(arguments: [(2027, 2, 29), (1900, 2, 29), (2027, 4, 31), (2027, 13, 1), (2027, 0, 1), (2027, 1, 0), (0, 1, 1), (10000, 1, 1)])
    func refusesDaysThatDoNotExist(_ year: Int, _ month: Int, _ day: Int) {
        #expect(CalendarDate(year: year, month: month, day: day) == nil)
    }

    @Test(arguments: ["2027-3-01", "2027-03-01 ", "20270301", "2027/03/01", "\u{FF12}027-03-01", "+027-03-01", "2027-02-29", "", "2027-03-1x"])
    func isoIsStrict(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test(arguments: [
        ("2027-12-31", 1, "2028-01-01"), ("2028-02-28", 1, "2028-02-29"), ("2028-02-29", 1, "2028-03-01"),
        ("2027-02-28", 1, "2027-03-01"), ("2027-03-01", -1, "2027-02-28"), ("2028-01-01", -1, "2027-12-31"),
        ("2028-01-01", 366, "2029-01-01"), ("2027-01-01", 365, "2028-01-01"), ("2000-02-28", 1, "2000-02-29"),
        ("1900-02-28", 1, "1900-03-01"), ("1970-01-01", -1, "1969-12-31"), ("2027-02-01", 0, "2027-02-01"),
    ])
    func addsDays(_ from: String, _ days: Int, _ expected: String) throws {
        #expect(try day(from).adding(days: days).iso == expected)
        #expect(try day(from).days(until: day(expected)) == days)
    }

    @Test(arguments: [
        ("2027-01-31", 1, "2027-02-28"), ("2028-01-31", 1, "2028-02-29"), ("2027-11-30", 3, "2028-02-29"),
        ("2027-03-31", -1, "2027-02-28"), ("2027-01-15", -1, "2026-12-15"), ("2027-12-15", 1, "2028-01-15"),
        ("2028-02-29", 12, "2029-02-28"), ("2027-05-31", 1, "2027-06-30"), ("2027-05-31", 0, "2027-05-31"),
        ("2027-01-31", -13, "2025-12-31"), ("2027-10-31", 4, "2028-02-29"),
    ])
    func addsMonths(_ from: String, _ months: Int, _ expected: String) throws {
        #expect(try day(from).adding(months: months).iso == expected)
    }

    @Test(arguments: [
        ("2027-02-01", 1, true, "Monday 1 February 2027"), ("2027-01-29", 5, true, "Friday 29 January 2027"),
        ("2028-02-29", 2, true, "Tuesday 29 February 2028"), ("1970-01-01", 4, true, "Thursday 1 January 1970"),
        ("2027-01-31", 7, false, "Sunday 31 January 2027"), ("1969-12-31", 3, true, "Wednesday 31 December 1969"),
        ("2000-01-01", 6, false, "Saturday 1 January 2000"), ("2027-03-01", 1, true, "Monday 1 March 2027"),
    ])
    func knowsWeekdays(_ iso: String, _ weekday: Int, _ working: Bool, _ spoken: String) throws {
        let date = try day(iso)
        #expect(date.weekday == weekday)
        #expect(date.isWorkingDay == working)
        #expect(date.spoken == spoken)
    }

    @Test(arguments: [
        ("2028-02-10", "2028-02-01", "2028-02-29"), ("2027-02-10", "2027-02-01", "2027-02-28"),
        ("2027-12-05", "2027-12-01", "2027-12-31"), ("2027-04-30", "2027-04-01", "2027-04-30"),
    ])
    func knowsMonthBounds(_ iso: String, _ start: String, _ end: String) throws {
        #expect(try day(iso).startOfMonth.iso == start)
        #expect(try day(iso).endOfMonth.iso == end)
    }

    @Test(arguments: [
        ("2027-02-01", "2027-03-01", 28), ("2028-02-01", "2028-03-01", 29), ("2027-12-31", "2028-01-01", 1),
        ("2028-01-01", "2027-12-31", -1), ("2027-06-15", "2027-06-15", 0), ("2028-01-01", "2029-01-01", 366),
    ])
    func countsDaysBetween(_ from: String, _ to: String, _ expected: Int) throws {
        #expect(try day(from).days(until: day(to)) == expected)
    }

    @Test func ordersByDay() throws {
        let days = try ["2028-01-01", "2027-12-31", "2027-02-01", "2027-01-29"].map(day)
        #expect(days.sorted().map(\.iso) == ["2027-01-29", "2027-02-01", "2027-12-31", "2028-01-01"])
        #expect(try day("2027-02-01") < day("2027-02-02"))
        #expect(try !(day("2027-02-01") < day("2027-02-01")))
    }

    @Test(arguments: [
        ("UTC", 1_801_524_600.0, "2027-02-01"), ("Europe/London", 1_801_524_600.0, "2027-02-01"),
        ("Asia/Tokyo", 1_801_524_600.0, "2027-02-02"), ("America/New_York", 1_801_450_800.0, "2027-01-31"),
        ("UTC", 1_801_450_800.0, "2027-02-01"),
    ])
    func todayDependsOnTheZone(_ zone: String, _ seconds: Double, _ expected: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        #expect(CalendarDate.today(in: timeZone, now: Date(timeIntervalSince1970: seconds)).iso == expected)
    }
}
