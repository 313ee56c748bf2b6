import Foundation

/// Turns the JSON of a holidays file into a `HolidayBook`, collecting problems instead of stopping at the first.
///
/// The holidays themselves are read by `HolidayBookReader+Rules`.
struct HolidayBookReader: ProblemCollecting {
    static let rootKeys = ["format", "calendars"]
    static let calendarKeys = ["id", "name", "holidays"]

    let file: String
    var problems: [ScriptProblem] = []

    init(file: String) { self.file = file }

    /// Non-empty text at `key`, or `nil` with a problem (`missing` says what to add when the key is absent).
    mutating func text(_ object: JSONObject, _ key: String, _ place: String, missing: String) -> String? {
        guard let value = object[key] else { problem(place, "\"\(key)\" is missing; \(missing)"); return nil }
        guard let text = value.stringValue, !text.trimmedOfWhitespace().isEmpty else {
            problem(place, "\"\(key)\" should be non-empty text in double quotes")
            return nil
        }
        return text
    }

    /// The book in `json`, or `nil` when there is no list of calendars; the problems say what is wrong.
    mutating func book(_ json: JSONValue) -> HolidayBook? {
        guard let root = json.objectValue else {
            problem("", "the file should hold one JSON object with \"format\" and \"calendars\"")
            return nil
        }
        if let format = root["format"] {
            if format != .string(HolidayBookLoader.format) {
                problem("", "\"format\" should be \"\(HolidayBookLoader.format)\"")
            }
        } else {
            problem("", "\"format\" is missing; add \"format\": \"\(HolidayBookLoader.format)\" at the top")
        }
        unknownKeys(root, known: Self.rootKeys, what: "a key of the holidays file", place: "")
        guard let list = root["calendars"]?.arrayValue else {
            problem("", "\"calendars\" should be a list of calendars, each with \"id\", \"name\" and \"holidays\"")
            return nil
        }
        if list.isEmpty {
            problem("calendars", "the list is empty; add at least one calendar, such as those in the holidays.json that came with guidance")
        }
        var calendars: [HolidayCalendar] = []
        var firstUse: [String: (index: Int, id: String)] = [:]
        for (offset, value) in list.enumerated() {
            if let calendar = calendar(value, index: offset + 1, firstUse: &firstUse) { calendars.append(calendar) }
        }
        return HolidayBook(calendars: calendars)
    }

    /// Whether `id` is a short code of ASCII letters, digits and dashes, starting with a letter.
    static func isValidID(_ id: String) -> Bool {
        let scalars = Array(id.unicodeScalars)
        func letter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
        guard let first = scalars.first, letter(first), scalars.count <= 20 else { return false }
        return scalars.allSatisfy { letter($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    mutating func calendar(_ json: JSONValue, index: Int, firstUse: inout [String: (index: Int, id: String)]) -> HolidayCalendar? {
        var place = "calendar \(index)"
        guard let object = json.objectValue else {
            problem(place, "each calendar should be an object with \"id\", \"name\" and \"holidays\"")
            return nil
        }
        var id: String?
        if object["id"] == nil {
            problem(place, "\"id\" is missing; add a short code of letters, digits and dashes, such as \"GB-EAW\"")
        } else if let text = object["id"]?.stringValue, Self.isValidID(text) {
            place += " (\(text))"
            id = self.id(text, index: index, place: place, firstUse: &firstUse)
        } else {
            problem(place, "\"id\" should be a short code of letters, digits and dashes (at most 20, starting with a letter), such as \"GB-EAW\"")
        }
        unknownKeys(object, known: Self.calendarKeys, what: "a key of a calendar", place: place)
        let name = text(object, "name", place, missing: "add the calendar's name in words, such as \"England and Wales\"")
        var rules: [HolidayRule]?
        if let list = object["holidays"]?.arrayValue {
            if list.isEmpty { problem(place, "\"holidays\" is empty; add at least one holiday") }
            var read: [HolidayRule] = []
            for (offset, value) in list.enumerated() {
                if let rule = rule(value, place: "\(place), holiday \(offset + 1)") { read.append(rule) }
            }
            rules = read.count == list.count ? read : nil
        } else {
            problem(place, "\"holidays\" should be a list of holidays, each with \"name\" and \"rule\"")
        }
        guard let id, let name, let rules else { return nil }
        return HolidayCalendar(id: id, name: name, rules: rules)
    }

    /// `text` as a calendar id, or `nil` with a problem when "none" or already used (letter case ignored).
    mutating func id(_ text: String, index: Int, place: String, firstUse: inout [String: (index: Int, id: String)]) -> String? {
        let key = text.lowercased()
        if key == "none" {
            problem(place, "\"none\" stands for a session with no public holidays, so it cannot be a calendar's id; choose another")
            return nil
        }
        guard let earlier = firstUse[key] else {
            firstUse[key] = (index, text)
            return text
        }
        if earlier.id == text {
            problem(place, "the id \"\(text)\" is also used by calendar \(earlier.index); give each calendar its own id")
        } else {
            problem(place, "the id \"\(text)\" differs from \"\(earlier.id)\" (calendar \(earlier.index)) only in capitals, and sessions name calendars without regard to capitals; give each calendar its own id")
        }
        return nil
    }
}
