import Foundation
import Testing
@testable import GuidanceCore

/// Dates typed with slashes (day first, or month first), and month ends and starts by name, on Monday 2027-02-01.
@Suite struct TypedDateFormsTests {
    static let monday = CalendarDate(iso: "2027-02-01") ?? CalendarDate.today(in: TimeZone.current)
    static let hint = "type it as 2027-03-01 or 1/3/2027, or say \"next monday\", \"end of month\" or \"in 2 weeks\"."

    func parse(_ input: String, _ order: DateOrder = .dmy) -> Result<String, AnswerProblem> {
        ScalarParser.date(input, relativeTo: Self.monday, order: order).map(\.iso)
    }

    @Test(arguments: [
        ("31/5", "2027-05-31"), ("31/5/2027", "2027-05-31"), ("1/3/2027", "2027-03-01"), ("01/03/2027", "2027-03-01"),
        ("1/3", "2027-03-01"), (" 1/2 ", "2027-02-01"), ("31/1", "2028-01-31"), ("29/2", "2028-02-29"),
        ("29/2/2028", "2028-02-29"), ("25/12/2030", "2030-12-25"),
        ("end of March", "2027-03-31"), ("End of march", "2027-03-31"), ("the end of March", "2027-03-31"),
        ("March end", "2027-03-31"), ("end of Feb", "2027-02-28"), ("end of January", "2028-01-31"),
        ("end of February 2028", "2028-02-29"), ("end of March 2026", "2026-03-31"),
        ("start of May", "2027-05-01"), ("beginning of May", "2027-05-01"), ("the start of February", "2027-02-01"),
        ("start of January", "2028-01-01"), ("beginning of May 2028", "2028-05-01"),
        ("31 May", "2027-05-31"), ("May 31", "2027-05-31"), ("tomorrow", "2027-02-02"), ("today", "2027-02-01"),
        ("in two weeks", "2027-02-15"), ("in 3 days", "2027-02-04"), ("next Monday", "2027-02-08"), ("2027-03-01", "2027-03-01"),
        ("31.5.2027", "2027-05-31"), ("1.3.2027", "2027-03-01"), ("01.03.2027", "2027-03-01"), ("31.5.", "2027-05-31"),
        ("31.5", "2027-05-31"), ("1.3.2027.", "2027-03-01"),
    ])
    func acceptsDayFirst(_ input: String, _ expected: String) {
        #expect(parse(input) == .success(expected))
    }

    @Test(arguments: [
        ("5/31", "2027-05-31"), ("5/31/2027", "2027-05-31"), ("3/1/2027", "2027-03-01"), ("12/25", "2027-12-25"),
        ("1/31", "2028-01-31"), ("end of March", "2027-03-31"), ("2027-03-01", "2027-03-01"), ("5.31.2027", "2027-05-31"),
    ])
    func acceptsMonthFirst(_ input: String, _ expected: String) {
        #expect(parse(input, .mdy) == .success(expected))
    }

    @Test(arguments: [
        ("31/2/2027", "\"31/2/2027\" is not a real date: February 2027 has 28 days, so pick a day from 1 to 28, such as 28/2/2027."),
        ("29/2/2027", "\"29/2/2027\" is not a real date: February 2027 has 28 days, so pick a day from 1 to 28, such as 28/2/2027."),
        ("31/4", "\"31/4\" is not a real date: April has 30 days, so pick a day from 1 to 30, such as 30/4."),
        ("30/2", "\"30/2\" is not a real date: February has at most 29 days, so pick a day from 1 to 29, such as 28/2."),
        ("0/3/2027", "\"0/3/2027\" is not a real date: March 2027 has 31 days, so pick a day from 1 to 31, such as 1/3/2027."),
        ("5/31/2027", "\"5/31/2027\" is not a date with the day first: 31 is not a month. Type it as 31/5/2027, or start guidance with --date-order mdy to type the month first."),
        ("12/13", "\"12/13\" is not a date with the day first: 13 is not a month. Type it as 13/12, or start guidance with --date-order mdy to type the month first."),
        ("31/13", "\"31/13\" is not a real date: type the day first and a month from 1 to 12, such as 1/3/2027."),
        ("31/5/27", "\"31/5/27\" has a short year: type the year in full, such as 1/3/2027."),
        ("1/3/02027", "\"1/3/02027\" is not a date I understand: \(hint)"),
        ("1//2027", "\"1//2027\" is not a date I understand: \(hint)"),
        ("1/3/2027/4", "\"1/3/2027/4\" is not a date I understand: \(hint)"),
        ("end of Smarch", "\"end of Smarch\" is not a date I understand: \(hint)"),
        ("end of March 27", "\"end of March 27\" is not a date I understand: \(hint)"),
        ("31.2.2027", "\"31.2.2027\" is not a real date: February 2027 has 28 days, so pick a day from 1 to 28, such as 28/2/2027."),
        ("1..2027", "\"1..2027\" is not a date I understand: \(hint)"),
        ("1.3.2027.4", "\"1.3.2027.4\" is not a date I understand: \(hint)"),
    ])
    func refusesDayFirst(_ input: String, _ message: String) {
        #expect(parse(input) == .failure(AnswerProblem(message)))
    }

