import Foundation

/// The answers of a guidance session as typed facts for planning, with stated defaults for what is missing.
public struct GuidanceFacts: Equatable, Sendable {
    /// One segment with its role, share and why.
    public struct Segment: Equatable, Sendable {
        public var name: String
        public var role: SegmentRole
        public var share: Int
        public var why: String
    }

    /// A fundamentals item.
    public struct Fundamental: Equatable, Sendable {
        public var item: String
        public var budget: Decimal
        public var month: Int
        public var approved: Bool
    }

    /// A change inside the company that changes capacity for some segments for a while.
    public struct InternalChange: Equatable, Sendable {
        public var change: String
        public var from: CalendarDate
        public var to: CalendarDate
        /// The segments it touches; empty means all.
        public var segments: [String]
        /// The change in hours, -100 to +100 percent.
        public var capacityPercent: Int

        /// Whether it touches `segment` on `day`.
        public func applies(to segment: String, on day: CalendarDate) -> Bool {
            day >= from && day <= to && (segments.isEmpty || segments.contains(segment))
        }
    }

    /// A change in the market and the board's response.
    public struct MarketChange: Equatable, Sendable {
        public var change: String
        /// The segments it affects; empty means all.
        public var segments: [String]
        public var isOpportunity: Bool
        public var response: String
    }

    /// Material Sales needs at a stage, for a segment.
    public struct SalesNeed: Equatable, Sendable {
        public var material: String
        public var stage: BuyingStage
        public var segment: String
    }

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
    public var actions: [String]
    /// Defaults the plan had to use because an answer was missing.
    public var defaultsUsed: [String]

    /// The facts of `answers`, a session's values checked by the shell or the answers file.
    public init(answers: [String: JSONValue], meetingDate: CalendarDate) {
        var used: [String] = []
        goals = answers["goals"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if goals.isEmpty { used.append("No goals were given: the plan cannot say which goal each activity serves; ask for the strategic why.") }
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
        if roles == nil { used.append("No roles were given: the growth segment is taken as grow and every other segment as maintain.") }
        if focus == nil { used.append("No focus split was given: the effort is shared equally between the segments.") }
        let equal = Self.equalShares(names.count)
        segments = names.enumerated().map { index, name in
            let role = roles?[name]?.stringValue.flatMap(SegmentRole.init(rawValue:))
                ?? (name == answers["growth_segment"]?.stringValue || (names.count == 1) ? .grow : .maintain)
            let share = min(max(focus.map { $0[name]?.intValue ?? 0 } ?? equal[index], 0), 100)
            return Segment(name: name, role: role, share: share, why: whys?[name]?.stringValue ?? "")
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
            used.append("No campaign budget was given: the plan uses only activities that cost nothing.")
        }
        currency = answers["currency"]?.stringValue ?? "GBP"
        fundamentals = Self.records(answers["fundamentals"]).compactMap { r in
            guard let item = r["item"]?.stringValue, let month = r["month"]?.intValue else { return nil }
            return Fundamental(item: item, budget: r["budget"]?.numberValue ?? 0, month: month, approved: r["approved"]?.boolValue ?? false)
        }
        internalChanges = Self.records(answers["internal_changes"]).compactMap { r in
            guard let change = r["change"]?.stringValue,
                  let from = r["from"]?.stringValue.flatMap(CalendarDate.init(iso:)),
                  let to = r["to"]?.stringValue.flatMap(CalendarDate.init(iso:)) else { return nil }
            return InternalChange(change: change, from: min(from, to), to: max(from, to),
                                  segments: r["segments"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                                  capacityPercent: min(max(r["capacity_pct"]?.intValue ?? 0, -100), 100))
        }
        marketChanges = Self.records(answers["market_changes"]).compactMap { r in
            guard let change = r["change"]?.stringValue else { return nil }
            return MarketChange(change: change, segments: r["segments"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                                isOpportunity: r["kind"]?.stringValue != "threat",
                                response: r["response"]?.stringValue ?? "")
        }
        salesNeeds = Self.records(answers["sales_needs"]).compactMap { r in
            guard let material = r["material"]?.stringValue, let stage = r["stage"]?.stringValue.flatMap(BuyingStage.init(rawValue:)),
                  let segment = r["segment"]?.stringValue else { return nil }
            return SalesNeed(material: material, stage: stage, segment: segment)
        }
        actions = Self.records(answers["actions"]).compactMap { r in
            guard let action = r["action"]?.stringValue else { return nil }
            var text = action
            let due = r["due"]?.stringValue.flatMap(CalendarDate.init(iso:))?.spoken
            if let owner = r["owner"]?.stringValue { text += " (\(owner)" + (due.map { ", by \($0))" } ?? ")") }
            return text
        }
        defaultsUsed = used
    }

    private static func records(_ value: JSONValue?) -> [JSONObject] {
        value?.arrayValue?.compactMap(\.objectValue) ?? []
    }

    /// Whole percentages as equal as possible, totalling 100.
    static func equalShares(_ count: Int) -> [Int] {
        guard count > 0 else { return [] }
        return (0..<count).map { 100 / count + ($0 < 100 % count ? 1 : 0) }
    }

    /// The segment called `name`.
    public func segment(_ name: String) -> Segment? { segments.first { $0.name == name } }
}
