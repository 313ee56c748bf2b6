"""A tiny, independent writer of correct exports for the self-test: what the checks must accept.

It writes each format the way the contracts say (escaping, folding, neutralising), from the selftest
fixture, so that the self-test can show every check passes correct output and fails each broken variant.
"""

import csv
import datetime
import html
import io
import json
import re

from check_csv import HEADER
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
    """The day, or the next Monday when it falls on a weekend (the fixture's public holidays are avoided by its dates)."""
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


def task(exp, start, due, segment, campaign, stage, activity, channel, owner, hours, cost, why):
    """One task of the reference plan, with the CSV's field names; month and week are those of `due`."""
    start, due = datetime.date.fromisoformat(start), datetime.date.fromisoformat(due)
    return {"start": start.isoformat(), "due": due.isoformat(), "month": exp.month_of(due), "week": exp.week_of(due),
            "segment": segment, "role": exp.roles.get(segment, ""), "campaign": campaign, "stage": stage,
            "activity": activity, "channel": channel, "pull_push": "push" if owner == "sales" else "pull", "owner": owner,
            "hours": hours, "cost": cost, "currency": exp.currency, "why": why}


def plan(exp):
    """A correct plan object for the fixture: three campaigns (one a fundamental), targets, months, decisions, risks."""
    grow, keep = exp.segments[0], exp.segments[1]
    goal = f"Goal: {exp.goals[0]}."
    fundamental = exp.approved[0]
    sales = f"Sales material for {grow}"
    renew = f"{keep}: keep and renew"
    tasks = {
        sales: [task(exp, "2027-03-01", "2027-03-03", grow, sales, s["stage"], s["material"], "Sales", "marketing", 2.5, 0,
                     f"{goal} For {grow}.") for s in exp.materials]
        + [task(exp, "2027-03-08", "2027-03-09", grow, sales, "consideration", "Sales follow-up", "Phone", "sales", 2, 0,
                f"{goal} For {grow}.")],
        renew: [task(exp, "2027-03-05", "2027-03-05", keep, renew, "loyalty", "Customer newsletter", "Email", "marketing", 3, 100,
                     f"{goal} Keeps {keep}'s customers.")],
        fundamental: [task(exp, "2027-04-05", "2027-04-09", "", fundamental, "fundamentals", "Brief the supplier", "Fundamentals",
                           "marketing", 1.5, 900, f"Fundamentals for the goal {exp.goals[0]}")],
    }
    campaigns = []
    for name, rows in tasks.items():
        segment, go_live = rows[0]["segment"], rows[0]["due"]
        campaigns.append({"name": name, "segment": segment, "stage": rows[0]["stage"], "start": min(r["start"] for r in rows),
                          "go_live": go_live, "end": max(r["due"] for r in rows), "owner": "marketing",
                          "hours": sum(r["hours"] for r in rows if r["owner"] == "marketing"),
                          "cost": sum(r["cost"] for r in rows), "why": rows[0]["why"], "tasks": rows})
    every = [t for c in campaigns for t in c["tasks"]]
    months = [{"month": m, "segment": s, "hours": sum(t["hours"] for t in every if t["month"] == m and t["segment"] == s
                                                     and t["owner"] == "marketing"),
               "cost": sum(t["cost"] for t in every if t["month"] == m and t["segment"] == s)}
              for m in (1, 2, 3) for s in [*exp.segments, ""]]
    return {"campaigns": campaigns,
            "targets": [{"segment": grow, "measure": "new clinics signed", "amount": 2,
                         "stages": [{"stage": "consideration", "count": 8, "rate": 0.25},
                                    {"stage": "purchase", "count": 2, "rate": 1}]}],
            "months": months,
            "decisions": [{"decision": "Decide what to do with 900 GBP not planned.", "why": "The campaigns use less."}],
            "risks": [{"risk": f"Threat: {exp.market[0]['change']}", "segments": [keep], "response": exp.market[0]["response"]}]}


def rows(exp):
    """Every task of the reference plan, ordered by due, then start."""
    return sorted((t for c in plan(exp)["campaigns"] for t in c["tasks"]), key=lambda t: (t["due"], t["start"]))


def json_bytes(exp):
    """The JSON export: the answers file with the plan under "plan"."""
    with open(exp.path, encoding="utf-8") as f:
        doc = json.load(f)
    doc["plan"] = plan(exp)
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


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
        lines += event(f"review-{m + 1}", "review", f"Review of month {m + 1}", working_day(start + datetime.timedelta(days=24 + 30 * m)),
                       30, start_hour=16, alarm=True)
    for i, c in enumerate(exp.internal, 1):
        names = " and ".join(c.get("segments") or ["all segments"])
        lines += event(f"internal-{i}-start", "internal-change", f"Internal change begins: {c['change']}",
                       datetime.date.fromisoformat(c["from"]), description=f"Hours for {names} change.")
        lines += event(f"internal-{i}-end", "internal-change", f"Internal change over: {c['change']}", datetime.date.fromisoformat(c["to"]))
    for i, c in enumerate(exp.market, 1):
        kind = "Opportunity" if c["kind"] == "opportunity" else "Threat"
        lines += event(f"market-{i}", "market-change", f"{kind}: {c['change']}", working_day(start),
                       description=f"Response: {c['response']}.")
    for i, item in enumerate(exp.approved, 1):
        lines += event(f"fundamental-{i}", "fundamentals", f"Fundamentals: {item}", working_day(start))
    for i, c in enumerate(plan(exp)["campaigns"], 1):
        if c["segment"]:
            lines += event(f"launch-{i}", "launch", f"Go-live: {c['name']} ({c['segment']})",
                           datetime.date.fromisoformat(c["go_live"]))
    for i, s in enumerate(exp.materials, 1):
        lines += event(f"deadline-{i}", "deadline", f"Deadline: {s['material']} for Sales ({s['segment']})", exp.needed_by(s))
    for i, x in enumerate(exp.actions, 1):
        lines += event(f"action-{i}", "deadline", f"Action due: {x['action']}", datetime.date.fromisoformat(x["due"]))
    lines += event("decision-1", "decision", "Decision needed: the budget not planned", working_day(start))
    return b"".join(fold(line) for line in lines + ["END:VCALENDAR"])


