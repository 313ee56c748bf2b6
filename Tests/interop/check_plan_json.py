"""The plan in the JSON export against the contract: campaigns with their tasks (the CSV's rows), targets, months,
decisions and risks. Read with Python's json module, compared with the CSV read by Python's csv module."""

import csv
import datetime
import io

from check_csv import HEADER, OWNERS, STAGES
from check_roundtrip import strict_json
from expected import neutralised
from report import show

CAMPAIGN_KEYS = ("name", "segment", "stage", "start", "go_live", "end", "owner", "hours", "cost", "why", "tasks")
BUYING_STAGES = {"awareness", "interest", "consideration", "purchase", "loyalty"}
NUMBERS = {"month", "week", "hours", "cost"}


def load_plan(path):
    """The "plan" object of a JSON export, or None when the file does not parse or has none."""
    try:
        with open(path, "rb") as f:
            doc = strict_json(f.read(), path)
    except (OSError, ValueError):
        return None
    plan = doc.get("plan") if isinstance(doc, dict) else None
    return plan if isinstance(plan, dict) else None


def number(value):
    """True for a JSON number (not a boolean)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def date(value):
    """The date of a YYYY-MM-DD string, or None."""
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def run(report, name, path, csv_path, exp):
    """Every contract check of the plan object, and its tasks against the CSV's rows."""
    with report.check(f"{name}: plan JSON campaigns, targets, months, decisions and risks have the contract's shapes"):
        plan = load_plan(path)
        if plan is None:
            report.fail(path, "no \"plan\" object could be read (see the JSON checks)")
            return
        campaigns = plan.get("campaigns")
        if not isinstance(campaigns, list) or not campaigns:
            report.fail(path, f"\"campaigns\" is {show(str(campaigns))}; the contract wants a list of campaigns")
            campaigns = []
        for n, c in enumerate(campaigns, 1):
            campaign(report, path, f"campaigns[{n}]", c, exp)
        targets(report, path, plan.get("targets"), exp)
        months(report, path, plan.get("months"), campaigns, exp)
        listed(report, path, plan, "decisions", ("decision", "why"), exp)
        listed(report, path, plan, "risks", ("risk", "segments", "response"), exp)
    with report.check(f"{name}: plan JSON tasks are the plan CSV's rows (same cells, same count)"):
        with open(csv_path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(io.StringIO(f.read(), newline=""), strict=True))
        tasks = [t for c in campaigns if isinstance(c, dict) and isinstance(c.get("tasks"), list)
                 for t in c["tasks"] if isinstance(t, dict)]
        as_csv = sorted(tuple(cell(key, t.get(key)) for key in HEADER) for t in tasks)
        in_csv = sorted(tuple(cell(key, v) if key in NUMBERS else v for key, v in zip(HEADER, r)) for r in rows[1:])
        if len(as_csv) != len(in_csv):
            report.fail(path, f"the campaigns hold {len(as_csv)} tasks; the CSV has {len(in_csv)} rows")
        for row in [r for r in as_csv if r not in in_csv][:5]:
            report.fail(path, f"the task {show(' | '.join(row), 160)} is no row of {csv_path.rsplit('/', 1)[-1]}")


def cell(key, value):
    """A task's value as the CSV writes it: numbers compared as numbers, texts neutralised."""
    if key in NUMBERS:
        try:
            return format(float(value), "g")
        except (TypeError, ValueError):
            return show(str(value))
    return neutralised(value) if isinstance(value, str) else show(str(value))


def campaign(report, path, where, c, exp):
    """One campaign: the contract's fields, a known segment, dates in order, its tasks summed up."""
    if not isinstance(c, dict):
        report.fail(path, f"{where} is not an object")
        return
    missing = [k for k in CAMPAIGN_KEYS if k not in c]
    if missing:
        report.fail(path, f"{where} ({show(str(c.get('name')))}) has no {', '.join(missing)}")
        return
    where = f"{where} {show(str(c['name']), 60)}"
    if not isinstance(c["name"], str) or not c["name"].strip():
        report.fail(path, f"{where}: the name is empty")
    if c["segment"] not in exp.segments and not (c["segment"] == "" and c["stage"] == "fundamentals"):
        report.fail(path, f"{where}: segment {show(str(c['segment']))} is no segment as typed (fundamentals have \"\")")
    if c["stage"] not in STAGES:
        report.fail(path, f"{where}: stage {show(str(c['stage']))} is not one of {sorted(STAGES)}")
    if c["owner"] not in OWNERS:
        report.fail(path, f"{where}: owner {show(str(c['owner']))} is not one of {sorted(OWNERS)}")
    if not isinstance(c["why"], str) or not c["why"].strip():
        report.fail(path, f"{where}: the why is empty")
    for key in ("hours", "cost"):
        if not number(c[key]) or c[key] < 0:
            report.fail(path, f"{where}: {key} {show(str(c[key]))} is not a number from 0")
    start, go_live, end = (date(c[k]) for k in ("start", "go_live", "end"))
    if None in (start, go_live, end) or not start <= go_live <= end:
        report.fail(path, f"{where}: start {c['start']}, go_live {c['go_live']}, end {c['end']} are not dates in that order")
    tasks = c["tasks"] if isinstance(c["tasks"], list) else []
    if not tasks:
        report.fail(path, f"{where}: tasks is {show(str(c['tasks']))}, not a list of tasks")
        return
    for t in tasks:
        lacking = [k for k in HEADER if not isinstance(t, dict) or k not in t]
        if lacking:
            report.fail(path, f"{where}: a task has no {', '.join(lacking)} (the CSV's field names)")
            return
        if (t["campaign"], t["segment"]) != (c["name"], c["segment"]):
            report.fail(path, f"{where}: its task {show(str(t['activity']), 60)} names campaign {show(str(t['campaign']), 60)}, "
                              f"segment {show(str(t['segment']))}")
    if start and end and (min(t["start"] for t in tasks), max(t["due"] for t in tasks)) != (c["start"], c["end"]):
        report.fail(path, f"{where}: runs {c['start']} to {c['end']}, its tasks {min(t['start'] for t in tasks)} to "
                          f"{max(t['due'] for t in tasks)}")
    totals = {"cost": sum(t["cost"] for t in tasks if number(t["cost"])),
              "hours": sum(t["hours"] for t in tasks if number(t["hours"]) and t["owner"] == "marketing")}
    for key, total in totals.items():
        if number(c[key]) and abs(c[key] - total) > 0.001:
            report.fail(path, f"{where}: {key} {c[key]}, but its {'marketing ' if key == 'hours' else ''}tasks add up to {total:g}")


