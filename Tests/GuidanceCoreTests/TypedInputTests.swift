import Foundation
import Testing
@testable import GuidanceCore

/// A plan month typed by its name, against plans starting on the first of a month, mid-month and across a year end.
@Suite struct PlanMonthNameTests {
    static func day(_ iso: String) -> CalendarDate? { CalendarDate(iso: iso) }

    @Test(arguments: [
        ("May", "2027-03-01", 3), ("march", "2027-03-01", 1), ("Apr", "2027-03-01", 2), ("May 2027", "2027-03-01", 3),
        ("sept", "2027-07-01", 3), ("2", "2027-03-01", 2), ("month 1", "2027-03-01", 1),
        ("May", "2027-03-15", 3), ("January", "2027-11-01", 3), ("december 2027", "2027-11-01", 2),
    ])
    func acceptsAMonthOfThePlan(_ input: String, _ start: String, _ expected: Int) {
        #expect(ScalarParser.month(input, planStart: Self.day(start)) == .success(expected))
    }

    static let march = "which runs over March 2027 (1), April 2027 (2) and May 2027 (3): type one of those months or its number, 1, 2 or 3."

    @Test(arguments: [
        ("June", "2027-03-01", "\"June\" is not a month of this plan, \(march)"),
        ("February", "2027-03-01", "\"February\" is not a month of this plan, \(march)"),
        ("May 2028", "2027-03-01", "\"May 2028\" is not a month of this plan, \(march)"),
        ("June", "2027-03-15", "\"June\" is not a month of this plan, \(march)"),
        ("March", "2027-11-01",
         "\"March\" is not a month of this plan, which runs over November 2027 (1), December 2027 (2) and January 2028 (3): type one of those months or its number, 1, 2 or 3."),
        ("Mayday", "2027-03-01",
         "\"Mayday\" is not a month of the plan: the plan runs for three months, so type 1, 2 or 3 (for example 2 for its second month)."),
    ])
    func refusesAMonthOutsideThePlan(_ input: String, _ start: String, _ message: String) {
        #expect(ScalarParser.month(input, planStart: Self.day(start)) == .failure(AnswerProblem(message)))
    }

    @Test func aNameNeedsThePlanStart() {
        #expect(ScalarParser.month("May") == .failure(AnswerProblem(
            "\"May\" is a month, but the plan start is not given yet: type 1, 2 or 3 for the plan's first, second or third month, or answer plan_start first (/edit plan_start).")))
    }

    /// The fundamentals' month in the director meeting takes May once the plan starts on 1 March, and Tab offers the names.
    @Test func theFundamentalsMonthTakesItsName() throws {
        var interview = try TestScripts.director(after: Array(TestScripts.designLines.prefix(32)) + ["Website update", "6000"])
        #expect(interview.prompt?.part == "Fundamentals item 1: In which month of the plan (1, 2 or 3)?")
        #expect(interview.prompt?.completions == ["1", "2", "3", "March", "April", "May"])
        #expect(interview.answer("June", now: TestScripts.now) == .refused("\"June\" is not a month of this plan, \(Self.march)"))
        #expect(interview.answer("May", now: TestScripts.now) == .partAccepted(echo: "Month 3"))
    }
}

/// The currency a money answer names, and what the plan's currency makes of it.
@Suite struct MoneyCurrencyTests {
    @Test(arguments: [
        ("£7,500", "£", "GBP"), ("€7,500", "€", "EUR"), ("$7,500", "$", "USD"), ("7500 GBP", "GBP", "GBP"),
        ("EUR 7500", "EUR", "EUR"), ("7500 eur", "EUR", "EUR"), ("$500 AUD", "AUD", "AUD"), ("£6k", "£", "GBP"),
        ("12.5k USD", "USD", "USD"),
    ])
    func namesTheCurrency(_ input: String, _ mark: String, _ code: String) {
        #expect(MoneyCurrency.named(in: input) == MoneyCurrency(mark: mark, code: code))
    }

    @Test(arguments: ["7500", "12.5k", "12,000.50", "", "lots"])
    func namesNoCurrency(_ input: String) {
        #expect(MoneyCurrency.named(in: input) == nil)
    }

