import Foundation
import Testing
@testable import GuidanceCore

@Suite struct InterviewTests {
    @Test func explore() throws {
        var i = TestScripts.interview(try TestScripts.director())
        for line in TestScripts.designLines {
            let p = i.prompt
            print("PROMPT", p?.questionID ?? "-", "|", p?.text ?? "", "| part:", p?.part ?? "-", "| note:", p?.note ?? "-", "| def:", p?.defaultAnswer ?? "-")
            print("  >", line, "=>", TestScripts.type(line, into: &i))
        }
        print("FINISHED", i.isFinished, i.session.status, i.session.skipped)
        print(JSONWriter.write(i.session.json()))
    }
}
