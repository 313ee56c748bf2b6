"""The HTML exports: valid for HTML Tidy, standalone (no scripts, no external resources), typed texts escaped."""

import html.parser
import re
import subprocess

import check_markdown
import plan_tables
from expected import spaced
from report import show

TIDY_LINE = re.compile(r"^line (\d+) column (\d+) - (Warning|Error|Access|Info): (.*)$")

# Tidy warnings accepted as harmless, each with the reason (none is needed so far: any warning fails).
HARMLESS_WARNINGS = {
    # "example message prefix": "why it does not matter for a marketer's browser or printer",
}

BLOCKS = {"br", "p", "li", "ul", "ol", "td", "th", "tr", "table", "div", "section", "header", "footer", "main",
          "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "dl", "caption", "blockquote", "pre", "title"}

FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "link", "base", "frame", "frameset", "applet", "form"}


class Page(html.parser.HTMLParser):
    """Tags, attributes and the visible text of a document (style contents kept apart)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.attrs = []
        self.text = []
        self.style = []
        self.comments = []
        self._in_style = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, k, v or "") for k, v in attrs]
        if tag == "style":
            self._in_style += 1
        if tag in BLOCKS:
            self.text.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "style":
            self._in_style -= 1

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = max(0, self._in_style - 1)
        if tag in BLOCKS:
            self.text.append(" ")

    def handle_data(self, data):
        (self.style if self._in_style else self.text).append(data)

    def handle_comment(self, data):
        self.comments.append(data)

    def visible(self):
        """The document's text with white space collapsed, as a reader sees it."""
        return spaced("".join(self.text))


def parse(text):
    """A Page parsed from HTML text."""
    page = Page()
    page.feed(text)
    page.close()
    return page


def run(report, name, kind, path, expected_texts, tidy="tidy", exp=None):
    """Tidy validation, safety, and the expected texts of one HTML export."""
    with open(path, "rb") as f:
        data = f.read()
    with report.check(f"{name}: {kind} HTML has no errors for HTML Tidy"):
        done = subprocess.run([tidy, "-errors", "-quiet", path], capture_output=True, timeout=60)
        found = False
        for line in done.stderr.decode("utf-8", "replace").splitlines():
            m = TIDY_LINE.match(line.strip())
            if not m:
                continue
            found = True
            level, message = m.group(3), m.group(4)
            if level == "Warning" and any(message.startswith(h) for h in HARMLESS_WARNINGS):
                continue
            report.fail(path, f"tidy {level.lower()} at line {m.group(1)} column {m.group(2)}: {message}")
        if done.returncode not in (0, 1) and not found:
            report.fail(path, f"tidy exited {done.returncode}: {done.stderr.decode('utf-8', 'replace').strip()[:200]}")
    with report.check(f"{name}: {kind} HTML is standalone and safe (no script, no external reference)"):
        safety(report, path, data)
    with report.check(f"{name}: {kind} HTML shows every typed text, escaped"):
        page = parse(data.decode("utf-8", "replace"))
        visible = page.visible()
        for what, text in expected_texts:
            if spaced(text) not in visible:
                report.fail(path, f"the {what} {show(text)} is not in the page's text as typed (escaped HTML "
                                  f"shows it literally; markup or a missing escape changes it)")
    if exp is not None:
        with report.check(f"{name}: {kind} HTML tables (by month, campaigns, tasks, key dates) hold the answers as typed"):
            tables = check_markdown.Rendered()
            tables.feed(data.decode("utf-8", "replace"))
            tables.close()
            plan_tables.check(report, path, tables, exp)


def safety(report, path, data):
    """No script anywhere, no http(s) reference, nothing loaded from outside, UTF-8 declared."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        report.fail(path, f"the file is not UTF-8: {error}")
        text = data.decode("utf-8", "replace")
    if re.search(r"<script", text, re.I):
        report.fail(path, "the file contains '<script' (case-insensitive): typed text must be escaped and no script written")
    for m in re.finditer(r"https?://", text, re.I):
        report.fail(path, f"the file references {show(text[m.start():m.start() + 60])}: no external references allowed")
    if not re.match(r"\s*<!doctype html>", text, re.I):
        report.fail(path, "the file does not start with <!DOCTYPE html>")
    page = parse(text)
    if not any(t == "meta" and k == "charset" and v.lower() == "utf-8" for t, k, v in page.attrs):
        report.fail(path, 'the page does not declare <meta charset="utf-8">')
    for tag in sorted(set(page.tags) & FORBIDDEN_TAGS):
        report.fail(path, f"the page has a <{tag}> element; a standalone export needs none")
    for tag, key, value in page.attrs:
        if key.startswith("on"):
            report.fail(path, f"<{tag}> has an event handler attribute {key}={show(value)}")
        if key in ("src", "href", "srcset", "action", "data", "poster") and re.match(r"\s*(//|[a-z][a-z0-9+.-]*:)", value, re.I) \
                and not value.strip().lower().startswith(("data:", "#", "mailto:")):
            report.fail(path, f"<{tag} {key}={show(value)}> loads or links something outside the file")
    css = "".join(page.style)
    if re.search(r"@import|url\(\s*['\"]?(?!data:|#)", css, re.I):
        report.fail(path, "the embedded CSS imports or loads an outside resource (@import or url())")
    if not css.strip():
        report.fail(path, "the page has no embedded <style>: the contract wants print-friendly CSS inside the file")
