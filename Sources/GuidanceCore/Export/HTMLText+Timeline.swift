import Foundation

/// The campaign timeline as an HTML table: each campaign's bar drawn over the plan's months with plain CSS.
///
/// The bars are empty `div`s placed by percentage of the plan's days, drawn with borders (which
/// every printer prints, unlike backgrounds): an outlined box while the campaign is prepared, a
/// solid one from its go-live day to its last follow-up, and a dotted line where each month starts.
/// Campaigns are grouped by segment, its name in a cell spanning the group; no script, nothing loaded.
extension HTMLText {
    /// The timeline's table lines.
    static func timeline(_ timeline: PlanTimeline) -> [String] {
        let months = timeline.months.map { month in
            "<div class=\"month\" style=\"left:\(timeline.percentText(month.first))%\">\(escape(month.name))</div>"
        }.joined()
        var lines = ["<table class=\"timeline\">", "<thead>",
                     "<tr><th scope=\"col\">Segment</th><th scope=\"col\">Campaign</th><th scope=\"col\" class=\"bar\"><div class=\"track\">\(months)</div></th>"
                        + "<th scope=\"col\">Go-live</th><th scope=\"col\" class=\"num\">Hours</th><th scope=\"col\" class=\"num\">Cost</th></tr>",
                     "</thead>"]
        let monthLines = self.monthLines(timeline)  // the same on every bar
        var index = 0
        while index < timeline.rows.count {
            let group = timeline.rows[index...].prefix { $0.group == timeline.rows[index].group }
            lines.append("<tbody>")
            for (offset, row) in group.enumerated() {
                let head = offset == 0 ? "<th scope=\"rowgroup\" rowspan=\"\(group.count)\">\(text(row.group))</th>" : ""
                lines.append("<tr>\(head)<td>\(text(timeline.shortName(row)))</td><td class=\"bar\">\(bar(row, in: timeline, monthLines: monthLines))</td>"
                    + "<td>\(escape(PlanSummary.short(row.goLiveDate)))</td><td class=\"num\">\(PlanSummary.hours(row.hours))</td>"
                    + "<td class=\"num\">\(escape(row.cost))</td></tr>")
            }
            lines.append("</tbody>")
            index += group.count
        }
        return lines + ["</table>",
                        "<p class=\"legend\">Outlined: preparation. Solid: from go-live (the day it reaches people) to the last follow-up. "
                            + "Dotted lines: the first of each month. Hours are marketing hours.</p>"]
    }

    /// One campaign's bar: the month lines, then the preparation and the live part, placed by percentage.
    ///
    /// `monthLines` are the month lines, the same on every bar, when the caller has made them already.
    static func bar(_ row: PlanTimeline.Row, in timeline: PlanTimeline, monthLines: [String]? = nil) -> String {
        func place(_ from: Int, _ to: Int) -> String {
            "left:\(timeline.percentText(from))%;width:\(timeline.widthText(from, to))%"
        }
        var parts = monthLines ?? self.monthLines(timeline)
        if row.start < row.goLive { parts.append("<div class=\"prep\" style=\"\(place(row.start, row.goLive))\"></div>") }
        parts.append("<div class=\"live\" style=\"\(place(row.goLive, row.end + 1))\"></div>")
        return "<div class=\"track\">" + parts.joined() + "</div>"
    }

    /// The dotted line where each month but the first starts, as `div`s placed by percentage.
    static func monthLines(_ timeline: PlanTimeline) -> [String] {
        timeline.months.dropFirst().map { "<div class=\"line\" style=\"left:\(timeline.percentText($0.first))%\"></div>" }
    }
}
