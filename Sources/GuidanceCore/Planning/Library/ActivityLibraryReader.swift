import Foundation

/// Turns the JSON of an activity library into an `ActivityLibrary`, collecting problems instead of stopping at the first.
///
/// The library-wide rules (counts and the planner's guarantees) are checked by `ActivityLibraryLoader`
/// once every activity has been read.
struct ActivityLibraryReader: ProblemCollecting {
    static let rootKeys = ["format", "calendar", "conversion_rates", "activities", "campaigns"]
    static let activityKeys = ["id", "name", "channel", "stage", "pull_push", "kind", "cadence_days", "hours", "cost", "owner",
                                "lead_days", "requires", "needs_customers", "purposes", "scalable"]
    static let calendarKeys = ["meeting_time", "meeting_minutes", "planning_time", "planning_minutes",
                               "review_time", "review_minutes", "reminder_minutes"]

    let file: String
    var problems: [ScriptProblem] = []
    /// Every template id the file names, read or not.
    var declaredTemplates = Set<String>()

    init(file: String) { self.file = file }

    /// The library in `json` with the activities that could be read, and how many entries the list has;
    /// `nil` when there is no list of activities. The problems say what is wrong.
    mutating func library(_ json: JSONValue) -> (library: ActivityLibrary, entries: Int)? {
        guard let root = json.objectValue else {
            problem("", "the file should hold one JSON object with \"format\" and \"activities\"")
            return nil
        }
        if let format = root["format"] {
            if format != .string(ActivityLibraryLoader.format) {
                problem("", "\"format\" should be \"\(ActivityLibraryLoader.format)\"")
            }
        } else {
            problem("", "\"format\" is missing; add \"format\": \"\(ActivityLibraryLoader.format)\" at the top")
        }
        unknownKeys(root, known: Self.rootKeys, what: "a key of the activity library", place: "")
        var calendar = CalendarDefaults()
        if let value = root["calendar"] { calendar = self.calendar(value) }
        guard let list = root["activities"]?.arrayValue else {
            problem("", "\"activities\" should be a list of activities")
            return nil
        }
        var activities: [Activity] = []
        var firstUse: [String: Int] = [:]
        for (offset, value) in list.enumerated() {
            if let activity = activity(value, index: offset + 1, firstUse: &firstUse) { activities.append(activity) }
        }
        var rates = ConversionRates()
        if let value = root["conversion_rates"] { rates = conversionRates(value) }
        var campaigns: [CampaignTemplate] = []
        if let value = root["campaigns"] {
            let declared = Set(list.compactMap { $0["id"]?.stringValue })
            campaigns = templates(value, activities: activities, declared: declared)
            declaredTemplates = Set((value.arrayValue ?? []).compactMap { $0["id"]?.stringValue })
        } else {
            problem("", "\"campaigns\" is missing; add the list of campaign templates the planner builds from")
        }
        return (ActivityLibrary(activities: activities, campaigns: campaigns, rates: rates, calendar: calendar), list.count)
    }

    mutating func calendar(_ json: JSONValue) -> CalendarDefaults {
        var result = CalendarDefaults()
        guard let object = json.objectValue else {
            problem("calendar", "\"calendar\" should be an object of times and minutes, such as {\"meeting_time\": \"10:00\"}")
            return result
        }
        unknownKeys(object, known: Self.calendarKeys, what: "a calendar setting", place: "calendar")
        func time(_ key: String) -> Int? {
            guard let value = object[key] else { return nil }
            if let minutes = value.stringValue.flatMap(Self.minutesAfterMidnight) { return minutes }
            problem("calendar", "\"\(key)\" should be a time of day written HH:MM, from 00:00 to 23:59, such as \"09:30\"")
            return nil
        }
        func minutes(_ key: String) -> Int? {
            guard let value = object[key] else { return nil }
            if let n = value.intValue, (5...480).contains(n) { return n }
            problem("calendar", "\"\(key)\" should be a whole number of minutes from 5 to 480")
            return nil
        }
        if let t = time("meeting_time") { result.meetingStart = t }
        if let m = minutes("meeting_minutes") { result.meetingMinutes = m }
        if let t = time("planning_time") { result.planningStart = t }
        if let m = minutes("planning_minutes") { result.planningMinutes = m }
        if let t = time("review_time") { result.reviewStart = t }
        if let m = minutes("review_minutes") { result.reviewMinutes = m }
        if let m = minutes("reminder_minutes") { result.reminderMinutes = m }
        return result
    }

