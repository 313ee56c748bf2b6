import Foundation
import Testing
@testable import GuidanceCore

/// The monthly review walk without a terminal: every answer read (with the exact sentence of each refusal),
/// the order of its questions, Enter's defaults, reopening an unfinished review, and the month chosen.
@Suite struct ReviewWalkTests {
    static let today = CalendarDate(iso: "2027-03-20")!  // a Saturday in month 1 of the alex plan
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static func walk(existing: MonthlyReview? = nil, answered: Set<String> = []) throws -> ReviewWalk {
        ReviewWalk(plan: try MonthlyReviewTests.plan(), sessionID: "2027-02-01-abcd", month: 1, today: today,
                   existing: existing, answered: answered)
    }

    @Test(arguments: [
        ("done", ReviewAnswer(outcome: .done)),
        ("done 6h £300", ReviewAnswer(outcome: .done, hours: 6, cost: 300)),
        ("DONE £1,200 4 hours", ReviewAnswer(outcome: .done, hours: 4, cost: 1200)),
        ("done 300 GBP 2.5h", ReviewAnswer(outcome: .done, hours: 2.5, cost: 300)),
        ("going 3 h", ReviewAnswer(outcome: .going, hours: 3)),
        ("moved 2027-04-12", ReviewAnswer(outcome: .moved(to: day("2027-04-12")))),
        ("moved to next friday", ReviewAnswer(outcome: .moved(to: day("2027-03-26")))),
        ("move 12 April 2h £40", ReviewAnswer(outcome: .moved(to: day("2027-04-12")), hours: 2, cost: 40)),
        ("dropped Sales were at the show", ReviewAnswer(outcome: .dropped(reason: "Sales were at the show"))),
    ] as [(String, ReviewAnswer)])
    func aTaskAnswerIsRead(_ line: String, _ expected: ReviewAnswer) {
        #expect(ReviewAnswer.task(line, currency: "GBP", today: Self.today) == .success(expected))
    }

    @Test(arguments: [
        ("moved 12/4", DateOrder.dmy, "2027-04-12"), ("moved 12.4.2027 2h", .dmy, "2027-04-12"), ("moved 4/12", .mdy, "2027-04-12"),
        ("moved to 4/12/2027 £40", .mdy, "2027-04-12"), ("moved 4/12", .dmy, "2027-12-04"),
    ] as [(String, DateOrder, String)])
    func aMovedDayIsReadInTheDateOrderChosen(_ line: String, _ order: DateOrder, _ iso: String) throws {
        #expect(try ReviewAnswer.task(line, currency: "GBP", today: Self.today, order: order).get().outcome == .moved(to: Self.day(iso)))
    }

    @Test func theWalkReadsSlashedDaysMonthFirstWhenAsked() throws {
        var walk = try Self.walk()
        walk.dateOrder = .mdy
        let group = walk.groups[0]
        #expect(walk.answer("moved 13/4") == .refused(
            #""13/4" is not a date with the month first: 13 is not a month. Type it as 4/13, or start guidance with --date-order dmy to type the day first."#))
        #expect(walk.answer("moved 4/13") != .refused(""))
        for row in group.tasks {
            #expect(walk.reports[row.key]?.outcome == .moved(to: Self.day("2027-04-13")))
        }
    }

