import Foundation
import Testing
@testable import GuidanceCore

/// The shipped library as a JSON object, for breaking one thing at a time.
private func shipped() throws -> JSONObject {
    let url = ArticleCases.root.appendingPathComponent("prompts/activities.json")
    return try #require(try JSONParser.parse(try Data(contentsOf: url)).objectValue)
}

/// The problems the loader reports for the shipped library after `change`; empty when it loads.
private func problems(_ change: (inout JSONObject) -> Void) throws -> [String] {
    var root = try shipped()
    change(&root)
    switch ActivityLibraryLoader.load(JSONWriter.write(.object(root)), file: "test.json") {
    case .success: return []
    case .failure(let found): return found.problems.map(\.description)
    }
}

/// Changes the activity called `id` in `root`.
private func activity(_ root: inout JSONObject, _ id: String, _ change: (inout JSONObject) -> Void) {
    guard var list = root["activities"]?.arrayValue, let index = list.firstIndex(where: { $0["id"] == .string(id) }),
          var item = list[index].objectValue else { return }
    change(&item)
    list[index] = .object(item)
    root["activities"] = .array(list)
}

/// "test.json: activity N (id): ", the place `guidance check` names for the shipped activity `id`.
private func at(_ id: String) -> String {
    let list = (try? shipped())?["activities"]?.arrayValue ?? []
    let number = (list.firstIndex { $0["id"] == .string(id) } ?? -1) + 1
    return "test.json: activity \(number) (\(id)): "
}

/// Changes campaign template `number` (1-based) of `root`.
private func template(_ root: inout JSONObject, _ number: Int, _ change: (inout JSONObject) -> Void) {
    guard var list = root["campaigns"]?.arrayValue, var item = list[number - 1].objectValue else { return }
    change(&item)
    list[number - 1] = .object(item)
    root["campaigns"] = .array(list)
}

