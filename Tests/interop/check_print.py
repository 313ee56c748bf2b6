"""The HTML plan printed by headless Chromium (Debian's `chromium`) to PDF, read back with poppler's pdfinfo and
pdftotext: the paper size, the number of pages, and the director's page first."""

import os
import re
import shutil
import subprocess

# The director's part, in this order, that page 1 must hold (the title, objectives, hours and spend, campaigns).
DIRECTOR_PAGE = ["Tactical plan draft", "Objectives and targets", "Hours and spend by month", "Campaigns"]
# The page sizes in points, as pdfinfo reports them.
A4 = (595, 842)
LETTER = (612, 792)


def chromium():
    """The Chromium command, or None."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def print_pdf(html, pdf, profile):
    """Prints one HTML file to PDF with headless Chromium (no header or footer of its own: the page's CSS sets them)."""
    command = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", "--no-pdf-header-footer", f"--user-data-dir={profile}",
               f"--print-to-pdf={pdf}", "file://" + os.path.abspath(html)]
    done = subprocess.run(command, capture_output=True, timeout=120)
    if done.returncode != 0 or not os.path.isfile(pdf):
        raise RuntimeError(f"chromium exited {done.returncode}: {done.stderr.decode('utf-8', 'replace')[-300:]}")


def info(pdf):
    """pdfinfo's pages and page size in points."""
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, timeout=60, check=True).stdout.decode("utf-8", "replace")
    pages = int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))
    w, h = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", out, re.M).groups()
    return pages, (round(float(w)), round(float(h)))


def render_first_page(pdf):
    """Page 1 as a PNG beside the PDF (pdftoppm, 80 dpi), for a person to look at: `NAME.pdf-1.png`."""
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, pdf + "-1"],
                   capture_output=True, timeout=60, check=True)


def page_text(pdf, page):
    """The text of one page, white space collapsed."""
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True, timeout=60, check=True)
    return " ".join(out.stdout.decode("utf-8", "replace").split())


def printed(report, html, work, paper):
    """Prints `html` to `<html>.pdf` in `work`, writes its page 1 as PNG, and fails when the paper is not `paper`.

    Returns the PDF's path and its page count."""
    pdf = os.path.join(work, os.path.basename(html) + ".pdf")
    print_pdf(html, pdf, os.path.join(work, "chromium-profile"))
    pages, size = info(pdf)
    render_first_page(pdf)
    if abs(size[0] - paper[0]) > 2 or abs(size[1] - paper[1]) > 2:
        report.fail(pdf, f"the pages are {size[0]} x {size[1]} pt; {paper[0]} x {paper[1]} pt was asked for")
    return pdf, pages


def run(report, name, html, work, max_pages=None, paper=A4, notes=None):
    """Prints `html` and checks its paper, its page count (at most `max_pages` when given) and its first page.

    Returns the page count, or None when the print failed."""
    pages = None
    limit = f", on at most {max_pages} pages," if max_pages else ""
    with report.check(f"{name}: the HTML plan prints with Chromium on {'A4' if paper == A4 else 'Letter'}{limit} with the director's page first"):
        pdf, pages = printed(report, html, work, paper)
        if max_pages and pages > max_pages:
            report.fail(pdf, f"the plan prints on {pages} pages; at most {max_pages} are allowed")
        first = page_text(pdf, 1)
        at = [first.find(words) for words in DIRECTOR_PAGE]
        for words, where in zip(DIRECTOR_PAGE, at):
            if where < 0:
                report.fail(pdf, f"page 1 does not show {words!r}: the director's page must come first")
        if all(a >= 0 for a in at) and at != sorted(at):
            report.fail(pdf, f"page 1 shows {DIRECTOR_PAGE} out of order")
        if "Page 1 of" not in first:
            report.fail(pdf, "page 1 has no page number ('Page 1 of N') from the page's CSS")
        for page in range(2, pages + 1):
            words = len(page_text(pdf, page).split())
            if page < pages and words < 60:
                report.fail(pdf, f"page {page} of {pages} holds only {words} words: a near-empty page before the last")
    if notes is not None and pages is not None:
        notes.append(f"{name}: {pages} pages")
    return pages


def agenda(report, name, html, work, notes=None):
    """Prints an HTML agenda and checks it fits one A4 page, topics and all."""
    pages = None
    with report.check(f"{name}: the HTML agenda prints with Chromium on one A4 page"):
        pdf, pages = printed(report, html, work, A4)
        if pages != 1:
            report.fail(pdf, f"the agenda prints on {pages} pages; the article cases fit one")
        first = page_text(pdf, 1)
        for words in ("Agenda", "Since last time", "Strategic why", "Wrap-up"):
            if words not in first:
                report.fail(pdf, f"page 1 does not show {words!r}")
    if notes is not None and pages is not None:
        notes.append(f"{name} agenda: {pages} page{'s' if pages != 1 else ''}")
