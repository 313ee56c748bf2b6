import Foundation

/// The plan to date: what the monthly reviews say really happened, against the split and against the plan.
///
/// Hours are marketing hours: the planned tasks' actual hours as reviewed plus the unplanned work of
/// each segment. Shares are of the hours that went to segments (fundamentals and work for no segment
/// are counted apart), so they compare with the directed focus split. The growth segment falling more
/// than five points below its directed share is the warning Alex needed in his first month.
public struct PlanStatus: Equatable, Sendable {
    /// One segment's month-to-date figures.
    public struct Segment: Equatable, Sendable {
        /// The segment's name, as typed.
        public var name: String
        /// Its role.
        public var role: SegmentRole
        /// The share of effort the director asked for, in whole percent.
        public var directedShare: Int
        /// The share of the reviewed months' planned hours the plan gave it, in percent.
        public var plannedShare: Decimal
        /// The share of the hours that really went to segments, in percent.
        public var actualShare: Decimal
        /// Planned and actual marketing hours in the reviewed months (actual includes unplanned work).
        public var plannedHours: Decimal, actualHours: Decimal
        /// Of the actual hours, those no plan had.
        public var unplannedHours: Decimal
        /// Planned and actual spend in the reviewed months.
        public var plannedCost: Decimal, actualCost: Decimal
    }

    /// A campaign whose go-live fell in a reviewed month, and whether it went live.
    public struct Launch: Equatable, Sendable {
        /// The campaign's name and segment ("Fundamentals" for a fundamental).
        public var campaign: String, segment: String
        /// The planned go-live day.
        public var planned: CalendarDate
        /// What happened to its go-live task.
        public var outcome: MonthlyReview.Outcome?
        /// Whether it is sales material (delivered to Sales rather than launched).
        public var salesMaterial: Bool
    }

    /// A planned task moved or dropped, with its new day or reason.
    public struct Slip: Equatable, Sendable {
        /// The campaign and task.
        public var campaign: String, task: String
        /// The planned due day.
        public var planned: CalendarDate
        /// Moved or dropped.
        public var outcome: MonthlyReview.Outcome
    }

    /// The months reviewed, in order.
    public var months: [Int]
    /// The segments, in the plan's order.
    public var segments: [Segment]
    /// Hours on fundamentals and on work for no segment, apart from the shares.
    public var otherHours: Decimal
    /// The campaigns due to go live in the reviewed months.
    public var launches: [Launch]
    /// What slipped: moved or dropped tasks.
    public var slips: [Slip]
    /// Unplanned work, month by month.
    public var unplanned: [MonthlyReview.UnplannedWork]
    /// The growth segments whose actual share is more than five points below their directed share.
    public var shortOfSplit: [String]
    /// Plain warnings, one for each segment short of the split.
    public var warnings: [String] {
        segments.filter { shortOfSplit.contains($0.name) }.map { segment in
            "\(segment.name): \(NSDecimalNumber(decimal: segment.actualShare.rounded(0)).intValue)% of the hours so far against \(segment.directedShare)% directed."
        }
    }

    /// The status of `plan` from `reviews` (any order; one per month, the latest kept when a month repeats).
    public init(plan: Plan, reviews: [MonthlyReview]) {
        var byMonth: [Int: MonthlyReview] = [:]
        for review in reviews where (1...3).contains(review.month) { byMonth[review.month] = review }
        let months = byMonth.keys.sorted()
        self.months = months
        let reviewed = months.compactMap { byMonth[$0] }
        let rows = Dictionary(plan.rows.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        // A task due or started in two reviewed months is counted once: by its latest report.
        var latest: [String: MonthlyReview.TaskReport] = [:]
        var plannedRows: [String: PlanRow] = [:]
        for review in reviewed {
            for row in ReviewScope.tasks(of: plan, month: review.month) { plannedRows[row.key] = row }
            for report in review.tasks { latest[report.key] = report }
        }
        let unplanned = reviewed.flatMap(\.unplanned)
        self.unplanned = unplanned
        func sum(_ values: [Decimal]) -> Decimal { values.reduce(0, +) }
        var segments: [Segment] = plan.segments.map { segment in
            let planned = plannedRows.values.filter { $0.segment == segment.name && $0.stage != nil }
            let done = latest.compactMap { key, report in rows[key].map { (row: $0, report: report) } }
                .filter { $0.row.segment == segment.name && $0.row.stage != nil }
            let extra = unplanned.filter { $0.segment == segment.name }
            return Segment(name: segment.name, role: segment.role, directedShare: segment.directedShare, plannedShare: 0, actualShare: 0,
                           plannedHours: sum(planned.filter(\.isMarketing).map(\.hours)),
                           actualHours: sum(done.filter { $0.row.isMarketing }.map(\.report.hours)) + sum(extra.map(\.hours)),
                           unplannedHours: sum(extra.map(\.hours)),
                           plannedCost: sum(planned.map(\.cost)), actualCost: sum(done.map(\.report.cost)) + sum(extra.map(\.cost)))
        }
        let plannedTotal = sum(segments.map(\.plannedHours)), actualTotal = sum(segments.map(\.actualHours))
        for index in segments.indices {
            segments[index].plannedShare = plannedTotal > 0 ? (segments[index].plannedHours * 100 / plannedTotal * 10).rounded(0) / 10 : 0
            segments[index].actualShare = actualTotal > 0 ? (segments[index].actualHours * 100 / actualTotal * 10).rounded(0) / 10 : 0
        }
        self.segments = segments
        let elsewhere = latest.compactMap { key, report in rows[key].flatMap { $0.stage == nil && $0.isMarketing ? report.hours : nil } }
        otherHours = sum(elsewhere) + sum(unplanned.filter { $0.segment.isEmpty }.map(\.hours))
        launches = plan.campaigns.compactMap { campaign in
            guard let month = ReviewScope.month(of: campaign.goLive, in: plan), months.contains(month),
                  let goLive = campaign.tasks.first(where: \.isGoLive) else { return nil }
            return Launch(campaign: campaign.name, segment: PlanSummary.campaignSegment(campaign), planned: campaign.goLive,
                          outcome: latest[goLive.key]?.outcome, salesMaterial: campaign.purpose == .salesMaterial)
        }
        slips = plan.rows.compactMap { row in
            guard let report = latest[row.key] else { return nil }
            switch report.outcome {
            case .moved, .dropped: return Slip(campaign: row.campaign, task: row.activity, planned: row.due, outcome: report.outcome)
            case .done, .going: return nil
            }
        }
        shortOfSplit = segments.filter { segment in
            segment.role == .grow && actualTotal > 0 && segment.actualShare < Decimal(segment.directedShare) - PlanSummary.shareTolerance
        }.map(\.name)
    }
}
