import Foundation

/// The campaigns on the plan's calendar, as the director's page draws them: preparation, go-live, and what runs after.
///
/// Campaigns are grouped by segment in the plan's segment order (fundamentals last), and by go-live
/// day within a segment, so a director sees at a glance where the effort goes and when each campaign
/// reaches people. Days are counted from the plan's first day; every writer draws the same rows.
struct PlanTimeline: Equatable, Sendable {
    /// One calendar month of the plan: its short name and where it starts, in days from the plan's first day.
    struct Month: Equatable, Sendable {
        /// "Mar", "Apr"...
        var name: String
        /// The month's first day inside the plan, in days from the plan's first day.
        var first: Int
        /// How many of the month's days are inside the plan.
        var days: Int
    }

    /// One campaign's bar.
    struct Row: Equatable, Sendable {
        /// The campaign's name, as typed where it came from an answer.
        var name: String
        /// Its segment, or "Fundamentals".
        var segment: String
        /// Its first day of work, go-live day and last day, in days from the plan's first day (inside the plan).
        var start: Int, goLive: Int, end: Int
        /// The go-live day itself.
        var goLiveDate: CalendarDate
        /// The first and last days, for writers that print them.
        var startDate: CalendarDate, endDate: CalendarDate
        /// Its marketing hours, and what it costs in words ("GBP 3,410", "no cost").
        var hours: Decimal, cost: String
        /// The heading of its group: the segment with its role ("Dental practices (grow)"), or "Fundamentals".
        var group: String
    }

    /// The plan's length in days, its first to its last day.
    var days: Int
    /// The months, in order.
    var months: [Month]
    /// The campaigns, grouped by segment and then by go-live day.
    var rows: [Row]

    /// The timeline of `plan`'s campaigns.
    init(_ plan: Plan) {
        days = max(1, plan.start.days(until: plan.end) + 1)
        var months: [Month] = []
        var day = plan.start
        while day <= plan.end {
            let last = min(day.endOfMonth, plan.end)
            months.append(Month(name: String(day.monthName.prefix(3)), first: plan.start.days(until: day),
                                days: day.days(until: last) + 1))
            day = last.adding(days: 1)
        }
        self.months = months
        let order = plan.segments.map(\.name)
        func rank(_ campaign: Campaign) -> Int {
            campaign.segment.isEmpty ? order.count : (order.firstIndex(of: campaign.segment) ?? order.count)
        }
        let sorted = plan.campaigns.enumerated().sorted { a, b in
            (rank(a.element), a.element.goLive, a.element.start, a.offset) < (rank(b.element), b.element.goLive, b.element.start, b.offset)
        }.map(\.element)
        let span = days
        func offset(_ date: CalendarDate) -> Int { min(max(0, plan.start.days(until: date)), span - 1) }
        rows = sorted.map { c -> Row in
            let role = plan.segments.first { $0.name == c.segment }.map { " (\($0.role.rawValue))" } ?? ""
            return Row(name: c.name, segment: PlanSummary.campaignSegment(c), start: offset(c.start), goLive: offset(c.goLive),
                       end: offset(c.end), goLiveDate: c.goLive, startDate: c.start, endDate: c.end, hours: c.hours,
                       cost: c.cost == 0 ? "no cost" : PlanSummary.money(c.cost, plan.currency),
                       group: PlanSummary.campaignSegment(c) + role)
        }
    }

    /// The campaign's name without its segment in front, since the timeline groups by segment:
    /// "Dental practices: webinar (May)" and "Dental practices webinar (May)" read "Webinar (May)".
    func shortName(_ row: Row) -> String {
        guard row.segment != "Fundamentals", row.name.count > row.segment.count + 2, row.name.hasPrefix(row.segment) else { return row.name }
        var rest = row.name.dropFirst(row.segment.count)
        guard let first = rest.first, first == ":" || first == " " else { return row.name }
        rest = rest.drop { $0 == ":" || $0 == " " }
        guard let letter = rest.first else { return row.name }
        return letter.uppercased() + rest.dropFirst()
    }

    /// A day's place along the plan as a percentage of its length, for drawing (0 at the first day's start).
    func percent(_ day: Int) -> Decimal {
        (Decimal(day) * 100 / Decimal(days) * 10).rounded(0) / 10
    }

    /// `percent(day)` as text, as a `Decimal` writes itself ("12.5", "50", "0"), worked out in whole tenths.
    func percentText(_ day: Int) -> String {
        guard let tenths = percentTenths(day) else { return "\(percent(day))" }
        return Self.tenthsText(tenths)
    }

