import Foundation

/// Why a session file could not be read as a session.
public struct SessionFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, in plain words.
    public var message: String
    public var description: String { message }
}

extension Session {
    /// The file format tag of session files.
    public static let format = "guidance-session/1"

    /// The session as the JSON stored in its file.
    public func json() -> JSONValue {
        var root = JSONObject()
        root["format"] = .string(Session.format)
        root["schema"] = .number(Decimal(Session.schema))
        root["id"] = .string(id)
        root["script"] = .object(JSONObject([("id", .string(scriptID)), ("version", .number(Decimal(scriptVersion)))]))
        root["mode"] = .string(mode.rawValue)
        root["meeting_date"] = .string(meetingDate.iso)
        root["started_at"] = .string(startedAt)
        root["updated_at"] = .string(updatedAt)
        root["status"] = .string(status.rawValue)
        root["previous"] = previousID.map(JSONValue.string) ?? .null
        var position = JSONObject()
        position["question"] = self.position.map(JSONValue.string) ?? .null
        if let draft { position["draft"] = draft }
        root["position"] = .object(position)
        var stored = JSONObject()
        for key in answerOrder {
            guard let answer = answers[key] else { continue }
            var entry = JSONObject([("value", answer.value), ("at", .string(answer.at))])
            if answer.recheck { entry["recheck"] = .bool(true) }
            stored[key] = .object(entry)
        }
        root["answers"] = .object(stored)
        root["skipped"] = .array(skipped.map(JSONValue.string))
        root["minutes"] = .object(JSONObject(minutes.keys.sorted().map { ($0, .number(minutes[$0] ?? 0)) }))
        return .object(root)
    }

    /// The file's bytes: pretty JSON, stable from one save to the next.
    public func fileData() -> Data { Data(utf8: JSONWriter.write(json())) }

    /// Reads a session from its file's JSON, checking the format and every field.
    public init(json: JSONValue) throws(SessionFormatError) {
        func fail(_ message: String) -> SessionFormatError { SessionFormatError(message: message) }
        guard let root = json.objectValue else { throw fail("it is not a guidance session file (no JSON object)") }
        guard root["format"]?.stringValue == Session.format else {
            throw fail("it is not a guidance session file (its \"format\" is not \"\(Session.format)\")")
        }
        guard let schema = root["schema"]?.intValue else { throw fail("it has no schema number") }
        guard schema <= Session.schema else {
            throw fail("it was written by a newer guidance (schema \(schema)); update guidance to open it")
        }
        func text(_ key: String) throws(SessionFormatError) -> String {
            guard let s = root[key]?.stringValue else { throw fail("its \"\(key)\" is missing or not text") }
            return s
        }
        id = try text("id")
        guard let script = root["script"]?.objectValue, let sid = script["id"]?.stringValue,
              let version = script["version"]?.intValue else { throw fail("its \"script\" is missing or damaged") }
        scriptID = sid; scriptVersion = version
        guard let m = SessionMode(rawValue: try text("mode")) else { throw fail("its \"mode\" is not director or self") }
        mode = m
        guard let date = CalendarDate(iso: try text("meeting_date")) else { throw fail("its \"meeting_date\" is not a YYYY-MM-DD date") }
        if let problem = StoredValueChecker.dateProblem(date) { throw fail("its \"meeting_date\" is refused: \(problem)") }
        meetingDate = date
        startedAt = try text("started_at")
        updatedAt = try text("updated_at")
        guard let s = Status(rawValue: try text("status")) else { throw fail("its \"status\" is not in_progress or complete") }
        status = s
        previousID = root["previous"]?.stringValue
        position = root["position"]?["question"]?.stringValue
        draft = root["position"]?["draft"]
        guard let stored = root["answers"]?.objectValue else { throw fail("its \"answers\" are missing") }
        answers = [:]; answerOrder = []
        for (key, entry) in stored.pairs {
            guard let value = entry["value"], let at = entry["at"]?.stringValue else {
                throw fail("the answer \"\(key)\" is damaged (no value or time)")
            }
            answers[key] = Answer(value: value, at: at, recheck: entry["recheck"]?.boolValue ?? false)
            answerOrder.append(key)
        }
        skipped = root["skipped"]?.arrayValue?.compactMap(\.stringValue) ?? []
        minutes = [:]
        for (key, value) in root["minutes"]?.objectValue?.pairs ?? [] {
            // A clock is never a reason to refuse a session: times out of range are kept within it.
            if let n = value.numberValue { minutes[key] = Self.minutesInRange(n) }
        }
    }
}

/// Formats instants for session files.
public enum Timestamp {
    /// `date` as `2027-02-01T10:15:00Z`.
    ///
    /// From 1970 to the year 9999 the fields come from whole seconds by arithmetic (what the Gregorian
    /// calendar in UTC gives, without making a calendar and formatting with `String(format:)`, which
    /// cost the first prompt a millisecond); other dates go through `Calendar`.
    public static func iso(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        guard interval >= 0, interval < 253_402_300_800 else { return calendarISO(date) }
        let seconds = Int(interval.rounded(.down))
        let date = CalendarDate(dayNumber: seconds / 86_400)
        let time = seconds % 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let century = date.year / 100
        return two(century) + two(date.year - century * 100) + "-" + two(date.month) + "-" + two(date.day)
            + "T" + two(time / 3600) + ":" + two(time / 60 % 60) + ":" + two(time % 60) + "Z"
    }

    /// `iso(_:)` through a Gregorian calendar in UTC, for any date.
    static func calendarISO(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                      c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}
