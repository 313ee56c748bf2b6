"""A tiny, independent writer of correct exports for the self-test: what the checks must accept.

It writes each format the way the contracts say (escaping, folding, neutralising), from the selftest
fixture, so that the self-test can show every check passes correct output and fails each broken variant.
"""

import csv
import datetime
import html
import io
import re

from expected import neutralised

STAMP = "20270101T090000Z"


def ics_text(text):
    """RFC 5545 TEXT escaping."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    """A content line folded at 75 octets, never inside a UTF-8 character."""
    out, current, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(current) + len(b) > limit:
            out.append(current)
            current, limit = b" ", 75
        current += b
    out.append(current)
    return b"\r\n".join(out) + b"\r\n"


def working_day(day):
    """The day, or the next Monday when it falls on a weekend."""
    while day.weekday() > 4:
        day += datetime.timedelta(days=1)
    return day


def event(uid, category, summary, day, minutes=None, start_hour=10, description=None, alarm=False, sequence=0):
    """One VEVENT's content lines: all-day when `minutes` is None, else a timed UTC entry."""
    lines = ["BEGIN:VEVENT", f"UID:{uid}@selftest.invalid", f"DTSTAMP:{STAMP}", f"SEQUENCE:{sequence}"]
    if minutes is None:
        lines += [f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + datetime.timedelta(days=1):%Y%m%d}"]
    else:
        start = datetime.datetime.combine(day, datetime.time(start_hour))
        end = start + datetime.timedelta(minutes=minutes)
        lines += [f"DTSTART:{start:%Y%m%dT%H%M%SZ}", f"DTEND:{end:%Y%m%dT%H%M%SZ}"]
    lines += [f"SUMMARY:{ics_text(summary)}", f"CATEGORIES:{category}"]
    if description:
        lines.append(f"DESCRIPTION:{ics_text(description)}")
    if alarm:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", f"DESCRIPTION:{ics_text(summary)}", "END:VALARM"]
    return lines + ["END:VEVENT"]


def ics(exp):
    """A correct calendar file for the fixture."""
    start = exp.plan_start
    month2 = working_day(start.replace(month=start.month + 1))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//interop selftest//EN", "METHOD:PUBLISH"]
    lines += event("meeting", "guidance-meeting", "Strategic Guidance meeting", month2, 30,
                   description=f"Are we still focusing on {exp.growth} as the growth segment?", alarm=True)
    lines += event("planning", "planning-appointment", "Planning appointment", month2 + datetime.timedelta(days=14), 120,
                   start_hour=14, alarm=True)
    for m in range(3):
        lines += event(f"review-{m + 1}", "review", f"Review of month {m + 1}", working_day(start + datetime.timedelta(days=25 + 30 * m)),
                       30, start_hour=16, alarm=True)
    for i, c in enumerate(exp.internal, 1):
        names = " and ".join(c.get("segments") or ["all segments"])
        lines += event(f"internal-{i}-start", "internal-change", f"Starts: {c['change']}",
                       datetime.date.fromisoformat(c["from"]), description=f"Hours for {names} change.")
        lines += event(f"internal-{i}-end", "internal-change", f"Ends: {c['change']}", datetime.date.fromisoformat(c["to"]))
    for i, c in enumerate(exp.market, 1):
        kind = "Opportunity" if c["kind"] == "opportunity" else "Threat"
        lines += event(f"market-{i}", "market-change", f"{kind}: {c['change']}", working_day(start),
                       description=f"Response: {c['response']}.")
    for i, item in enumerate(exp.approved, 1):
        lines += event(f"fundamental-{i}", "fundamentals", f"Fundamentals: {item}", working_day(start))
    lines += event("launch-1", "activity", f"Launch: Email campaign ({exp.growth})", working_day(start))
    return b"".join(fold(line) for line in lines + ["END:VCALENDAR"])


def csv_bytes(exp):
    """A correct plan CSV: a fundamentals row and one row per sales material."""
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow("date,month,week,segment,role,stage,activity,channel,pull_push,hours,cost,currency,why".split(","))
    day = working_day(exp.plan_start)
    for item in exp.approved:
        w.writerow([day.isoformat(), 1, 1, "", "", "fundamentals", neutralised(item), "Fundamentals", "pull", 0, 900,
                    exp.currency, f"Fundamentals for the goal {exp.goals[0]}"])
    for s in exp.materials:
        w.writerow([day.isoformat(), 1, 1, neutralised(s["segment"]), exp.roles[s["segment"]], s["stage"],
                    neutralised(s["material"]), "Sales", "push", 2.5, 0, exp.currency, f"Goal: {exp.goals[0]}. For {s['segment']}."])
    return out.getvalue().encode("utf-8")


def md_text(text):
    """Inline Markdown that renders as typed: every ASCII punctuation backslash-escaped, line breaks as spaces."""
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", " ".join(text.split()))


def markdown(exp):
    """A correct plan in Markdown with GFM tables."""
    out = ["# Plan draft", "", "## The strategic why", ""] + [f"- {md_text(g)}" for g in exp.goals]
    out += ["", "## Summary", "", "| Segment | Role |", "|---|---|"]
    out += [f"| {md_text(s)} | {exp.roles[s]} |" for s in exp.segments] + ["| Total | |"]
    out += ["", "## Why each segment", ""] + [f"- {md_text(s)}: {md_text(w)}" for s, w in exp.segment_why.items()]
    out += ["", "## Key dates", "", "| Date | What |", "|---|---|"]
    out += [f"| {exp.plan_start} | {md_text(summary)} |" for _, summary in exp.calendar_summaries()]
    out += ["", "## Market changes", ""] + [f"- {md_text(c['change'])}: {md_text(c['response'])}" for c in exp.market]
    out += ["", "## Sales materials", ""] + [f"- {md_text(s['material'])}" for s in exp.materials]
    out += ["", "## Actions", ""] + [f"- {md_text(a['action'])} ({md_text(a['owner'])})" for a in exp.actions]
    return ("\n".join(out) + "\n").encode("utf-8")


def html_page(texts):
    """A correct standalone HTML5 page listing the texts, escaped."""
    items = "\n".join(f"<li>{html.escape(t).replace(chr(10), '<br>')}</li>" for _, t in texts)
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Plan draft</title>\n"
            "<style>\n@page { size: A4; margin: 15mm; }\nbody { font-family: sans-serif; }\n</style>\n</head>\n"
            f"<body>\n<h1>Plan draft</h1>\n<ul>\n{items}\n</ul>\n</body>\n</html>\n").encode("utf-8")
