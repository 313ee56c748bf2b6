import Foundation
@testable import GuidanceCore

// Target "parsers": the typed-answer parsers (ScalarParser and through it NumberParser, MoneyParser,
// DateParser, NameMatcher; SplitParser) on any line.
// Input: byte 0 picks the answer type, bytes 1-2 the meeting day (or the number's bounds), the rest
// is the typed line. A line holding a newline is "options\nline": the options (a typed list) of a
// choice, choices or split question; otherwise the four segments of DESIGN.md.
// Properties: parsing never traps; what a parser accepts, the stored-value check accepts unchanged
// (one set of rules decides both: a typed answer must never make a session the loader refuses);
// a split names each option at most once with whole percentages 0-100.

/// The answer types tried, picked by the first byte.
private let types: [AnswerType] = [
    .text, .list(separators: ",;"), .list(separators: ";"), .list(separators: " "),
    .choice(.answer("segments")), .choices(.answer("segments")), .yesNo,
    .number(min: 1, max: 400, whole: false, unit: "hours"), .number(min: -100, max: 100, whole: true, unit: "%"),
    .number(min: nil, max: nil, whole: false, unit: nil), .number(min: 0, max: nil, whole: true, unit: "days"),
    .percent, .money, .date, .month, .split(over: "segments"), .endDate, .dates, .person,
    .choice(.answerWith("roles", value: "grow")),
    .choice(.labelled(["GB-EAW", "GB-SCT", "IE", "none"], names: ["GB-EAW": "England and Wales", "GB-SCT": "Scotland", "IE": "Ireland"])),
]

private let segments = ["Dental practices", "Hospitality", "Retail", "Legal"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParsers(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start, count >= 3 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let type = types[Int(bytes[0]) % types.count]
    let days = Int(bytes[1]) << 8 | Int(bytes[2])
    let today = (CalendarDate(year: 1970, month: 1, day: 1) ?? Fuzz.meetingDate).adding(days: days)
    var line = Fuzz.text(UnsafeRawBufferPointer(rebasing: bytes[3...]))
    var options = segments
    if let newline = line.firstIndex(of: "\n") {
        if case .success(let typed) = ScalarParser.list(String(line[..<newline])) { options = typed }
        line = String(line[line.index(after: newline)...])
    }
    let context = AnswerContext(items: ["segments": options, OptionSource.itemKey("roles", with: "grow"): options], today: today)
    if case .split = type {
        checkSplit(line, options: options)
        return 0
    }
    // The parsers on their own (what parseLine adds on top is checked below).
    _ = ScalarParser.date(line, relativeTo: today)
    _ = ScalarParser.choices(line, options: options)
    guard case .success(let value) = AnswerValidator.parseLine(line, as: type, in: context) else { return 0 }
    switch AnswerValidator.checkStored(value, as: type, options: context.items) {
    case .success(let normal):
        if normal != value { Fuzz.fail("\(type.name): the line \(String(reflecting: line)) parses to \(value), which the stored-value check changes to \(normal)") }
    case .failure(let problem):
        if Fuzz.tolerateKnownDefects, problem.message.contains("control character") {
            KnownDefect.note("item 4: a control character accepted by a parser and refused by the stored-value check")
            return 0
        }
        Fuzz.fail("\(type.name): the line \(String(reflecting: line)) parses to \(value), which the stored-value check refuses: \(problem.message)")
    }
    return 0
}

/// A split line names each option once, with whole percentages 0-100.
private func checkSplit(_ line: String, options: [String]) {
    guard case .success(let entries) = SplitParser.pairs(line, names: options) else { return }
    var seen = Set<String>()
    for entry in entries {
        if !options.contains(entry.name) { Fuzz.fail("split: \(String(reflecting: line)) names \(entry.name), not one of \(options)") }
        if !seen.insert(entry.name).inserted { Fuzz.fail("split: \(String(reflecting: line)) names \(entry.name) twice") }
        if !(0...100).contains(entry.percent) { Fuzz.fail("split: \(String(reflecting: line)) gives \(entry.name) \(entry.percent)%") }
    }
}