    @Test(arguments: [
        ("moved soonish", #""soonish" is not a date I understand: type it as 2027-04-01 or 1/4/2027, or say "next monday", "end of month" or "in 2 weeks"."#),
        ("moved 2027-02-30", #""2027-02-30" is not a real date: February 2027 has 28 days, so pick a day from 1 to 28, such as 2027-02-28."#),
        ("moved", "Say the new due day after moved, such as: moved 2027-04-12."),
        ("moved 3h", "Say the new due day after moved, such as: moved 2027-04-12."),
        ("dropped", "Say why it was dropped after the word, such as: dropped Sales were at the show."),
        ("finished", #""finished" is not an answer here: press Enter for done as planned, or type done 6h £300 / moved 2027-04-12 / dropped REASON / going."#),
        ("done 6", #""6" does not say whether it is hours or money: type 6h for hours or £6 for money."#),
        ("done 6h 7h", #""7h" gives the hours a second time: give them once, such as done 6h £300."#),
        ("done £5 £6", #""£6" gives the cost a second time: give it once, such as done 6h £300."#),
        ("done 12,00", #""12,00" is not an amount of money: use a dot for pence or cents and commas only between thousands, such as 12,000 or 1200.50."#),
        ("dropped " + String(repeating: "x", count: 2001), "The answer is 2001 characters long: shorten it to 2000 characters or fewer, such as dropped Sales were at the show."),
        ("dropped Late\u{1B}[31m", "The answer holds a control character (such as an escape, a bell or a NUL byte), which cannot be kept: type it again without it."),
        ("done -2h", #""-2h" is less than 0 hours: type 0 hours or more, such as 30 hours."#),
    ] as [(String, String)])
    func aTaskAnswerThatCannotBeReadSaysWhatToType(_ line: String, _ message: String) {
        #expect(ReviewAnswer.task(line, currency: "GBP", today: Self.today) == .failure(AnswerProblem(message)))
    }

    @Test(arguments: [
        ("t", Result<ReviewAnswer.CampaignChoice, AnswerProblem>.success(.taskByTask)),
        ("Task by task", .success(.taskByTask)),
        ("going", .success(.all(.going))),
        ("dropped The competitor reopened", .success(.all(.dropped(reason: "The competitor reopened")))),
        ("done 4h", .failure(AnswerProblem("Hours and cost are given task by task: type t, then at each task such as done 6h £300."))),
        ("yes", .failure(AnswerProblem(#""yes" is not an answer here: press Enter for all done as planned, type t to answer task by task, or one answer for all of them: done, going, moved DATE or dropped REASON."#))),
    ])
    func aCampaignLineIsReadOrRefused(_ line: String, _ expected: Result<ReviewAnswer.CampaignChoice, AnswerProblem>) {
        #expect(ReviewAnswer.campaign(line, currency: "GBP", today: Self.today) == expected)
    }

    static let segments = ["Dental practices", "Hospitality", "Retail", "Legal"]
    static let sample = "such as: Extra support calls, Dental practices, 12h"

    @Test(arguments: [
        ("Hotel crisis calls, Hospitality, 12h", Result<MonthlyReview.UnplannedWork, AnswerProblem>.success(.init(what: "Hotel crisis calls", segment: "Hospitality", hours: 12))),
        ("Calls, emails, hosp, 12h £80", .success(.init(what: "Calls, emails", segment: "Hospitality", hours: 12, cost: 80))),
        ("Trade fair stand, 3h", .success(.init(what: "Trade fair stand", segment: "", hours: 3))),
        ("Trade fair stand, none, 3 hours", .success(.init(what: "Trade fair stand", segment: "", hours: 3))),
        ("Calls", .failure(AnswerProblem("Type what it was, the segment and the hours, with commas between them, \(sample)."))),
        ("Calls, Cafés, 2h", .failure(AnswerProblem(#""Cafés" is not one of the segments: type one of Dental practices, Hospitality, Retail or Legal, or none for work for no segment in particular."#))),
        ("Calls, Retail, 0h", .failure(AnswerProblem("Say how many hours it took at the end, more than 0, \(sample)."))),
        ("Calls, Retail, £50", .failure(AnswerProblem("Say how many hours it took at the end, more than 0, \(sample)."))),
        ("Calls\u{07}, Retail, 2h", .failure(AnswerProblem("The answer holds a control character (such as an escape, a bell or a NUL byte), which cannot be kept: type it again without it."))),
        (", Retail, 2h", .failure(AnswerProblem("Say what the work was before the first comma, \(sample)."))),
    ])
    func unplannedWorkIsReadOrRefused(_ line: String, _ expected: Result<MonthlyReview.UnplannedWork, AnswerProblem>) {
        #expect(ReviewAnswer.unplanned(line, segments: Self.segments, currency: "GBP") == expected)
    }

    @Test(arguments: [
        (#"{"format": "guidance-review/1", "unplanned": [{"what": "Calls\u001b[2J", "hours": 2}]}"#,
         #"In unplanned, entry 1, "what" holds a control character (such as an escape or a NUL byte), which cannot be kept: remove it."#),
        (#"{"format": "guidance-review/1", "campaigns": [{"campaign": "Dentistry Show", "outcome": "dropped", "reason": ""# + String(repeating: "x", count: 2001) + #""}]}"#,
         #"In campaigns, entry 1, "reason" is 2001 characters long: shorten it to 2000 or fewer."#),
    ] as [(String, String)])
    func theAnswersFileRefusesTheTextsTheShellRefuses(_ text: String, _ message: String) {
        #expect(throws: ReviewProblem(message)) { try MonthlyReviewTests.review(text) }
    }

    @Test func enterThroughoutIsThePlanDoneAsTheAnswersFileReadsIt() throws {
        var walk = try Self.walk()
        #expect(walk.step == .campaign(0))
        var answers = 0
        while !walk.isFinished {
            #expect(walk.answer("") != .refused(""))
            answers += 1
        }
        #expect(answers == walk.groups.count + 1)
        let fromFile = try MonthlyReviewTests.review(#"{"format": "guidance-review/1"}"#)
        #expect(walk.review == fromFile)
        #expect(walk.review.complete)
        #expect(walk.question == nil)
    }

    @Test func taskByTaskAsksEachTaskAndRefusesWithoutMoving() throws {
        var walk = try Self.walk()
        let group = walk.groups[0]
        let question = try #require(walk.question)
        let segment = group.segment.isEmpty ? "fundamentals" : group.segment
        let tasks = group.tasks.count == 1 ? "1 task" : "\(group.tasks.count) tasks"
        #expect(question.lines == ["\(group.campaign) (\(segment)): \(tasks) this month. Enter: all done as planned, or answer task by task with t"])
        #expect(question.label == "1/\(walk.groups.count) \(group.campaign)")
        #expect(question.completions == ["t", "done", "moved", "dropped", "going"])
        #expect(walk.answer("t") == .accepted(""))
        #expect(walk.step == .task(group: 0, task: 0))
        let row = group.tasks[0]
        let task = try #require(walk.question)
        #expect(task.lines == ["\(PlanSummary.short(row.due)) \(row.activity) (\(PlanSummary.hours(row.hours)) h planned, \(PlanSummary.money(row.cost, "GBP"))). "
            + "Enter: done as planned; or type: done 6h £300 / moved 2027-04-12 / dropped REASON / going"])
        #expect(walk.answer("moved soonish") == .refused(#""soonish" is not a date I understand: type it as 2027-04-01 or 1/4/2027, or say "next monday", "end of month" or "in 2 weeks"."#))
        #expect(walk.step == .task(group: 0, task: 0))
        #expect(walk.answer("moved 2027-04-12") == .accepted("Moved to Mon 12 Apr"))
        #expect(walk.reports[row.key] == MonthlyReview.TaskReport(key: row.key, outcome: .moved(to: Self.day("2027-04-12")), hours: 0, cost: 0))
        #expect(!walk.review.complete)
        #expect(walk.review.tasks.map(\.key) == [row.key])
    }

    @Test func aCampaignAnsweredAtOnceGivesEveryTaskTheOutcome() throws {
        var walk = try Self.walk()
        let group = walk.groups[0]
        let all = group.tasks.count == 1 ? "The task" : "All \(group.tasks.count) tasks"
        #expect(walk.answer("dropped Budget cut") == .accepted("\(all) dropped: Budget cut"))
        #expect(walk.step == .campaign(1))
        for row in group.tasks {
            #expect(walk.reports[row.key] == MonthlyReview.TaskReport(key: row.key, outcome: .dropped(reason: "Budget cut"), hours: 0, cost: 0))
        }
    }

    @Test func anUnfinishedReviewReopensWithItsAnswersAsTheDefaults() throws {
        var first = try Self.walk()
        _ = first.answer("t")
        _ = first.answer("moved 2027-04-12")
        let plan = try MonthlyReviewTests.plan()
        let json = try JSONParser.parse(Data(JSONWriter.write(first.review.json(plan: plan)).utf8))
        let answered = MonthlyReview.answeredKeys(in: json, plan: plan, month: 1)
        let row = first.groups[0].tasks[0]
        #expect(answered == [row.key])
        let stored = try MonthlyReview(json: json, plan: plan, sessionID: "2027-02-01-abcd", month: 1)
        var again = try Self.walk(existing: stored, answered: answered)
        #expect(again.reports.count == 1)
        #expect(again.opening(reopened: stored).hasPrefix("Welcome back: 1 of "))
        if first.groups[0].tasks.count > 1 {
            #expect(again.question?.lines.first?.contains("Enter: keep the 1 answer given and take the other \(first.groups[0].tasks.count - 1) as done as planned") == true)
        }
        _ = again.answer("t")
        #expect(again.question?.lines.first?.contains("Enter: keep moved to Mon 12 Apr; or type:") == true)
        #expect(again.answer("") == .accepted("Moved to Mon 12 Apr"))
    }

    @Test func backReturnsToTheQuestionBeforeWithItsAnswerAsTheDefault() throws {
        var walk = try Self.walk()
        #expect(walk.back() == .refused("This is the first question of the review: there is nothing to go back to."))
        #expect(walk.answer("dropped Budget cut") != .refused(""))
        #expect(walk.step == .campaign(1))
        #expect(walk.back() == .accepted("Back to the previous question; Enter keeps the answer given."))
        #expect(walk.step == .campaign(0))
        #expect(walk.question?.lines.first?.contains("Enter: keep the answers given (\(walk.groups[0].tasks.count) dropped)") == true)
        _ = walk.answer("t")
        #expect(walk.back() == .accepted("Back to the previous question; Enter keeps the answer given."))
        #expect(walk.step == .campaign(0))
    }

    @Test(arguments: ["moved 2027-02-26", "moved 1 Feb 2027"])
    func aTaskIsNotMovedToBeforeThePlan(_ line: String) throws {
        var walk = try Self.walk()
        let message = "\(line.hasSuffix("2027") ? "2027-02-01" : "2027-02-26") is before the plan starts (Monday 1 March 2027): type the day it is now due, such as 2027-04-12."
        #expect(walk.answer(line) == .refused(message))
        #expect(walk.step == .campaign(0))
        _ = walk.answer("t")
        #expect(walk.answer(line) == .refused(message))
        #expect(walk.reports.isEmpty)
    }

    @Test func unplannedWorkIsAskedUntilEnterAndCanBeRemoved() throws {
        var walk = try Self.walk()
        while walk.step != .unplanned { _ = walk.answer("") }
        #expect(walk.question?.lines == ["What else took time this month? (what, segment, hours; Enter: nothing else)"])
        #expect(walk.answer("Hotel crisis calls, Hospitality, 12h") == .accepted("Hotel crisis calls (Hospitality, 12 h)"))
        #expect(walk.answer("Fair stand, 3h £40") == .accepted("Fair stand (no segment, 3 h, GBP 40)"))
        #expect(walk.question?.lines.last == "Recorded so far: 1. Hotel crisis calls (Hospitality, 12 h); 2. Fair stand (no segment, 3 h, GBP 40). Type remove and its number to take one off.")
        #expect(walk.answer("remove 3") == .refused(#""remove 3" names no unplanned work: type remove and a number from 1 to 2."#))
        #expect(walk.answer("remove 2") == .accepted("Removed: Fair stand"))
        #expect(walk.answer("") == .accepted(""))
        #expect(walk.review.unplanned == [MonthlyReview.UnplannedWork(what: "Hotel crisis calls", segment: "Hospitality", hours: 12)])
        let summary = ReviewSummary(review: walk.review, plan: walk.plan)
        let hospitality = try #require(summary.lines.first { $0.segment == "Hospitality" })
        #expect(hospitality.taken == hospitality.planned + 12)
        #expect(summary.text.first == "Month 1 (March 2027): hours planned and taken")
        #expect(summary.takenTotal == summary.plannedTotal + 12)
    }

    @Test(arguments: [("2027-04-15", 2), ("2027-05-31", 3), ("2027-02-01", 1), ("2027-06-10", 3), ("2026-11-30", 1)])
    func theMonthIsTodaysElseTheLastEnded(_ today: String, _ month: Int) throws {
        let plan = try MonthlyReviewTests.plan()
        #expect(plan.start == Self.day("2027-03-01"))
        #expect(ReviewScope.defaultMonth(today: Self.day(today), in: plan) == month)
    }

    @Test func aMonthIsNamedByTheCalendarWhenItIsOne() throws {
        var plan = try MonthlyReviewTests.plan()
        #expect(ReviewScope.label(month: 2, of: plan) == "April 2027")
        plan.start = Self.day("2027-03-08")
        #expect(ReviewScope.label(month: 1, of: plan) == "8 Mar to 7 Apr 2027")
        plan.start = Self.day("2026-12-14")
        #expect(ReviewScope.label(month: 1, of: plan) == "14 Dec 2026 to 13 Jan 2027")
    }
}

/// A review made before its month (or long after the plan) counts relative days from the month's last day.
@Suite struct ReviewDayTests {
    @Test(arguments: [
        ("2026-11-30", "2027-03-31"),  // before the plan: the reviewed month's last day
        ("2027-03-20", "2027-03-20"),  // inside the month: that day
        ("2027-04-15", "2027-04-15"),  // after the month, inside the plan: that day
        ("2027-09-01", "2027-03-31"),  // after the plan: the month's last day
    ])
    func relativeDaysCountFromTheReviewsDay(_ today: String, _ used: String) throws {
        let walk = ReviewWalk(plan: try MonthlyReviewTests.plan(), sessionID: "2027-02-01-abcd", month: 1,
                              today: CalendarDate(iso: today)!)
        #expect(walk.today == CalendarDate(iso: used))
    }
}
