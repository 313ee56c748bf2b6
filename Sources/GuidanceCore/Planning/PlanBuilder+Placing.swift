import Foundation

/// Why a task could not be placed.
enum PlaceFailure: Error, Equatable {
    /// Its day would fall after the plan, or after the day it must be done by.
    case tooLate
    /// Its lead time does not fit between the plan's start (or what it needs first) and its due day.
    case leadTime
    /// No week around its due day has room for it.
    case capacity
}

/// A task placed on working days (positions in the period).
struct PlacedTask {
    var activity: Activity
    var name: String
    var first: Int
    var last: Int
    var hours: Decimal
    var cost: Decimal
    var isGoLive: Bool
    var key: TaskKey
}

/// A placed task's key within its campaign, put into words only for the tasks a plan keeps (`text(in:)`).
enum TaskKey: Equatable {
    /// A step or what a step requires: `<campaign>/<activity id>`.
    case activity(String)
    /// Sales material asked for: `<campaign>/need-<index>`.
    case need(Int)
    /// One occurrence of recurring work: `<campaign>/<activity id>/<count>`.
    case occurrence(String, Int)

    /// The key in words, for the campaign with key `campaign`.
    func text(in campaign: String) -> String {
        switch self {
        case .activity(let id): return "\(campaign)/\(id)"
        case .need(let index): return "\(campaign)/need-\(index)"
        case .occurrence(let id, let count): return "\(campaign)/\(id)/\(count)"
        }
    }
}

/// The outcome of trying to place a campaign.
struct CampaignAttempt {
    var tasks: [PlacedTask] = []
    var ledger: WeekLedger
    var assets: [String: Int] = [:]
    /// Tasks left out, with the reason in words.
    var leftOut: [String] = []
    /// Recurring work this campaign runs for its segment (activity ids).
    var series: Set<String> = []
    /// Money left for this campaign's tasks.
    var money: Decimal
    /// Tasks done at no cost because the money ran out, in words.
    var unpaid: [String] = []
    /// Why the whole campaign failed, when it did.
    var failure: String?
    /// Whether only a whole campaign will do: the attempt stops at the first task it cannot place as asked
    /// (`abandoned`), without the words, since such an attempt is never kept.
    var wholeOnly = false
    /// Whether a whole-only attempt stopped because something was left out, unpaid or failed.
    var abandoned = false

    /// A whole-only attempt gives up (see `wholeOnly`): whether it did.
    mutating func abandon() -> Bool {
        if wholeOnly { abandoned = true }
        return wholeOnly
    }
}

extension PlanBuilder {
    /// The working days (positions) a task can take: due as close to `intended` as allowed, start early enough
    /// for its lead time, and no week over its limit. `nil` with the reason when there is no such place.
    ///
    /// `slot` is whose hours they are (`WeekLedger.slot`), `hoursAsDouble` the hours as a `Double`.
    func placement(_ activity: Activity, hours: Decimal, slot: WeekLedger.Slot, hoursAsDouble: Double, intended: CalendarDate,
                   notBefore: Int, dueFloor: Int = 0, notAfter: Int?, mayMoveLater: Bool,
                   ledger: WeekLedger) -> Result<(first: Int, last: Int), PlaceFailure> {
        let days = period.workingDays
        guard !days.isEmpty else { return .failure(.tooLate) }
        let lastAllowed = min(notAfter ?? days.count - 1, days.count - 1)
        let wanted = intended < days[0] ? 0 : (period.index(of: period.workingDay(onOrBefore: min(intended, days[days.count - 1]))) ?? 0)
        let firstDue = max(wanted, notBefore, dueFloor)
        guard firstDue <= lastAllowed else { return .failure(.tooLate) }
        var failure = PlaceFailure.capacity
        // When the quarter has no room, no day has: the days are still walked for the reason.
        let mayFit = ledger.mayFit(slot, hoursAsDouble: hoursAsDouble)
        for due in firstDue...(mayMoveLater ? min(lastAllowed, firstDue + Self.latestSlip) : firstDue) {
            let leadDay = days[due].adding(days: -activity.leadDays)
            guard leadDay >= days[0] || activity.leadDays == 0 else { failure = .leadTime; continue }
            let latestStart = activity.leadDays == 0 ? due : (period.index(of: period.workingDay(onOrBefore: leadDay)) ?? 0)
            guard latestStart >= notBefore else { failure = .leadTime; continue }
            if activity.owner != .marketing || hours.isZero {
                let span = max(0, Self.daysOfWork(hours))
                return .success((max(notBefore, min(latestStart, due - span)), due))
            }
            let earliest = max(notBefore, latestStart - Self.longestSpread)
            var start = latestStart
            while mayFit && start >= earliest {
                if ledger.fits(slot, hoursAsDouble: hoursAsDouble, first: start, last: due) { return .success((start, due)) }
                start -= 1
            }
        }
        return .failure(failure)
    }

