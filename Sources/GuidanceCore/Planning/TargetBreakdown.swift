import Foundation

/// A target broken down by buying stage, worked back with the conversion rates: how many proposals,
/// enquiries and prospects reached it takes to win the target.
struct TargetBreakdown: Equatable {
    let amount: Int
    let measure: String
    let rates: ConversionRates

    /// Proposals needed for the target.
    var proposals: Int { Self.up(Decimal(amount) / rates.proposalToWin) }
    /// Enquiries needed for those proposals.
    var enquiries: Int { Self.up(Decimal(proposals) / rates.enquiryToProposal) }
    /// Prospects to reach for those enquiries.
    var reachNeeded: Int { Self.up(Decimal(enquiries) / rates.reachedToEnquiry) }

    /// The stages from awareness to purchase, with the rate that moves each on.
    var stages: [TargetPlan.StageCount] {
        [
            .init(stage: .awareness, count: reachNeeded, rate: rates.reachedToEnquiry, measure: "prospects reached"),
            .init(stage: .interest, count: enquiries, rate: rates.enquiryToProposal, measure: "enquiries"),
            .init(stage: .consideration, count: proposals, rate: rates.proposalToWin, measure: "proposals"),
            .init(stage: .purchase, count: amount, rate: 1, measure: measure),
        ]
    }

    /// What reaching `reach` prospects gives at the stated rates, rounded down.
    func expected(reach: Int) -> Int {
        let wins = Decimal(reach) * rates.reachedToEnquiry * rates.enquiryToProposal * rates.proposalToWin
        return NSDecimalNumber(decimal: wins).intValue
    }

    /// `value` rounded up to a whole number.
    static func up(_ value: Decimal) -> Int {
        var v = value, r = Decimal()
        NSDecimalRound(&r, &v, 0, .up)
        return NSDecimalNumber(decimal: r).intValue
    }
}
