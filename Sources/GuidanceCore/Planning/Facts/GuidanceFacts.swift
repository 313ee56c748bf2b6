import Foundation

/// The answers of a guidance session as typed facts for planning, with stated defaults for what is missing.
///
/// Reads version 1 and version 2 answers alike: a fact version 1 lacks (customers, targets, key dates,
/// holidays, dates on sales needs and market changes) is left empty and the plan states what it assumed.
public struct GuidanceFacts: Equatable, Sendable {
    public var goals: [String]
    public var segments: [Segment]
    public var growthSegment: String?
    public var exitPlan: String?
    public var planStart: CalendarDate
    public var weeklyHours: Decimal
    public var campaignBudget: Decimal
    public var currency: String
    public var fundamentals: [Fundamental]
    public var internalChanges: [InternalChange]
    public var marketChanges: [MarketChange]
    public var salesNeeds: [SalesNeed]
    public var targets: [Target]
    public var keyDates: [KeyDate]
    /// The public-holiday calendar named in `prompts/holidays.json`; `nil` when none was chosen.
    public var holidays: String?
    /// Further days with no work.
    public var daysOff: [CalendarDate]
    public var director: Person?
    public var marketer: Person?
    public var agreedActions: [Action]
    /// Whether the session answered how many customers each segment has.
    public var customersKnown: Bool
    /// Defaults the plan had to use because an answer was missing.
    public var defaultsUsed: [String]

    /// Actions agreed at the meeting, in words.
    public var actions: [String] { agreedActions.map(\.spoken) }