    /// The working days before its due day that work done by others starts: one per six hours, whole days
    /// only (`hours / 6` truncated). Hours in half hours are counted as integers; any other amount is divided as a `Decimal`.
    static func daysOfWork(_ hours: Decimal) -> Int {
        if let parts = ExactDecimal.parts(hours), parts.exponent >= -18, parts.exponent <= 3 {
            let twice = parts.mantissa * 2
            if parts.exponent >= 0 {
                if let halves = ExactDecimal.scaled(twice, by: parts.exponent) { return Int(halves / 12) }
            } else if let divisor = ExactDecimal.scaled(1, by: -parts.exponent), twice % divisor == 0 {
                return Int(twice / divisor / 12)
            }
        }
        return NSDecimalNumber(decimal: hours / 6).intValue
    }

    /// The most working days a task is spread back over to find room.
    static let longestSpread = 19
    /// The most working days a task's due day may slip past the day it was meant for.
    static let latestSlip = 5

    /// Tries to place `draft` with its anchor on `anchor`: every step in the order of its day, requirements
    /// first, preparation before the go-live and follow-up after it. The attempt fails when its go-live cannot
    /// be placed.
    ///
    /// `wholeOnly` attempts stop at the first task left out, unpaid or failed (see `CampaignAttempt.wholeOnly`).
    func attempt(_ draft: CampaignDraft, anchor: CalendarDate, wholeOnly: Bool = false) -> CampaignAttempt {
        let segmentName = draft.segment?.name ?? ""
        var result = CampaignAttempt(ledger: ledger, money: draft.ownBudget == nil ? max(0, moneyLeft(segmentName)) : 0)
        result.wholeOnly = wholeOnly
        let known = assets[segmentName] ?? [:]
        var done: [String: Int] = known          // activity id -> due position, placed in this campaign or before
        var skipped = Set<String>()
        let isEvent = draft.template.purpose == .event
        let anchorIndex = period.index(of: period.workingDay(onOrBefore: draft.anchor))
        let lastIndex = period.workingDays.count - 1
        var materialsDue = -1
        for material in draft.materials {
            for required in requirementChain(material.activity) where done[required.id] == nil {
                place(required, name: required.name, intended: material.neededBy.adding(days: -7), key: .activity(required.id),
                      draft: draft, notAfter: nil, mayMoveLater: true, done: &done, skipped: &skipped, into: &result)
                if result.abandoned { return result }
            }
            if let missing = material.activity.requires.first(where: { done[$0] == nil }) {
                if result.abandon() { return result }
                result.leftOut.append("\(material.name) needs \(library.activity(missing)?.name ?? missing) first, which could not be planned")
                continue
            }
            // Ready the working day before Sales needs it, so the hand-over can fall on the day itself.
            let readyBy = period.workingDay(onOrBefore: period.workingDay(onOrBefore: material.neededBy).adding(days: -1))
            if place(material.activity, name: material.name, intended: readyBy, key: .need(material.index),
                     draft: draft, notAfter: nil, mayMoveLater: true, done: &done, skipped: &skipped, into: &result) {
                materialsDue = max(materialsDue, result.tasks.last?.last ?? -1)
            }
            if result.abandoned { return result }
        }
        let steps = draft.template.stepsByDay
        let goLiveOffset = steps.first(where: \.goLive)?.offset ?? 0
        var prepDue = materialsDue
        var goLiveDue: Int?
        for step in steps {
            guard let activity = library.activity(step.activity) else { continue }
            func fail(_ why: @autoclosure () -> String) -> CampaignAttempt {
                if result.abandon() { return result }
                let reason = why()
                var failed = result
                failed.failure = reason
                return failed
            }
            if activity.kind == .recurring && series[segmentName]?.contains(activity.id) == true { continue }
            if activity.kind == .asset, let due = known[activity.id] {
                if step.goLive { return fail("its main step, \(activity.name), is already in another campaign for this segment") }
                if step.offset < goLiveOffset { prepDue = max(prepDue, due) }
                continue
            }
            if activity.needsCustomers && !(draft.segment?.hasCustomers ?? true) {
                skipped.insert(activity.id)
                if step.goLive { return fail("its go-live, \(activity.name), needs existing customers and the segment has none") }
                continue
            }
            if let missing = activity.requires.first(where: { skipped.contains($0) && done[$0] == nil }) {
                skipped.insert(activity.id)
                if step.goLive { return fail("its go-live needs \(library.activity(missing)?.name ?? missing), which could not be planned") }
                continue
            }
            var notAfter: Int?
            var floor = 0
            if isEvent, let anchorIndex {
                if step.offset < 0 { notAfter = anchorIndex - (draft.anchor == period.workingDays[safe: anchorIndex] ? 1 : 0) }
                if step.offset > 0 { floor = anchorIndex + 1 }
            }
            if let goLiveDue, !step.goLive { floor = max(floor, goLiveDue + (step.offset > goLiveOffset ? 1 : 0)) }
            if step.goLive { floor = max(floor, prepDue + 1) }
            let intended = draft.anchor.adding(days: step.offset)
            if activity.kind == .recurring, let until = step.until, let cadence = activity.cadenceDays {
                let before = result.tasks.count
                let placed = placeSeries(activity, from: intended, until: draft.anchor.adding(days: until), cadence: cadence,
                                         draft: draft, floor: floor, notAfter: notAfter, done: &done, skipped: &skipped, into: &result)
                if result.abandoned { return result }
                if step.goLive {
                    guard placed, result.tasks.count > before else { return fail(result.leftOut.popLast() ?? "its go-live could not be placed") }
                    result.tasks[before].isGoLive = true
                    goLiveDue = result.tasks[before].last
                }
                continue
            }
            if intended > period.end || floor > lastIndex {
                skipped.insert(activity.id)
                if step.goLive { return fail("it would go live after the plan ends (\(intended.spoken))") }
                if result.abandon() { return result }
                result.leftOut.append("\(activity.name) falls after the plan ends; it belongs in the next plan")
                continue
            }
            let placed = place(activity, name: activity.name, intended: intended, key: .activity(activity.id), draft: draft,
                               notAfter: notAfter, mayMoveLater: !isEvent || step.offset > 0, floor: floor,
                               isGoLive: step.goLive, done: &done, skipped: &skipped, into: &result)
            if result.abandoned { return result }
            if step.goLive {
                guard placed else { return fail(result.leftOut.popLast() ?? "its go-live could not be placed") }
                goLiveDue = result.tasks.last?.last
            } else if placed && step.offset < goLiveOffset {
                prepDue = max(prepDue, result.tasks.last?.last ?? prepDue)
            }
        }
        return result
    }

