import Foundation
@testable import GuidanceCore

/// One generated guidance session: the answers as a session stores them, and what the planner is given with them.
struct GeneratedSession: Sendable {
    /// The seed that made it: give it to `SessionGenerator.session(seed:)` to get the same session again.
    let seed: UInt64
    /// The answers by question id, as `Session.values` holds them.
    let answers: [String: JSONValue]
    /// The day of the guidance session.
    let meetingDate: CalendarDate
    /// Director meeting or self-planning session.
    let mode: SessionMode
    /// The agenda topics for the next meeting's calendar entry.
    let agenda: [String]
    /// Question ids left unanswered (a partial session); empty for a complete one.
    let missing: [String]

    /// The typed facts the planner reads.
    var facts: GuidanceFacts { GuidanceFacts(answers: answers, meetingDate: meetingDate) }

    /// A short description for failure messages.
    var label: String {
        "seed \(seed)" + (mode == .selfPlanning ? " (self-planning)" : "") + (missing.isEmpty ? "" : " (partial: no \(missing.joined(separator: ", ")))")
    }
}

/// Random but valid guidance sessions from a seed, for the planner's property tests.
///
/// Segment names are awkward on purpose (commas, quotes, accents, emoji, leading `=`, `-`, `+`, `@`), but no
/// name holds another, so "a message names the segment" can be checked with `contains`.
enum SessionGenerator {
    /// Segment names: none is a part of another (checked by `PlannerPropertyTests.generatorIsSound`).
    static let segmentNames = [
        "Dental practices", "Cafés & bistros", "Retail, online", "\"Premium\" clients", "Legal — small firms",
        "Schools; nurseries", "Hôtels de Zürich", "Bike shops 🚲", "=SUM(A1) accountants", "-Minus club members",
        "+Plus subscribers", "@Handles agency", "Ærøskøbing farms", "Vets, \"exotic\" pets", "Estate agents",
        "Charities (UK)", "Gyms/fitness studios", "Nail salons 💅🏽", "Back\\slash builders", "Apostrophe's garages",
        "Plumbers", "Architects", "Florists", "Hospitality",
        // Names that differ only in accents or emoji: no ASCII key may mix them up.
        "Cafes & bistros", "Bike shops 🛵",
    ]
    static let goals = [
        "Replace the income of the shrinking segment", "Double enquiries from new clients", "Keep every current client",
        "Win 20 new accounts, \"quickly\"", "Launch the new service; build awareness", "Grow repeat business by 15%",
    ]
    static let materials = [
        "Case study pack", "Information pack, \"lite\"", "Call script", "Booking confirmation", "Customer guide",
        "Price sheet", "Comparison sheet — détaillé", "Welcome email 👋", "Proposal template", "Referral card",
    ]
    static let fundamentalItems = ["Website update", "Brochure reprint", "Customer database clean-up", "Brand guidelines", "Photography"]
    static let internalChangeNames = ["Jo leaves", "New hire starts", "Product launch", "Office move", "Parental leave, Sam"]
    static let marketChangeNames = [
        "A competitor closed its Leeds office", "New regulation on advertising", "Demand fell after the price rise",
        "A rival launched a cheaper offer", "Trade fair moved to our city",
    ]
    static let responses = ["Local awareness campaign", "Reassure customers by letter", "Price-match message", ""]
    static let agendaTopics = [
        "Strategic why (4 min)", "Segments, roles; growth", "Focus split — 3 min", "Fundamentals, \"the basics\"", "Wrap-up 🎯",
    ]
    /// Question ids in the order of `director.json`'s topics.
    static let keyOrder = [
        "goals", "segments", "growth_segment", "roles", "segment_why", "exit_plan", "customers", "focus", "targets",
        "key_dates", "plan_start", "capacity_hours_per_week", "campaign_budget", "currency", "holidays", "days_off",
        "fundamentals", "internal_changes", "market_changes", "sales_needs", "director", "marketer", "actions",
    ]
    /// Key date names.
    static let keyDateNames = ["Dentistry Show", "Spring launch", "Tender deadline", "Summer offer ends", "Open day, \"live\""]
    /// Public-holiday calendars, and no calendar.
    static let holidayCalendars = ["GB-EAW", "GB-SCT", "GB-NIR", "IE", "US", "none"]

