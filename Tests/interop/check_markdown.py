"""The Markdown exports rendered by cmark-gfm (GitHub's CommonMark): tables whose cells equal the answers."""

import html.parser
import subprocess

from expected import spaced
from report import show

# What cmark-gfm itself writes; any other element in the output came from a typed answer left unescaped.
MARKDOWN_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th",
                 "td", "strong", "em", "code", "pre", "blockquote", "hr", "br", "a", "del", "input", "img"}
CMARK_ARGS = ["--unsafe", "-e", "table", "-e", "strikethrough"]


class Rendered(html.parser.HTMLParser):
    """The tables (header and rows of cell texts), the visible text, and every tag of cmark-gfm's HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.tags, self.comments, self.text = [], [], [], []
        self._cell = None
        self._row = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "table":
            self.tables.append({"header": [], "rows": []})
        elif tag == "tr" and self.tables:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag == "br":
            self._data(" ")
        if tag in ("p", "li", "td", "th", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote"):
            self.text.append(" ")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(spaced("".join(self._cell)))
            self._cell = None
        elif tag == "tr" and self._row is not None and self.tables:
            table = self.tables[-1]
            if not table["header"] and not table["rows"]:
                table["header"] = self._row
            else:
                table["rows"].append(self._row)
            self._row = None
        if tag in ("p", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote"):
            self.text.append(" ")

    def handle_data(self, data):
        self._data(data)

    def _data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)

    def handle_comment(self, data):
        self.comments.append(data)

    def cells(self):
        """Every body cell of every table."""
        return [c for t in self.tables for row in t["rows"] for c in row]


def render(path, cmark="cmark-gfm"):
    """cmark-gfm's HTML for a Markdown file, parsed."""
    done = subprocess.run([cmark, *CMARK_ARGS, path], capture_output=True, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"cmark-gfm exited {done.returncode}: {done.stderr.decode('utf-8', 'replace')[:200]}")
    page = Rendered()
    page.feed(done.stdout.decode("utf-8"))
    page.close()
    return page


def run(report, name, kind, path, exp, texts, tables=True, cmark="cmark-gfm"):
    """Renders one Markdown export and checks its safety, its texts and (for the plan) its table cells."""
    page = None
    with report.check(f"{name}: {kind} Markdown renders with cmark-gfm to HTML without script or raw markup"):
        page = render(path, cmark)
        if "script" in page.tags:
            report.fail(path, "the rendered HTML has a <script> element: a typed <script> was not escaped")
        for tag in sorted(set(page.tags) - MARKDOWN_TAGS):
            report.fail(path, f"the rendered HTML has a <{tag}> element that Markdown never writes: raw HTML from a typed answer")
        for comment in page.comments:
            report.fail(path, f"the rendered HTML has a comment {show(comment)}: a typed <!-- was not escaped")
        if tables and not page.tables:
            report.fail(path, "the rendered plan has no table at all (cmark-gfm -e table found none)")
    if page is None:
        return
    with report.check(f"{name}: {kind} Markdown shows every typed text as typed"):
        visible = spaced("".join(page.text))
        for what, text in texts:
            if spaced(text) not in visible:
                report.fail(path, f"the {what} {show(text)} does not render as typed (Markdown escaping changed it)")
    if tables:
        with report.check(f"{name}: {kind} Markdown table cells equal the answers"):
            table_cells(report, path, page, exp)


def table_cells(report, path, page, exp):
    """The segment summary has one row per segment with its name and role exactly; changes and dates sit whole in cells."""
    summary = [t for t in page.tables if t["header"] and t["header"][0].lower() == "segment"
               and any(h.lower() == "role" for h in t["header"])]
    if not summary:
        report.fail(path, f"no table has the headers Segment and Role (headers seen: {[t['header'] for t in page.tables]})")
    else:
        table = summary[0]
        role_at = [h.lower() for h in table["header"]].index("role")
        rows = [r for r in table["rows"] if r and r[0].lower() != "total"]
        names = [r[0] for r in rows]
        for segment in exp.segments:
            if spaced(segment) not in names:
                report.fail(path, f"the segment summary has no row whose Segment cell is {show(segment)} "
                                  f"(cells: {[show(n, 50) for n in names]})")
        for row in rows:
            if row[0] not in [spaced(s) for s in exp.segments]:
                report.fail(path, f"the segment summary has a Segment cell {show(row[0])} that is no segment as typed")
            elif len(row) != len(table["header"]):
                report.fail(path, f"the row of {show(row[0])} has {len(row)} cells; the header has {len(table['header'])}")
            else:
                want = next(exp.roles[s] for s in exp.segments if spaced(s) == row[0])
                if row[role_at].lower() != want:
                    report.fail(path, f"the Role cell of {show(row[0])} is {show(row[role_at])}, the answer is {want}")
    cells = page.cells()
    whole = []
    for c in exp.internal:
        whole.append(("internal change", c["change"], {"Starts: " + c["change"], "Ends: " + c["change"]}))
    for c in exp.market:
        kind = "Opportunity" if c["kind"] == "opportunity" else "Threat"
        whole.append(("market change", c["change"], {f"{kind}: {c['change']}"}))
    for item in exp.approved:
        whole.append(("approved fundamentals item", item, {"Fundamentals: " + item}))
    for what, text, forms in whole:
        wanted = {spaced(text)} | {spaced(f) for f in forms}
        if not wanted & set(cells):
            near = [c for c in cells if spaced(text)[:12] in c]
            report.fail(path, f"no table cell is exactly the {what} {show(text)} (or {' / '.join(show(f, 40) for f in sorted(forms))}); "
                              f"cells holding its start: {[show(c, 60) for c in near[:4]]}")