    /// What `activity` requires, and what that requires, first things first (each once).
    func requirementChain(_ activity: Activity) -> [Activity] {
        var chain: [Activity] = []
        func visit(_ id: String, depth: Int) {
            guard depth < 20, let found = library.activity(id), !chain.contains(where: { $0.id == id }) else { return }
            for next in found.requires { visit(next, depth: depth + 1) }
            chain.append(found)
        }
        for id in activity.requires { visit(id, depth: 0) }
        return chain
    }

    /// Places one task after what it requires; records it, or the reason it was left out.
    @discardableResult
    func place(_ activity: Activity, name: String, intended: CalendarDate, key: TaskKey, draft: CampaignDraft, notAfter: Int?,
               mayMoveLater: Bool, floor: Int? = nil, isGoLive: Bool = false, done: inout [String: Int],
               skipped: inout Set<String>, into result: inout CampaignAttempt) -> Bool {
        var cost = draft.ownBudget == nil ? activity.cost : 0
        // The money left is never below zero, so a task at no cost always has its money (no comparison needed).
        if !cost.isZero && cost > result.money {
            if result.abandon() { return false }
            if activity.scalable || (!isGoLive && cost > 0) {
                skipped.insert(activity.id)
                result.leftOut.append("\(name) is left out: it costs \(money(cost)) and only \(money(result.money)) of the campaign money is left")
                return false
            }
            result.unpaid.append("\(name) in \(draft.name) is planned at no cost: its usual \(money(cost)) is more than the \(money(result.money)) left")
            cost = 0
        }
        var notBefore = 0
        for id in activity.requires { if let due = done[id] { notBefore = max(notBefore, due + 1) } }
        let segment = draft.segment?.name ?? ""
        let slot = result.ledger.slot(segment), hours = WeekLedger.double(activity.hours)
        switch placement(activity, hours: activity.hours, slot: slot, hoursAsDouble: hours, intended: intended, notBefore: notBefore,
                         dueFloor: floor ?? 0, notAfter: notAfter, mayMoveLater: mayMoveLater, ledger: result.ledger) {
        case .success(let span):
            if activity.owner == .marketing { result.ledger.book(slot, hoursAsDouble: hours, first: span.first, last: span.last) }
            result.money = ExactDecimal.difference(result.money, cost)
            result.tasks.append(PlacedTask(activity: activity, name: name, first: span.first, last: span.last, hours: activity.hours,
                                           cost: cost, isGoLive: isGoLive, key: key))
            done[activity.id] = span.last
            if activity.kind == .asset { result.assets[activity.id] = span.last }
            return true
        case .failure(let reason):
            skipped.insert(activity.id)
            if result.abandon() { return false }
            result.leftOut.append(leftOutReason(name, reason: reason, activity: activity, intended: intended, segment: segment))
            return false
        }
    }

