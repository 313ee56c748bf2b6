"""The plan's tables as a reader sees them (cmark-gfm's rendering of the Markdown, or the HTML page itself):
hours and spend by month, the campaigns, the tasks by campaign, each cell exactly the text typed."""

from collections import Counter

from expected import spaced
from report import show

CAMPAIGNS = ["Go-live", "Segment", "Campaign", "From", "Hours", "Cost"]
TASKS = ["When", "Task", "Owner", "Hours", "Cost"]
OWNERS = {"marketing", "sales", "agency"}


def check(report, path, page, exp):
    """Every table check on one rendered plan (`page.tables`: [{header, rows}], cells with white space collapsed)."""
    by_month(report, path, page, exp, "hours", ["Segment", "Month 1", "Month 2", "Month 3", "Total", "Planned", "Directed"])
    by_month(report, path, page, exp, "spend", ["Segment", "Month 1", "Month 2", "Month 3", "Total", "Share of budget"])
    campaigns(report, path, page, exp)
    tasks(report, path, page, exp)
    whole_cells(report, path, page, exp)


def by_month(report, path, page, exp, title, header):
    """The table of `title` by month (headed exactly `header`): one row per segment, `Name (role)` exactly as typed."""
    found = [t for t in page.tables if t["header"] == header]
    if len(found) != 1:
        report.fail(path, f"{len(found)} tables are headed {header}; the plan has one {title} table "
                          f"(headers seen: {[t['header'] for t in page.tables]})")
        return
    table = found[0]
    names = [r[0] for r in table["rows"] if r]
    for segment in exp.segments:
        want = f"{spaced(segment)} ({exp.roles.get(segment)})"
        if names.count(want) != 1:
            report.fail(path, f"the {title} table has {names.count(want)} rows whose first cell is {show(want)} "
                              f"(first cells: {[show(n, 40) for n in names]})")
    for row in table["rows"]:
        if len(row) != len(table["header"]):
            report.fail(path, f"the {title} row {show(row[0] if row else '')} has {len(row)} cells; the header has {len(table['header'])}")


def short_name(name, segment):
    """The campaign's name as the HTML timeline shows it under its segment: without the segment in front
    ("Dental practices: webinar (May)" and "Dental practices webinar (May)" read "Webinar (May)")."""
    rest = name[len(segment):] if segment != "Fundamentals" and name.startswith(segment) and len(name) > len(segment) + 2 else ""
    if not rest or rest[0] not in ": ":
        return name
    rest = rest.lstrip(": ")
    return rest[:1].upper() + rest[1:] if rest else name


def timeline_rows(table):
    """(segment, campaign) of each row of the HTML timeline, whose first row in a group has the segment cell
    (`Name (role)`, spanning the group) before the campaign's."""
    rows, segment = [], None
    width = len(table["header"])
    for row in table["rows"]:
        if len(row) == width:
            segment = row[0].rsplit(" (", 1)[0] if row[0].endswith(")") and row[0] != "Fundamentals" else row[0]
            rows.append((segment, row[1]))
        elif len(row) == width - 1 and segment is not None:
            rows.append((segment, row[0]))
        else:
            rows.append((None, " | ".join(row)))
    return rows


