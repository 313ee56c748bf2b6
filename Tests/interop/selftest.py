"""The self-test: every check accepts correct exports and rejects each broken variant (a check that cannot fail is a defect)."""

import csv
import io
import json
import os
import re

import check_csv
import check_html
import check_ics
import check_invite
import check_khal
import check_markdown
import check_plan_json
import check_sequence
import reference
from expected import Expected
from report import Report


def first(pattern, repl):
    """A mutation replacing the first match of a bytes regex."""
    return lambda data: re.sub(pattern, repl, data, count=1, flags=re.S)


def drop_first_alarm(data):
    start = data.index(b"BEGIN:VALARM")
    return data[:start] + data[data.index(b"END:VALARM\r\n", start) + len(b"END:VALARM\r\n"):]


def split_emoji(data):
    at = data.index("🦷".encode())
    return data[:at + 2] + b"\r\n " + data[at + 2:]


def new_uids(data):
    return data.replace(b"@selftest.invalid", b"@elsewhere.invalid")


def late_material(data):
    """The sales material's row due on 15 March, after the 12 March Sales needs it (rows kept in order)."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    for row in rows[1:]:
        if row[8] == "'@pack | v2":
            row[1:4] = ["2027-03-15", "1", "3"]
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows([rows[0]] + sorted(rows[1:], key=lambda r: (r[1], r[0])))
    return out.getvalue().encode("utf-8")


def plan_edit(change):
    """A mutation of the JSON export: `change(plan)` edits the parsed "plan" object in place."""
    def mutate(data):
        doc = json.loads(data)
        change(doc["plan"])
        return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return mutate


def campaign(n, **values):
    """A plan edit setting fields of the n-th campaign (a value None removes the field)."""
    def change(plan):
        for key, value in values.items():
            if value is None:
                plan["campaigns"][n].pop(key)
            else:
                plan["campaigns"][n][key] = value
    return plan_edit(change)


def first_task(**values):
    """A plan edit setting fields of the first campaign's first task."""
    return plan_edit(lambda plan: plan["campaigns"][0]["tasks"][0].update(values))


