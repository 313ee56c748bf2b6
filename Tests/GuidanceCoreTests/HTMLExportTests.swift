import Foundation
import Testing
@testable import GuidanceCore

@Suite struct HTMLExportTests {
    /// Every document the suite checks: plans of each kind and both agendas.
    static let documents: [(name: String, html: String)] = [
        ("dental plan", PlanHTML.write(SamplePlans.dental())),
        ("self-planning plan", PlanHTML.write(SamplePlans.dental(mode: .selfPlanning))),
        ("empty plan", PlanHTML.write(SamplePlans.empty())),
        ("hostile plan", PlanHTML.write(MarkdownExportTests.hostilePlan())),
        ("director agenda", AgendaHTML.write(AgendaExportTests.director())),
        ("self-planning agenda", AgendaHTML.write(AgendaExportTests.selfPlanning())),
    ]

    /// The entity references the writer uses, read back.
    static func unescape(_ html: String) -> String {
        html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The document's tags in order, each as its name with "/" in front for an end tag (the doctype left out).
    static func tags(_ html: String) -> [String] {
        var tags: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "/" || $0 == "!" }
            if !name.hasPrefix("!") { tags.append(String(name).lowercased()) }
        }
        return tags
    }

    @Test(arguments: [
        ("a | b", "a | b"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Say \"hi\" to 'them'", "Say &quot;hi&quot; to &#39;them&#39;"),
        ("AT&T &amp; &#60;", "AT&amp;T &amp;amp; &amp;#60;"),
        ("*bold* =1+2", "*bold* =1+2"),
        ("Launch 🚀 party 👩‍👩‍👧", "Launch 🚀 party 👩‍👩‍👧"),
        (SamplePlans.longText, SamplePlans.longText),
        ("Line one\r\nLine two\nthree", "Line one<br>\nLine two<br>\nthree"),
        ("\u{1B}[31mred\u{0}\u{FFFE}", "[31mred"),
        ("  padded  ", "padded"),
    ])
    func typedTextIsEscaped(_ typed: String, _ html: String) {
        #expect(HTMLText.text(typed) == html)
    }

    @Test(arguments: MarkdownExportTests.hostileTexts)
    func escapedTextReadsBackAsTyped(_ typed: String) {
        let lines = Self.unescape(HTMLText.text(typed)).components(separatedBy: "<br>\n")
        #expect(lines.joined(separator: " ") == MarkdownExportTests.asOneLine(typed))
        #expect(!HTMLText.text(typed).replacingOccurrences(of: "<br>\n", with: "").contains { "<>\"'".contains($0) })
    }

    @Test func aPlanIsOneStandaloneHTML5Document() {
        let lines = PlanHTML.write(SamplePlans.dental()).components(separatedBy: "\n")
        #expect(Array(lines.prefix(8)) == [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"guidance\">",
            "<title>Tactical plan draft: 1 March to 31 May 2027</title>", "<style>",
        ])
        #expect(Array(lines.suffix(3)) == ["</body>", "</html>", ""])
        #expect(Array(lines.drop { $0 != "</style>" }.prefix(5)) == [
            "</style>", "</head>", "<body>", "<header>", "<h1>Tactical plan draft: 1 March to 31 May 2027</h1>",
        ])
    }

    @Test func anAgendaIsTitledWithItsDay() {
        #expect(AgendaHTML.write(AgendaExportTests.director())
            .contains("<title>Agenda: Strategic Guidance meeting, Thursday 1 April 2027</title>"))
        #expect(AgendaHTML.write(AgendaExportTests.selfPlanning()).contains("<title>Agenda: Self-planning session</title>"))
    }

    @Test(arguments: documents.map(\.name))
    func tagsNestAndClose(_ name: String) {
        let html = Self.documents.first { $0.name == name }?.html ?? ""
        var open: [String] = []
        var problems: [String] = []
        for tag in Self.tags(html) where !["meta", "br"].contains(tag) {
            if tag.hasPrefix("/") {
                if open.last == String(tag.dropFirst()) { open.removeLast() } else { problems.append("\(tag) closes \(open.last ?? "nothing")") }
            } else {
                open.append(tag)
            }
        }
        #expect(problems.isEmpty)
        #expect(open.isEmpty)
        #expect(Self.tags(html).first == "html")
    }

    @Test(arguments: documents.map(\.name))
    func headingsGoDownOneLevelAtATime(_ name: String) {
        let html = Self.documents.first { $0.name == name }?.html ?? ""
        let levels = Self.tags(html).compactMap { tag -> Int? in
            tag.count == 2 && tag.hasPrefix("h") ? Int(tag.dropFirst()) : nil
        }
        #expect(levels.first == 1)
        #expect(levels.filter { $0 == 1 }.count == 1)
        #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 })
        #expect(levels.count >= 4)
    }

    @Test(arguments: documents.map(\.name))
    func everyTableHasAHeadAndABody(_ name: String) {
        let html = Self.documents.first { $0.name == name }?.html ?? ""
        let tables = html.components(separatedBy: "<table").dropFirst()
        #expect(tables.count == html.components(separatedBy: "</table>").count - 1)
        for table in tables {
            #expect(table.hasPrefix(">\n<thead>\n<tr><th scope=\"col\"") || table.hasPrefix(" class=\"timeline\">\n<thead>\n<tr><th scope=\"col\""))
            #expect(table.contains("</thead>\n<tbody>\n"))
        }
    }

    @Test(arguments: documents.map(\.name))
    func noScriptAndNothingFetchedFromElsewhere(_ name: String) {
        let html = Self.documents.first { $0.name == name }?.html ?? ""
        for banned in ["<script", "<link", "<img", "<iframe", "<object", "<embed", "<base", "<form", "url(", "@import"] {
            #expect(!html.lowercased().contains(banned), "\(banned) in the \(name)")
        }
        // Tags carry only these attributes: no href, src or on... handler.
        let tags = html.components(separatedBy: "<").dropFirst(2).map { $0.prefix { $0 != ">" } }
        let attribute = #/ ([a-zA-Z\-]+)="[^"]*"/#
        let names = tags.flatMap { $0.matches(of: attribute).map { String($0.output.1) } }
        #expect(Set(names).isSubset(of: ["lang", "charset", "name", "content", "scope", "class", "rowspan", "style"]))
        // A style only places a timeline bar: a left edge and a width in percent, nothing that could load or hide.
        let styles = tags.flatMap { $0.matches(of: #/ style="([^"]*)"/#).map { String($0.output.1) } }
        #expect(styles.allSatisfy { $0.wholeMatch(of: #/left:[0-9.]+%(;width:[0-9.]+%)?/#) != nil }, "\(styles.filter { $0.wholeMatch(of: #/left:[0-9.]+%(;width:[0-9.]+%)?/#) == nil })")
        #expect(tags.filter { $0.replacing(attribute, with: "").contains(" ") }.isEmpty)
        // A typed web address is text; nothing else names one.
        let typed = "=HYPERLINK(&quot;http://x.test&quot;,&quot;click&quot;)"
        #expect(!html.replacingOccurrences(of: typed, with: "").replacingOccurrences(of: "&lt;http://x.test&gt;", with: "")
            .lowercased().contains("http"))
    }

    @Test func typedScriptIsShownAsText() {
        let html = PlanHTML.write(MarkdownExportTests.hostilePlan())
        #expect(html.contains("<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>"))
        #expect(html.contains("<tr><td>a | b</td><td>a | b</td><td>a | b</td></tr>"))
        #expect(html.contains("<li>Line one<br>\nLine two</li>"))
    }

    @Test func thePlanHasTheSameSectionsAsTheMarkdown() {
        for plan in [SamplePlans.dental(), SamplePlans.dental(mode: .selfPlanning), MarkdownExportTests.hostilePlan()] {
            let sections = PlanHTML.write(plan).components(separatedBy: "\n").filter { $0.hasPrefix("<h2>") }
                .map { Self.unescape(String($0.dropFirst(4).dropLast(5))) }
            #expect(sections == MarkdownExportTests.sections(PlanMarkdown.write(plan)))
        }
    }

    @Test func theStylePrintsOnA4ByDefaultAndOnLetterWhenAsked() {
        let title = "Tactical plan draft: 1 March to 31 May 2027"
        let css = PrintStyle.css(title: title, paper: .a4)
        for rule in ["@page { size: A4; margin: 14mm 14mm 16mm;", "@top-left { content: \"\(title)\";",
                     "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);",
                     "thead { display: table-header-group; }", "table { width: 100%;", "tr, li, p { break-inside: avoid;",
                     "h1, h2, h3 { break-after: avoid;", "@media screen { body { max-width: none; } }"] {
            #expect(css.contains(rule), "missing \(rule)")
        }
        // Sections may break: keeping a long one whole is what left page 2 near-empty.
        #expect(!css.contains("section { break-inside"))
        #expect(PrintStyle.css(title: title, paper: .letter).contains("@page { size: letter;"))
        #expect(!css.contains("px"))
        let colours = css.components(separatedBy: "#").dropFirst().map { String($0.prefix(3)) }
        #expect(Set(colours) == ["000", "fff"])
        #expect(PlanHTML.write(SamplePlans.dental()).contains("<style>\n" + PrintStyle.css(title: "Tactical plan draft: 1 March to 31 May 2027", paper: .a4) + "\n</style>"))
        #expect(PlanHTML.write(SamplePlans.dental(), paper: .letter).contains("@page { size: letter;"))
    }

    @Test func theRunningTitleIsACSSStringWhateverItHolds() {
        #expect(PrintStyle.cssString(#"Plan "A" \ <b>"#) == #"Plan \"A\" \\ \3C b>"#)
        #expect(PrintStyle.cssString("two\nlines") == "two lines")
    }

    @Test func theSamePlanAlwaysGivesTheSameFile() {
        #expect(PlanHTML.write(MarkdownExportTests.hostilePlan()) == PlanHTML.write(MarkdownExportTests.hostilePlan()))
        #expect(AgendaHTML.write(AgendaExportTests.director()) == AgendaHTML.write(AgendaExportTests.director()))
    }
}
