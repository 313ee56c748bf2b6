import Foundation
@testable import GuidanceCore

/// Hand-built plans for the render tests: the DESIGN.md example, a self-planning copy, an empty plan, a hostile one.
enum SamplePlans {
    /// A day written `YYYY-MM-DD` in a test (a bad literal shows as 1970-01-01 and fails the test).
    static func day(_ iso: String) -> CalendarDate {
        CalendarDate(iso: iso)
            ?? CalendarDate.today(in: TimeZone(secondsFromGMT: 0) ?? .current, now: Date(timeIntervalSince1970: 0))
    }

    /// The goal every dental campaign serves.
    static let goal = "Replace the income of the shrinking hospitality segment"

    /// A task with the usual defaults; `start` defaults to `due`.
    static func task(_ due: String, _ month: Int, _ week: Int, _ segment: String, _ role: SegmentRole?, _ stage: BuyingStage?,
                     _ activity: String, _ channel: String, _ pullPush: PullPush = .pull, start: String? = nil,
                     owner: String = "marketing", hours: Decimal, cost: Decimal, why: String, campaign: String = "",
                     key: String? = nil, goLive: Bool = false) -> PlanRow {
        PlanRow(key: key ?? "test/\(activity)/\(due)", start: day(start ?? due), due: day(due), month: month, week: week,
                segment: segment, role: role, campaign: campaign, stage: stage, activity: activity, channel: channel,
                pullPush: pullPush, owner: owner, hours: hours, cost: cost, why: why, activityID: "test", kind: .task,
                isGoLive: goLive)
    }

    /// A campaign holding `tasks` (each renamed into it); its dates, hours and cost follow from them.
    static func campaign(_ name: String, _ segment: String, _ role: SegmentRole?, _ purpose: CampaignPurpose,
                         why: String, tasks: [PlanRow]) -> Campaign {
        let named = tasks.map { task -> PlanRow in
            var t = task
            t.campaign = name
            t.why = why
            return t
        }
        let goLive = named.first(where: \.isGoLive)?.due ?? named.first?.due ?? day("2027-03-01")
        return Campaign(key: "test-\(name)", name: name, segment: segment, role: role, purpose: purpose, template: "test",
                        stage: role == nil ? nil : named.first?.stage, start: named.map(\.start).min() ?? goLive,
                        goLive: goLive, end: named.map(\.due).max() ?? goLive,
                        owner: role == nil ? "agency" : "marketing", hours: named.filter(\.isMarketing).reduce(0) { $0 + $1.hours },
                        cost: named.reduce(0) { $0 + $1.cost }, why: why, anchor: "", tasks: named)
    }

    /// A segment of the summary table.
    static func segment(_ name: String, _ role: SegmentRole, _ directed: Int, planned: Decimal, hours: Decimal,
                        directedHours: Decimal, spend: Decimal, directedSpend: Decimal, why: String = "",
                        message: String = "") -> SegmentPlan {
        SegmentPlan(name: name, role: role, why: why, directedShare: directed, plannedShare: planned, plannedHours: hours,
                    directedHours: directedHours, plannedSpend: spend, directedSpend: directedSpend, message: message)
    }

