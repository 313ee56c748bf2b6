import Foundation

/// Reading one holiday: its name, its rule and the keys each rule takes.
extension HolidayBookReader {
    static let kinds = ["fixed", "nth_weekday", "last_weekday", "easter"]
    static let commonKeys = ["name", "rule"]
    static let yearKeys = ["first_year", "last_year"]
    static let kindKeys: [String: [String]] = [
        "fixed": ["month", "day", "substitute"],
        "nth_weekday": ["month", "weekday", "n", "instead_when"],
        "last_weekday": ["month", "weekday"],
        "easter": ["offset"],
    ]
    static let insteadKeys = ["day", "weekday"]
    static let monthAdvice = "a whole number from 1 (January) to 12 (December)"
    static let weekdayAdvice = "a day of the week written in full, Monday to Sunday"
    static let offsetAdvice = "such as -2 for Good Friday or 1 for Easter Monday"

    /// The holiday in `json` at `place` ("calendar 1 (GB-EAW), holiday 3"), or `nil` with its problems.
    mutating func rule(_ json: JSONValue, place: String) -> HolidayRule? {
        guard let object = json.objectValue else {
            problem(place, "each holiday should be an object with \"name\" and \"rule\"")
            return nil
        }
        var place = place
        if let name = object["name"]?.stringValue, !name.trimmedOfWhitespace().isEmpty { place += " (\(name))" }
        let name = text(object, "name", place, missing: "add the holiday's name, such as \"Good Friday\"")
        var kindAdvice: String { Self.words(Self.kinds, last: "or") }
        guard let kindValue = object["rule"] else {
            problem(place, "\"rule\" is missing; add \(kindAdvice)")
            return nil
        }
        guard let kindName = kindValue.stringValue, let keys = Self.kindKeys[kindName] else {
            let shown = kindValue.stringValue.map { ", not \"\($0)\"" } ?? ""
            problem(place, "\"rule\" should be \(kindAdvice)\(shown)")
            return nil
        }
        unknownKeys(object, known: Self.commonKeys + keys + Self.yearKeys, what: "a key of a \(kindName) holiday", place: place)
        let kind: HolidayRule.Kind?
        switch kindName {
        case "fixed": kind = fixed(object, place)
        case "nth_weekday": kind = nthWeekday(object, place)
        case "last_weekday":
            let month = self.month(object, place), weekday = self.weekday(object, place)
            kind = month.flatMap { m in weekday.map { .lastWeekday(month: m, weekday: $0) } }
        default:
            kind = wholeNumber(object, "offset", place, in: -100...100,
                               missing: "add the days from Easter Sunday, \(Self.offsetAdvice)",
                               bad: "a whole number of days from -100 to 100, \(Self.offsetAdvice)").map { .easter(offset: $0) }
        }
        let (firstYear, lastYear, yearsFine) = years(object, place)
        guard let name, let kind, yearsFine else { return nil }
        return HolidayRule(name: name, kind: kind, firstYear: firstYear, lastYear: lastYear)
    }

    mutating func fixed(_ object: JSONObject, _ place: String) -> HolidayRule.Kind? {
        let month = self.month(object, place)
        let day = self.day(object, place, month: month)
        var policy: SubstitutePolicy? = SubstitutePolicy.none
        if let value = object["substitute"] {
            policy = value.stringValue.flatMap(SubstitutePolicy.init(rawValue:))
            if policy == nil {
                let shown = value.stringValue.map { ", not \"\($0)\"" } ?? ""
                problem(place, "\"substitute\" should be \(Self.words(SubstitutePolicy.allCases.map(\.rawValue), last: "or"))\(shown)")
            }
        }
        guard let month, let day, let policy else { return nil }
        return .fixed(month: month, day: day, substitute: policy)
    }

