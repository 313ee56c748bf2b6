import Foundation
@testable import GuidanceCore

// Target "answers": answers files (`guidance new --answers FILE`) read with the shipped director or
// self script (the file's "script" key chooses, as the command does).
// Properties: reading never traps; an accepted file makes a session (built as `guidance new` builds
// it) that saves, reads back equal and passes the load check: `new --answers` must never store a
// session that `show`, `resume` or `plan` then refuse.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswers(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    guard let json = try? JSONParser.parse(Data(UnsafeRawBufferPointer(start: start, count: count))) else { return 0 }
    let script = AnswersFile.scriptID(in: json) == "self" ? Fuzz.selfPlanning : Fuzz.director
    guard case .success(let contents) = AnswersFile.read(json, script: script) else { return 0 }
    let session = AnswersSession.make(contents, script: script)
    Fuzz.checkReloads(session, script: script, after: "reading an answers file")
    return 0
}