    /// The DESIGN.md example: Dental grow 50, Hospitality exit 10, Retail maintain 20, Legal maintain 20.
    static func dental(mode: SessionMode = .director) -> Plan {
        let dentalWhy = "\(goal): Dental practices, the growth segment"
        let campaigns = [
            campaign("Legal: keep and renew (March)", "Legal", .maintain, .retention, why: "Keep Legal income steady (maintain)", tasks: [
                task("2027-03-03", 1, 1, "Legal", .maintain, .interest, "Email newsletter", "email", hours: 3, cost: 120, why: "",
                     goLive: true),
            ]),
            campaign("Sales material for Dental practices", "Dental practices", .grow, .salesMaterial, why: dentalWhy, tasks: [
                task("2027-03-04", 1, 1, "Dental practices", .grow, .consideration, "Case study pack", "print", .push,
                     start: "2027-03-01", hours: 6, cost: 450, why: "", key: "sales-1/need-1"),
                task("2027-03-05", 1, 1, "Dental practices", .grow, .consideration, "Hand the material to Sales", "Sales", .push,
                     hours: 1, cost: 0, why: "", goLive: true),
            ]),
            campaign("Leeds switch campaign", "Dental practices", .grow, .response, why: dentalWhy, tasks: [
                task("2027-03-04", 1, 1, "Dental practices", .grow, .awareness, "List of prospects to contact", "Sales", .push,
                     start: "2027-03-02", hours: 4, cost: 0, why: ""),
                task("2027-03-09", 1, 2, "Dental practices", .grow, .awareness, "Local awareness campaign in Leeds", "events",
                     hours: 8, cost: 1500, why: "", goLive: true),
                task("2027-03-17", 1, 3, "Dental practices", .grow, .consideration, "Sales follow-up calls", "Phone", .push,
                     start: "2027-03-10", owner: "sales", hours: 2.5, cost: 0, why: ""),
            ]),
            campaign("Retail: keep and renew (April)", "Retail", .maintain, .retention, why: "Keep Retail customers (maintain)", tasks: [
                task("2027-04-05", 2, 6, "Retail", .maintain, .loyalty, "Review request", "email", hours: 2, cost: 0, why: "",
                     goLive: true),
            ]),
            campaign("Hospitality: wind-down with care", "Hospitality", .exit, .windDown,
                     why: "Look after Hospitality customers while we exit", tasks: [
                task("2027-04-05", 2, 6, "Hospitality", .exit, .loyalty, "Wind-down letter", "print", hours: 3, cost: 200, why: "",
                     goLive: true),
            ]),
            campaign("Website update", "", nil, .fundamentals, why: "Fundamentals: the marketing basics every segment relies on", tasks: [
                task("2027-05-04", 3, 10, "", nil, nil, "Brief the supplier", "Fundamentals", start: "2027-05-03", hours: 1.5,
                     cost: 0, why: ""),
                task("2027-05-25", 3, 13, "", nil, nil, "Supplier's work", "Fundamentals", start: "2027-05-05", owner: "agency",
                     hours: 0.5, cost: 6000, why: "", goLive: true),
            ]),
        ]
        let segments = [
            segment("Dental practices", .grow, 50, planned: 50.4, hours: 126, directedHours: 130, spend: 6000, directedSpend: 6000,
                    why: "New market the board chose to replace hospitality income",
                    message: "Dental practices is the growth segment: win new customers at every buying stage."),
            segment("Hospitality", .exit, 10, planned: 9.6, hours: 24, directedHours: 26, spend: 600, directedSpend: 1200,
                    message: "Hospitality is being exited: only loyalty work."),
            segment("Retail", .maintain, 20, planned: 14.2, hours: 35.5, directedHours: 52, spend: 1500, directedSpend: 2400,
                    why: "Steady income", message: "Retail is maintained."),
            segment("Legal", .maintain, 20, planned: 25.8, hours: 64.5, directedHours: 52, spend: 2400, directedSpend: 2400,
                    why: "Steady income", message: "Legal is maintained."),
        ]
        let calendar = [
            CalendarEntry(key: "planning", category: .planningAppointment, title: "Planning appointment: plan June to August 2027",
                          date: day("2027-04-15"), startMinute: 840, minutes: 120, details: "", hasReminder: true),
            CalendarEntry(key: "review-1", category: .review, title: "End of month review", date: day("2027-03-31"),
                          startMinute: 960, minutes: 30, details: "", hasReminder: false),
            CalendarEntry(key: "meeting", category: .guidanceMeeting, title: "Strategic Guidance meeting", date: day("2027-04-01"),
                          startMinute: 600, minutes: 30, details: "Agenda", hasReminder: true),
            CalendarEntry(key: "jo", category: .internalChange, title: "Jo leaves", date: day("2027-03-31"), startMinute: nil,
                          minutes: 0, details: "", hasReminder: false),
            CalendarEntry(key: "fundamentals-1", category: .fundamentals, title: "Website update starts", date: day("2027-05-03"),
                          startMinute: nil, minutes: 0, details: "", hasReminder: false),
        ]
        var plan = Plan(sessionID: "20270201-1000", mode: mode, meetingDate: day("2027-02-01"), start: day("2027-03-01"),
                        end: day("2027-05-31"), currency: "GBP", goals: [goal], weeklyHours: 30, campaignBudget: 12000,
                        segments: segments, campaigns: campaigns)
        plan.pendingFundamentals = [PendingItem(item: "Brochure reprint", budget: 1500, month: 2)]
        plan.horizon = ["Jo leaves: Wednesday 31 March 2027 to Monday 31 May 2027, Retail, -50% hours: 21 fewer for Retail."]
        plan.marketResponses = ["Opportunity: A competitor closed its Leeds office (Dental practices). "
            + "Response in month 1: Local awareness campaign in Leeds."]
        plan.risks = [Risk(risk: "Hospitality income may fall faster than Dental practices grows.", segments: ["Hospitality"],
                           response: "Watch it at each monthly review.")]
        plan.decisions = [Decision(decision: "Approve Brochure reprint (1,500 GBP, month 2)?", why: "Not planned until it is approved.")]
        plan.cuts = ["Trade show stand for Legal (GBP 2,500): it did not fit the campaign budget."]
        plan.conflicts = ["The focus split gave way for Retail: it gets 14.2% of the planned hours against 20% directed."]
        plan.assumptions = mode == .selfPlanning ? ["Focus split: Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%."] : []
        plan.actions = ["Send the plan draft (Jodie, by Friday 5 February 2027)"]
        plan.calendar = calendar
        plan.months = (1...3).flatMap { m in
            segments.map { s in
                let tasks = campaigns.filter { $0.segment == s.name }.flatMap(\.tasks).filter { $0.month == m }
                return MonthTotal(month: m, segment: s.name, hours: tasks.filter(\.isMarketing).reduce(0) { $0 + $1.hours },
                                  cost: tasks.reduce(0) { $0 + $1.cost })
            }
        }
        return plan
    }