    /// The session that `seed` makes.
    static func session(seed: UInt64) -> GeneratedSession {
        var rng = SplitMix64(state: seed)
        var answers: [String: JSONValue] = [:]
        answers["goals"] = .array(pick(goals, count: Int.random(in: 1...2, using: &rng), &rng).map(JSONValue.string))
        let names = pick(segmentNames, count: Int.random(in: 1...8, using: &rng), &rng)
        answers["segments"] = .array(names.map(JSONValue.string))
        let roles = roles(for: names, &rng)
        answers["roles"] = object(zip(names, roles).map { ($0, .string($1.rawValue)) })
        if let growth = zip(names, roles).first(where: { $0.1 == .grow })?.0 ?? (chance(30, &rng) ? names.first : nil) {
            answers["growth_segment"] = .string(growth)
        }
        answers["segment_why"] = object(names.filter { _ in chance(40, &rng) }.map { ($0, .string("Because of \($0), said the board")) })
        if roles.contains(.exit), chance(60, &rng) { answers["exit_plan"] = .string("Keep current clients happy until their contracts end") }
        answers["focus"] = object(zip(names, split(names.count, &rng)).map { ($0, .number(Decimal($1))) })
        answers["customers"] = object(zip(names, roles).map { name, role in
            let none = role == .grow ? chance(50, &rng) : chance(10, &rng)
            return (name, .number(Decimal(none ? 0 : Int.random(in: 1...60, using: &rng))))
        })
        answers["targets"] = .array(zip(names, roles).filter { $0.1 == .grow && chance(60, &rng) }.map { name, _ in
            object([("segment", .string(name)), ("measure", .string("new clients signed")),
                    ("amount", .number(Decimal(Int.random(in: 1...12, using: &rng))))])
        })
        let start = planStart(&rng)
        answers["plan_start"] = .string(start.iso)
        answers["capacity_hours_per_week"] = .number(hours(&rng))
        answers["campaign_budget"] = .number(budget(&rng))
        answers["currency"] = .string(["GBP", "EUR", "USD"].randomElement(using: &rng) ?? "GBP")
        answers["key_dates"] = .array(pick(keyDateNames, count: Int.random(in: 0...2, using: &rng), &rng).map { name in
            object([("name", .string(name)), ("date", .string(start.adding(days: Int.random(in: -10...100, using: &rng)).iso)),
                    ("kind", .string((GuidanceFacts.KeyDate.Kind.allCases.randomElement(using: &rng) ?? .event).rawValue)),
                    ("segments", .array(someOrAll(names, &rng).map(JSONValue.string)))])
        })
        if chance(90, &rng) { answers["holidays"] = .string(holidayCalendars.randomElement(using: &rng) ?? "GB-EAW") }
        answers["days_off"] = .array((0..<Int.random(in: 0...3, using: &rng)).map { _ in
            .string(start.adding(days: Int.random(in: 0...91, using: &rng)).iso)
        })
        answers["director"] = object([("name", .string("Sam Patel")), ("email", .string("sam@example.com"))])
        answers["marketer"] = object([("name", .string("Alex Brown"))])
        answers["fundamentals"] = .array(pick(fundamentalItems, count: Int.random(in: 0...3, using: &rng), &rng).map { item in
            object([("item", .string(item)), ("budget", .number(Decimal(Int.random(in: 0...20, using: &rng) * 500))),
                    ("month", .number(Decimal(Int.random(in: 1...3, using: &rng)))), ("approved", .bool(chance(60, &rng)))])
        })
        answers["internal_changes"] = .array(pick(internalChangeNames, count: Int.random(in: 0...3, using: &rng), &rng).map { change in
            let (from, to) = window(start: start, &rng)
            let pct = chance(50, &rng) ? [-100, -50, -25, 0, 20, 50, 100].randomElement(using: &rng) ?? 0 : Int.random(in: -100...100, using: &rng)
            return object([("change", .string(change)), ("from", .string(from.iso)), ("to", chance(20, &rng) ? .null : .string(to.iso)),
                           ("segments", .array(someOrAll(names, &rng).map(JSONValue.string))), ("capacity_pct", .number(Decimal(pct)))])
        })
        answers["market_changes"] = .array(pick(marketChangeNames, count: Int.random(in: 0...3, using: &rng), &rng).map { change in
            object([("change", .string(change)), ("segments", .array(someOrAll(names, &rng).map(JSONValue.string))),
                    ("kind", .string(chance(50, &rng) ? "opportunity" : "threat")),
                    ("response", .string(responses.randomElement(using: &rng) ?? "")),
                    ("when", chance(70, &rng) ? .string(start.adding(days: Int.random(in: -20...80, using: &rng)).iso) : .null)])
        })
        answers["sales_needs"] = .array(pick(materials, count: Int.random(in: 0...4, using: &rng), &rng).map { material in
            object([("material", .string(material)),
                    ("stage", .string((BuyingStage.allCases.randomElement(using: &rng) ?? .interest).rawValue)),
                    ("segment", .string(names.randomElement(using: &rng) ?? "")),
                    ("needed_by", chance(70, &rng) ? .string(start.adding(days: Int.random(in: 3...80, using: &rng)).iso) : .null)])
        })
        answers["actions"] = .array((0..<Int.random(in: 0...2, using: &rng)).map { index in
            object([("action", .string(["Send the plan draft", "Book the photographer"][index])), ("owner", .string("Jodie")),
                    ("due", .string(start.adding(days: -3).iso))])
        })
        let meeting = start.adding(days: -Int.random(in: 0...60, using: &rng))
        let mode: SessionMode = chance(20, &rng) ? .selfPlanning : .director
        let missing = chance(15, &rng) ? leaveOut(&answers, &rng) : []
        let agenda = chance(50, &rng) ? Planner.defaultAgenda : pick(agendaTopics, count: Int.random(in: 1...5, using: &rng), &rng)
        return GeneratedSession(seed: seed, answers: answers, meetingDate: meeting, mode: mode, agenda: agenda, missing: missing)
    }

