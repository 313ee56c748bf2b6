import Foundation

/// Layout helpers for the plan summary: headings, bullets, wrapping, columns, dates and numbers.
extension PlanSummary {
    /// A section heading underlined with dashes; a self-planning plan marks the sections built on its assumptions.
    static func heading(_ title: String, assumed: Bool = false) -> [String] {
        let text = assumed ? title + " (assumed: to confirm with your director)" : title
        return ["", text, String(repeating: "-", count: text.count)]
    }

    /// Each item as a "- " bullet, wrapped with a hanging indent; `empty` when there are none.
    static func bullets(_ items: [String], empty: String) -> [String] {
        let shown = items.map(clean).filter { !$0.isEmpty }
        if shown.isEmpty { return wrap(empty) }
        return shown.flatMap { wrap($0, first: "- ", rest: "  ") }
    }

    /// `text` wrapped at spaces to `width` columns, the first line after `first`, the others after `rest`.
    ///
    /// A word longer than the line is kept whole on a line of its own.
    static func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        if let lines = wrapOneColumnBytes(text, first: first, rest: rest) { return lines }
        var lines: [String] = []
        var current = first
        // the columns of `current`, counted as it grows rather than read again for every word
        var columns = TextWrap.Width()
        columns.add(first)
        var hasWord = false
        for word in text.split(separator: " ") {
            var longer = columns
            if hasWord { longer.add(" ") }
            longer.add(word)
            if hasWord && longer.count > width {
                lines.append(current)
                current = rest + word
                columns = TextWrap.Width()
                columns.add(rest)
                columns.add(word)
            } else {
                current = hasWord ? current + " " + word : current + word
                columns = longer
            }
            hasWord = true
        }
        lines.append(current)
        return lines
    }

    /// `wrap` for text whose every byte takes one column (ASCII, no escape and no \u{01} or \u{02}), worked
    /// on bytes; `nil` for any other text, which `wrap` then breaks by characters as before.
    static func wrapOneColumnBytes(_ text: String, first: String, rest: String) -> [String]? {
        func oneColumn(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x1B && byte != 0x01 && byte != 0x02 }
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy(oneColumn), first.allUTF8Bytes(oneColumn), rest.allUTF8Bytes(oneColumn) else { return nil }
        let space = UInt8(ascii: " ")
        var lines: [String] = []
        var current = Array(first.utf8)
        var hasWord = false
        var start = 0
        while start < bytes.count {
            if bytes[start] == space { start += 1; continue }
            var end = start
            while end < bytes.count && bytes[end] != space { end += 1 }
            if hasWord && current.count + 1 + (end - start) > width {
                lines.append(String(decoding: current, as: UTF8.self))
                current = Array(rest.utf8)
            } else if hasWord {
                current.append(space)
            }
            current.append(contentsOf: bytes[start..<end])
            hasWord = true
            start = end
        }
        lines.append(String(decoding: current, as: UTF8.self))
        return lines
    }

    /// The text on one line for the terminal: every run of control characters (newline, CR, tab, escape) becomes one space.
    static func clean(_ text: String) -> String {
        if text.allUTF8Bytes({ $0 >= 0x20 && $0 < 0x7F }) { return text.trimmedOfWhitespace() }
        var result = String.UnicodeScalarView()
        var lastWasControl = false
        for scalar in text.unicodeScalars {
            let isControl = !(scalar.value >= 0x20 && scalar.value < 0x7F)
                && (scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}")
            if isControl {
                if !lastWasControl { result.append(" ") }
            } else {
                result.append(scalar)
            }
            lastWasControl = isControl
        }
        return String(result).trimmedOfWhitespace()
    }

    /// `text` cut to `width` characters, ending with "…" when it was longer.
    static func fit(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }

    /// `text` padded with spaces on the right (`left`) or the left to `width` characters.
    static func pad(_ text: String, _ width: Int, left: Bool = true) -> String {
        let room = String(repeating: " ", count: max(0, width - text.count))
        return left ? text + room : room + text
    }

    /// Cells laid out in columns two spaces apart; `rightAligned` names the columns aligned right.
    static func table(_ rows: [[String]], rightAligned: Set<Int>) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { pad($1, widths[$0], left: !rightAligned.contains($0)) }.joined(separator: "  ")
        }
    }

    /// Money with the currency code and thousands separators: "GBP 12,000".
    static func money(_ amount: Decimal, _ currency: String) -> String {
        let code = clean(currency)
        return code.isEmpty ? AnswerFormatter.money(amount) : code + " " + AnswerFormatter.money(amount)
    }

    /// Hours to two decimal places at most: "40", "2.5", "0.25".
    static func hours(_ value: Decimal) -> String {
        AnswerFormatter.number(value.rounded(2))
    }

    /// A percentage with one decimal place: "14.2", "50.0".
    static func share(_ value: Decimal) -> String {
        let text = AnswerFormatter.number(value.rounded(1))
        return text.contains(".") ? text : text + ".0"
    }

    /// A day in short form: "Mon 1 Mar".
    static func short(_ date: CalendarDate) -> String {
        "\(date.weekdayName.prefix(3)) \(date.day) \(date.monthName.prefix(3))"
    }

    /// A day without its year: "Monday 8 March".
    static func dayAndMonth(_ date: CalendarDate) -> String {
        "\(date.weekdayName) \(date.day) \(date.monthName)"
    }

    /// A span of days in words: "1 March to 31 May 2027", "1 December 2027 to 29 February 2028".
    static func span(_ from: CalendarDate, _ to: CalendarDate) -> String {
        let end = "\(to.day) \(to.monthName) \(to.year)"
        if from.year != to.year { return "\(from.day) \(from.monthName) \(from.year) to \(end)" }
        if from.month != to.month { return "\(from.day) \(from.monthName) to \(end)" }
        return from.day == to.day ? end : "\(from.day) to \(end)"
    }

    /// Two days in words, the year once when they share it: "Monday 3 May to Monday 10 May 2027"; one day when equal.
    static func days(_ from: CalendarDate, _ to: CalendarDate) -> String {
        if from == to { return from.spoken }
        return (from.year == to.year ? dayAndMonth(from) : from.spoken) + " to " + to.spoken
    }

    /// Minutes after midnight as "HH:MM".
    static func clock(_ minute: Int) -> String {
        let hour = minute / 60, rest = minute % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// A length of time in words: "30 min", "2 hours", "1 hour 30 min".
    static func duration(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        var parts: [String] = []
        if hours > 0 { parts.append(hours == 1 ? "1 hour" : "\(hours) hours") }
        if rest > 0 || hours == 0 { parts.append("\(rest) min") }
        return parts.joined(separator: " ")
    }

    /// The first day of month `month` of the plan (1 is the month the plan starts).
    static func monthStart(_ plan: Plan, _ month: Int) -> CalendarDate {
        plan.start.adding(months: month - 1)
    }

    /// The last day of month `month` of the plan.
    static func monthEnd(_ plan: Plan, _ month: Int) -> CalendarDate {
        plan.start.adding(months: month).adding(days: -1)
    }

    /// Month `month` of the plan in words: "March 2027", or "15 March to 14 April 2027" when it is not a calendar month.
    static func monthName(_ plan: Plan, _ month: Int) -> String {
        let first = monthStart(plan, month), last = monthEnd(plan, month)
        if first.day == 1 && last == first.endOfMonth { return "\(first.monthName) \(first.year)" }
        return span(first, last)
    }

    /// Whether `line` names `segment` (so a flag can point to the section that explains it).
    static func mentions(_ line: String, _ segment: String) -> Bool {
        !segment.isEmpty && line.range(of: segment, options: .caseInsensitive) != nil
    }
}
