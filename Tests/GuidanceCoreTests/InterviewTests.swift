import Foundation
import Testing
@testable import GuidanceCore

@Suite struct InterviewTests {
    func show(_ i: Interview) { let p = i.prompt; print("   PROMPT", p?.questionID ?? "-", "|", p?.text ?? "", "| part:", p?.part ?? "-", "| note:", p?.note ?? "-", "| def:", p?.defaultAnswer ?? "-", "| draft:", i.session.draft.map { JSONWriter.write($0, pretty: false) } ?? "nil") }
    func run(_ i: inout Interview, _ lines: [String]) {
        for line in lines { print("  >", line, "=>", TestScripts.type(line, into: &i)); show(i) }
    }
    @Test func explore() throws {
        let d = TestScripts.designLines
        print("== optional middle")
        let s = try TestScripts.withSegments("""
        {"id": "recs", "ask": "Records?", "type": "records", "help": "h", "example": "x", "fields": [
          {"id": "a", "ask": "A?", "type": "text", "help": "h", "example": "x"},
          {"id": "b", "ask": "B?", "type": "text", "help": "h", "example": "x", "optional": true},
          {"id": "c", "ask": "C?", "type": "text", "help": "h", "example": "x"},
          {"id": "d", "ask": "D?", "type": "text", "help": "h", "example": "x"}]}
        """)
        var i = TestScripts.interview(s)
        run(&i, ["Dental practices, Retail", "x", "", "z", "w", "/back", "w2", "w3", "/back", "/back"])
        print("== recheck records")
        i = try TestScripts.director(after: d)
        run(&i, ["/edit segments", "Dental practices, Hospitality, Legal", "", "", "", "", "", "", "", "Dental 60, Hospitality 20, Legal 20", ""])
        print(i.session.answers["internal_changes"]!)
        print("== growth removed")
        i = try TestScripts.director(after: d)
        run(&i, ["/edit segments", "Hospitality, Retail, Legal", "", "/skip"])
        print(i.session.answers["growth_segment"]!)
        print("== next topic exit plan")
        i = try TestScripts.director(after: Array(d[0..<2]))
        run(&i, ["/next"]); print(i.session.skipped)
        run(&i, ["/edit roles", "grow", "exit", "maintain", "maintain"])
        print("== split")
        i = try TestScripts.director(after: Array(d[0..<12]))
        run(&i, ["Dental 50, Hospitality 20, Retail 20, Legal 20", "Dental 50, Hotels 10", "50", "/back", "50", "30", "30", "10", "15", "/undo", "/undo", "", "/undo", "/undo", "5", "", "Dental 50, Hospitality 10, Retail 10, Legal 20"])
        print("== edit returns")
        i = try TestScripts.director(after: Array(d[0..<3]))
        run(&i, ["/edit goals", "New goal; Second goal", "/edit growth", "Hosp"])
        print("== back")
        i = try TestScripts.director(after: Array(d[0..<5]))
        run(&i, ["/back", "/back", "/back", "/back", "/back", "/back"])
    }
}
