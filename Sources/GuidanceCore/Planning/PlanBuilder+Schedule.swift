import Foundation

extension PlanBuilder {
    /// Where a job stands in its segment's month: sales material first, follow-up last (after the material).
    static func rank(_ job: Job) -> Int {
        switch job.kind {
        case .salesMaterial: 0
        case .marketResponse: 1
        case .defensive: 2
        case .campaign: job.value == 2 ? 3 : (job.value == 1 ? 4 : 5)
        case .followUp: 6
        case .fundamental: 7
        }
    }

    /// Puts every job on working days, hour by hour, never past a segment's hours on a day;
    /// work that runs over more than one week becomes one row per week.
    mutating func schedule() -> [PlanRow] {
        var rows: [PlanRow] = []
        for segment in facts.segments {
            for m in 1...3 {
                let days = period.workingDays(month: m)
                var left = days.map { capacity.hours(segment.name, on: $0) }
                var day = 0
                let queue = jobs.filter { $0.segment == segment.name && $0.month == m }
                    .sorted { (Self.rank($0), $0.order) < (Self.rank($1), $1.order) }
                for job in queue {
                    var remaining = job.hours
                    var pieces: [(week: Int, first: CalendarDate, hours: Decimal)] = []
                    while remaining > 0 && day < days.count {
                        let take = min(remaining, left[day])
                        if take > 0 {
                            let week = period.week(of: days[day])
                            if let last = pieces.last, last.week == week {
                                pieces[pieces.count - 1].hours += take
                            } else {
                                pieces.append((week, days[day], take))
                            }
                            left[day] -= take
                            remaining -= take
                        }
                        if left[day] <= 0 { day += 1 }
                    }
                    if remaining > 0 {
                        conflicts.append("\(job.name) for \(segment.name) in month \(m) did not fit into the hours of that month: \(Self.hours(remaining)) of it are not planned.")
                    }
                    for (index, piece) in pieces.enumerated() {
                        let name = pieces.count > 1 ? "\(job.name) (part \(index + 1) of \(pieces.count))" : job.name
                        rows.append(PlanRow(date: piece.first, month: m, week: piece.week, segment: segment.name, role: segment.role,
                                            stage: job.stage, activity: name, channel: job.channel, pullPush: job.pullPush,
                                            hours: piece.hours, cost: index == 0 ? job.cost : 0, why: why(job, segment),
                                            kind: job.kind, source: job.source))
                    }
                }
            }
        }
        checkFollowUpsComeAfterMaterial(rows)
        checkMaterialsComeEarly(rows)
        return rows
    }

    /// States where a follow-up could not come after the material it uses.
    mutating func checkFollowUpsComeAfterMaterial(_ rows: [PlanRow]) {
        let materials = Dictionary(grouping: rows.filter { $0.kind == .salesMaterial }) { "\($0.segment)|\($0.source)" }
        for key in materials.keys.sorted() {
            guard let parts = materials[key], let first = parts.first, let end = parts.map(\.date).max() else { continue }
            let early = rows.filter { $0.kind == .followUp && $0.segment == first.segment && $0.stage == first.stage && $0.date <= end }
            if let followUp = early.first {
                conflicts.append("Sales follow-up for \(first.segment) starts on \(followUp.date.spoken), before the material it uses is finished on \(end.spoken): \(first.segment) has too few hours early in month \(first.month) to finish the material first.")
            }
        }
    }

    /// States a sales material asked for early in month one that cannot start in the plan's first two weeks.
    mutating func checkMaterialsComeEarly(_ rows: [PlanRow]) {
        let early = period.start.adding(days: 13)
        var seen = Set<String>()
        for row in rows where row.kind == .salesMaterial && row.month == 1 && seen.insert("\(row.segment)|\(row.source)").inserted {
            guard row.date > early else { continue }
            conflicts.append("\(row.activity) for \(row.segment) starts on \(row.date.spoken), not early in month one: \(row.segment) has \(Self.hours(capacity.hours(row.segment, over: period.workingDays(month: 1)))) in month one, and the work asked for before it takes them first.")
        }
    }

    /// Approved fundamentals on the first working day of their month, costed at their own budget.
    func fundamentalRows() -> [PlanRow] {
        facts.fundamentals.enumerated().compactMap { index, item in
            guard item.approved, (1...3).contains(item.month) else { return nil }
            let day = PlanPeriod.workingDay(onOrAfter: period.monthStart(item.month))
            let goal = facts.goals.first.map { " and the goal \"\($0)\"" } ?? ""
            return PlanRow(date: day, month: item.month, week: period.week(of: day), segment: "", role: nil, stage: nil,
                           activity: item.item, channel: "Fundamentals", pullPush: .pull, hours: 0, cost: item.budget,
                           why: (mode == .selfPlanning ? "Assumption to confirm with your director. " : "")
                               + "Marketing fundamentals approved for month \(item.month) with their own budget: they support every segment\(goal).",
                           kind: .fundamental, source: "fundamental-\(index + 1)")
        }
    }

    /// Date order; then segments in the order given, fundamentals first; then queue order; then name.
    static func sorted(_ rows: [PlanRow], facts: GuidanceFacts) -> [PlanRow] {
        let position = Dictionary(facts.segments.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        return rows.enumerated().sorted { a, b in
            let ka = (a.element.date, position[a.element.segment] ?? -1, a.offset)
            let kb = (b.element.date, position[b.element.segment] ?? -1, b.offset)
            return ka < kb
        }.map(\.element)
    }

    /// The goal a segment's work serves: the goal that names the segment, else the first goal.
    func goal(for segment: GuidanceFacts.Segment) -> String? {
        let words = segment.name.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count > 3 }
        let named = facts.goals.first { goal in
            let text = goal.lowercased()
            return words.contains { word in text.contains(String(word.prefix(5))) }
        }
        return named ?? facts.goals.first
    }

    /// The why of a row: the goal, the segment and its role, and what the work does.
    func why(_ job: Job, _ segment: GuidanceFacts.Segment) -> String {
        let role: String
        switch segment.role {
        case .grow: role = "\(segment.name), a growth segment"
        case .maintain: role = "\(segment.name), a segment to maintain"
        case .exit: role = "\(segment.name), a segment being exited"
        }
        let purpose: String
        switch job.kind {
        case .salesMaterial: purpose = "material Sales asked for at the \(job.stage.rawValue) stage"
        case .followUp: purpose = "Sales follow-up that uses \(job.note)"
        case .marketResponse: purpose = "the board's response to: \(job.note)"
        case .defensive: purpose = "a defensive action against: \(job.note)"
        case .campaign, .fundamental:
            switch job.stage {
            case .awareness: purpose = "so prospects know about us"
            case .interest: purpose = "so prospects want to know more"
            case .consideration: purpose = "to help prospects choose us"
            case .purchase: purpose = "to make buying easy"
            case .loyalty: purpose = segment.role == .exit ? "to look after customers while we wind down" : "so customers stay, buy again and tell others"
            }
        }
        let goalText = goal(for: segment).map { "Goal: \($0). " } ?? ""
        let assumed = mode == .selfPlanning ? "Assumption to confirm with your director. " : ""
        return "\(assumed)\(goalText)For \(role): \(purpose)."
    }
}