# (format, what is broken, mutation, the words of the check that must fail)
CASES = [
    ("ics", "a calendar with LF line ends", lambda d: d.replace(b"\r\n", b"\n"), "calendar lines"),
    ("ics", "a calendar line over 75 octets", lambda d: d.replace(b"\r\n ", b""), "calendar lines"),
    ("ics", "a fold inside a UTF-8 character", split_emoji, "calendar lines"),
    ("ics", "an unescaped comma in a SUMMARY", first(rb"(SUMMARY:[^\r]*?)\\,", rb"\1,"), "calendar lines"),
    ("ics", "a calendar without METHOD:PUBLISH", lambda d: d.replace(b"METHOD:PUBLISH\r\n", b""), "calendar lines"),
    ("ics", "a broken DTSTART value", first(rb"DTSTART:2027(\d+)T", rb"DTSTART:2027\1XT"), "icalendar"),
    ("ics", "a VEVENT with two SUMMARY lines", first(rb"(SUMMARY:Strategic[^\r]*\r\n)", rb"\1\1"), "vobject"),
    ("ics", "a VALARM without TRIGGER", first(rb"TRIGGER:-PT15M\r\n", b""), "calendar entries"),
    ("ics", "a VEVENT without DTSTAMP", first(rb"DTSTAMP:\w+\r\n", b""), "calendar entries"),
    ("ics", "an all-day DTSTART without VALUE=DATE", first(rb"DTSTART;VALUE=DATE:", b"DTSTART:"), "calendar entries"),
    ("ics", "an all-day DTEND on the start day", first(rb"DTSTART;VALUE=DATE:(\d{8})\r\nDTEND;VALUE=DATE:\d{8}",
                                                       rb"DTSTART;VALUE=DATE:\1\r\nDTEND;VALUE=DATE:\1"), "calendar entries"),
    ("ics", "a floating time (no Z, no TZID)", first(rb"(DTSTART:\d{8}T\d{6})Z", rb"\1"), "calendar entries"),
    ("ics", "a meeting without VALARM", drop_first_alarm, "calendar entries"),
    ("ics", "a CATEGORIES value not in the contract", lambda d: d.replace(b"CATEGORIES:launch", b"CATEGORIES:go-live", 1),
     "calendar entries"),
    ("ics", "an all-day entry on a Sunday", first(rb"DTSTART;VALUE=DATE:20270315\r\nDTEND;VALUE=DATE:20270316",
                                                  b"DTSTART;VALUE=DATE:20270314\r\nDTEND;VALUE=DATE:20270315"), "calendar entries"),
    ("ics", "an entry on Good Friday (GB-EAW)", first(rb"DTSTART;VALUE=DATE:20270325\r\nDTEND;VALUE=DATE:20270326",
                                                      b"DTSTART;VALUE=DATE:20270326\r\nDTEND;VALUE=DATE:20270327"), "calendar entries"),
    ("ics", "a timed review on a day off", first(rb"DTSTART:20270325T160000Z\r\nDTEND:20270325T163000Z",
                                                 b"DTSTART:20270319T160000Z\r\nDTEND:20270319T163000Z"), "calendar entries"),
    ("ics", "a sales material's deadline off its day", first(rb"DTSTART;VALUE=DATE:20270312\r\nDTEND;VALUE=DATE:20270313",
                                                               b"DTSTART;VALUE=DATE:20270315\r\nDTEND;VALUE=DATE:20270316"),
     "texts come back"),
    ("ics", "a launch off its campaign's go-live day", first(rb"DTSTART;VALUE=DATE:20270303\r\nDTEND;VALUE=DATE:20270304",
                                                              b"DTSTART;VALUE=DATE:20270302\r\nDTEND;VALUE=DATE:20270303"),
     "texts come back"),
    ("ics", "a SUMMARY that lost a typed line break", lambda d: d.replace(b"\\nsecond line", b" second line"), "texts come back"),
    ("ics", "a review (work) on Good Friday", first(rb"DTSTART:20270325T160000Z\r\nDTEND:20270325T163000Z",
                                                  b"DTSTART:20270326T160000Z\r\nDTEND:20270326T163000Z"), "work falls on a working day"),
    ("invite", "an invitation with METHOD:PUBLISH", lambda d: d.replace(b"METHOD:REQUEST", b"METHOD:PUBLISH"), "REQUEST from"),
    ("invite", "an ATTENDEE not asked to reply", lambda d: d.replace(b"RSVP=TRUE", b"RSVP=FALSE"), "REQUEST from"),
    ("invite", "an ORGANIZER with the director's address", lambda d: d.replace(b"mailto:zoe@", b"mailto:sam+plans@"), "REQUEST from"),
    ("invite", "an ATTENDEE CN without the typed double quotes", lambda d: d.replace(b"^'the boss^'", b"the boss"), "REQUEST from"),
    ("invite", "an invitation without SEQUENCE", first(rb"SEQUENCE:0\r\n", b""), "REQUEST from"),
    ("invite", "an invitation without VALARM", drop_first_alarm, "REQUEST from"),
    ("invite", "an invitation on another day than the meeting", lambda d: d.replace(b"T100000Z", b"T110000Z"), "calendar's guidance meeting"),
    ("khal", "UIDs that change between two exports", new_uids, "khal"),
    ("csv", "an unneutralised formula cell", lambda d: d.replace(b"'-5 website", b"-5 website"), "CSV cells"),
    ("csv", "the version 1 header", first(rb"^start,due,month,week,segment,role,campaign,",
                                          b"date,month,week,segment,role,"), "parses strictly"),
    ("csv", "a start after its due", lambda d: d.replace(b"2027-03-01,2027-03-03", b"2027-03-04,2027-03-03"), "CSV cells"),
    ("csv", "a task due on a Saturday", lambda d: d.replace(b"2027-03-05,2027-03-05", b"2027-03-06,2027-03-06"), "CSV cells"),
    ("csv", "a task on Easter Monday (GB-EAW)", lambda d: d.replace(b"2027-04-05,2027-04-09,2,6,", b"2027-03-29,2027-04-09,2,6,"),
     "CSV cells"),
    ("csv", "a task due on a day off", lambda d: d.replace(b"2027-03-08,2027-03-09,1,2,", b"2027-03-08,2027-03-19,1,3,"),
     "CSV cells"),
    ("csv", "rows out of due order", lambda d: d.replace(b"2027-03-05,2027-03-05", b"2027-03-02,2027-03-02"), "CSV cells"),
    ("csv", "a date that is no date", lambda d: d.replace(b"2027-04-05,", b"2027-4-5,"), "CSV cells"),
    ("csv", "hours of a quarter hour", lambda d: d.replace(b",2.5,", b",0.25,"), "CSV cells"),
    ("csv", "an owner who is nobody", lambda d: d.replace(b",sales,2,", b",intern,2,"), "CSV cells"),
    ("csv", "a month that is not the due day's", lambda d: d.replace(b"2027-04-09,2,6,", b"2027-04-09,1,6,"), "CSV cells"),
    ("csv", "a week that is not the due day's", lambda d: d.replace(b"2027-04-09,2,6,", b"2027-04-09,2,5,"), "CSV cells"),
    ("csv", "a role that is not the segment's", lambda d: d.replace(b",maintain,", b",grow,"), "CSV cells"),
    ("csv", "a sales material due after Sales needs it", late_material, "CSV cells"),
    ("csv", "a 'part 2 of 3' fragment", lambda d: d.replace(b"Sales follow-up", b"Sales follow-up (part 2 of 3)"), "CSV cells"),
    ("csv", "LF record ends", lambda d: d.replace(b"\r\n", b"\n"), "parses strictly"),
    ("csv", "a record with an extra cell", first(rb"\r\n", b",extra\r\n"), "parses strictly"),
    ("csv", "a quote inside an unquoted cell", lambda d: d.replace(b"Fundamentals,pull", b'Fund"amentals,pull'), "parses strictly"),
    ("csv", "an empty why", first(rb',"?Goal:[^\r]*\r\n', b",\r\n"), "CSV cells"),
    ("csv", "a thousands separator in cost", lambda d: d.replace(b",900,", b',"1,900",'), "CSV cells"),
    ("md", "an unescaped | in a segment cell", lambda d: d.replace(b"| Dental \\|", b"| Dental |"), "tables"),
    ("md", "a Campaigns row for no campaign", lambda d: d.replace(b"keep and renew |", b"keep and review |", 1), "tables"),
    ("md", "a task table with a row missing", first(rb"\| 2027-03-09 \| Sales follow[^\n]*\n", b""), "tables"),
    ("md", "a raw <script> in the Markdown", lambda d: d + b"\n<script>alert(1)</script>\n", "renders"),
    ("md", "a typed <b> left unescaped", lambda d: d.replace(b"\\<b\\>", b"<b>"), "renders"),
    ("html", "a <script> element", lambda d: d.replace(b"<ul>", b"<script>alert(1)</script><ul>"), "standalone and safe"),
    ("html", "an https:// reference", lambda d: d.replace(b"<ul>", b'<p><a href="https://example.com">x</a></p><ul>'), "standalone and safe"),
    ("html", "an element HTML does not know", lambda d: d.replace(b"<ul>", b"<foo>x</foo><ul>"), "HTML Tidy"),
    ("html", "a segment missing from the Hours table", first(rb"<tr><td>=1\+2 \(maintain\)</td>", b"<tr><td>Other</td>"),
     "HTML tables"),
    ("html", "a typed text left unescaped", lambda d: d.replace(b"&lt;i&gt;it&lt;/i&gt;", b"<i>it</i>"), "typed text"),
    ("json", "a campaign without go_live", campaign(0, go_live=None), "shapes"),
    ("json", "a go-live after the campaign's end", campaign(1, go_live="2027-03-08"), "shapes"),
    ("json", "a campaign whose cost is not its tasks'", campaign(1, cost=5), "shapes"),
    ("json", "a target stage that is no buying stage", plan_edit(lambda p: p["targets"][0]["stages"][0].update(stage="lunch")), "shapes"),
    ("json", "a month missing for a segment", plan_edit(lambda p: p["months"].pop(0)), "shapes"),
    ("json", "a risk naming no typed segment", plan_edit(lambda p: p["risks"][0].update(segments=["Dental"])), "shapes"),
    ("json", "a decision without why", plan_edit(lambda p: p["decisions"][0].pop("why")), "shapes"),
    ("json", "a task that is no CSV row", first_task(hours=3.5), "CSV's rows"),
    ("seq", "a SEQUENCE that rises with nothing changed", lambda d: d.replace(b"SEQUENCE:0", b"SEQUENCE:1", 1), "sequence"),
]