def campaigns(report, path, page, exp):
    """The campaigns table lists every campaign of the plan JSON once, with its segment, as typed: the Markdown
    table by go-live day, or the HTML timeline grouped by segment (names without the segment in front)."""
    tables = [t for t in page.tables if t["header"] == CAMPAIGNS]
    timeline = [t for t in page.tables if t["header"][:2] == ["Segment", "Campaign"] and t["header"][-3:] == ["Go-live", "Hours", "Cost"]]
    if len(tables) + len(timeline) != 1:
        report.fail(path, f"{len(tables)} tables have the headers {CAMPAIGNS} and {len(timeline)} are a campaign timeline; the plan has one")
        return
    if tables:
        rows = [tuple(r[1:3]) for r in tables[0]["rows"] if len(r) == len(CAMPAIGNS)]
        if len(rows) != len(tables[0]["rows"]):
            report.fail(path, f"{len(tables[0]['rows']) - len(rows)} rows of the Campaigns table do not have {len(CAMPAIGNS)} cells")
    else:
        rows = timeline_rows(timeline[0])
        for segment, name in rows:
            if segment is None:
                report.fail(path, f"the campaign timeline row {show(name, 80)} has no segment and campaign cells")
    if exp.plan is None:
        report.fail(path, "the Campaigns table was not compared with the campaigns: the plan JSON did not parse")
        return
    want = Counter()
    for c in exp.plan.get("campaigns", []):
        if isinstance(c, dict):
            segment = spaced(c.get("segment") or "") or "Fundamentals"
            name = spaced(c.get("name", ""))
            want[(segment, name if tables else spaced(short_name(c.get("name", ""), c.get("segment") or "Fundamentals")))] += 1
    have = Counter(r for r in rows if r[0] is not None)
    for segment, name in sorted((want - have).elements()):
        report.fail(path, f"the Campaigns table has no row with Segment {show(segment)} and Campaign {show(name, 80)} as typed")
    for segment, name in sorted((have - want).elements()):
        report.fail(path, f"the Campaigns table row {show(segment)} / {show(name, 80)} is no campaign of the plan JSON")


def tasks(report, path, page, exp):
    """One When/Task/Owner/Hours/Cost table per campaign, a row per task; sales materials are tasks as typed
    (the campaign's go-live task is marked ` (go-live)` after its name)."""
    found = [t for t in page.tables if t["header"] == TASKS]
    rows = [r for t in found for r in t["rows"]]
    if exp.plan is not None:
        plan = [c for c in exp.plan.get("campaigns", []) if isinstance(c, dict)]
        count = sum(len(c.get("tasks") or []) for c in plan)
        if (len(found), len(rows)) != (len(plan), count):
            report.fail(path, f"{len(found)} tables headed {'/'.join(TASKS)} hold {len(rows)} rows; "
                              f"the plan JSON has {len(plan)} campaigns with {count} tasks")
    for row in rows:
        if len(row) != len(TASKS) or row[2] not in OWNERS:
            report.fail(path, f"the task row {show(' | '.join(row), 100)} does not have {len(TASKS)} cells with an owner of {sorted(OWNERS)}")
    names = [r[1].removesuffix(" (go-live)") for r in rows if len(r) == len(TASKS)]
    for s in exp.planned_materials():
        if spaced(s["material"]) not in names:
            near = [n for n in names if spaced(s["material"])[:10] in n]
            report.fail(path, f"no Task cell is the sales material {show(s['material'])} as typed; "
                              f"cells holding its start: {[show(n, 60) for n in near[:3]]}")


def whole_cells(report, path, page, exp):
    """Internal changes, market changes and approved fundamentals each fill a table cell exactly (the Key dates)."""
    cells = set(page.cells())
    whole = []
    for c in exp.internal:
        whole.append(("internal change", c["change"], {"Internal change begins: " + c["change"], "Internal change over: " + c["change"]}))
    for c in exp.market:
        kind = "Opportunity" if c["kind"] == "opportunity" else "Threat"
        whole.append(("market change", c["change"], {f"{kind}: {c['change']}"}))
    for item in exp.approved:
        whole.append(("approved fundamentals item", item, {"Fundamentals: " + item}))
    for what, text, forms in whole:
        wanted = {spaced(text)} | {spaced(f) for f in forms}
        if not wanted & cells:
            near = [c for c in cells if spaced(text)[:12] in c]
            report.fail(path, f"no table cell is exactly the {what} {show(text)} (or {' / '.join(show(f, 40) for f in sorted(forms))}); "
                              f"cells holding its start: {[show(c, 60) for c in near[:4]]}")
