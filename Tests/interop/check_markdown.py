"""The Markdown exports rendered by cmark-gfm (GitHub's CommonMark): safe, typed texts as typed, the plan's tables."""

import html.parser
import re
import subprocess

import plan_tables
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
        with report.check(f"{name}: {kind} Markdown tables (by month, campaigns, tasks, key dates) hold the answers as typed"):
            plan_tables.check(report, path, page, exp)


ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]|\\\n")


def html_of(source, cmark="cmark-gfm"):
    """cmark-gfm's HTML for Markdown source text."""
    done = subprocess.run([cmark, *CMARK_ARGS], input=source.encode("utf-8"), capture_output=True, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"cmark-gfm exited {done.returncode}: {done.stderr.decode('utf-8', 'replace')[:200]}")
    return done.stdout


def needed_escapes(report, name, kind, path, cmark="cmark-gfm"):
    """Each backslash escape in the source changes cmark-gfm's rendering when taken out: none is there for nothing,
    so the source reads as plain text (`53.6%`, not `53\\.6%`)."""
    with report.check(f"{name}: {kind} Markdown has no backslash escape that cmark-gfm does not need"):
        with open(path, encoding="utf-8") as f:
            source = f.read()
        whole = html_of(source, cmark)
        unneeded = []
        for m in ESCAPE.finditer(source):
            if html_of(source[:m.start()] + source[m.start() + 1:], cmark) == whole:
                line = source.count("\n", 0, m.start()) + 1
                start = source.rfind("\n", 0, m.start()) + 1
                end = source.find("\n", m.end())
                unneeded.append(f"line {line}: {show(source[start:end if end >= 0 else None], 90)} ({show(m.group())})")
        for item in unneeded[:10]:
            report.fail(path, f"the escape is not needed: {item}")
        if len(unneeded) > 10:
            report.fail(path, f"and {len(unneeded) - 10} more escapes that are not needed")
