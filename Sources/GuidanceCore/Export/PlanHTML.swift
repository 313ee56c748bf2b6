import Foundation

/// The plan draft as one standalone HTML5 file: what `guidance plan ID --format html` writes.
///
/// The same sections as the Markdown plan and the plain-text summary, in the same order, laid
/// out for screen and print (A4 or Letter) by the embedded `PrintStyle`. No scripts and no
/// external resources; every text a marketer typed is escaped. The same plan always gives the same file.
public enum PlanHTML {
    /// The whole plan draft as an HTML5 document laid out for `paper` in print, ending with a newline.
    public static func write(_ plan: Plan, paper: Paper = .a4) -> String {
        let outline = PlanMarkdown.outline(plan)
        let title = PlanSummary.title(plan).first ?? "Tactical plan draft"
        return HTMLText.document(title: title, blocks: outline, paper: paper)
    }
}
