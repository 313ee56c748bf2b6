import Foundation
import Testing
import GuidanceCore

/// The second meeting: last time's answers are the defaults, quoted in the questions, and Enter keeps them.
@Suite("Carry-forward end to end")
struct CarryForwardEndToEndTests {
    @Test func theNextMeetingQuotesLastTimeAndEnterKeepsIt() throws {
        let folder = try TemporaryFolder()
        let common = ["--sessions", folder.path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let first = try GuidanceProcess.run(["new", "--date", "2027-02-01"] + common,
                                            input: Fixtures.directorLines.joined(separator: "\n") + "\n")
        #expect(first.code == 0)
        let firstID = String(try #require(folder.sessionFiles().first).dropLast(5))

        // Last quarter's open action first (done), and the website update of May asked "done?" (yes).
        let lines = ["done"] + Array(repeating: "", count: 16) + ["yes"] + Array(repeating: "", count: 7)
        let second = try GuidanceProcess.run(["new", "--date", "2027-05-03"] + common, input: lines.joined(separator: "\n") + "\n")
        #expect(second.code == 0, "\(second.stderr)")
        for text in [
            "Last time the goals were: Replace the income of the shrinking hospitality segment. Are these still the goals?",
            "Are we still focusing on Dental practices as the growth segment, with Retail and Legal maintained?",
            "Last time the focus was Dental practices 50%, Hospitality 10%, Retail 20%, Legal 20%. Does that still fit",
            "Last time the campaign budget was 12,000 GBP.",
            "Send the plan draft (Jodie, due Friday 5 February 2027): done, carry on or drop?",
            "Website update is planned for month 3 of the current plan (May 2027). Will it be done before the new plan starts?",
            "Jo leaves ends on Monday 31 May 2027, before the new plan starts. Does anything follow from it? "
                + "Type it as a new internal change; Enter keeps the changes still running.",
            "Enter: keep Kim joins (from Thursday 1 April 2027, to no end, segments all, capacity 25%)",
            "Enter: Tuesday 1 June 2027",
            "Last time the customers per segment were Dental practices: 3 customers, Hospitality: 40 customers, Retail: 25 customers, Legal: 18 customers.",
            "Last time the targets were Dental practices (measure new practices signed, amount 4).",
            "Last time the public-holiday calendar was GB-EAW (England and Wales). Is that still the one the team follows?",
            "Practice managers' conference passed on Thursday 22 April 2027.",
            "A competitor closed its Leeds office passed on Monday 8 March 2027.",
            "Case study pack was needed by Friday 12 March 2027; that date has passed.",
            "Is Sam Patel <sam@example.com> still the director the plan goes to?\n  Enter: Sam Patel <sam@example.com>",
            "Does the invitation still come from Alex Brown <alex@example.com>?\n  Enter: Alex Brown <alex@example.com>",
        ] {
            #expect(second.stdout.contains(text), "missing: \(text)")
        }
        let files = folder.sessionFiles()
        #expect(files.count == 2)
        let secondFile = try #require(files.first { !$0.hasPrefix(firstID) })
        let session = try JSONParser.parse(Data(contentsOf: folder.url.appendingPathComponent("sessions/" + secondFile)))
        #expect(session["previous"] == .string(firstID))
        #expect(session["status"] == .string("complete"))
        let previous = folder.url.appendingPathComponent("sessions/\(firstID).json")
        let old = try JSONParser.parse(Data(contentsOf: previous))
        let dated = ["key_dates", "fundamentals", "internal_changes", "market_changes", "sales_needs"]
        for key in old["answers"]?.objectValue?.keys ?? [] where !(["plan_start", "actions", "days_off"] + dated).contains(key) {
            #expect(session["answers"]?[key]?["value"] == old["answers"]?[key]?["value"], "kept \(key)")
        }
        #expect(session["answers"]?["plan_start"]?["value"] == .string("2027-06-01"), "the next plan starts three months later")
        #expect(session["answers"]?["actions"]?["value"] == .array([]), "actions are agreed afresh")
        #expect(session["answers"]?["days_off"]?["value"] == .array([]), "last quarter's days off are not offered again")
        for key in ["key_dates", "fundamentals", "market_changes", "sales_needs"] {
            #expect(session["answers"]?[key]?["value"] == .array([]), "\(key): dated before the new plan, or done")
        }
        #expect(session["answers"]?["internal_changes"]?["value"]?.arrayValue?.compactMap { $0["change"]?.stringValue } == ["Kim joins"])
    }
}