    /// `percent(to) - percent(from)` as text, as a `Decimal` writes itself.
    func widthText(_ from: Int, _ to: Int) -> String {
        guard let start = percentTenths(from), let end = percentTenths(to) else { return "\(percent(to) - percent(from))" }
        return Self.tenthsText(end - start)
    }

    /// `percent(day)` in tenths of a percent for a day from 0, with integers: the same rounding (half up) of the
    /// same quotient, which a `Decimal` holds exactly when it ends within 38 digits and never rounds across a half otherwise.
    func percentTenths(_ day: Int) -> Int? {
        guard day >= 0, days > 0, day <= Int.max / 2000 else { return nil }
        return (day * 2000 + days) / (2 * days)
    }

    /// A number of tenths written as a `Decimal` writes the number: no trailing ".0", a minus sign when negative.
    static func tenthsText(_ tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : "", size = tenths.magnitude
        return size % 10 == 0 ? "\(sign)\(size / 10)" : "\(sign)\(size / 10).\(size % 10)"
    }

    /// The bar of `row` drawn in `width` characters: `-` while it is prepared, `#` on the go-live day,
    /// `=` while it runs and is followed up, a space outside it.
    func bar(_ row: Row, width: Int) -> String {
        let columns = max(1, width)
        func column(_ day: Int) -> Int { min(columns - 1, day * columns / days) }
        let start = column(row.start), goLive = column(row.goLive), end = column(row.end)
        return String((0..<columns).map { index -> Character in
            if index == goLive { return "#" }
            if index >= start && index < goLive { return "-" }
            if index > goLive && index <= end { return "=" }
            return " "
        })
    }

    /// The month names placed over `width` characters of bars, each at its first column.
    func monthRuler(width: Int) -> String {
        var line = Array(repeating: Character(" "), count: max(1, width))
        for month in months {
            let at = min(line.count - 1, month.first * line.count / days)
            for (index, character) in month.name.enumerated() where at + index < line.count {
                line[at + index] = character
            }
        }
        return String(line)
    }

    /// The chart in characters, grouped by segment: name, bar, go-live day, hours and cost, then the legend.
    ///
    /// The bar runs over the plan's months: `-` while the campaign is prepared, `#` on its go-live
    /// day, `=` while it runs and is followed up. A long name wraps under itself, its bar on the first line.
    var chartLines: [String] {
        let nameWidth = 34, barWidth = 33
        let costWidth = max(4, rows.map(\.cost.count).max() ?? 0)
        func line(_ name: String, _ bar: String, _ goLive: String, _ hours: String, _ cost: String) -> String {
            PlanSummary.pad(name, nameWidth) + " " + bar + "  " + PlanSummary.pad(goLive, 10) + "  "
                + PlanSummary.pad(hours, 5, left: false) + "  " + PlanSummary.pad(cost, costWidth, left: false)
        }
        var lines = [line("Campaign", monthRuler(width: barWidth), "Go-live", "Hours", "Cost")]
        var group: String?
        for row in rows {
            if row.group != group {
                group = row.group
                lines.append(PlanSummary.fit(PlanSummary.clean(row.group), nameWidth + 1 + barWidth))
            }
            let names = PlanSummary.wrapped(PlanSummary.clean(shortName(row)), width: nameWidth - 2)
            lines.append(line("  " + (names.first ?? ""), bar(row, width: barWidth), PlanSummary.short(row.goLiveDate),
                              PlanSummary.hours(row.hours), row.cost))
            lines += names.dropFirst().map { "  " + $0 }
        }
        return lines.map(PlanSummary.trimmedRight) + [""]
            + PlanSummary.wrap("- preparing, # go-live (the day the campaign reaches people), = running and follow-up. "
                + "Hours are marketing hours; the tasks by campaign at the end give every day.")
    }

    /// The campaigns as a table by go-live day, with their segment, full name, days, hours and cost.
    var table: ExportBlock {
        let byGoLive = rows.enumerated().sorted { ($0.element.goLiveDate, $0.offset) < ($1.element.goLiveDate, $1.offset) }.map(\.element)
        return .table(header: ["Go-live", "Segment", "Campaign", "From", "Hours", "Cost"],
                      rows: byGoLive.map { [PlanSummary.short($0.goLiveDate), $0.segment, $0.name, PlanSummary.days($0.startDate, $0.endDate),
                                             PlanSummary.hours($0.hours), $0.cost] },
                      numeric: [4, 5], total: nil)
    }
}
