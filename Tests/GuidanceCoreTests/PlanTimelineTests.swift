import Foundation
import Testing
@testable import GuidanceCore

/// The campaign timeline of the director's page: grouping, bars of characters, HTML bars, short names.
@Suite struct PlanTimelineTests {
    static func row(_ start: Int, _ goLive: Int, _ end: Int, name: String = "Webinar", segment: String = "Retail") -> PlanTimeline.Row {
        let day = CalendarDate(iso: "2027-03-01")!
        return PlanTimeline.Row(name: name, segment: segment, start: start, goLive: goLive, end: end, goLiveDate: day.adding(days: goLive),
                                startDate: day.adding(days: start), endDate: day.adding(days: end), hours: 4, cost: "no cost",
                                group: segment)
    }

    static func timeline(days: Int = 90, rows: [PlanTimeline.Row]) -> PlanTimeline {
        var timeline = PlanTimeline(SamplePlans.empty())
        timeline.days = days
        timeline.rows = rows
        timeline.months = []
        return timeline
    }

    @Test(arguments: [
        (0, 0, 0, "#         "),
        (0, 9, 89, "-#========"),
        (18, 45, 62, "  ---#=   "),
        (81, 89, 89, "         #"),
        (72, 89, 89, "        -#"),
        (30, 30, 89, "   #======"),
    ])
    func aBarShowsPreparationGoLiveAndWhatRunsAfter(_ start: Int, _ goLive: Int, _ end: Int, _ bar: String) {
        let timeline = Self.timeline(rows: [Self.row(start, goLive, end)])
        #expect(timeline.bar(timeline.rows[0], width: 10) == bar)
    }

    @Test(arguments: [
        ("Dental practices: webinar (May)", "Dental practices", "Webinar (May)"),
        ("Dental practices webinar (May)", "Dental practices", "Webinar (May)"),
        ("Dental practices introduction campaign (April)", "Dental practices", "Introduction campaign (April)"),
        ("Leeds switch campaign", "Dental practices", "Leeds switch campaign"),
        ("Dental practicesX offer", "Dental practices", "Dental practicesX offer"),
        ("Retail", "Retail", "Retail"),
        ("Website update", "Fundamentals", "Website update"),
    ])
    func theTimelineLeavesOutTheSegmentItIsGroupedUnder(_ name: String, _ segment: String, _ short: String) {
        let timeline = Self.timeline(rows: [])
        #expect(timeline.shortName(Self.row(0, 1, 2, name: name, segment: segment)) == short)
    }

    @Test func campaignsAreGroupedBySegmentInTheirOrderFundamentalsLastThenByGoLive() {
        let plan = SamplePlans.dental()
        let timeline = PlanTimeline(plan)
        let order = plan.segments.map(\.name) + ["Fundamentals"]
        let ranks = timeline.rows.map { order.firstIndex(of: $0.segment) ?? -1 }
        #expect(!ranks.contains(-1) && ranks == ranks.sorted())
        for group in Dictionary(grouping: timeline.rows, by: \.segment).values {
            #expect(group.map(\.goLiveDate) == group.map(\.goLiveDate).sorted())
        }
        #expect(Set(timeline.rows.map(\.name)) == Set(plan.campaigns.map(\.name)))
        #expect(timeline.months.map(\.name) == ["Mar", "Apr", "May"])
        #expect(timeline.months.map(\.first) == [0, 31, 61] && timeline.days == 92)
    }

    @Test func theTextChartHasAColumnPerPartAndAGroupLinePerSegment() {
        let lines = PlanTimeline(SamplePlans.dental()).chartLines
        #expect(lines.first == "Campaign                           Mar        Apr       May           Go-live     Hours       Cost")
        #expect(lines.contains("Dental practices (grow)"))
        #expect(lines.contains { $0.hasPrefix("  Keep and renew (March)") && $0.hasSuffix("Wed 3 Mar       3    GBP 120") })
        #expect(lines.allSatisfy { $0.count <= PlanSummary.width })
        #expect(lines.last?.hasPrefix("preparing") == false && lines.joined(separator: " ").contains("- preparing, # go-live"))
    }

    @Test func theHTMLBarIsPlacedByPercentOfThePlansDays() {
        let timeline = Self.timeline(days: 100, rows: [Self.row(10, 25, 49)])
        #expect(HTMLText.bar(timeline.rows[0], in: timeline)
            == #"<div class="track"><div class="prep" style="left:10%;width:15%"></div><div class="live" style="left:25%;width:25%"></div></div>"#)
        let html = PlanHTML.write(SamplePlans.dental())
        #expect(html.contains(#"<table class="timeline">"#))
        #expect(html.contains(#"<th scope="rowgroup" rowspan="#))
        #expect(html.contains(#"<div class="month" style="left:0%">Mar</div>"#))
    }

    @Test func keyDatesLeaveTheGoLivesToTheTimeline() {
        var plan = SamplePlans.dental()
        var launch = plan.calendar[0]
        launch.category = .launch
        launch.title = "Go-live: Leeds switch campaign (Dental practices)"
        plan.calendar.append(launch)
        let keyDates = PlanSummary.keyDates(plan).joined(separator: "\n")
        for launch in plan.calendar where launch.category == .launch {
            #expect(!keyDates.contains(launch.title))
        }
        #expect(PlanSummary.datesToKeep(plan).count == plan.calendar.filter { $0.category != .launch }.count)
    }
}