    /// Places every occurrence of recurring work on its cadence; when one does not fit, tries half as often,
    /// and leaves the series out when that does not fit either (a broken cadence is no cadence).
    @discardableResult
    func placeSeries(_ activity: Activity, from first: CalendarDate, until last: CalendarDate, cadence: Int, draft: CampaignDraft,
                     floor: Int, notAfter: Int?, done: inout [String: Int], skipped: inout Set<String>,
                     into result: inout CampaignAttempt) -> Bool {
        let segment = draft.segment?.name ?? ""
        let slot = result.ledger.slot(segment), hours = WeekLedger.double(activity.hours)
        for every in [cadence, cadence * 2] {
            var trial = result
            var day = max(first, period.start)
            var count = 0
            var fine = true
            var seen = Array(repeating: false, count: period.workingDays.count)
            while day <= min(last, period.end) {
                // The working day nearest the occurrence's day, within three days, else none (the cadence holds).
                let before = period.workingDay(onOrBefore: day), after = period.workingDay(onOrAfter: day)
                let target = before.days(until: day) <= 3 ? period.index(of: before)
                    : (day.days(until: after) <= 3 ? period.index(of: after) : nil)
                if let target, target >= floor, !seen[target], (notAfter.map { target <= $0 } ?? true) {
                    seen[target] = true
                    count += 1
                    // An occurrence may move a day or two to find room; the cadence still holds week by week.
                    var chosen: Int?
                    for shift in Self.nearby {
                        let index = target + shift
                        guard index >= floor && index < period.workingDays.count && (notAfter.map { index <= $0 } ?? true)
                                && abs(period.workingDays[index].days(until: day)) <= 4 else { continue }
                        if trial.ledger.fits(slot, hoursAsDouble: hours, first: index, last: index) { chosen = index; break }
                    }
                    guard let day = chosen else {
                        fine = false
                        break
                    }
                    trial.ledger.book(slot, hoursAsDouble: hours, first: day, last: day)
                    trial.tasks.append(PlacedTask(activity: activity, name: activity.name, first: day, last: day,
                                                  hours: activity.hours, cost: activity.cost, isGoLive: false,
                                                  key: .occurrence(activity.id, count)))
                }
                day = day.adding(days: every)
            }
            if fine && count > 0 {
                result = trial
                result.series.insert(activity.id)
                done[activity.id] = result.tasks.last?.last
                return true
            }
        }
        skipped.insert(activity.id)
        if result.abandon() { return false }
        result.leftOut.append("\(activity.name) every \(cadence) days are left out: the weeks have no room for them")
        return false
    }

    /// The days an occurrence of recurring work may move by, in the order tried.
    static let nearby = [0, -1, 1, -2, 2]

    /// Why a task was left out, in words.
    func leftOutReason(_ name: String, reason: PlaceFailure, activity: Activity, intended: CalendarDate, segment: String) -> String {
        switch reason {
        case .tooLate:
            return "\(name) could not be done in time (wanted by \(intended.spoken))"
        case .leadTime:
            return "\(name) needs \(activity.leadDays) days from its start, and there are not that many between the plan's start and \(intended.spoken)"
        case .capacity:
            let who = segment.isEmpty ? "the team" : segment
            return "\(name) (\(Self.hours(activity.hours))) does not fit: \(who) has no week with room for it around \(intended.spoken)"
        }
    }
}

extension Array {
    /// The element at `index`, or `nil` outside the array.
    subscript(safe index: Int?) -> Element? {
        guard let index, indices.contains(index) else { return nil }
        return self[index]
    }
}
