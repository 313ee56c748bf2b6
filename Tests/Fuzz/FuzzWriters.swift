import Foundation
@testable import GuidanceCore

// Target "writers": every export of a session built from fuzzed answers.
// Input: a JSON answers file (starting with "{", read as `guidance new --answers` reads it), or lines
// typed into a director interview one after another (commands are not run; every line is an answer).
// The session is planned and written as plan text, Markdown, HTML, CSV and JSON, as an iCalendar
// file, as the invitation to the next meeting (when the answers give both emails) and as the next
// meeting's agenda (text, Markdown, HTML).
// A JSON input whose "format" is "guidance-calendar/1" is instead the calendar record kept beside a
// session (what `guidance calendar` reads to number SEQUENCE): it is read, updated for the plan of
// the DESIGN.md answers, written back and used to write that plan's calendar.
// Properties: nothing traps; the JSON export reads back as an answers file with the same answers
// (what `new --answers` does with it); every iCalendar line ends in CRLF and is at most 75 octets;
// a calendar record reads back equal after it is written.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWriters(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let script = Fuzz.director
    let session: Session
    if bytes[0] == UInt8(ascii: "{") {
        guard let json = try? JSONParser.parse(Data(bytes)) else { return 0 }
        if json["format"]?.stringValue == CalendarSequences.format {
            calendarRecord(json)
            return 0
        }
        guard case .success(let contents) = AnswersFile.read(json, script: script) else { return 0 }
        session = AnswersSession.make(contents, script: script)
    } else {
        let start = Session(id: "2027-02-01-fuzz", script: script, meetingDate: Fuzz.meetingDate, now: Fuzz.now)
        var interview = Interview(script: script, session: start)
        for line in Fuzz.text(bytes).split(separator: "\n", omittingEmptySubsequences: false).prefix(300) {
            _ = interview.answer(String(line), now: Fuzz.now)
        }
        session = interview.session
    }
    guard case .success = SessionCheck.check(session, script: script) else { return 0 }  // the interview target's concern
    let plan = Planner.plan(session: session, library: Fuzz.library)
    _ = PlanSummary.text(plan)
    _ = PlanMarkdown.write(plan)
    _ = PlanHTML.write(plan)
    _ = PlanCSV.write(plan)
    checkJSON(PlanJSON.write(session: session, plan: plan), session: session, script: script)
    let sequences = CalendarSequences().updated(for: plan.calendar, context: "fuzz")
    checkCalendar(calendar(plan, session: session, sequences: sequences))
    // The invitation, when the answers give both emails (otherwise it is refused with a sentence, not a trap).
    if let invitation = try? Invitation.write(plan: plan, sequences: sequences, timeZone: Fuzz.timeZone, stamp: Fuzz.stamp) {
        checkCalendar(invitation)
    }
    let agenda = AgendaBuilder.agenda(script: script, meetingDate: nil, previous: session)
    _ = AgendaText.write(agenda)
    _ = AgendaMarkdown.write(agenda)
    _ = AgendaHTML.write(agenda)
    return 0
}

/// The session of DESIGN.md's answers and its plan, made once: the calendar records are read against it.
private let designPlan: (session: Session, plan: Plan) = {
    let url = URL(fileURLWithPath: ProcessInfo.processInfo.environment["GUIDANCE_FUZZ_FIXTURE"] ?? "Tests/Fixtures/design-answers.json")
    guard let data = FileManager.default.contents(atPath: url.path), let json = try? JSONParser.parse(data),
          case .success(let contents) = AnswersFile.read(json, script: Fuzz.director) else {
        Fuzz.fail("cannot read the answers of \(url.path)")
    }
    let session = AnswersSession.make(contents, script: Fuzz.director)
    return (session, Planner.plan(session: session, library: Fuzz.library))
}()

/// A calendar record as `guidance calendar` uses it: read, updated for the plan, written back, used.
private func calendarRecord(_ json: JSONValue) {
    guard let stored = try? CalendarSequences(json: json) else { return }
    if Fuzz.tolerateKnownDefects, stored.items.values.contains(where: { $0.sequence == Int.max }) {
        KnownDefect.note("item 8: a stored SEQUENCE of Int.max overflows when the entry changes")
        return
    }
    let (session, plan) = designPlan
    let updated = stored.updated(for: plan.calendar, context: "\(Fuzz.timeZone.identifier)|\(plan.reminderMinutes)")
    let written = JSONWriter.write(updated.json())
    guard let again = try? CalendarSequences(json: try JSONParser.parse(written)), again == updated else {
        Fuzz.fail("the calendar record does not read back after it is written:\n\(written)")
    }
    checkCalendar(calendar(plan, session: session, sequences: updated))
}

/// The iCalendar text of `plan`, as `guidance calendar` writes it.
private func calendar(_ plan: Plan, session: Session, sequences: CalendarSequences) -> String {
    ICalendarWriter.write(plan.calendar, sessionID: session.id, calendarName: "Marketing plan", sequences: sequences,
                          timeZone: Fuzz.timeZone, stamp: Fuzz.stamp, reminderMinutes: plan.reminderMinutes)
}

/// The JSON export reads back as an answers file holding the session's answers.
private func checkJSON(_ text: String, session: Session, script: Script) {
    let json: JSONValue
    do { json = try JSONParser.parse(text) } catch { Fuzz.fail("the JSON export does not parse: \(error)\n\(text)") }
    switch AnswersFile.read(json, script: script) {
    case .success(let contents):
        let back = Dictionary(contents.answers.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        if back != session.values { Fuzz.fail("the JSON export reads back with other answers\nsession: \(session.values)\nread: \(back)") }
    case .failure(let problem):
        Fuzz.fail("the JSON export is refused as an answers file: \(problem.message)\n\(text)")
    }
}

/// Every content line ends in CRLF and is at most 75 octets (RFC 5545 folding).
private func checkCalendar(_ text: String) {
    guard text.hasSuffix("\r\n") else { Fuzz.fail("the calendar does not end in CRLF") }
    for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast() {
        guard line.last == UInt8(ascii: "\r") else { Fuzz.fail("a calendar line ends in a bare LF: \(String(decoding: line, as: UTF8.self))") }
        if line.count - 1 > 75 { Fuzz.fail("a calendar line is \(line.count - 1) octets long: \(String(decoding: line, as: UTF8.self))") }
    }
}
