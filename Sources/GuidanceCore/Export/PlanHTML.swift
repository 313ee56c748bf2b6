import Foundation

/// The plan draft as one standalone HTML5 file: what `guidance plan ID --format html` writes.
///
/// The same sections as the Markdown plan and the plain-text summary, in the same order, laid
/// out for screen and print (A4 or Letter) by the embedded `PrintStyle`. No scripts and no
/// external resources; every text a marketer typed is escaped. The same plan always gives the same file.
public enum PlanHTML {
    /// The whole plan draft as an HTML5 document laid out for `paper` in print, ending with a newline.
    public static func write(_ plan: Plan, paper: Paper = .a4) -> String {
        write(plan, outline: PlanMarkdown.outline(plan), paper: paper)
    }

    /// The Markdown plan (`PlanMarkdown.write`) and the HTML plan (`write(_:paper:)`) together, their shared outline made once.
    public static func withMarkdown(_ plan: Plan, paper: Paper = .a4) -> (markdown: String, html: String) {
        let outline = PlanMarkdown.outline(plan)
        return (MarkdownText.render(outline), write(plan, outline: outline, paper: paper))
    }

    /// The HTML document of `outline`, the outline of `plan`.
    static func write(_ plan: Plan, outline: [ExportBlock], paper: Paper) -> String {
        let title = PlanSummary.title(plan).first ?? "Tactical plan draft"
        return HTMLText.document(title: title, blocks: outline, paper: paper)
    }
}