    /// Whether a random draw falls within `percent` of a hundred.
    static func chance(_ percent: Int, _ rng: inout SplitMix64) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }

    /// `count` different items of `pool`, in a random order.
    static func pick<T>(_ pool: [T], count: Int, _ rng: inout SplitMix64) -> [T] {
        Array(pool.shuffled(using: &rng).prefix(count))
    }

    /// A JSON object with `pairs` in order.
    static func object(_ pairs: [(String, JSONValue)]) -> JSONValue { .object(JSONObject(pairs)) }

    /// Roles: sometimes several grow segments, sometimes none, sometimes exit, sometimes all at random.
    static func roles(for names: [String], _ rng: inout SplitMix64) -> [SegmentRole] {
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return names.map { _ in SegmentRole.allCases.randomElement(using: &rng) ?? .maintain }
        case 1: return names.map { _ in chance(75, &rng) ? .grow : .maintain }
        case 2: return names.map { _ in chance(60, &rng) ? .maintain : .exit }
        default: return names.indices.map { $0 == 0 ? .grow : ($0 == names.count - 1 && names.count > 1 ? .exit : .maintain) }
        }
    }

    /// Whole percents for `count` segments totalling 100, some of them 0 (never all).
    static func split(_ count: Int, _ rng: inout SplitMix64) -> [Int] {
        var weights = (0..<count).map { _ in chance(20, &rng) ? 0 : Int.random(in: 1...100, using: &rng) }
        if chance(10, &rng) { weights = weights.indices.map { $0 == 0 ? 1 : 0 } }
        if weights.allSatisfy({ $0 == 0 }) { weights[Int.random(in: 0..<count, using: &rng)] = 1 }
        let total = weights.reduce(0, +)
        var shares = weights.map { $0 * 100 / total }
        let order = weights.indices.sorted { (weights[$0] * 100 % total, $1) > (weights[$1] * 100 % total, $0) }
        for index in order.prefix(100 - shares.reduce(0, +)) { shares[index] += 1 }
        return shares
    }

    /// Any day 2024-2030, often a month end, a leap day or a weekend.
    static func planStart(_ rng: inout SplitMix64) -> CalendarDate {
        let base = CalendarDate(iso: "2024-01-01") ?? TestScripts.meetingDate
        let day = base.adding(days: Int.random(in: 0..<(7 * 365), using: &rng))
        switch Int.random(in: 0..<10, using: &rng) {
        case 0, 1, 2: return day.endOfMonth
        case 3: return CalendarDate(iso: ["2024-02-29", "2028-02-29", "2027-01-31", "2026-12-31"].randomElement(using: &rng) ?? "2028-02-29") ?? day
        case 4, 5: return (0..<7).map { day.adding(days: $0) }.first { !$0.isWorkingDay } ?? day
        default: return day
        }
    }

    /// Team hours a week, 1 to 80, some with decimals.
    static func hours(_ rng: inout SplitMix64) -> Decimal {
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return Decimal(Int.random(in: 4...320, using: &rng)) / 4
        case 1: return Decimal(Int.random(in: 1...5, using: &rng))
        default: return Decimal(Int.random(in: 1...80, using: &rng))
        }
    }

    /// A campaign budget, 0 to 50,000, some 0, some with pence.
    static func budget(_ rng: inout SplitMix64) -> Decimal {
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: return 0
        case 1: return Decimal(Int.random(in: 1...5_000_000, using: &rng)) / 100
        case 2: return Decimal(Int.random(in: 1...20, using: &rng) * 100)
        default: return Decimal(Int.random(in: 0...50, using: &rng) * 1000)
        }
    }

    /// A change window inside, across either end of, around, or outside the plan that starts on `start`.
    static func window(start: CalendarDate, _ rng: inout SplitMix64) -> (CalendarDate, CalendarDate) {
        let end = start.adding(months: 3).adding(days: -1)
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: let from = start.adding(days: Int.random(in: 0...80, using: &rng)); return (from, min(end, from.adding(days: Int.random(in: 0...60, using: &rng))))
        case 1: return (start.adding(days: -Int.random(in: 1...40, using: &rng)), start.adding(days: Int.random(in: 0...50, using: &rng)))
        case 2: return (end.adding(days: -Int.random(in: 0...40, using: &rng)), end.adding(days: Int.random(in: 1...40, using: &rng)))
        case 3: return (start.adding(days: -Int.random(in: 0...10, using: &rng)), end.adding(days: Int.random(in: 0...10, using: &rng)))
        case 4: let to = start.adding(days: -Int.random(in: 1...60, using: &rng)); return (to.adding(days: -Int.random(in: 0...30, using: &rng)), to)
        default: let from = end.adding(days: Int.random(in: 1...60, using: &rng)); return (from, from.adding(days: Int.random(in: 0...30, using: &rng)))
        }
    }

    /// Some of `names` (1 or 2), or none (meaning all).
    static func someOrAll(_ names: [String], _ rng: inout SplitMix64) -> [String] {
        chance(35, &rng) ? [] : pick(names, count: Int.random(in: 1...min(2, names.count), using: &rng), &rng)
    }

    /// Makes the session partial: it stops before a topic, or some questions were skipped. Answers that
    /// need the segments go with them, as the interview would never have asked them. Returns the ids left out.
    static func leaveOut(_ answers: inout [String: JSONValue], _ rng: inout SplitMix64) -> [String] {
        var gone: Set<String>
        if chance(50, &rng) {
            gone = Set(keyOrder.suffix(Int.random(in: 1...(keyOrder.count - 1), using: &rng)))
        } else {
            gone = Set(keyOrder.filter { _ in chance(30, &rng) })
        }
        if gone.contains("segments") {
            gone.formUnion(["growth_segment", "roles", "segment_why", "exit_plan", "focus", "sales_needs", "customers", "targets"])
            for key in ["internal_changes", "market_changes"] {
                guard let records = answers[key]?.arrayValue else { continue }
                answers[key] = .array(records.map { record in
                    var object = record.objectValue ?? JSONObject()
                    object["segments"] = .array([])
                    return .object(object)
                })
            }
        }
        if gone.contains("roles") { gone.insert("exit_plan") }
        for key in gone { answers[key] = nil }
        return keyOrder.filter(gone.contains)
    }
}
