import Foundation

/// A review as JSON: the file kept beside the session, and the answers file a script gives `guidance review --answers`.
///
/// ```json
/// {"format": "guidance-review/1", "session": "2027-02-01-bnu3", "month": 1, "complete": true,
///  "rest": "done",
///  "campaigns": [{"campaign": "Leeds switch campaign", "outcome": "done"}],
///  "tasks": [{"campaign": "Dentistry Show", "task": "Book the stand, venue or speaking slot",
///             "outcome": "moved", "to": "2027-03-19", "hours": 2, "cost": 2260},
///            {"campaign": "Webinar", "task": "Sales follow-up calls", "due": "2027-03-24",
///             "outcome": "dropped", "reason": "Sales were at the show"}],
///  "unplanned": [{"what": "Hotel client crisis calls", "segment": "Hospitality", "hours": 12, "cost": 0}]}
/// ```
///
/// A task is named by its campaign and task name (and its due day when the name repeats), or by its
/// plan `key` (the stored file has both). `outcome` is done, moved (with `to`), dropped (with `reason`)
/// or going; `hours` and `cost` (what it took this month) default to the plan's when done or going, and to
/// 0 when moved or dropped. `campaigns` answers every task of a campaign at once, with the plan's hours; `rest` (done by default, or going) answers the month's tasks named nowhere, as Enter does in
/// the shell, except in a review left half-way (`"complete": false`), where they are not reviewed yet.
/// Later entries win: campaigns first, then tasks.
extension MonthlyReview {
    /// The review as the file guidance keeps beside the session (every task of the month named, with its key).
    public func json(plan: Plan) -> JSONValue {
        let rows = Dictionary(plan.rows.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let tasks: [JSONValue] = tasks.map { report in
            var pairs: [(String, JSONValue)] = [("key", .string(report.key))]
            if let row = rows[report.key] {
                pairs += [("campaign", .string(row.campaign)), ("task", .string(row.activity)), ("due", .string(row.due.iso))]
            }
            pairs.append(("outcome", .string(report.outcome.name)))
            switch report.outcome {
            case .moved(let day): pairs.append(("to", .string(day.iso)))
            case .dropped(let reason): pairs.append(("reason", .string(reason)))
            case .done, .going: break
            }
            pairs += [("hours", .number(report.hours)), ("cost", .number(report.cost))]
            return .object(JSONObject(pairs))
        }
        let unplanned: [JSONValue] = unplanned.map { work in
            .object(JSONObject([("what", .string(work.what)), ("segment", .string(work.segment)),
                                ("hours", .number(work.hours)), ("cost", .number(work.cost))]))
        }
        return .object(JSONObject([("format", .string(Self.format)), ("session", .string(sessionID)),
                                   ("month", .number(Decimal(month))), ("complete", .bool(complete)),
                                   ("tasks", .array(tasks)), ("unplanned", .array(unplanned))]))
    }

    /// The review that `json` gives for `month` of `plan` (the month's tasks named nowhere take `rest`).
    ///
    /// `session` is the id of the session the plan was made from; a file naming another session or month is refused.
    public init(json: JSONValue, plan: Plan, sessionID: String, month: Int) throws(ReviewProblem) {
        guard let root = json.objectValue else { throw ReviewProblem("A review is a JSON object; start it with {\"format\": \"\(Self.format)\", ...}.") }
        guard root["format"]?.stringValue == Self.format else {
            throw ReviewProblem("The review's \"format\" should be \"\(Self.format)\".")
        }
        if let named = root["session"]?.stringValue, named != sessionID {
            throw ReviewProblem("The review is of session \(named), not \(sessionID).")
        }
        if let named = root["month"], named.intValue != month {
            throw ReviewProblem("The review is of month \(named.intValue.map(String.init) ?? "?"), not month \(month).")
        }
        let due = ReviewScope.tasks(of: plan, month: month)
        let rest: Outcome
        switch root["rest"]?.stringValue ?? "done" {
        case "done": rest = .done
        case "going": rest = .going
        case let other: throw ReviewProblem("\"rest\" should be done or going, not \(other).")
        }
        var reports = due.map { TaskReport(key: $0.key, outcome: rest, hours: $0.hours, cost: $0.cost) }
        var answered = Set<Int>()
        // A campaign's entry gives every task its outcome with the plan's hours; a task's entry may give its own.
        func apply(_ entry: JSONValue, to indices: [Int], place: String, amounts: Bool) throws(ReviewProblem) {
            let outcome = try Self.outcome(entry, place: place)
            let hours = amounts ? try Self.amount(entry["hours"], "hours", place: place) : nil
            let cost = amounts ? try Self.amount(entry["cost"], "cost", place: place) : nil
            for index in indices {
                answered.insert(index)
                reports[index].outcome = outcome
                switch outcome {
                case .done, .going:
                    reports[index].hours = hours ?? due[index].hours
                    reports[index].cost = cost ?? due[index].cost
                case .moved, .dropped:
                    // Not done this month: only what the entry says it took so far counts.
                    reports[index].hours = hours ?? 0
                    reports[index].cost = cost ?? 0
                }
            }
        }
        for (number, entry) in (root["campaigns"]?.arrayValue ?? []).enumerated() {
            let place = "campaigns, entry \(number + 1)"
            guard let name = entry["campaign"]?.stringValue else { throw ReviewProblem("In \(place), \"campaign\" names no campaign.") }
            let indices = due.indices.filter { due[$0].campaign == name }
            guard !indices.isEmpty else {
                throw ReviewProblem("In \(place), the campaign \"\(name)\" has no task due or started in month \(month).")
            }
            try apply(entry, to: indices, place: place, amounts: false)
        }
        for (number, entry) in (root["tasks"]?.arrayValue ?? []).enumerated() {
            let place = "tasks, entry \(number + 1)"
            let index = try Self.task(entry, in: due, place: place)
            try apply(entry, to: [index], place: place, amounts: true)
        }
        let unplanned = try (root["unplanned"]?.arrayValue ?? []).enumerated().map { number, entry throws(ReviewProblem) in
            try Self.unplanned(entry, plan: plan, place: "unplanned, entry \(number + 1)")
        }
        // A review left half-way (complete false, no "rest") reports only what was answered: the rest is not reviewed yet.
        let complete = root["complete"]?.boolValue ?? true
        if !complete && root["rest"] == nil { reports = reports.indices.filter(answered.contains).map { reports[$0] } }
        self.init(sessionID: sessionID, month: month, tasks: reports, unplanned: unplanned, complete: complete)
    }

    /// The keys of the month's tasks that a review file really answers: every one when it is complete, else
    /// those its `tasks` and `campaigns` entries name (an unfinished review lists only the tasks answered so far).
    public static func answeredKeys(in json: JSONValue, plan: Plan, month: Int) -> Set<String> {
        let due = ReviewScope.tasks(of: plan, month: month)
        if json["complete"]?.boolValue ?? true { return Set(due.map(\.key)) }
        var keys = Set<String>()
        for entry in json["campaigns"]?.arrayValue ?? [] {
            keys.formUnion(due.filter { $0.campaign == entry["campaign"]?.stringValue }.map(\.key))
        }
        for (number, entry) in (json["tasks"]?.arrayValue ?? []).enumerated() {
            if let index = try? task(entry, in: due, place: "tasks, entry \(number + 1)") { keys.insert(due[index].key) }
        }
        return keys
    }

    /// The index in `due` of the task an entry names, by key, or by campaign, task and (when the name repeats) due day.
    static func task(_ entry: JSONValue, in due: [PlanRow], place: String) throws(ReviewProblem) -> Int {
        if let key = entry["key"]?.stringValue {
            if let index = due.firstIndex(where: { $0.key == key }) { return index }
        }
        guard let campaign = entry["campaign"]?.stringValue, let task = entry["task"]?.stringValue else {
            throw ReviewProblem("In \(place), name the task with \"campaign\" and \"task\" (and \"due\" when the task repeats).")
        }
        var found = due.indices.filter { due[$0].campaign == campaign && due[$0].activity == task }
        if let day = entry["due"]?.stringValue { found = found.filter { due[$0].due.iso == day } }
        guard let first = found.first else {
            throw ReviewProblem("In \(place), \"\(task)\" of \"\(campaign)\" is no task due or started in this month.")
        }
        guard found.count == 1 else {
            let days = found.map { due[$0].due.iso }.joined(separator: ", ")
            throw ReviewProblem("In \(place), \"\(task)\" of \"\(campaign)\" is due more than once this month (\(days)): add \"due\".")
        }
        return first
    }

    /// The outcome an entry gives: done, moved (with `to`), dropped (with `reason`) or going.
    static func outcome(_ entry: JSONValue, place: String) throws(ReviewProblem) -> Outcome {
        switch entry["outcome"]?.stringValue ?? "done" {
        case "done": return .done
        case "going": return .going
        case "moved":
            guard let text = entry["to"]?.stringValue, let day = CalendarDate(iso: text) else {
                throw ReviewProblem("In \(place), a moved task needs \"to\": its new due day, such as \"2027-04-12\".")
            }
            return .moved(to: day)
        case "dropped":
            let reason = entry["reason"]?.stringValue ?? ""
            guard !reason.trimmedOfWhitespace().isEmpty else {
                throw ReviewProblem("In \(place), a dropped task needs \"reason\": why it was dropped.")
            }
            try Self.checkText(reason, "reason", place: place)
            return .dropped(reason: reason)
        case let other:
            throw ReviewProblem("In \(place), \"outcome\" should be done, moved, dropped or going, not \"\(other)\".")
        }
    }

    /// Refuses a text the shell would refuse too: over `AnswerRules.maximumLength` characters, or holding a control character.
    static func checkText(_ text: String, _ name: String, place: String) throws(ReviewProblem) {
        if text.count > AnswerRules.maximumLength {
            throw ReviewProblem("In \(place), \"\(name)\" is \(text.count) characters long: shorten it to \(AnswerRules.maximumLength) or fewer.")
        }
        if AnswerRules.hasForbidden(text) {
            throw ReviewProblem("In \(place), \"\(name)\" holds a control character (such as an escape or a NUL byte), which cannot be kept: remove it.")
        }
    }

    /// A number of hours or money from 0 up, when given.
    static func amount(_ value: JSONValue?, _ name: String, place: String) throws(ReviewProblem) -> Decimal? {
        guard let value else { return nil }
        guard let number = value.numberValue, number >= 0 else {
            throw ReviewProblem("In \(place), \"\(name)\" should be a number from 0 up.")
        }
        return number
    }

    /// Unplanned work: what, for which segment of the plan (or none), hours and cost.
    static func unplanned(_ entry: JSONValue, plan: Plan, place: String) throws(ReviewProblem) -> UnplannedWork {
        guard let what = entry["what"]?.stringValue, !what.trimmedOfWhitespace().isEmpty else {
            throw ReviewProblem("In \(place), \"what\" should say what the work was.")
        }
        try checkText(what, "what", place: place)
        let segment = entry["segment"]?.stringValue ?? ""
        if !segment.isEmpty && !plan.segments.contains(where: { $0.name == segment }) {
            let names = plan.segments.map(\.name).joined(separator: ", ")
            throw ReviewProblem("In \(place), \"\(segment)\" is not a segment of the plan (\(names)); leave \"segment\" empty for work for none.")
        }
        guard let hours = try amount(entry["hours"], "hours", place: place), hours > 0 else {
            throw ReviewProblem("In \(place), \"hours\" should say how many hours it took (more than 0).")
        }
        return UnplannedWork(what: what, segment: segment, hours: hours, cost: try amount(entry["cost"], "cost", place: place) ?? 0)
    }
}
