import Foundation
import Testing
@testable import GuidanceCore

/// Calendar entries fall on working days of the session's calendar, however far from the plan their dates lie.
@Suite("Calendar entries on working days")
struct CalendarWorkingDayTests {
    /// The public holidays of `id` over several years, worked out apart from the planner's own windows.
    func holidays(_ id: String) throws -> [CalendarDate: String] {
        try #require(try ArticleCases.holidays().closedDays(id, from: ICSFixture.day("2025-01-01"), through: ICSFixture.day("2029-12-31"))).days
    }

    /// Why `day` is no working day for `answers` (weekend, public holiday, day off), or nil.
    func closed(_ day: CalendarDate, _ answers: [String: JSONValue], _ holidays: [CalendarDate: String]) -> String? {
        if !day.isWorkingDay { return "a weekend" }
        if let name = holidays[day] { return name }
        let off = answers["days_off"]?.arrayValue?.compactMap(\.stringValue) ?? []
        return off.contains(day.iso) ? "a day off" : nil
    }

    @Test(arguments: ["alex", "jodie", "kate"])
    func theArticleCasesHaveNoEntryOnAClosedDayAndLaunchOnGoLiveDays(_ name: String) throws {
        let answers = try ArticleCases.answers(name)
        let plan = ArticleCases.plan(answers, library: try ArticleCases.library(), book: try ArticleCases.holidays())
        let holidays = try holidays("GB-EAW")
        for entry in plan.calendar {
            #expect(closed(entry.date, answers, holidays) == nil, "\(entry.category.rawValue) \(entry.title) on \(entry.date.iso)")
        }
        #expect(plan.calendar.filter { [.guidanceMeeting, .planningAppointment, .review].contains($0.category) }.count == 5)
        for campaign in plan.campaigns where campaign.purpose != .fundamentals {
            let launch = plan.calendar.first { $0.key == "launch-\(campaign.key)" }
            #expect(launch?.category == .launch && launch?.date == campaign.goLive, "\(campaign.name): launch \(String(describing: launch?.date)), go-live \(campaign.goLive)")
        }
    }

    @Test(arguments: [
        // (what, the answers' change, the entry's key, the day it falls on)
        ("an action due on Christmas Day 2026", "action", "deadline-action-1", "2026-12-24"),
        ("an internal change beginning on the Boxing Day substitute of 2026", "internal", "internal-change-1-start", "2026-12-29"),
        ("an internal change ending on the summer bank holiday 2027", "internal", "internal-change-1-end", "2027-08-27"),
        ("a market change landing on the summer bank holiday 2027", "market", "market-change-1", "2027-08-31"),
    ])
    func anEntryFarFromThePlanMovesOffItsPublicHoliday(_ what: String, _ kind: String, _ key: String, _ day: String) throws {
        var answers = try ArticleCases.answers("alex")
        switch kind {
        case "action":
            answers["actions"] = .array([.object(JSONObject([("action", .string("Book the stand")), ("owner", .string("Alex")), ("due", .string("2026-12-25"))]))])
        case "internal":
            answers["internal_changes"] = .array([.object(JSONObject([
                ("change", .string("Kim on leave")), ("from", .string("2026-12-28")), ("to", .string("2027-08-30")),
                ("segments", .array([])), ("capacity_pct", .number(-20)),
            ]))])
        default:
            answers["market_changes"] = .array([.object(JSONObject([
                ("change", .string("A competitor closed")), ("segments", .array([])), ("kind", .string("opportunity")),
                ("response", .string("Leeds campaign")), ("when", .string("2027-08-30")),
            ]))])
        }
        let plan = ArticleCases.plan(answers, library: try ArticleCases.library(), book: try ArticleCases.holidays())
        let entry = try #require(plan.calendar.first { $0.key == key }, "\(what): no entry \(key)")
        #expect(entry.date.iso == day, "\(what)")
        let holidays = try holidays("GB-EAW")
        for entry in plan.calendar {
            #expect(closed(entry.date, answers, holidays) == nil, "\(what): \(entry.title) on \(entry.date.iso)")
        }
    }

    @Test func theWindowsCoverThePlanAndTwoWeeksAroundEveryDateFarFromIt() throws {
        var answers = try ArticleCases.answers("alex")
        answers["actions"] = .array([.object(JSONObject([("action", .string("Book")), ("due", .string("2026-12-25"))]))])
        answers["market_changes"] = .array([.object(JSONObject([("change", .string("A")), ("when", .string("2027-06-20"))]))])
        let facts = GuidanceFacts(answers: answers, meetingDate: ICSFixture.day("2027-02-01"))
        let windows = facts.calendarWindows.map { "\($0.lowerBound.iso)...\($0.upperBound.iso)" }
        #expect(windows == ["2026-12-11...2027-01-08", "2027-01-29...2027-07-04"])
    }
}