    /// The facts of `answers`, a session's values checked by the shell or the answers file.
    public init(answers: [String: JSONValue], meetingDate: CalendarDate) {
        var used: [String] = []
        goals = answers["goals"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if goals.isEmpty { used.append("No goals were given: the plan cannot say which goal each campaign serves; ask for the strategic why.") }
        var names: [String] = []
        for name in answers["segments"]?.arrayValue?.compactMap(\.stringValue) ?? [] where !names.contains(name) { names.append(name) }
        if names.isEmpty {
            names = ["All customers"]
            used.append("No segments were given: the plan treats all customers as one segment.")
        }
        growthSegment = answers["growth_segment"]?.stringValue
        let roles = answers["roles"]?.objectValue
        let focus = answers["focus"]?.objectValue
        let whys = answers["segment_why"]?.objectValue
        let customers = answers["customers"]?.objectValue
        customersKnown = customers != nil
        if roles == nil { used.append("No roles were given: the growth segment is taken as grow and every other segment as maintain.") }
        if focus == nil { used.append("No focus split was given: the effort is shared equally between the segments.") }
        let equal = Self.equalShares(names.count)
        segments = names.enumerated().map { index, name in
            let role = roles?[name]?.stringValue.flatMap(SegmentRole.init(rawValue:))
                ?? (name == answers["growth_segment"]?.stringValue || (names.count == 1) ? .grow : .maintain)
            let share = min(max(focus.map { $0[name]?.intValue ?? 0 } ?? equal[index], 0), 100)
            return Segment(name: name, role: role, share: share, why: whys?[name]?.stringValue ?? "",
                           customers: customers?[name]?.intValue.map { max($0, 0) })
        }
        if customers == nil {
            used.append("How many customers each segment has today was not given: segments to grow are taken as new (no loyalty work), the others as having customers to look after.")
        }
        exitPlan = answers["exit_plan"]?.stringValue
        if let start = answers["plan_start"]?.stringValue.flatMap(CalendarDate.init(iso:)) {
            planStart = start
        } else {
            planStart = meetingDate.endOfMonth.adding(days: 1)
            used.append("No plan start was given: the plan starts on \(planStart.spoken), the first day of the next month.")
        }
        if let hours = answers["capacity_hours_per_week"]?.numberValue {
            weeklyHours = hours
        } else {
            weeklyHours = 20
            used.append("No team hours were given: the plan assumes 20 hours a week.")
        }
        if let budget = answers["campaign_budget"]?.numberValue {
            campaignBudget = budget
        } else {
            campaignBudget = 0
            used.append("No campaign budget was given: the plan uses only work that costs nothing.")
        }
        currency = answers["currency"]?.stringValue ?? "GBP"
        fundamentals = Self.records(answers["fundamentals"]).compactMap { r in
            guard let item = r["item"]?.stringValue, let month = r["month"]?.intValue else { return nil }
            return Fundamental(item: item, budget: r["budget"]?.numberValue ?? 0, month: month, approved: r["approved"]?.boolValue ?? false)
        }
        internalChanges = Self.records(answers["internal_changes"]).compactMap { r in
            guard let change = r["change"]?.stringValue,
                  let from = r["from"]?.stringValue.flatMap(CalendarDate.init(iso:)) else { return nil }
            let to = r["to"]?.stringValue.flatMap(CalendarDate.init(iso:))
            guard to != nil || r["to"] == nil || r["to"] == .null else { return nil }
            return InternalChange(change: change, from: to.map { min(from, $0) } ?? from, to: to.map { max(from, $0) },
                                  segments: r["segments"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                                  capacityPercent: min(max(r["capacity_pct"]?.intValue ?? 0, -100), 100))
        }
        marketChanges = Self.records(answers["market_changes"]).compactMap { r in
            guard let change = r["change"]?.stringValue else { return nil }
            return MarketChange(change: change, segments: r["segments"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                                isOpportunity: r["kind"]?.stringValue != "threat",
                                response: r["response"]?.stringValue ?? "",
                                when: r["when"]?.stringValue.flatMap(CalendarDate.init(iso:)))
        }
        salesNeeds = Self.records(answers["sales_needs"]).compactMap { r in
            guard let material = r["material"]?.stringValue, let stage = r["stage"]?.stringValue.flatMap(BuyingStage.init(rawValue:)),
                  let segment = r["segment"]?.stringValue else { return nil }
            return SalesNeed(material: material, stage: stage, segment: segment,
                             neededBy: r["needed_by"]?.stringValue.flatMap(CalendarDate.init(iso:)))
        }
        targets = Self.records(answers["targets"]).compactMap { r in
            guard let segment = r["segment"]?.stringValue, let amount = r["amount"]?.intValue, amount > 0 else { return nil }
            return Target(segment: segment, measure: r["measure"]?.stringValue ?? "new customers", amount: amount)
        }
        keyDates = Self.records(answers["key_dates"]).compactMap { r in
            guard let name = r["name"]?.stringValue, let date = r["date"]?.stringValue.flatMap(CalendarDate.init(iso:)) else { return nil }
            return KeyDate(name: name, date: date, kind: r["kind"]?.stringValue.flatMap(KeyDate.Kind.init(rawValue:)) ?? .event,
                           segments: r["segments"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        }
        holidays = answers["holidays"]?.stringValue.flatMap { $0 == "none" || $0.isEmpty ? nil : $0 }
        if answers["holidays"] == nil {
            used.append("No public-holiday calendar was chosen: the plan treats every Monday to Friday as a working day; choose one so no work falls on a bank holiday.")
        }
        daysOff = (answers["days_off"]?.arrayValue ?? []).compactMap { $0.stringValue.flatMap(CalendarDate.init(iso:)) }
        director = Self.person(answers["director"])
        marketer = Self.person(answers["marketer"])
        agreedActions = Self.records(answers["actions"]).compactMap { r in
            guard let action = r["action"]?.stringValue else { return nil }
            return Action(action: action, owner: r["owner"]?.stringValue, due: r["due"]?.stringValue.flatMap(CalendarDate.init(iso:)))
        }
        defaultsUsed = used
    }

    private static func records(_ value: JSONValue?) -> [JSONObject] {
        value?.arrayValue?.compactMap(\.objectValue) ?? []
    }

    private static func person(_ value: JSONValue?) -> Person? {
        guard let object = value?.objectValue, let name = object["name"]?.stringValue, !name.isEmpty else { return nil }
        return Person(name: name, email: object["email"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// Whole percentages as equal as possible, totalling 100.
    static func equalShares(_ count: Int) -> [Int] {
        guard count > 0 else { return [] }
        return (0..<count).map { 100 / count + ($0 < 100 % count ? 1 : 0) }
    }

    /// The segment called `name`.
    public func segment(_ name: String) -> Segment? { segments.first { $0.name == name } }

    /// The target for `segment`, if one was set.
    public func target(_ segment: String) -> Target? { targets.first { $0.segment == segment } }
}