    @Test(arguments: [
        ("31/5/2027", "\"31/5/2027\" is not a date with the month first: 31 is not a month. Type it as 5/31/2027, or start guidance with --date-order dmy to type the day first."),
        ("2/30", "\"2/30\" is not a real date: February has at most 29 days, so pick a day from 1 to 29, such as 2/28."),
        ("soon", "\"soon\" is not a date I understand: type it as 2027-03-01 or 3/1/2027, or say \"next monday\", \"end of month\" or \"in 2 weeks\"."),
    ])
    func refusesMonthFirst(_ input: String, _ message: String) {
        #expect(parse(input, .mdy) == .failure(AnswerProblem(message)))
    }

    @Test(arguments: [
        ("31/2/2027", "--date 31/2/2027 is not a real date: February 2027 has 28 days, so pick a day from 1 to 28, such as 28/2/2027."),
        ("soon", "--date soon is not a date I understand: \(hint)"),
        ("ongoing", "--date ongoing is not a date: only an end date can be left open; type a date such as 2027-03-01."),
    ])
    func aFlagNamesItselfAndTheTextAsGiven(_ input: String, _ message: String) {
        #expect(ScalarParser.flagDate(input, flag: "--date", relativeTo: Self.monday, order: .dmy) == .failure(AnswerProblem(message)))
    }

    @Test func aFlagTakesTheSameForms() {
        #expect(ScalarParser.flagDate("tomorrow", flag: "--date", relativeTo: Self.monday, order: .dmy).map(\.iso) == .success("2027-02-02"))
        #expect(ScalarParser.flagDate("5/31", flag: "--date", relativeTo: Self.monday, order: .mdy).map(\.iso) == .success("2027-05-31"))
    }

    @Test(arguments: [
        ("dmy", DateOrder.dmy), ("MDY", .mdy), ("day first", .dmy), ("month-first", .mdy), ("m/d/y", .mdy),
    ])
    func namesAnOrder(_ text: String, _ order: DateOrder) {
        #expect(DateOrder(setting: text) == order)
    }

    @Test func refusesAnOrderItDoesNotKnow() {
        #expect(DateOrder(setting: "ymd") == nil)
        #expect(DateOrder(setting: "") == nil)
    }

    /// Every kind of date answer reads the new forms, in the order of the context.
    @Test func everyDateAnswerReadsThem() {
        let dayFirst = AnswerContext(items: [:], today: Self.monday)
        let monthFirst = AnswerContext(items: [:], today: Self.monday, dateOrder: .mdy)
        #expect(AnswerValidator.parseLine("31/5", as: .date, in: dayFirst) == .success(.string("2027-05-31")))
        #expect(AnswerValidator.parseLine("5/31", as: .date, in: monthFirst) == .success(.string("2027-05-31")))
        #expect(AnswerValidator.parseLine("end of March", as: .endDate, in: dayFirst) == .success(.string("2027-03-31")))
        #expect(AnswerValidator.parseLine("6/4/2027, 31/5", as: .dates, in: dayFirst)
                == .success(.array([.string("2027-04-06"), .string("2027-05-31")])))
        #expect(AnswerValidator.parseLine("4/6/2027", as: .dates, in: monthFirst) == .success(.array([.string("2027-04-06")])))
    }

    @Test(arguments: ["permanent", "Ongoing", "open", "no end", "  permanently ", "open-ended"])
    func anOpenEndIsNoDate(_ input: String) {
        #expect(ScalarParser.endDate(input, relativeTo: Self.monday) == .success(nil))
    }

    @Test func anOpenWordIsNotAStartDate() {
        #expect(parse("permanent") == .failure(AnswerProblem("\"permanent\" is not a date I understand: \(Self.hint)")))
        #expect(DateListParser.checkedDate("ongoing", relativeTo: Self.monday) == .failure(AnswerProblem(
            "\"ongoing\" is not a date: only an end date can be left open; type a date such as 2027-03-01.")))
    }
}