    /// A plan with nothing in it: every section has to say it is empty.
    static func empty(mode: SessionMode = .director) -> Plan {
        Plan(sessionID: "20270201-0900", mode: mode, meetingDate: day("2027-02-01"), start: day("2027-03-01"),
             end: day("2027-05-31"), currency: "GBP", goals: [], weeklyHours: 30, campaignBudget: 0, segments: [], campaigns: [])
    }

    /// A 300-character text made of words (so a terminal line can wrap it).
    static let longText = String(repeating: "Dental practices near Leeds ", count: 11).prefix(300).description

    /// Hostile text cells and what a strict CSV reader must read back for each.
    static let hostileCells: [(text: String, cell: String)] = [
        ("Retail, North", "Retail, North"),
        ("Say \"hello\" twice", "Say \"hello\" twice"),
        ("Line one\nLine two", "Line one\nLine two"),
        ("Windows\r\nline", "Windows\r\nline"),
        ("=1+2", "'=1+2"),
        ("=HYPERLINK(\"http://x.test\",\"click\")", "'=HYPERLINK(\"http://x.test\",\"click\")"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-5", "'-5"),
        ("@home", "'@home"),
        ("\tTabbed", "'\tTabbed"),
        ("\rCarriage return", "'\rCarriage return"),
        ("\r\nStarts with CR LF", "'\r\nStarts with CR LF"),
        ("Launch 🚀 party 👩‍👩‍👧", "Launch 🚀 party 👩‍👩‍👧"),
        (longText, longText),
        ("a-b=c", "a-b=c"),
        ("'already quoted", "'already quoted"),
    ]

    /// One campaign per hostile text: the text as segment, campaign, activity, channel and why; hours and costs that
    /// test number cells.
    static func hostile() -> Plan {
        let numbers: [(Decimal, Decimal)] = [(1.5, 1250.5), (0.5, 1234567.891), (10, 0), (2, 0.1)]
        let campaigns = hostileCells.enumerated().map { index, cell -> Campaign in
            let due = day("2027-03-01").adding(days: index)
            var task = task(due.iso, 1, index / 7 + 1, cell.text, .grow, .awareness, cell.text, cell.text,
                            hours: numbers[index % numbers.count].0, cost: numbers[index % numbers.count].1, why: cell.text,
                            goLive: true)
            task.key = "hostile-\(index)"
            return campaign(cell.text, cell.text, .grow, .prospecting, why: cell.text, tasks: [task])
        }
        var plan = empty()
        plan.goals = hostileCells.map(\.text)
        plan.segments = [segment(longText, .grow, 100, planned: 100, hours: 25, directedHours: 25, spend: 100,
                                 directedSpend: 100, why: "=cmd|' /C calc'!A0", message: "Line one\nLine two\u{1B}[31m")]
        plan.campaigns = campaigns
        plan.horizon = [longText, "Tab\tin\tthe\tmiddle"]
        plan.cuts = ["\r\nStarts with CR LF"]
        plan.calendar = [CalendarEntry(key: "x", category: .activity, title: longText, date: day("2027-03-02"), startMinute: 545,
                                       minutes: 90, details: "", hasReminder: false)]
        return plan
    }
}
