import Foundation
import Testing
@testable import GuidanceCore

/// What an internal change moved, told per campaign in one line.
@Suite struct LossWordingTests {
    @Test(arguments: [
        ([-21, -20, -22, -19, -23], "2027-03-25", "Offer (April): 5 tasks brought forward by about 3 weeks; it now goes live Thursday 25 March 2027"),
        ([28, 28, 27, 28], "2027-04-09", "Keep and renew (March): 4 tasks put back by about 4 weeks; it now goes live Friday 9 April 2027"),
        ([3], nil, "Keep and renew (March): 1 task put back by a few days"),
        ([-7, 8], nil, "Keep and renew (March): 2 tasks moved, some earlier and some later, by about a week on average"),
    ] as [([Int], String?, String)])
    func aCampaignsMovesAreOneLine(_ shifts: [Int], _ goLive: String?, _ line: String) {
        let name = line.components(separatedBy: ":").first ?? ""
        #expect(PlanBuilder.moves(name, shifts: shifts, goLive: goLive.flatMap(CalendarDate.init(iso:))) == line)
    }
}