    static func context(_ currency: String?) -> AnswerContext {
        AnswerContext(items: [:], today: TestScripts.meetingDate, currency: currency)
    }

    @Test(arguments: [
        ("£7,500", nil, "7500"), ("£7,500", "GBP", "7500"), ("€7,500", "EUR", "7500"), ("$7,500", "AUD", "7500"),
        ("7500 usd", "USD", "7500"), ("7500", "EUR", "7500"), ("EUR 7500", nil, "7500"),
    ] as [(String, String?, String)])
    func acceptsAnAmountInThePlansCurrency(_ input: String, _ plan: String?, _ stored: String) {
        #expect(AnswerValidator.parseLine(input, as: .money, in: Self.context(plan)) == .success(.number(Decimal(string: stored) ?? 0)))
    }

    @Test(arguments: [
        ("£7,500", "EUR", "You typed £ but this plan is in EUR: type the amount in EUR, or change the currency first with /edit currency."),
        ("$7,500", "GBP", "You typed $ but this plan is in GBP: type the amount in GBP, or change the currency first with /edit currency."),
        ("7500 USD", "EUR", "You typed USD but this plan is in EUR: type the amount in EUR, or change the currency first with /edit currency."),
        ("€7.500", nil, "\"€7.500\" has more than two digits after the dot: use a dot only for pence or cents and commas between thousands, such as 1,200 or 1200.50."),
    ] as [(String, String?, String)])
    func refusesAnotherCurrency(_ input: String, _ plan: String?, _ message: String) {
        #expect(AnswerValidator.parseLine(input, as: .money, in: Self.context(plan)) == .failure(AnswerProblem(message)))
    }

    /// Up to the campaign budget of the director meeting, with the plan's currency not asked yet.
    func atTheBudget() throws -> Interview {
        let interview = try TestScripts.director(after: Array(TestScripts.designLines.prefix(23)))
        #expect(interview.currentQuestion?.id == "campaign_budget")
        return interview
    }

    @Test func aPoundSignSetsTheCurrencyAndItIsNotAsked() throws {
        var interview = try atTheBudget()
        #expect(interview.answer("£7,500", now: TestScripts.now) == .accepted(echo: "7,500 GBP (the plan's currency, from the £ typed)"))
        #expect(interview.session.answers["campaign_budget"]?.value == .number(7500))
        #expect(interview.session.answers["currency"]?.value == .string("GBP"))
        #expect(interview.currentQuestion?.id == "holidays")
        _ = interview.undo()
        #expect(interview.session.answers["currency"] == nil, "one undo takes back the amount and its currency")
        #expect(interview.currentQuestion?.id == "campaign_budget")
    }

    @Test func theCurrencyTypedAgainOnTheNextLineIsAgreementNotTheNextAnswer() throws {
        var interview = try atTheBudget()
        #expect(interview.answer("£7,500", now: TestScripts.now) == .accepted(echo: "7,500 GBP (the plan's currency, from the £ typed)"))
        #expect(interview.answer(" gbp ", now: TestScripts.now) == .accepted(echo: "GBP is the plan's currency already (from the amount typed)."))
        #expect(interview.currentQuestion?.id == "holidays")
        #expect(interview.session.answers["holidays"] == nil)
        guard case .refused = interview.answer("GBP", now: TestScripts.now) else {
            Issue.record("only the line right after the amount is taken as agreement"); return
        }
        var other = try atTheBudget()
        _ = other.answer("£7,500", now: TestScripts.now)
        guard case .refused = other.answer("EUR", now: TestScripts.now) else { Issue.record("another code is the next answer"); return }
    }

    @Test(arguments: [("EUR 7500", "EUR"), ("7500 usd", "USD"), ("$7,500", "USD")])
    func aCodeOrSignSetsTheCurrency(_ line: String, _ code: String) throws {
        var interview = try atTheBudget()
        guard case .accepted = interview.answer(line, now: TestScripts.now) else { Issue.record("not accepted"); return }
        #expect(interview.session.answers["currency"]?.value == .string(code))
    }

