import Foundation
import Testing
@testable import GuidanceCore

/// The shipped `prompts/` folder, found from this file: Tests/GuidanceCoreTests/../../prompts.
private let promptsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../prompts").standardizedFileURL

/// One activity as JSON text; `extra` adds or overrides members, such as `"campaign": true`.
private func activity(_ id: String, _ stage: String, _ pullPush: String = "pull", hours: String = "4", cost: String = "100",
                      roles: String = #"["grow", "maintain"]"#, extra: String = "") -> String {
    let more = extra.isEmpty ? "" : ", " + extra
    return #"{"id": "\#(id)", "name": "Name", "channel": "Web", "stage": "\#(stage)", "pull_push": "\#(pullPush)", "#
        + #""hours": \#(hours), "cost": \#(cost), "roles": \#(roles)\#(more)}"#
}

/// The smallest library that meets every rule: six activities per stage, in stage order.
///
/// Per stage: `S-free` (pull, 1 hour, cost 0, grow and maintain; also exit at loyalty), `S-paid`,
/// `S-material` (push, not a follow-up) and three fillers `S-4`...`S-6`; `awareness-4` is a campaign and
/// `consideration-4` a follow-up.
private let base: [String: String] = {
    var all: [String: String] = [:]
    for stage in BuyingStage.allCases.map(\.rawValue) {
        all["\(stage)-free"] = activity("\(stage)-free", stage, hours: "1", cost: "0",
                                        roles: stage == "loyalty" ? #"["grow", "maintain", "exit"]"# : #"["grow", "maintain"]"#)
        all["\(stage)-paid"] = activity("\(stage)-paid", stage, hours: "8", cost: "500")
        all["\(stage)-material"] = activity("\(stage)-material", stage, "push", hours: "3", cost: "0")
        for n in 4...6 { all["\(stage)-\(n)"] = activity("\(stage)-\(n)", stage, roles: #"["grow"]"#) }
    }
    all["awareness-4"] = activity("awareness-4", "awareness", roles: #"["grow"]"#, extra: #""campaign": true"#)
    all["consideration-4"] = activity("consideration-4", "consideration", "push", roles: #"["grow"]"#, extra: #""follow_up": true"#)
    return all
}()

private let baseOrder: [String] = BuyingStage.allCases.flatMap { stage in
    ["free", "paid", "material", "4", "5", "6"].map { "\(stage.rawValue)-\($0)" }
}

/// A library file from the base activities with some replaced (`nil` removes one), and root members added.
private func library(_ changes: [String: String?] = [:], calendar: String? = nil, root: String = #""format": "guidance-activities/1""#) -> String {
    let lines = baseOrder.compactMap { id in changes.keys.contains(id) ? changes[id] ?? nil : base[id] }
    let calendarPart = calendar.map { #", "calendar": \#($0)"# } ?? ""
    return "{\(root)\(calendarPart), \"activities\": [\n" + lines.joined(separator: ",\n") + "\n]}"
}

/// The problems the loader reports for `text`, as `guidance check` prints them; empty when it loads.
private func problems(_ text: String) -> [String] {
    switch ActivityLibraryLoader.load(text, file: "test.json") {
    case .success: return []
    case .failure(let found): return found.problems.map(\.description)
    }
}

/// One broken library and the exact problems it should give.
struct BrokenLibrary: CustomStringConvertible, Sendable {
    var description: String
    var text: String
    var expected: [String]
    init(_ description: String, _ text: String, _ expected: String...) {
        self.description = description; self.text = text; self.expected = expected
    }
}

private let stages = "awareness, interest, consideration, purchase or loyalty"
private let rolesAdvice = #"a list of one or more of "grow", "maintain" and "exit", such as ["grow", "maintain"]"#
private let aw4 = "test.json: activity 4 (awareness-4): "
private let aw5 = "test.json: activity 5 (awareness-5): "

@Suite struct ActivityLibraryTests {
    // MARK: the shipped library

    @Test func shippedLibraryLoadsWithNoProblems() throws {
        let result = ActivityLibraryLoader.load(folder: promptsFolder)
        if case .failure(let found) = result { Issue.record("prompts/activities.json has problems:\n\(found)") }
        let library = try result.get()
        #expect(library.activities.count >= 36)
        for stage in BuyingStage.allCases {
            #expect(library.activities.filter { $0.stage == stage }.count >= 5, "stage \(stage)")
        }
        #expect(library.calendar == CalendarDefaults())
        #expect(Set(library.activities.map(\.id)).count == library.activities.count)
    }

    /// The planner's guarantees, written out again here so a change to the loader cannot hide a gap in the file.
    @Test func shippedLibraryMeetsEveryGuarantee() throws {
        let all = try ActivityLibraryLoader.load(folder: promptsFolder).get().activities
        func quickFree(_ role: SegmentRole, _ stage: BuyingStage) -> [Activity] {
            all.filter { $0.stage == stage && $0.roles.contains(role) && $0.cost == 0 && $0.hours <= 2 }
        }
        for stage in BuyingStage.allCases {
            #expect(quickFree(.grow, stage).contains { $0.pullPush == .pull }, "free quick pull for grow at \(stage)")
            #expect(all.contains { $0.stage == stage && $0.pullPush == .push && !$0.isFollowUp }, "sales material at \(stage)")
        }
        #expect(!quickFree(.maintain, .interest).isEmpty)
        #expect(!quickFree(.maintain, .loyalty).isEmpty)
        #expect(!quickFree(.exit, .loyalty).isEmpty)
        #expect(all.filter { $0.roles.contains(.exit) }.allSatisfy { $0.stage == .loyalty })
        #expect(all.contains { $0.stage == .consideration && $0.isFollowUp })
        #expect(all.contains { $0.stage == .awareness && $0.isCampaign && $0.roles.contains(.grow) })
        #expect(all.filter(\.isFollowUp).allSatisfy { $0.pullPush == .push })
        #expect(all.allSatisfy { $0.hours >= 1 && $0.hours <= 24 && $0.cost >= 0 && $0.cost <= 5000 })
    }

    @Test func baseLibraryOfTheTableLoads() {
        #expect(problems(library()) == [])
    }

    // MARK: broken libraries, one rule each

    static let broken: [BrokenLibrary] = [
        BrokenLibrary("JSON mistake", "{\"format\": \"guidance-activities/1\",\n \"activities\": [}",
                      "test.json: line 2, column 17: expected a value but found '}'"),
        BrokenLibrary("not an object", "[]", #"test.json: the file should hold one JSON object with "format" and "activities""#),
        BrokenLibrary("format missing", library(root: #""calendar": {}"#),
                      #"test.json: "format" is missing; add "format": "guidance-activities/1" at the top"#),
        BrokenLibrary("format wrong", library(root: #""format": "guidance-script/1""#),
                      #"test.json: "format" should be "guidance-activities/1""#),
        BrokenLibrary("unknown root key", library(root: #""format": "guidance-activities/1", "activity": []"#),
                      #"test.json: "activity" is not a key of the activity library; use only format, calendar and activities"#),
        BrokenLibrary("activities missing", #"{"format": "guidance-activities/1"}"#, #"test.json: "activities" should be a list of activities"#),
        BrokenLibrary("activity not an object", library(["awareness-4": "\"blog\""]),
                      #"test.json: activity 4: each activity should be an object with "id", "name", "channel", "stage", "pull_push", "hours", "cost" and "roles""#),
        BrokenLibrary("id missing", library(["awareness-4": activity("x", "awareness").replacingOccurrences(of: #""id": "x", "#, with: "")]),
                      #"test.json: activity 4: "id" is missing; add a short name such as "blog-post""#),
        BrokenLibrary("id not lowercase", library(["awareness-4": activity("Blog Post", "awareness")]),
                      #"test.json: activity 4: "id" should be lowercase letters, digits and dashes, such as "blog-post""#),
        BrokenLibrary("id used twice", library(["awareness-5": activity("awareness-paid", "awareness")]),
                      #"test.json: activity 5 (awareness-paid): the id "awareness-paid" is also used by activity 2; give each activity its own id"#),
        BrokenLibrary("name empty", library(["awareness-4": activity("awareness-4", "awareness").replacingOccurrences(of: #""Name""#, with: #"" ""#)]),
                      aw4 + #""name" should be non-empty text in double quotes"#),
        BrokenLibrary("channel missing", library(["awareness-4": activity("awareness-4", "awareness").replacingOccurrences(of: #""channel": "Web", "#, with: "")]),
                      aw4 + #""channel" is missing; add it as text"#),
        BrokenLibrary("unknown key", library(["awareness-5": activity("awareness-5", "awareness", extra: #""campain": true"#)]),
                      aw5 + #""campain" is not a key of an activity; use only id, name, channel, stage, pull_push, hours, cost, roles, campaign and follow_up"#),
        BrokenLibrary("stage unknown", library(["awareness-4": activity("awareness-4", "aware")]),
                      aw4 + #""stage" should be \#(stages), not "aware""#),
        BrokenLibrary("stage missing", library(["awareness-4": activity("awareness-4", "x").replacingOccurrences(of: #""stage": "x", "#, with: "")]),
                      aw4 + #""stage" is missing; add \#(stages)"#),
        BrokenLibrary("pull_push unknown", library(["awareness-4": activity("awareness-4", "awareness", "sales")]),
                      aw4 + #""pull_push" should be "pull" (marketing) or "push" (sales material and follow-up), not "sales""#),
        BrokenLibrary("hours zero", library(["awareness-4": activity("awareness-4", "awareness", hours: "0")]),
                      aw4 + #""hours" should be a number of hours more than 0 and at most 80"#),
        BrokenLibrary("hours over 80", library(["awareness-4": activity("awareness-4", "awareness", hours: "80.5")]),
                      aw4 + #""hours" should be a number of hours more than 0 and at most 80"#),
        BrokenLibrary("hours as text", library(["awareness-4": activity("awareness-4", "awareness", hours: #""4""#)]),
                      aw4 + #""hours" should be a number of hours more than 0 and at most 80"#),
        BrokenLibrary("cost negative", library(["awareness-4": activity("awareness-4", "awareness", cost: "-1")]),
                      aw4 + #""cost" should be an amount of 0 or more with at most 2 decimals, such as 250 or 99.50"#),
        BrokenLibrary("cost with 3 decimals", library(["awareness-4": activity("awareness-4", "awareness", cost: "10.005")]),
                      aw4 + #""cost" should be an amount of 0 or more with at most 2 decimals, such as 250 or 99.50"#),
        BrokenLibrary("roles empty", library(["awareness-4": activity("awareness-4", "awareness", roles: "[]")]),
                      aw4 + #""roles" should be \#(rolesAdvice)"#),
        BrokenLibrary("role unknown", library(["awareness-4": activity("awareness-4", "awareness", roles: #"["growth"]"#)]),
                      aw4 + #""roles" has "growth", which is not a role; use grow, maintain or exit"#),
        BrokenLibrary("role twice", library(["awareness-4": activity("awareness-4", "awareness", roles: #"["grow", "grow"]"#)]),
                      aw4 + #""roles" lists "grow" twice; list each role once"#),
        BrokenLibrary("campaign not a flag", library(["awareness-5": activity("awareness-5", "awareness", extra: #""campaign": "yes""#)]),
                      aw5 + #""campaign" should be true or false"#),
        BrokenLibrary("exit before loyalty", library(["awareness-5": activity("awareness-5", "awareness", roles: #"["exit"]"#)]),
                      #"test.json: activity 5 (awareness-5): it suits "exit" but is at the awareness stage; a segment being exited only gets retention and wind-down work, so put it at loyalty or remove "exit""#),
        BrokenLibrary("follow-up marked pull", library(["awareness-5": activity("awareness-5", "awareness", extra: #""follow_up": true"#)]),
                      #"test.json: activity 5 (awareness-5): it is a follow-up but marked "pull"; follow-up is sales work, so mark it "push" or set "follow_up" to false"#),
        BrokenLibrary("fewer than 30", library(["awareness-6": nil]),
                      "test.json: activities: the library has 29 activities but needs at least 30; add more so the planner has enough to choose from"),
        BrokenLibrary("fewer than 4 at a stage",
                      library(Dictionary(uniqueKeysWithValues: (4...6).map { ("purchase-\($0)", activity("purchase-\($0)", "awareness", roles: #"["grow"]"#)) })),
                      "test.json: activities: the library has 3 activities at the purchase stage but needs at least 4; add more at that stage"),
        BrokenLibrary("no quick free pull for grow", library(["interest-free": activity("interest-free", "interest", hours: "1", cost: "0", roles: #"["maintain"]"#)]),
                      #"test.json: activities: no pull activity at the interest stage suits "grow" with cost 0 and 2 hours or less; add one, because the planner falls back on it when time or money runs short for a growth segment"#),
        BrokenLibrary("quick free for grow is push", library(["purchase-free": activity("purchase-free", "purchase", "push", hours: "1", cost: "0")]),
                      #"test.json: activities: no pull activity at the purchase stage suits "grow" with cost 0 and 2 hours or less; add one, because the planner falls back on it when time or money runs short for a growth segment"#),
        BrokenLibrary("no quick free for maintain", library(["interest-free": activity("interest-free", "interest", hours: "1", cost: "0", roles: #"["grow"]"#)]),
                      #"test.json: activities: no activity at the interest stage suits "maintain" with cost 0 and 2 hours or less; add one so every maintained segment keeps its interest work each month"#),
        BrokenLibrary("maintain loyalty costs", library(["loyalty-free": activity("loyalty-free", "loyalty", hours: "1", cost: "0", roles: #"["grow", "exit"]"#)]),
                      #"test.json: activities: no activity at the loyalty stage suits "maintain" with cost 0 and 2 hours or less; add one so every maintained segment keeps its loyalty work each month"#),
        BrokenLibrary("no quick free for exit", library(["loyalty-free": activity("loyalty-free", "loyalty", hours: "1", cost: "0")]),
                      #"test.json: activities: no activity at the loyalty stage suits "exit" with cost 0 and 2 hours or less; add one so a segment being exited always gets its retention and wind-down work"#),
        BrokenLibrary("quick free takes too long", library(["loyalty-free": activity("loyalty-free", "loyalty", hours: "2.5", cost: "0", roles: #"["grow", "maintain", "exit"]"#)]),
                      #"test.json: activities: no pull activity at the loyalty stage suits "grow" with cost 0 and 2 hours or less; add one, because the planner falls back on it when time or money runs short for a growth segment"#,
                      #"test.json: activities: no activity at the loyalty stage suits "maintain" with cost 0 and 2 hours or less; add one so every maintained segment keeps its loyalty work each month"#,
                      #"test.json: activities: no activity at the loyalty stage suits "exit" with cost 0 and 2 hours or less; add one so a segment being exited always gets its retention and wind-down work"#),
        BrokenLibrary("no sales material", library(["purchase-material": activity("purchase-material", "purchase", "push", extra: #""follow_up": true"#)]),
                      "test.json: activities: no sales material (a push activity that is not a follow-up) is at the purchase stage; add one so Sales has material for prospects at that stage"),
        BrokenLibrary("no follow-up at consideration", library(["consideration-4": activity("consideration-4", "consideration", "push")]),
                      #"test.json: activities: no follow-up is at the consideration stage; add one, such as sales follow-up calls, with "follow_up": true"#),
        BrokenLibrary("no awareness campaign for grow", library(["awareness-4": activity("awareness-4", "awareness", roles: #"["maintain"]"#, extra: #""campaign": true"#)]),
                      #"test.json: activities: no campaign at the awareness stage suits "grow"; add one with "campaign": true so a growth segment can get an awareness campaign"#),
        BrokenLibrary("calendar not an object", library(calendar: #""10:00""#),
                      #"test.json: calendar: "calendar" should be an object of times and minutes, such as {"meeting_time": "10:00"}"#),
        BrokenLibrary("calendar hour 24", library(calendar: #"{"meeting_time": "24:00"}"#),
                      #"test.json: calendar: "meeting_time" should be a time of day written HH:MM, from 00:00 to 23:59, such as "09:30""#),
        BrokenLibrary("calendar one-digit hour", library(calendar: #"{"review_time": "9:30"}"#),
                      #"test.json: calendar: "review_time" should be a time of day written HH:MM, from 00:00 to 23:59, such as "09:30""#),
        BrokenLibrary("calendar minute 60", library(calendar: #"{"planning_time": "14:60"}"#),
                      #"test.json: calendar: "planning_time" should be a time of day written HH:MM, from 00:00 to 23:59, such as "09:30""#),
        BrokenLibrary("calendar minutes too short", library(calendar: #"{"meeting_minutes": 4}"#),
                      #"test.json: calendar: "meeting_minutes" should be a whole number of minutes from 5 to 480"#),
        BrokenLibrary("calendar minutes too long", library(calendar: #"{"planning_minutes": 481}"#),
                      #"test.json: calendar: "planning_minutes" should be a whole number of minutes from 5 to 480"#),
        BrokenLibrary("calendar minutes with decimals", library(calendar: #"{"reminder_minutes": 15.5}"#),
                      #"test.json: calendar: "reminder_minutes" should be a whole number of minutes from 5 to 480"#),
        BrokenLibrary("calendar unknown key", library(calendar: #"{"meeting_start": "10:00"}"#),
                      "test.json: calendar: \"meeting_start\" is not a calendar setting; use only meeting_time, meeting_minutes, planning_time, planning_minutes, review_time, review_minutes and reminder_minutes"),
    ]

    @Test(arguments: broken)
    func brokenLibraryIsReported(_ c: BrokenLibrary) {
        #expect(problems(c.text) == c.expected)
    }

    /// Values at the edges of each rule still load.
    @Test(arguments: [
        ["awareness-4": activity("awareness-4", "awareness", hours: "80", extra: #""campaign": true"#)],
        ["awareness-5": activity("awareness-5", "awareness", hours: "0.25", cost: "2999.99")],
        ["interest-free": activity("interest-free", "interest", hours: "2", cost: "0.00")],
        ["loyalty-5": activity("loyalty-5", "loyalty", roles: #"["exit"]"#, extra: #""campaign": false, "follow_up": false"#)],
        ["purchase-5": activity("purchase-5", "awareness"), "purchase-6": activity("purchase-6", "interest")],
    ] as [[String: String?]])
    func edgeValuesLoad(_ changes: [String: String?]) {
        #expect(problems(library(changes)) == [])
    }

    @Test func activityIsReadWithEveryProperty() throws {
        let text = library(["awareness-5": activity("awareness-5", "awareness", "push", hours: "1.5", cost: "99.5",
                                                    roles: #"["maintain", "grow"]"#, extra: #""campaign": true, "follow_up": true"#)])
        let read = try ActivityLibraryLoader.load(text, file: "test.json").get().activities
        #expect(read.count == 30)
        #expect(read[4] == Activity(id: "awareness-5", name: "Name", channel: "Web", stage: .awareness, pullPush: .push,
                                    hours: Decimal(string: "1.5") ?? 0, cost: Decimal(string: "99.5") ?? 0,
                                    roles: [.grow, .maintain], isCampaign: true, isFollowUp: true))
        #expect(read[5].isCampaign == false && read[5].isFollowUp == false)
        #expect(read.map(\.id) == baseOrder)
    }

    // MARK: calendar

    @Test(arguments: [("00:00", 0), ("07:05", 425), ("10:00", 600), ("13:30", 810), ("23:59", 1439)])
    func calendarTimesAreMinutesAfterMidnight(_ time: String, _ minutes: Int) throws {
        let text = library(calendar: #"{"meeting_time": "\#(time)", "planning_time": "\#(time)", "review_time": "\#(time)"}"#)
        let calendar = try ActivityLibraryLoader.load(text, file: "test.json").get().calendar
        #expect(calendar.meetingStart == minutes)
        #expect(calendar.planningStart == minutes)
        #expect(calendar.reviewStart == minutes)
    }

    @Test func calendarKeysAreRead() throws {
        let text = library(calendar: #"{"meeting_time": "09:15", "meeting_minutes": 45, "planning_time": "13:00", "planning_minutes": 90, "#
                           + #""review_time": "17:00", "review_minutes": 20, "reminder_minutes": 10}"#)
        let calendar = try ActivityLibraryLoader.load(text, file: "test.json").get().calendar
        var expected = CalendarDefaults()
        expected.meetingStart = 555; expected.meetingMinutes = 45
        expected.planningStart = 780; expected.planningMinutes = 90
        expected.reviewStart = 1020; expected.reviewMinutes = 20
        expected.reminderMinutes = 10
        #expect(calendar == expected)
    }

    @Test func missingCalendarKeepsTheDefaults() throws {
        let none = try ActivityLibraryLoader.load(library(), file: "test.json").get().calendar
        #expect(none == CalendarDefaults())
        #expect(none.meetingStart == 600 && none.planningStart == 840 && none.reviewStart == 960)
        let some = try ActivityLibraryLoader.load(library(calendar: #"{"review_time": "15:00"}"#), file: "test.json").get().calendar
        var expected = CalendarDefaults()
        expected.reviewStart = 900
        #expect(some == expected)
    }

    @Test func missingFileIsNamed() {
        let folder = URL(fileURLWithPath: "/nonexistent-guidance-folder")
        guard case .failure(let found) = ActivityLibraryLoader.load(folder: folder) else { Issue.record("loaded a missing file"); return }
        #expect(found.description == "/nonexistent-guidance-folder/activities.json: cannot read this file; check that the prompts folder holds activities.json")
    }
}
