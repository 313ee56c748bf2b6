import Foundation
import Testing
@testable import GuidanceCore

/// Re-check: this session's answers after an answer they depend on (the segments) changes.
@Suite struct RecheckTests {
    static let recheckNote = "An answer this one depends on has changed: check it still holds (Enter keeps it when it does)."

    /// The DESIGN.md example meeting, then the segments changed to `segments`.
    func segmentsChanged(to segments: String) throws -> Interview {
        try TestScripts.director(after: TestScripts.designLines + ["/edit segments", segments])
    }

    /// The answers marked for re-check.
    func marked(_ interview: Interview) -> Set<String> {
        Set(interview.session.answers.filter(\.value.recheck).keys)
    }

    @Test func changingTheSegmentsMarksEveryAnswerThatReadsThem() throws {
        let interview = try segmentsChanged(to: TestScripts.segmentsLine + ", Accountants")
        let readers = Set(interview.script.questions.map(\.question).filter { $0.dependencies.contains("segments") }.map(\.id))
        #expect(marked(interview) == ["growth_segment", "roles", "segment_why", "customers", "focus", "key_dates", "internal_changes",
                                      "market_changes", "sales_needs"])
        #expect(marked(interview) == readers)
        #expect(interview.currentQuestion?.id == "growth_segment")
        #expect(interview.prompt?.note == Self.recheckNote)
        #expect(interview.prompt?.defaultAnswer == "Dental practices")
    }

    @Test(arguments: ["", TestScripts.segmentsLine])
    func theSameSegmentsMarkNothing(_ line: String) throws {
        var interview = try TestScripts.director(after: TestScripts.designLines + ["/edit segments"])
        #expect(interview.answer(line, now: TestScripts.now) == .accepted(echo: "Dental practices, Hospitality, Retail and Legal"))
        #expect(marked(interview).isEmpty)
        #expect(interview.isFinished)
    }

    @Test func eachMarkedAnswerIsAskedAgainAndEnterKeepsWhatStillFits() throws {
        var interview = try segmentsChanged(to: TestScripts.segmentsLine + ", Accountants")
        let steps: [(String, EngineReply, String?)] = [
            ("", .accepted("Dental practices"), "roles"),
            ("", .part("Dental practices: grow"), "roles"),
            ("", .part("Hospitality: exit"), "roles"),
            ("", .part("Retail: maintain"), "roles"),
            ("", .part("Legal: maintain"), "roles"),
            ("", .refused("Type an answer for Accountants, such as \"grow\", \"maintain\" or \"exit\"."), "roles"),
            ("grow", .accepted("Dental practices: grow, Hospitality: exit, Retail: maintain, Legal: maintain, Accountants: grow"), "segment_why"),
            ("", .accepted("Dental practices: New market the board chose to replace hospitality income"), "exit_plan"),
            ("", .accepted("Keep current clients happy until their contracts end"), "customers"),
            ("", .part("Dental practices: 3 customers"), "customers"),
            ("", .part("Hospitality: 40 customers"), "customers"),
            ("", .part("Retail: 25 customers"), "customers"),
            ("", .part("Legal: 18 customers"), "customers"),
            ("", .refused("Type an answer for Accountants, such as 3."), "customers"),
            ("0", .accepted("Dental practices: 3 customers, Hospitality: 40 customers, Retail: 25 customers, Legal: 18 customers, Accountants: 0 customers"),
             "targets"),
            ("", .accepted("Dental practices (measure new practices signed, amount 4)"), "focus"),
            ("", .refused("The earlier split no longer fits: Accountants has no percentage; give every segment a share, 0 if it gets none. "
                          + "Type the split again, such as Dental practices 20, Hospitality 20, Retail 20, Legal 20, Accountants 20."), "focus"),
            ("Dental 40, Hospitality 10, Retail 20, Legal 20, Accountants 10",
             .accepted("Dental practices 40%, Hospitality 10%, Retail 20%, Legal 20%, Accountants 10%"), "key_dates"),
            ("", .accepted("Practice managers' conference (date Thursday 22 April 2027, kind event, segments Dental practices)"), "internal_changes"),
            ("", .accepted("Jo leaves (from Wednesday 31 March 2027, to Monday 31 May 2027, segments Retail, capacity -50%); "
                           + "Kim joins (from Thursday 1 April 2027, to no end, segments all, capacity 25%)"), "market_changes"),
            ("", .accepted("A competitor closed its Leeds office (when Monday 8 March 2027, segments Dental practices, kind opportunity, "
                           + "response Local awareness campaign in Leeds)"), "sales_needs"),
            ("", .accepted("Case study pack (stage consideration, segment Dental practices, needed by Friday 12 March 2027)"), nil),
        ]
        for (line, reply, next) in steps {
            let note = interview.prompt?.note ?? ""
            #expect(note == Self.recheckNote || note.hasPrefix("The earlier split no longer fits") || interview.session.draft != nil, "before \(line)")
            #expect(TestScripts.type(line, into: &interview) == reply, "typing \(line)")
            #expect(interview.currentQuestion?.id == next, "after \(line)")
        }
        #expect(marked(interview).isEmpty)
        #expect(interview.session.status == .complete)
    }

    @Test func aGrowthSegmentThatIsNoLongerASegmentIsRefused() throws {
        var interview = try segmentsChanged(to: "Hospitality, Retail, Legal")
        let before = interview.session
        #expect(interview.answer("", now: TestScripts.now) == .refused("The earlier answer no longer fits: \"Dental practices\" is not one of the options: "
                                                                    + "type one of Hospitality, Retail or Legal. Type a new answer, such as Hospitality."))
        #expect(interview.session == before)
    }

    /// Split, each and records answers that no longer fit are not shown as what Enter keeps; a simple answer should not be either.
    @Test func anAnswerThatNoLongerFitsIsNotOfferedAsWhatEnterKeeps() throws {
        var interview = try segmentsChanged(to: "Hospitality, Retail, Legal")
        #expect(interview.currentQuestion?.id == "growth_segment")
        let shown = interview.prompt?.defaultAnswer
        #expect(interview.answer("", now: TestScripts.now).isRefusal)
        TestScripts.type("/skip", into: &interview)
        #expect(interview.currentQuestion?.id == "roles")
        let back = TestScripts.type("/back", into: &interview)
        #expect(interview.currentQuestion?.id == "growth_segment")
        let edit = TestScripts.type("/edit growth", into: &interview)
        #expect(interview.answer("", now: TestScripts.now).isRefusal)
        #expect(shown == nil)
        #expect(back == .said("Back to the previous question."))
        #expect(edit == .said("Now at growth_segment."))
        #expect(interview.prompt?.note == "The earlier answer no longer fits the answers it depends on: type a new one.")
    }

    @Test func skippingAMarkedAnswerThatStillFitsKeepsIt() throws {
        var interview = try segmentsChanged(to: TestScripts.segmentsLine + ", Accountants")
        #expect(interview.skip() == .skipped("Kept the earlier answer."))
        #expect(interview.session.answers["growth_segment"]?.recheck == false)
        #expect(interview.session.skipped.isEmpty)
        #expect(interview.currentQuestion?.id == "roles")
    }

    @Test func skippingAMarkedAnswerThatNoLongerFitsLeavesItMarkedAndItIsNotAskedAgainBeforeTheEnd() throws {
        var interview = try segmentsChanged(to: "Hospitality, Retail, Legal")
        #expect(interview.skip() == .skipped(
            "Left for later: the earlier answer no longer fits and stays marked to check; /edit growth_segment comes back to it."))
        #expect(interview.session.answers["growth_segment"] == Session.Answer(value: .string("Dental practices"), at: TestScripts.now, recheck: true))
        #expect(interview.session.skipped == ["growth_segment"])
        #expect(interview.currentQuestion?.id == "roles")
        #expect(interview.undo() == "Took back skipping growth_segment.")
        #expect(interview.session.skipped.isEmpty)
        #expect(interview.currentQuestion?.id == "growth_segment")
        TestScripts.type("/skip", into: &interview)
        // Enter wherever the earlier answer fits; otherwise a new answer.
        let typed = ["focus": "Hospitality 20, Retail 40, Legal 40", "key_dates": "none", "market_changes": "none", "sales_needs": "none"]
        var asked: [String] = []
        while let id = interview.currentQuestion?.id, asked.count < 30 {
            asked.append(id)
            TestScripts.type(interview.session.draft == nil ? typed[id] ?? "" : "", into: &interview)
        }
        #expect(asked == ["roles", "roles", "roles", "segment_why", "segment_why", "segment_why", "exit_plan", "customers", "customers", "customers",
                          "focus", "key_dates", "internal_changes", "market_changes", "sales_needs"])
        #expect(interview.isFinished)
        #expect(interview.session.answers["growth_segment"]?.recheck == true)
        TestScripts.type("/edit growth", into: &interview)
        #expect(interview.currentQuestion?.id == "growth_segment")
        #expect(TestScripts.type("ret", into: &interview) == .accepted("Retail"))
        #expect(interview.session.answers["growth_segment"]?.recheck == false)
        #expect(interview.session.skipped.isEmpty)
        #expect(interview.isFinished)
    }

    static let noLongerFitsNote = "The earlier answer no longer fits the segments: type the items again, or \"none\"."
    static let retailIsGone = "The earlier answer no longer fits: in record 1, \"segments\": \"Retail\" is not one of the options: "
        + "type one of Dental practices, Hospitality or Legal. Type the items again one at a time, or \"none\" for none."

    @Test func recordsThatNoLongerFitAreNotDroppedByEnter() throws {
        var interview = try segmentsChanged(to: "Dental practices, Hospitality, Legal")
        // growth segment, roles (3), reasons, exit plan, customers (3), targets; the split; the key dates.
        TestScripts.feed(["", "", "", "", "", "", "", "", "", "", "Dental 60, Hospitality 20, Legal 20", ""], into: &interview)
        #expect(interview.currentQuestion?.id == "internal_changes")
        #expect(interview.prompt?.note == Self.noLongerFitsNote)
        #expect(interview.prompt?.defaultAnswer == nil)
        let stored = interview.session.answers["internal_changes"]
        #expect(interview.answer("", now: TestScripts.now) == .refused(Self.retailIsGone))
        #expect(interview.session.answers["internal_changes"] == stored)
        #expect(interview.answer("none", now: TestScripts.now) == .accepted(echo: "none"))
        #expect(interview.session.answers["internal_changes"]?.value == .array([]))
    }

    @Test func lastSessionsRecordsThatNoLongerFitAreNotKeptByEnter() throws {
        var interview = try TestScripts.director(after: [""], previous: try TestScripts.designAnswersV2())
        // growth segment, roles (3), reasons, exit plan, customers (3), targets; the split; plan start, hours, budget,
        // currency, holidays, days off, key dates, fundamentals.
        // A plan starting on 1 May 2027, while Jo's change still runs.
        TestScripts.feed(["Dental practices, Hospitality, Legal", "", "", "", "", "", "", "", "", "", "",
                          "Dental 60, Hospitality 20, Legal 20", "2027-05-01", "", "", "", "", "", "", ""],
                         into: &interview)
        #expect(interview.currentQuestion?.id == "internal_changes")
        #expect(interview.prompt?.note == Self.noLongerFitsNote)
        #expect(interview.prompt?.defaultAnswer == nil)
        #expect(interview.answer("", now: TestScripts.now) == .refused(Self.retailIsGone))
        #expect(interview.session.answers["internal_changes"] == nil)
        #expect(TestScripts.type("Jo leaves", into: &interview) == .part("Change: Jo leaves"))
    }
}
