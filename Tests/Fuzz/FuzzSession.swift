import Foundation
@testable import GuidanceCore

// Target "session": session files as `show`, `resume` and `plan` load them (JSONParser, then
// Session(json:), then SessionCheck.check with the script the file names).
// Properties: loading never traps; a session that passes the check can be shown, resumed (the
// interview opened on it, reopened when finished, its prompt shown) and saved again, and what is
// saved then reads back equal and passes the check again.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSession(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    guard let json = try? JSONParser.parse(Data(UnsafeRawBufferPointer(start: start, count: count))),
          let session = try? Session(json: json) else { return 0 }
    let script: Script
    switch session.scriptID {
    case "director": script = Fuzz.director
    case "self": script = Fuzz.selfPlanning
    default: return 0
    }
    guard case .success = SessionCheck.check(session, script: script) else { return 0 }
    _ = SessionReport.text(script: script, session: session)
    var interview = Interview(script: script, session: session)
    if interview.isFinished { interview.reopen() }
    _ = interview.prompt
    _ = interview.topicStatus
    Fuzz.checkReloads(interview.session, script: script, after: "resuming a session that passed the load check")
    return 0
}
