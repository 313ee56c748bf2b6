import Foundation
@testable import GuidanceCore

// Target "interview": the interview driven by random lines, as the shell drives it.
// Input: byte 0 picks the script (bit 0: director or self) and whether a previous session's answers
// are carried forward (bit 1: the DESIGN.md answers); the rest is lines, each one step:
//   an answer (`//x` answers "/x"), or a command named by any unique prefix, as in the shell:
//   /back /skip /next /goto TOPIC /edit QUESTION /undo /show /plan /topics,
//   /resume (save, load the file as `guidance resume` does, reopen when finished),
//   /clock SECONDS (time spent on the current topic, as the shell's clock records it).
// Property: after every step the session, saved as the shell saves it, reads back equal and passes
// the load check (SessionCheck): every saved session must reload. A failure aborts with the step.

private enum Step: String, CaseIterable {
    case back, skip, next, goto, edit, undo, show, plan, topics, resume, clock
}

/// The answers of DESIGN.md, carried forward when byte 0 asks for a previous session.
private let previousAnswers: [String: JSONValue] = {
    let url = URL(fileURLWithPath: ProcessInfo.processInfo.environment["GUIDANCE_FUZZ_FIXTURE"] ?? "Tests/Fixtures/design-answers.json")
    guard let data = FileManager.default.contents(atPath: url.path), let json = try? JSONParser.parse(data),
          case .success(let contents) = AnswersFile.read(json, script: Fuzz.director) else {
        Fuzz.fail("cannot read the previous session's answers from \(url.path)")
    }
    return Dictionary(contents.answers.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInterview(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start, count >= 1 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let script = bytes[0] & 1 == 0 ? Fuzz.director : Fuzz.selfPlanning
    let previous = bytes[0] & 2 == 0 ? [:] : previousAnswers
    let lines = Fuzz.text(UnsafeRawBufferPointer(rebasing: bytes[1...])).split(separator: "\n", omittingEmptySubsequences: false)
    let session = Session(id: "2027-02-01-fuzz", script: script, meetingDate: Fuzz.meetingDate, now: Fuzz.now,
                          previousID: previous.isEmpty ? nil : "2026-11-02-prev")
    var interview = Interview(script: script, session: session, previous: previous)
    Fuzz.checkReloads(interview.session, script: script, after: "starting a session")
    var checked = interview.session  // a step that changed nothing needs no second check
    for (number, raw) in lines.prefix(400).enumerated() {
        let line = raw.trimmingCharacters(in: .whitespaces)
        _ = interview.prompt
        if line.hasPrefix("/") && !line.hasPrefix("//") {
            run(line, in: &interview, previous: previous)
        } else {
            _ = interview.answer(line.hasPrefix("//") ? String(line.dropFirst()) : String(raw), now: Fuzz.now)
        }
        guard interview.session != checked else { continue }
        Fuzz.checkReloads(interview.session, script: script, after: "line \(number + 1), \(String(reflecting: String(raw)))")
        checked = interview.session
    }
    return 0
}

/// Runs one `/` command line the way the shell does.
private func run(_ line: String, in interview: inout Interview, previous: [String: JSONValue]) {
    let words = line.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
    let name = words.first?.lowercased() ?? ""
    let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
    let matches = Step.allCases.filter { $0.rawValue.hasPrefix(name) }
    guard !name.isEmpty, let step = matches.count == 1 ? matches[0] : Step(rawValue: name) else { return }
    switch step {
    case .back: _ = interview.back()
    case .skip: _ = interview.skip()
    case .next: _ = interview.nextTopic()
    case .goto: if !argument.isEmpty { _ = interview.goto(topic: argument) }
    case .edit: if !argument.isEmpty { _ = interview.edit(question: argument) }
    case .undo: _ = interview.undo()
    case .show: _ = SessionReport.text(script: interview.script, session: interview.session)
    case .topics: _ = interview.topicStatus
    case .plan: _ = PlanSummary.text(Planner.plan(session: interview.session, library: Fuzz.library))
    case .clock:
        if let seconds = Double(argument), seconds.isFinite {
            interview.recordTime(seconds: min(seconds, 1e7), topicID: interview.prompt?.topicID ?? interview.script.topics[0].id)
        }
    case .resume:
        guard let json = try? JSONParser.parse(interview.session.fileData()), let loaded = try? Session(json: json),
              case .success = SessionCheck.check(loaded, script: interview.script) else {
            return  // checkReloads reports it after this step
        }
        interview = Interview(script: interview.script, session: loaded, previous: previous)
        if interview.isFinished { interview.reopen() }
    }
}
