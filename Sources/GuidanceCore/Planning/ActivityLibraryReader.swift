import Foundation

/// Turns the JSON of an activity library into an `ActivityLibrary`, collecting problems instead of stopping at the first.
///
/// The library-wide rules (counts and the planner's guarantees) are checked by `ActivityLibraryLoader`
/// once every activity has been read.
struct ActivityLibraryReader {
    static let rootKeys = ["format", "calendar", "activities"]
    static let activityKeys = ["id", "name", "channel", "stage", "pull_push", "hours", "cost", "roles", "campaign", "follow_up"]
    static let calendarKeys = ["meeting_time", "meeting_minutes", "planning_time", "planning_minutes",
                               "review_time", "review_minutes", "reminder_minutes"]

    let file: String
    var problems: [ScriptProblem] = []

    init(file: String) { self.file = file }

    mutating func problem(_ place: String, _ message: String) {
        problems.append(ScriptProblem(file: file, place: place, message: message))
    }

    /// "a, b and c" (or "a, b or c" with `last: "or"`).
    static func words(_ items: [String], last: String = "and") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(last) " + (items.last ?? "")
    }

    /// Reports keys of `object` that are not in `known`, so a misspelt key is not silently ignored.
    mutating func unknownKeys(_ object: JSONObject, known: [String], what: String, place: String) {
        for key in object.keys where !known.contains(key) {
            problem(place, "\"\(key)\" is not \(what); use only \(Self.words(known))")
        }
    }

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
        return (ActivityLibrary(activities: activities, calendar: calendar), list.count)
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

    /// Minutes after midnight for "HH:MM" (two digits each, 00:00 to 23:59), or `nil`.
    static func minutesAfterMidnight(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60 else { return nil }
        return hour * 60 + minute
    }

    /// Whether `id` is made of lowercase letters, digits and dashes.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    mutating func text(_ object: JSONObject, _ key: String, _ place: String) -> String? {
        guard let value = object[key] else { problem(place, "\"\(key)\" is missing; add it as text"); return nil }
        guard let text = value.stringValue, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
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
        var id: String?
        if object["id"] == nil {
            problem(place, "\"id\" is missing; add a short name such as \"blog-post\"")
        } else if let text = object["id"]?.stringValue, Self.isValidID(text) {
            id = text
            place += " (\(text))"
            if let earlier = firstUse[text] {
                problem(place, "the id \"\(text)\" is also used by activity \(earlier); give each activity its own id")
            } else {
                firstUse[text] = index
            }
        } else {
            problem(place, "\"id\" should be lowercase letters, digits and dashes, such as \"blog-post\"")
        }
        unknownKeys(object, known: Self.activityKeys, what: "a key of an activity", place: place)
        let name = text(object, "name", place)
        let channel = text(object, "channel", place)
        let stage = choice(object, "stage", place, BuyingStage.self, advice: Self.words(BuyingStage.allCases.map(\.rawValue), last: "or"))
        let pullPush = choice(object, "pull_push", place, PullPush.self, advice: "\"pull\" (marketing) or \"push\" (sales material and follow-up)")
        let hours = number(object, "hours", place, missing: "add the typical effort in hours",
                           bad: "should be a number of hours more than 0 and at most 80") { $0 > 0 && $0 <= 80 }
        let cost = number(object, "cost", place, missing: "add the typical cost, or 0 when it costs nothing",
                          bad: "should be an amount of 0 or more with at most 2 decimals, such as 250 or 99.50") { $0 >= 0 && $0 == $0.rounded(2) }
        let roles = self.roles(object, place)
        let isCampaign = flag(object, "campaign", place)
        let isFollowUp = flag(object, "follow_up", place)
        if let roles, let stage, roles.contains(.exit), stage != .loyalty {
            problem(place, "it suits \"exit\" but is at the \(stage.rawValue) stage; a segment being exited only gets retention and wind-down work, so put it at loyalty or remove \"exit\"")
        }
        if isFollowUp, pullPush == .pull {
            problem(place, "it is a follow-up but marked \"pull\"; follow-up is sales work, so mark it \"push\" or set \"follow_up\" to false")
        }
        guard let id, let name, let channel, let stage, let pullPush, let hours, let cost, let roles else { return nil }
        return Activity(id: id, name: name, channel: channel, stage: stage, pullPush: pullPush, hours: hours,
                        cost: cost, roles: roles, isCampaign: isCampaign, isFollowUp: isFollowUp)
    }

    mutating func choice<T: RawRepresentable>(_ object: JSONObject, _ key: String, _ place: String, _ type: T.Type,
                                              advice: String) -> T? where T.RawValue == String {
        guard let value = object[key] else { problem(place, "\"\(key)\" is missing; add \(advice)"); return nil }
        guard let text = value.stringValue else { problem(place, "\"\(key)\" should be \(advice)"); return nil }
        guard let parsed = T(rawValue: text) else { problem(place, "\"\(key)\" should be \(advice), not \"\(text)\""); return nil }
        return parsed
    }

    mutating func number(_ object: JSONObject, _ key: String, _ place: String, missing: String, bad: String,
                         valid: (Decimal) -> Bool) -> Decimal? {
        guard let value = object[key] else { problem(place, "\"\(key)\" is missing; \(missing)"); return nil }
        guard let n = value.numberValue, valid(n) else { problem(place, "\"\(key)\" \(bad)"); return nil }
        return n
    }

    mutating func roles(_ object: JSONObject, _ place: String) -> Set<SegmentRole>? {
        let advice = "a list of one or more of \"grow\", \"maintain\" and \"exit\", such as [\"grow\", \"maintain\"]"
        guard let value = object["roles"] else { problem(place, "\"roles\" is missing; add \(advice)"); return nil }
        guard let list = value.arrayValue, !list.isEmpty else { problem(place, "\"roles\" should be \(advice)"); return nil }
        var roles = Set<SegmentRole>()
        var fine = true
        for item in list {
            guard let text = item.stringValue, let role = SegmentRole(rawValue: text) else {
                let shown = item.stringValue.map { "\"\($0)\"" } ?? "something that is not text"
                problem(place, "\"roles\" has \(shown), which is not a role; use grow, maintain or exit")
                fine = false
                continue
            }
            if !roles.insert(role).inserted {
                problem(place, "\"roles\" lists \"\(text)\" twice; list each role once")
                fine = false
            }
        }
        return fine ? roles : nil
    }
}