    /// The least and most hours an activity may take (made once: a `Decimal` literal is read from a `Double` each time).
    static let fewestHours: Decimal = 0.5
    static let mostHours: Decimal = 80

    /// Whether `value` is a whole number; a value whose exponent is not negative is one without rounding it.
    static func isWhole(_ value: Decimal) -> Bool { value.exponent >= 0 || value.rounded(0) == value }

    /// Minutes after midnight for "HH:MM", or `nil`.
    static func minutesAfterMidnight(_ text: String) -> Int? { ClockTime.minutes(text) }

    /// Whether `id` is made of lowercase letters, digits and dashes.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    mutating func text(_ object: JSONObject, _ key: String, _ place: String) -> String? {
        guard let value = object[key] else { problem(place, "\"\(key)\" is missing; add it as text"); return nil }
        guard let text = value.stringValue, !text.trimmedOfWhitespace().isEmpty else {
            problem(place, "\"\(key)\" should be non-empty text in double quotes")
            return nil
        }
        return text
    }

    mutating func flag(_ object: JSONObject, _ key: String, _ place: String) -> Bool {
        guard let value = object[key] else { return false }
        guard let flag = value.boolValue else { problem(place, "\"\(key)\" should be true or false"); return false }
        return flag
    }

    mutating func activity(_ json: JSONValue, index: Int, firstUse: inout [String: Int]) -> Activity? {
        var place = "activity \(index)"
        guard let object = json.objectValue else {
            problem(place, "each activity should be an object with \(Self.words(Self.activityKeys.prefix(8).map { "\"\($0)\"" }))")
            return nil
        }
        let id = self.id(object, &place, what: "activity", example: "case-study", index: index, firstUse: &firstUse)
        unknownKeys(object, known: Self.activityKeys, what: "a key of an activity", place: place)
        let name = text(object, "name", place)
        let channel = text(object, "channel", place)
        let stage = choice(object, "stage", place, BuyingStage.self, advice: Self.words(BuyingStage.allCases.map(\.rawValue), last: "or"))
        let pullPush = choice(object, "pull_push", place, PullPush.self, advice: "\"pull\" (marketing) or \"push\" (sales material and follow-up)")
        let kind = choice(object, "kind", place, ActivityKind.self,
                          advice: "\"asset\" (made once), \"recurring\" (repeated every \"cadence_days\") or \"task\"")
        let owner = choice(object, "owner", place, ActivityOwner.self, advice: "\"marketing\", \"sales\" or \"agency\"")
        let hours = number(object, "hours", place, missing: "add the typical effort in hours",
                           bad: "should be a number of hours from 0.5 to 80 in half hours, such as 1.5 or 6") {
            $0 >= Self.fewestHours && $0 <= Self.mostHours && ($0.exponent >= 0 || Self.isWhole($0 * 2))
        }
        let cost = number(object, "cost", place, missing: "add the typical cost, or 0 when it costs nothing",
                          bad: "should be an amount of 0 or more with at most 2 decimals, such as 250 or 99.50") { ($0.sign == .plus || $0.isZero) && ($0.exponent >= -2 || $0 == $0.rounded(2)) }
        let lead = wholeNumber(object, "lead_days", place, range: 0...120, missing: nil) ?? 0
        var cadence: Int?
        if kind == .recurring {
            cadence = wholeNumber(object, "cadence_days", place, range: 1...92,
                                  missing: "recurring work needs \"cadence_days\", the days between two occurrences, such as 7")
        } else if object["cadence_days"] != nil {
            problem(place, "\"cadence_days\" is only for recurring work; remove it or set \"kind\" to \"recurring\"")
        }
        let requires = idList(object, "requires", place)
        if let id, requires?.contains(id) == true { problem(place, "it requires itself; remove \"\(id)\" from \"requires\"") }
        let purposes = purposeList(object, place)
        let needsCustomers = flag(object, "needs_customers", place)
        let scalable = flag(object, "scalable", place)
        if scalable, let cost, cost == 0 {
            problem(place, "it is marked \"scalable\" but costs nothing; give it a cost or remove \"scalable\"")
        }
        guard let id, let name, let channel, let stage, let pullPush, let kind, let owner, let hours, let cost,
              let requires, let purposes else { return nil }
        return Activity(id: id, name: name, channel: channel, stage: stage, pullPush: pullPush, hours: hours, cost: cost,
                        kind: kind, cadenceDays: cadence, requires: requires, leadDays: lead, owner: owner,
                        needsCustomers: needsCustomers, purposes: purposes, scalable: scalable)
    }

    /// The `"id"` of an entry, checked for shape and for being used once; `place` gains the id.
    mutating func id(_ object: JSONObject, _ place: inout String, what: String, example: String, index: Int,
                     firstUse: inout [String: Int]) -> String? {
        guard let value = object["id"] else {
            problem(place, "\"id\" is missing; add a short name such as \"\(example)\"")
            return nil
        }
        guard let text = value.stringValue, Self.isValidID(text) else {
            problem(place, "\"id\" should be lowercase letters, digits and dashes, such as \"\(example)\"")
            return nil
        }
        place += " (\(text))"
        if let earlier = firstUse[text] {
            problem(place, "the id \"\(text)\" is also used by \(what) \(earlier); give each \(what) its own id")
        } else {
            firstUse[text] = index
        }
        return text
    }

    /// A whole number in `range`; `missing` is the advice when the key is required, `nil` when it is optional.
    mutating func wholeNumber(_ object: JSONObject, _ key: String, _ place: String, range: ClosedRange<Int>, missing: String?) -> Int? {
        guard let value = object[key] else {
            if let missing { problem(place, missing) }
            return nil
        }
        guard let n = value.intValue, range.contains(n) else {
            problem(place, "\"\(key)\" should be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return n
    }

    /// A list of activity ids (checked against the library once every activity is read).
    mutating func idList(_ object: JSONObject, _ key: String, _ place: String) -> [String]? {
        guard let value = object[key] else { return [] }
        guard let list = value.arrayValue else {
            problem(place, "\"\(key)\" should be a list of activity ids, such as [\"case-study\"], or []")
            return nil
        }
        var ids: [String] = []
        for item in list {
            guard let text = item.stringValue, Self.isValidID(text) else {
                problem(place, "\"\(key)\" should hold activity ids (lowercase letters, digits and dashes)")
                return nil
            }
            if !ids.contains(text) { ids.append(text) }
        }
        return ids
    }

    /// The purposes an activity fits.
    mutating func purposeList(_ object: JSONObject, _ place: String) -> Set<CampaignPurpose>? {
        var advice: String { "a list of one or more of " + Self.words(CampaignPurpose.allCases.map { "\"\($0.rawValue)\"" }) }
        guard let value = object["purposes"] else { problem(place, "\"purposes\" is missing; add \(advice)"); return nil }
        guard let list = value.arrayValue, !list.isEmpty else { problem(place, "\"purposes\" should be \(advice)"); return nil }
        var purposes = Set<CampaignPurpose>()
        for item in list {
            guard let text = item.stringValue, let purpose = CampaignPurpose(rawValue: text) else {
                let shown = item.stringValue.map { "\"\($0)\"" } ?? "something that is not text"
                problem(place, "\"purposes\" has \(shown), which is not a purpose; use \(advice)")
                return nil
            }
            purposes.insert(purpose)
        }
        return purposes
    }

    mutating func choice<T: RawRepresentable>(_ object: JSONObject, _ key: String, _ place: String, _ type: T.Type,
                                              advice: @autoclosure () -> String) -> T? where T.RawValue == String {
        guard let value = object[key] else { problem(place, "\"\(key)\" is missing; add \(advice())"); return nil }
        guard let text = value.stringValue else { problem(place, "\"\(key)\" should be \(advice())"); return nil }
        guard let parsed = T(rawValue: text) else { problem(place, "\"\(key)\" should be \(advice()), not \"\(text)\""); return nil }
        return parsed
    }

    mutating func number(_ object: JSONObject, _ key: String, _ place: String, missing: String, bad: String,
                         valid: (Decimal) -> Bool) -> Decimal? {
        guard let value = object[key] else { problem(place, "\"\(key)\" is missing; \(missing)"); return nil }
        guard let n = value.numberValue, valid(n) else { problem(place, "\"\(key)\" \(bad)"); return nil }
        return n
    }
}