    @Test func aCurrencyTheScriptDoesNotOfferIsStillAsked() throws {
        var interview = try atTheBudget()
        #expect(interview.answer("7500 JPY", now: TestScripts.now) == .accepted(echo: "7,500"))
        #expect(interview.currentQuestion?.id == "currency")
    }

    @Test func anAmountInAnotherCurrencyIsRefusedOnceThePlanHasOne() throws {
        var interview = try atTheBudget()
        #expect(interview.answer("7,500", now: TestScripts.now) == .accepted(echo: "7,500"))
        #expect(interview.answer("EUR", now: TestScripts.now) == .accepted(echo: "EUR"))
        _ = TestScripts.type("/edit campaign_budget", into: &interview)
        #expect(interview.answer("£8,000", now: TestScripts.now) == .refused(
            "You typed £ but this plan is in EUR: type the amount in EUR, or change the currency first with /edit currency."))
        #expect(interview.answer("€8,000", now: TestScripts.now) == .accepted(echo: "8,000"))
    }
}

/// A plan start before the meeting or over a year after it.
@Suite struct PlanStartCheckTests {
    @Test(arguments: [
        ("2020-01-01", "2026-12-01", "Wednesday 1 January 2020 is over 6 years before the meeting."),
        ("2026-11-01", "2026-12-01", "Sunday 1 November 2026 is a month before the meeting."),
        ("2026-09-15", "2026-12-01", "Tuesday 15 September 2026 is over 2 months before the meeting."),
        ("2026-11-20", "2026-12-01", "Friday 20 November 2026 is 11 days before the meeting."),
        ("2026-11-30", "2026-12-01", "Monday 30 November 2026 is a day before the meeting."),
        ("2024-12-01", "2026-12-01", "Sunday 1 December 2024 is 2 years before the meeting."),
        ("2027-12-02", "2026-12-01", "Thursday 2 December 2027 is over a year after the meeting."),
        ("2029-12-01", "2026-12-01", "Saturday 1 December 2029 is 3 years after the meeting."),
    ])
    func warnsOfAnUnusualStart(_ start: String, _ meeting: String, _ warning: String) throws {
        let s = try #require(CalendarDate(iso: start))
        let m = try #require(CalendarDate(iso: meeting))
        #expect(PlanStartCheck.warning(s, meeting: m) == warning)
    }

    @Test(arguments: ["2026-12-01", "2027-01-01", "2027-12-01"])
    func aStartWithinTheYearIsUsual(_ start: String) throws {
        let s = try #require(CalendarDate(iso: start))
        let m = try #require(CalendarDate(iso: "2026-12-01"))
        #expect(PlanStartCheck.warning(s, meeting: m) == nil)
    }

    func atThePlanStart(confirms: Bool = true) throws -> Interview {
        var interview = try TestScripts.director(after: Array(TestScripts.designLines.prefix(21)))
        interview.confirmsUnusualAnswers = confirms
        #expect(interview.currentQuestion?.id == "plan_start")
        return interview
    }

    static let warning = "Wednesday 1 January 2020 is over 7 years before the meeting."