@Suite("Activity library, version 2")
struct ActivityLibraryTests {
    @Test("The shipped library loads, holds every template the planner builds from, and every template step has what it requires before it")
    func shippedLibraryLoads() throws {
        let library = try ArticleCases.library()
        for id in ActivityLibraryLoader.plannerTemplates { #expect(library.template(id) != nil, "\(id)") }
        #expect(ActivityLibraryLoader.requirementCycle(library.activities) == nil)
        for activity in library.activities {
            #expect(activity.hours >= 0.5 && (activity.hours * 2).rounded(0) == activity.hours * 2, "\(activity.id)")
            #expect((activity.kind == .recurring) == (activity.cadenceDays != nil), "\(activity.id)")
        }
        for template in library.campaigns {
            #expect(template.steps.filter(\.goLive).count == 1, "\(template.id)")
            for step in template.steps {
                for required in library.activity(step.activity)?.requires ?? [] {
                    let before = template.steps.first { $0.activity == required }
                    #expect(before.map { $0.offset < step.offset } == true, "\(template.id): \(step.activity) needs \(required) first")
                }
            }
        }
        #expect(library.rates == ConversionRates())
    }

    static let cases: [(String, @Sendable (inout JSONObject) -> Void, [String])] = [
        ("an old format", { $0["format"] = .string("guidance-activities/1") },
         [#"test.json: "format" should be "guidance-activities/2""#]),
        ("a misspelt key", { activity(&$0, "landing-page") { $0["lead_time"] = .number(3) } },
         [at("landing-page") + #""lead_time" is not a key of an activity; use only id, name, channel, stage, pull_push, kind, cadence_days, hours, cost, owner, lead_days, requires, needs_customers, purposes and scalable"#]),
        ("an unknown kind", { activity(&$0, "landing-page") { $0["kind"] = .string("thing") } },
         [at("landing-page") + #""kind" should be "asset" (made once), "recurring" (repeated every "cadence_days") or "task", not "thing""#]),
        ("recurring with no cadence", { activity(&$0, "social-posts") { $0["cadence_days"] = nil } },
         [at("social-posts") + #"recurring work needs "cadence_days", the days between two occurrences, such as 7"#]),
        ("a cadence on a task", { activity(&$0, "landing-page") { $0["cadence_days"] = .number(7) } },
         [at("landing-page") + #""cadence_days" is only for recurring work; remove it or set "kind" to "recurring""#]),
        ("a quarter of an hour", { activity(&$0, "landing-page") { $0["hours"] = .number(Decimal(string: "0.25")!) } },
         [at("landing-page") + #""hours" should be a number of hours from 0.5 to 80 in half hours, such as 1.5 or 6"#]),
        ("more than eighty hours", { activity(&$0, "landing-page") { $0["hours"] = .number(Decimal(string: "80.5")!) } },
         [at("landing-page") + #""hours" should be a number of hours from 0.5 to 80 in half hours, such as 1.5 or 6"#]),
        ("no hours", { activity(&$0, "landing-page") { $0["hours"] = .number(0) } },
         [at("landing-page") + #""hours" should be a number of hours from 0.5 to 80 in half hours, such as 1.5 or 6"#]),
        ("a negative cost", { activity(&$0, "landing-page") { $0["cost"] = .number(-250) } },
         [at("landing-page") + #""cost" should be an amount of 0 or more with at most 2 decimals, such as 250 or 99.50"#]),
        ("a cost in tenths of a penny", { activity(&$0, "landing-page") { $0["cost"] = .number(Decimal(string: "99.505")!) } },
         [at("landing-page") + #""cost" should be an amount of 0 or more with at most 2 decimals, such as 250 or 99.50"#]),
        ("an unknown owner", { activity(&$0, "landing-page") { $0["owner"] = .string("intern") } },
         [at("landing-page") + #""owner" should be "marketing", "sales" or "agency", not "intern""#]),
        ("an unknown purpose", { activity(&$0, "landing-page") { $0["purposes"] = .array([.string("fun")]) } },
         [at("landing-page") + #""purposes" has "fun", which is not a purpose; use a list of one or more of "prospecting", "retention", "wind-down", "event", "response", "sales-material" and "fundamentals""#]),
        ("scalable but free", { activity(&$0, "landing-page") { $0["scalable"] = .bool(true) } },
         [at("landing-page") + #"it is marked "scalable" but costs nothing; give it a cost or remove "scalable""#]),
        ("a requirement that does not exist", { activity(&$0, "landing-page") { $0["requires"] = .array([.string("nothing-here")]) } },
         [#"test.json: activities: "landing-page" requires "nothing-here", which is not an activity of this library"#]),
        ("requirements in a circle", { activity(&$0, "target-list") { $0["requires"] = .array([.string("intro-letter")]) } },
         [#"test.json: campaign 1 (win-segment), step 1: "target-list" requires "intro-letter", so its offset must be later than 0"#,
          "test.json: campaign 2 (promote-event), step 2: \"target-list\" requires \"intro-letter\", which is not a step of this campaign; add it before",
          "test.json: campaign 3 (launch), step 1: \"target-list\" requires \"intro-letter\", which is not a step of this campaign; add it before",
          "test.json: campaign 12 (webinar), step 1: \"target-list\" requires \"intro-letter\", which is not a step of this campaign; add it before",
          #"test.json: activities: the requirements go round in a circle (target-list requires intro-letter requires target-list); nothing in that circle could ever start, so remove one requirement"#]),
        ("a missing template", { root in
            root["campaigns"] = .array((root["campaigns"]?.arrayValue ?? []).filter { $0["id"] != .string("wind-down") })
         }, [#"test.json: activities: the campaign template "wind-down" is missing; the planner builds from it, so add it back"#]),
        ("a step with an unknown activity", { template(&$0, 1) { t in
            t["steps"] = .array([.object(JSONObject([("activity", .string("podcast")), ("offset", .number(0)), ("go_live", .bool(true))]))])
         } }, [#"test.json: campaign 1 (win-segment), step 1: "podcast" is not an activity of this library; use one of the activity ids"#]),
        ("two go-lives", { template(&$0, 1) { t in
            var steps = t["steps"]?.arrayValue ?? []
            if var first = steps[0].objectValue { first["go_live"] = .bool(true); steps[0] = .object(first) }
            t["steps"] = .array(steps)
         } }, [#"test.json: campaign 1 (win-segment): it has 2 steps marked "go_live"; mark exactly one: the day the campaign reaches people"#]),
        ("a conversion rate above one", { $0["conversion_rates"] = .object(JSONObject([("proposal_to_win", .number(Decimal(string: "1.5")!))])) },
         [#"test.json: conversion_rates: "proposal_to_win" should be a share above 0 and at most 1, such as 0.3 for 30%"#]),
    ]

    @Test("Hours and costs at the edges of what is allowed load", arguments: [
        ("0.5", "0"), ("80", "0.01"), ("1.5", "99.5"), ("79.5", "99.50"), ("12", "250"), ("2.50", "1e3"),
    ])
    func edgesLoad(_ hours: String, _ cost: String) throws {
        let found = try problems { root in
            activity(&root, "landing-page") {
                $0["hours"] = .number(Decimal(string: hours) ?? 0)
                $0["cost"] = .number(Decimal(string: cost) ?? -1)
            }
        }
        #expect(found == [])
    }

    @Test("A broken library names each problem with its place", arguments: 0..<cases.count)
    func brokenLibrary(_ index: Int) throws {
        let (name, change, expected) = Self.cases[index]
        let found = try problems(change)
        #expect(found == expected, "\(name): \(found)")
    }
}