def targets(report, path, value, exp):
    """[{segment, measure, amount, stages: [{stage, count, rate}]}]."""
    if not isinstance(value, list):
        report.fail(path, f"\"targets\" is {show(str(value))}, not a list")
        return
    for n, t in enumerate(value, 1):
        where = f"targets[{n}]"
        if not isinstance(t, dict) or any(k not in t for k in ("segment", "measure", "amount", "stages")):
            report.fail(path, f"{where} is not {{segment, measure, amount, stages}}: {show(str(t))}")
            continue
        if t["segment"] not in exp.segments:
            report.fail(path, f"{where}: segment {show(str(t['segment']))} is no segment as typed")
        if not isinstance(t["measure"], str) or not t["measure"].strip() or not number(t["amount"]) or t["amount"] <= 0:
            report.fail(path, f"{where}: measure {show(str(t['measure']))} and amount {show(str(t['amount']))} are not a text and a number")
        stages = t["stages"] if isinstance(t["stages"], list) else [None]
        for s in stages:
            if not isinstance(s, dict) or s.get("stage") not in BUYING_STAGES or not number(s.get("count")) \
                    or not number(s.get("rate")) or s["count"] < 0 or s["rate"] <= 0:
                report.fail(path, f"{where}: the stage {show(str(s))} is not {{stage (a buying stage), count, rate}}")


def months(report, path, value, campaigns, exp):
    """[{month, segment, hours, cost}] for every month and segment, adding up to the campaigns' tasks."""
    if not isinstance(value, list):
        report.fail(path, f"\"months\" is {show(str(value))}, not a list")
        return
    seen = {}
    for n, m in enumerate(value, 1):
        if not isinstance(m, dict) or m.get("month") not in (1, 2, 3) or not isinstance(m.get("segment"), str) \
                or not number(m.get("hours")) or not number(m.get("cost")):
            report.fail(path, f"months[{n}] is not {{month 1-3, segment, hours, cost}}: {show(str(m))}")
            continue
        if m["segment"] not in exp.segments and m["segment"] != "":
            report.fail(path, f"months[{n}]: segment {show(m['segment'])} is no segment as typed (fundamentals have \"\")")
        if (m["month"], m["segment"]) in seen:
            report.fail(path, f"months[{n}]: month {m['month']} of {show(m['segment'])} is listed twice")
        seen[(m["month"], m["segment"])] = m
    for segment in exp.segments:
        for month in (1, 2, 3):
            if (month, segment) not in seen:
                report.fail(path, f"\"months\" has no entry for month {month} of {show(segment)}")
    tasks = [t for c in campaigns if isinstance(c, dict) and isinstance(c.get("tasks"), list) for t in c["tasks"]
             if isinstance(t, dict) and number(t.get("cost")) and number(t.get("hours"))]
    for segment in {s for _, s in seen}:
        for key, owned in (("cost", lambda t: True), ("hours", lambda t: t.get("owner") == "marketing")):
            listed_total = sum(m[key] for (_, s), m in seen.items() if s == segment)
            task_total = sum(t[key] for t in tasks if t.get("segment") == segment and owned(t))
            if abs(listed_total - task_total) > 0.01:
                report.fail(path, f"\"months\" gives {show(segment)} {listed_total:g} {key} in all; its tasks add up to {task_total:g}")


def listed(report, path, plan, key, fields, exp):
    """decisions [{decision, why}] and risks [{risk, segments, response}]: texts not empty, segments as typed."""
    value = plan.get(key)
    if not isinstance(value, list):
        report.fail(path, f"\"{key}\" is {show(str(value))}, not a list")
        return
    for n, item in enumerate(value, 1):
        if not isinstance(item, dict) or any(f not in item for f in fields):
            report.fail(path, f"{key}[{n}] is not {{{', '.join(fields)}}}: {show(str(item))}")
            continue
        if not isinstance(item[fields[0]], str) or not item[fields[0]].strip():
            report.fail(path, f"{key}[{n}]: the {fields[0]} is empty")
        for f in fields[1:]:
            if f == "segments":
                if not isinstance(item[f], list) or any(s not in exp.segments for s in item[f]):
                    report.fail(path, f"{key}[{n}]: segments {show(str(item[f]))} are not segments as typed")
            elif not isinstance(item[f], str) or not item[f].strip():
                report.fail(path, f"{key}[{n}]: the {f} is empty")