    mutating func nthWeekday(_ object: JSONObject, _ place: String) -> HolidayRule.Kind? {
        let month = self.month(object, place)
        let weekday = self.weekday(object, place)
        let n = wholeNumber(object, "n", place, in: 1...4, missing: "add 1 for the first in the month, 2 for the second, up to 4",
                            bad: "a whole number from 1 to 4 (the first to the fourth in the month); for the last one use \"rule\": \"last_weekday\"")
        var instead: DayInstead?
        var insteadFine = true
        if let value = object["instead_when"] {
            let insteadPlace = place + ", instead_when"
            if let inner = value.objectValue {
                unknownKeys(inner, known: Self.insteadKeys, what: "a key of \"instead_when\"", place: insteadPlace)
                let day = self.day(inner, insteadPlace, month: month), weekday = self.weekday(inner, insteadPlace)
                if let day, let weekday { instead = DayInstead(day: day, weekday: weekday) } else { insteadFine = false }
            } else {
                problem(insteadPlace, "\"instead_when\" should be an object with \"day\" and \"weekday\", such as {\"day\": 1, \"weekday\": \"Friday\"}")
                insteadFine = false
            }
        }
        guard let month, let weekday, let n, insteadFine else { return nil }
        return .nthWeekday(month: month, weekday: weekday, n: n, instead: instead)
    }

    /// A whole number at `key` inside `range`, or `nil` with a problem ("is missing; \(missing)" or "should be \(bad)").
    mutating func wholeNumber(_ object: JSONObject, _ key: String, _ place: String, in range: ClosedRange<Int>,
                              missing: String, bad: String) -> Int? {
        guard let value = object[key] else { problem(place, "\"\(key)\" is missing; \(missing)"); return nil }
        guard let n = value.intValue, range.contains(n) else { problem(place, "\"\(key)\" should be \(bad)"); return nil }
        return n
    }

    mutating func month(_ object: JSONObject, _ place: String) -> Int? {
        wholeNumber(object, "month", place, in: 1...12, missing: "add \(Self.monthAdvice)", bad: Self.monthAdvice)
    }

    /// The day of the month at "day", checked against `month` when it is known: it must come every year.
    mutating func day(_ object: JSONObject, _ place: String, month: Int?) -> Int? {
        guard let day = wholeNumber(object, "day", place, in: 1...31, missing: "add the day of the month, such as 25",
                                    bad: "a whole number from 1 to 31") else { return nil }
        guard let month else { return day }
        let monthName = CalendarDate.monthNames[month - 1]
        if month == 2 && day == 29 {
            problem(place, "29 February comes only in leap years; use a day from 1 to 28")
            return nil
        }
        let length = CalendarDate.daysIn(month: month, year: 2001)
        if day > length {
            problem(place, "\(monthName) has no day \(day); use a day from 1 to \(length)")
            return nil
        }
        return day
    }

    /// The ISO weekday (1 = Monday) named at "weekday", capitals ignored.
    mutating func weekday(_ object: JSONObject, _ place: String) -> Int? {
        guard let value = object["weekday"] else { problem(place, "\"weekday\" is missing; add \(Self.weekdayAdvice)"); return nil }
        let names = CalendarDate.weekdayNames.map { $0.lowercased() }
        guard let text = value.stringValue, let index = names.firstIndex(of: text.lowercased()) else {
            let shown = value.stringValue.map { ", not \"\($0)\"" } ?? ""
            problem(place, "\"weekday\" should be \(Self.weekdayAdvice)\(shown)")
            return nil
        }
        return index + 1
    }

    /// "first_year" and "last_year" (each optional), and whether both are fine and in order.
    mutating func years(_ object: JSONObject, _ place: String) -> (first: Int?, last: Int?, fine: Bool) {
        var fine = true
        func year(_ key: String) -> Int? {
            guard object[key] != nil else { return nil }
            let value = wholeNumber(object, key, place, in: 1...9999, missing: "",
                                    bad: "a whole year from 1 to 9999, such as 2023")
            if value == nil { fine = false }
            return value
        }
        let first = year("first_year"), last = year("last_year")
        if let first, let last, first > last {
            problem(place, "\"first_year\" (\(first)) is after \"last_year\" (\(last)), so the holiday would never be kept; correct one of them")
            fine = false
        }
        return (first, last, fine)
    }
}