def cn(name):
    """A CN parameter value: RFC 6868 caret encoding, quoted (the names hold commas and semicolons)."""
    return '"' + name.replace("^", "^^").replace('"', "^'").replace("\n", "^n") + '"'


def invite(exp):
    """A correct invitation (METHOD:REQUEST) to the calendar's guidance meeting, from the marketer to the director."""
    start = exp.plan_start
    month2 = working_day(start.replace(month=start.month + 1))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//interop selftest//EN", "METHOD:REQUEST"]
    meeting = event("meeting", "guidance-meeting", "Strategic Guidance meeting", month2, 30,
                    description=f"Are we still focusing on {exp.growth} as the growth segment?", alarm=True)
    people = [f"ORGANIZER;CN={cn(exp.marketer['name'])}:mailto:{exp.marketer['email']}",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(exp.director['name'])}:mailto:{exp.director['email']}"]
    lines += meeting[:-1] + people + meeting[-1:]
    return b"".join(fold(line) for line in lines + ["END:VCALENDAR"])


def csv_bytes(exp):
    """A correct plan CSV, version 2: the reference plan's tasks."""
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(HEADER)
    for t in rows(exp):
        w.writerow([neutralised(t[k]) if isinstance(t[k], str) else t[k] for k in HEADER])
    return out.getvalue().encode("utf-8")


def md_text(text):
    """Inline Markdown that renders as typed: every ASCII punctuation backslash-escaped, line breaks as spaces."""
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", " ".join(text.split()))


def tables(exp, cell):
    """The plan's tables as (header, rows) with every text passed through `cell` (Markdown or HTML escaping)."""
    p = plan(exp)
    label = [f"{cell(s)} ({exp.roles[s]})" for s in exp.segments] + ["Fundamentals"]
    segs = [*exp.segments, ""]
    out = []
    for key, last in (("hours", ["Planned", "Directed"]), ("cost", ["Share of budget"])):
        body = [[label[i]] + [str(sum(m[key] for m in p["months"] if m["segment"] == s and m["month"] == n)) for n in (1, 2, 3)]
                + ["0"] * (1 + len(last)) for i, s in enumerate(segs)]
        out.append((["Segment", "Month 1", "Month 2", "Month 3", "Total"] + last, body))
    out.append((["Go-live", "Segment", "Campaign", "From", "Hours", "Cost"],
                [[c["go_live"], cell(c["segment"]) or "Fundamentals", cell(c["name"]), c["start"], str(c["hours"]), str(c["cost"])]
                 for c in p["campaigns"]]))
    out += [(["When", "Task", "Owner", "Hours", "Cost"],
             [[t["due"], cell(t["activity"]), t["owner"], str(t["hours"]), str(t["cost"])] for t in c["tasks"]])
            for c in p["campaigns"]]
    out.append((["Date", "What"], [[str(exp.plan_start), cell(summary)] for _, summary in exp.calendar_summaries()]))
    return out


def markdown(exp):
    """A correct plan in Markdown with GFM tables."""
    out = ["# Plan draft", "", "## The strategic why", ""] + [f"- {md_text(g)}" for g in exp.goals]
    out += ["", "## Why each segment", ""] + [f"- {md_text(s)}: {md_text(w)}" for s, w in exp.segment_why.items()]
    for header, body in tables(exp, md_text):
        out += ["", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += ["| " + " | ".join(r) + " |" for r in body]
    out += ["", "## Market changes", ""] + [f"- {md_text(c['change'])}: {md_text(c['response'])}" for c in exp.market]
    out += ["", "## Sales materials", ""] + [f"- {md_text(s['material'])}" for s in exp.materials]
    out += ["", "## Actions", ""] + [f"- {md_text(a['action'])} ({md_text(a['owner'])})" for a in exp.actions]
    return ("\n".join(out) + "\n").encode("utf-8")


def html_page(exp, texts):
    """A correct standalone HTML5 page listing the texts, escaped, and the plan's tables."""
    items = "\n".join(f"<li>{html.escape(t).replace(chr(10), '<br>')}</li>" for _, t in texts)
    grids = "\n".join(
        "<table>\n<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>\n"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in body) + "</table>"
        for header, body in tables(exp, lambda t: html.escape(t).replace("\n", "<br>")))
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Plan draft</title>\n"
            "<style>\n@page { size: A4; margin: 15mm; }\nbody { font-family: sans-serif; }\n</style>\n</head>\n"
            f"<body>\n<h1>Plan draft</h1>\n<ul>\n{items}\n</ul>\n{grids}\n</body>\n</html>\n").encode("utf-8")