def check_format(fmt, path, paths, exp, khal, work):
    """Runs one format's checks quietly; returns the names of the failed checks and their first problems."""
    q = Report(os.path.dirname(path), quiet=True)
    good_path = paths[fmt]
    if fmt == "ics":
        check_ics.run(q, "selftest", path, exp)
    elif fmt == "invite":
        check_invite.run(q, "selftest", path, paths["ics"], exp)
    elif fmt == "khal":
        check_khal.run(q, "selftest", good_path, path, exp, khal, work)
    elif fmt == "csv":
        check_csv.run(q, "selftest", path, exp)
    elif fmt == "md":
        check_markdown.run(q, "selftest", "plan", path, exp, exp.plan_texts())
    elif fmt == "html":
        check_html.run(q, "selftest", "plan", path, exp.plan_texts(), exp=exp)
    elif fmt == "json":
        check_plan_json.run(q, "selftest", path, paths["csv"], exp)
    elif fmt == "seq":
        with q.check("selftest: sequence"):
            check_sequence.compare_unchanged(q, path, check_sequence.calendar(good_path), check_sequence.calendar(path))
    return q.failures


def run(report, fixture, work, khal):
    """The self-test checks: correct reference exports pass; each broken one fails in the right check."""
    exp = Expected(fixture, "selftest")
    exp.plan = reference.plan(exp)
    good = {"ics": reference.ics(exp), "csv": reference.csv_bytes(exp), "md": reference.markdown(exp),
            "html": reference.html_page(exp, exp.plan_texts()), "json": reference.json_bytes(exp), "invite": reference.invite(exp)}
    good["khal"] = good["seq"] = good["ics"]
    ext = {"khal": "ics", "seq": "ics", "invite": "invite.ics"}
    os.makedirs(work, exist_ok=True)
    paths = {}
    with report.check("self-test: every check accepts correct reference exports"):
        for fmt, data in good.items():
            paths[fmt] = os.path.join(work, f"good.{ext.get(fmt, fmt)}")
            with open(paths[fmt], "wb") as f:
                f.write(data)
        for fmt in good:
            for name, problems in check_format(fmt, paths[fmt], paths, exp, khal, os.path.join(work, f"khal-{fmt}")):
                report.fail(paths[fmt], f"{name}: {problems[0] if problems else ''}")
    for n, (fmt, what, mutate, words) in enumerate(CASES, 1):
        with report.check(f"self-test: the checks reject {what}"):
            data = mutate(good[fmt])
            if data == good[fmt]:
                report.fail(None, "the self-test's mutation did not apply to the reference export")
                continue
            path = os.path.join(work, f"bad-{n}.{ext.get(fmt, fmt)}")
            with open(path, "wb") as f:
                f.write(data)
            failed = check_format(fmt, path, paths, exp, khal, os.path.join(work, f"khal-bad-{n}"))
            found = [problems for name, problems in failed if words in name]
            if not found:
                report.fail(path, f"no '{words}' check failed on it (failed: {[name for name, _ in failed] or 'none'})")
            elif all(p.startswith("the check crashed") for problems in found for p in problems):
                report.fail(path, f"the '{words}' check crashed instead of naming the problem: {found[0][0]}")
