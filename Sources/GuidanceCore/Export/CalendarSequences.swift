import Foundation

/// What was exported last time, kept beside the session (sessions/<id>.calendar.json), so SEQUENCE rises only for changed entries.
///
/// RFC 5545 §3.8.7.4: a component's sequence number is 0 when it is created and rises each time it
/// is significantly revised. Each entry key keeps the fingerprint of what it showed when last
/// exported and its sequence number then.
public struct CalendarSequences: Equatable, Sendable {
    /// One exported entry: what it showed and its sequence number.
    public struct Item: Equatable, Sendable {
        /// The entry's fingerprint when it was last exported.
        public var fingerprint: String
        /// Its SEQUENCE number then.
        public var sequence: Int

        /// An item with this fingerprint and sequence number.
        public init(fingerprint: String, sequence: Int) {
            self.fingerprint = fingerprint; self.sequence = sequence
        }
    }

    /// The file format tag of calendar records.
    public static let format = "guidance-calendar/1"

    /// The highest sequence number kept: no entry is revised a million times, so a larger stored
    /// number means a damaged record; reading refuses it, and a changed entry stops rising there
    /// (well inside RFC 5545's INTEGER, which ends at 2147483647).
    public static let maxSequence = 1_000_000

    /// The items, by `CalendarEntry.key`.
    public var items: [String: Item]

    /// Records with these items (none by default: nothing exported yet).
    public init(items: [String: Item] = [:]) {
        self.items = items
    }

    /// The sequence number for the entry with `key`, 0 when it was never exported.
    public func sequence(for key: String) -> Int { items[key]?.sequence ?? 0 }

    /// The sequences for `entries`: unchanged entries keep their number, changed ones rise by one, new ones start at 0.
    ///
    /// Keys no longer present are kept, so a removed-then-restored item does not go back to 0.
    /// When two entries share a key, the first one counts.
    ///
    /// `context` is what else changes how an entry shows in a calendar (the time zone its times are
    /// converted from, the reminder): a different context counts as a change to the timed entries.
    public func updated(for entries: [CalendarEntry], context: String = "") -> CalendarSequences {
        var result = self
        var seen = Set<String>()
        for entry in entries where seen.insert(entry.key).inserted {
            let print = context.isEmpty || entry.startMinute == nil
                ? Self.fingerprint(entry) : ICalendarText.digest(Self.fingerprint(entry) + "|" + context)
            if let old = items[entry.key] {
                if old.fingerprint != print {
                    // min first: a number built in memory may be anything, and adding to it must not trap.
                    result.items[entry.key] = Item(fingerprint: print, sequence: min(old.sequence, Self.maxSequence - 1) + 1)
                }
            } else {
                result.items[entry.key] = Item(fingerprint: print, sequence: 0)
            }
        }
        return result
    }

    /// A fingerprint of everything an entry shows (title, date, time, length, details, category, reminder).
    ///
    /// FNV-1a 64 over the UTF-8 of a canonical text in which every field is prefixed by its
    /// length in octets, so no two different entries share the text; sixteen lowercase hex digits.
    public static func fingerprint(_ entry: CalendarEntry) -> String {
        let fields = [
            "v1", entry.category.rawValue, entry.title, entry.date.iso,
            entry.startMinute.map(String.init) ?? "all-day", String(entry.minutes),
            entry.details, entry.hasReminder ? "reminder" : "no-reminder",
        ]
        var text: [UInt8] = []
        text.reserveCapacity(fields.reduce(16) { $0 + $1.utf8.count + 8 })
        for (index, field) in fields.enumerated() {
            if index > 0 { text.append(UInt8(ascii: ";")) }
            text.append(contentsOf: String(field.utf8.count).utf8)
            text.append(UInt8(ascii: ":"))
            text.append(contentsOf: field.utf8)
        }
        return ICalendarText.digest(bytes: text)
    }

    /// The records as the JSON stored beside the session, keys sorted.
    public func json() -> JSONValue {
        var stored = JSONObject()
        for key in items.keys.sorted() {
            guard let item = items[key] else { continue }
            stored[key] = .object(JSONObject([
                ("fingerprint", .string(item.fingerprint)),
                ("sequence", .number(Decimal(item.sequence))),
            ]))
        }
        return .object(JSONObject([("format", .string(Self.format)), ("items", .object(stored))]))
    }

    /// Reads the records from their file's JSON, checking the format and every item.
    ///
    /// Error messages are fragments in the style of `Session(json:)` ("it is not ..."): the caller
    /// names the file and says what to do.
    public init(json: JSONValue) throws(SessionFormatError) {
        func fail(_ message: String) -> SessionFormatError { SessionFormatError(message: message) }
        guard let root = json.objectValue else {
            throw fail("it is not a guidance calendar record (no JSON object)")
        }
        guard root["format"]?.stringValue == Self.format else {
            throw fail("it is not a guidance calendar record (its \"format\" is not \"\(Self.format)\")")
        }
        guard let stored = root["items"]?.objectValue else {
            throw fail("its \"items\" are missing")
        }
        var items: [String: Item] = [:]
        for (key, value) in stored.pairs {
            guard let print = value["fingerprint"]?.stringValue, let sequence = value["sequence"]?.intValue, sequence >= 0 else {
                throw fail("the calendar item \"\(key)\" is damaged (no fingerprint or sequence number)")
            }
            guard sequence <= Self.maxSequence else {
                throw fail("the calendar item \"\(key)\" has the sequence number \(sequence), more than the \(Self.maxSequence) a record can reach")
            }
            items[key] = Item(fingerprint: print, sequence: sequence)
        }
        self.items = items
    }
}