    @Test func aStartInThePastIsConfirmed() throws {
        var interview = try atThePlanStart()
        #expect(interview.answer("1/1/2020", now: TestScripts.now) == .partAccepted(echo: Self.warning))
        #expect(interview.prompt?.part == "Is that the plan start you mean? (y/n)")
        #expect(interview.prompt?.completions == ["yes", "no"])
        #expect(interview.session.answers["plan_start"] == nil)
        #expect(interview.answer("perhaps", now: TestScripts.now) == .refused(
            "Type yes to keep Wednesday 1 January 2020 as the plan start, or no to type another date."))
        #expect(interview.answer("y", now: TestScripts.now) == .accepted(echo: "Wednesday 1 January 2020"))
        #expect(interview.session.answers["plan_start"]?.value == .string("2020-01-01"))
        #expect(interview.currentQuestion?.id == "capacity_hours_per_week")
    }

    @Test func noOrAnotherDateReplacesIt() throws {
        var interview = try atThePlanStart()
        #expect(interview.answer("2020-01-01", now: TestScripts.now) == .partAccepted(echo: Self.warning))
        #expect(interview.answer("no", now: TestScripts.now) == .refused("Not kept: type the plan start you mean, such as 2027-03-01."))
        #expect(interview.prompt?.part == nil)
        #expect(interview.answer("2020-01-01", now: TestScripts.now) == .partAccepted(echo: Self.warning))
        #expect(interview.answer("1/3/2027", now: TestScripts.now) == .accepted(echo: "Monday 1 March 2027"))
        #expect(interview.session.answers["plan_start"]?.value == .string("2027-03-01"))
    }

    @Test func leavingTheQuestionDropsTheConfirmation() throws {
        var interview = try atThePlanStart()
        #expect(interview.answer("1/1/2020", now: TestScripts.now) == .partAccepted(echo: Self.warning))
        _ = TestScripts.type("/back", into: &interview)
        #expect(interview.currentQuestion?.id == "focus")
        _ = TestScripts.type("", into: &interview)
        #expect(interview.currentQuestion?.id == "plan_start")
        #expect(interview.prompt?.part == nil)
        #expect(interview.answer("yes", now: TestScripts.now).isRefusal, "yes is no longer an answer to a question not shown")
        #expect(interview.session.answers["plan_start"] == nil)
    }

    @Test func farAheadIsConfirmedToo() throws {
        var interview = try atThePlanStart()
        #expect(interview.answer("1/3/2029", now: TestScripts.now) == .partAccepted(
            echo: "Thursday 1 March 2029 is over 2 years after the meeting."))
    }

    @Test func aUsualStartIsNotAskedAbout() throws {
        var interview = try atThePlanStart()
        #expect(interview.answer("start of March", now: TestScripts.now) == .accepted(echo: "Monday 1 March 2027"))
    }

    @Test func withoutConfirmingItIsKeptWithANote() throws {
        var interview = try atThePlanStart(confirms: false)
        #expect(interview.answer("1/1/2020", now: TestScripts.now) == .accepted(
            echo: "Wednesday 1 January 2020. Note: that is over 7 years before the meeting; if it is a slip, /edit plan_start changes it."))
        #expect(interview.session.answers["plan_start"]?.value == .string("2020-01-01"))
    }
}

/// Examples in messages use the session's own segments, not the script's sample ones.
@Suite struct SessionExampleTests {
    @Test(arguments: [
        (["Hotels"], "Hotels 100"), (["Hotels", "Cafes"], "Hotels 60, Cafes 40"), (["A", "B", "C"], "A 50, B 30, C 20"),
        (["A", "B", "C", "D"], "A 40, B 20, C 20, D 20"), (["A", "B", "C", "D", "E", "F"], "A 20, B 16, C 16, D 16, E 16, F 16"),
    ])
    func aWholeSplitOverEverySegment(_ names: [String], _ example: String) {
        #expect(SplitParser.wholeExample(names) == example)
    }

    @Test func theSplitExampleNamesTheSessionsSegments() throws {
        let lines = ["Grow", "Hotels, Bakeries, Cafes", "Hotels", "grow", "maintain", "exit", "", "", "", "Wind down", "1", "2", "3",
                     "none"]
        var interview = try TestScripts.director(after: lines)
        #expect(interview.currentQuestion?.id == "focus")
        #expect(interview.prompt?.example == "Hotels 50, Bakeries 30, Cafes 20")
        #expect(interview.answer("Hotels 50, Bakeries 10, Cafes 10", now: TestScripts.now) == .refused(
            "The shares add up to 70%; they must total exactly 100%. Type the split again, such as Hotels 50, Bakeries 30, Cafes 20."))
    }

    @Test func theUnplannedWorkExampleNamesThePlansSegment() {
        #expect(ReviewAnswer.unplanned("calls", segments: ["Hotels", "Cafes"], currency: "GBP") == .failure(AnswerProblem(
            "Type what it was, the segment and the hours, with commas between them, such as: Extra support calls, Hotels, 12h.")))
    }
}
