"""The plan CSV read the strict way: RFC 4180 shape by hand, then Python's csv module with strict=True."""

import csv
import datetime
import io
import re

from expected import FORMULA_STARTS, neutralised
from report import show

HEADER = ("start,due,month,week,segment,role,campaign,stage,activity,channel,pull_push,owner,hours,cost,currency,why"
          .split(","))
NUMBER_COLUMNS = {"hours", "cost"}
STAGES = {"awareness", "interest", "consideration", "purchase", "loyalty", "fundamentals"}
ROLES = {"grow", "maintain", "exit"}
OWNERS = {"marketing", "sales", "agency"}
FRAGMENT = re.compile(r"\bpart \d+ of \d+\b", re.I)
PLAIN_NUMBER = re.compile(r"^[0-9]+(\.[0-9]+)?$")


def record_ends(report, path, text):
    """Every record ends with CRLF (line breaks inside quoted cells are data); quotes only where RFC 4180 allows."""
    quoted, at_field_start, closed = False, True, False
    i, record = 0, 1
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == '"':
                if text[i + 1:i + 2] == '"':
                    i += 1
                else:
                    quoted, closed = False, True
        elif ch == '"':
            if not at_field_start:
                report.fail(path, f"record {record}: a double quote inside an unquoted cell (RFC 4180 wants the cell quoted)")
                return
            quoted = True
        elif ch == ",":
            at_field_start, closed = True, False
            i += 1
            continue
        elif ch in "\r\n":
            if ch == "\n" or text[i + 1:i + 2] != "\n":
                report.fail(path, f"record {record} ends with {'LF' if ch == chr(10) else 'a bare CR'}, not CRLF")
                return
            i += 2
            record += 1
            at_field_start, closed = True, False
            continue
        elif closed:
            report.fail(path, f"record {record}: text after a closing double quote")
            return
        at_field_start = False
        i += 1
    if quoted:
        report.fail(path, "the file ends inside a quoted cell")
    if not text.endswith("\r\n"):
        report.fail(path, "the last record does not end with CRLF")


def run(report, name, path, exp):
    """Every CSV check of one exported plan CSV."""
    rows = []
    with report.check(f"{name}: plan CSV parses strictly (RFC 4180, csv strict=True, header, widths, CRLF)"):
        with open(path, "rb") as f:
            data = f.read()
        if data.startswith(b"\xef\xbb\xbf"):
            report.fail(path, "the file starts with a byte-order mark; the header must be exactly the contract's")
        text = data.decode("utf-8")
        record_ends(report, path, text)
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        if not rows or rows[0] != HEADER:
            report.fail(path, f"the header is {rows[0] if rows else 'missing'}; the contract says {','.join(HEADER)}")
            rows = []
            return
        for number, row in enumerate(rows[1:], 2):
            if len(row) != len(HEADER):
                report.fail(path, f"record {number} has {len(row)} cells; the header has {len(HEADER)}: {show(row, 120)}")
        if len(rows) < 2:
            report.fail(path, "the CSV has no activity rows")
    with report.check(f"{name}: plan CSV cells (no formula starts, numbers, dates, why, typed texts neutralised)"):
        if not rows:
            report.fail(path, "not checked: the CSV did not parse with the contract's header (see the check above)")
            return
        cells(report, path, [dict(zip(HEADER, r)) for r in rows[1:] if len(r) == len(HEADER)], exp)


def day_cell(report, path, where, row, key, exp):
    """A start or due cell: YYYY-MM-DD, inside the plan, a working day. Returns the date, or None."""
    try:
        day = datetime.date.fromisoformat(row[key])
    except ValueError:
        report.fail(path, f"{where}: {key} {show(row[key])} is not YYYY-MM-DD")
        return None
    if len(row[key]) != 10:
        report.fail(path, f"{where}: {key} {show(row[key])} is not YYYY-MM-DD")
    if not exp.plan_start <= day <= exp.plan_end:
        report.fail(path, f"{where}: {key} {day} is outside the plan ({exp.plan_start} to {exp.plan_end})")
    why = exp.closed(day)
    if why:
        report.fail(path, f"{where}: {key} {day} is {why}, not a working day")
    return day


def cells(report, path, rows, exp):
    """The contract's rules for each cell, and the typed texts found in their cells, neutralised where needed."""
    if exp.holidays_unknown:
        report.fail(path, exp.holidays_unknown)
    last = None
    segments = {neutralised(s): s for s in exp.segments}
    for n, row in enumerate(rows, 2):
        where = f"record {n}"
        for key, value in row.items():
            if key not in NUMBER_COLUMNS and value.startswith(FORMULA_STARTS):
                report.fail(path, f"{where}: the {key} cell {show(value)} starts with a formula character; prefix it with '")
        for key in NUMBER_COLUMNS:
            if not PLAIN_NUMBER.match(row[key]):
                report.fail(path, f"{where}: {key} {show(row[key])} is not a plain number (digits, optional . decimals)")
        if PLAIN_NUMBER.match(row["hours"]) and (float(row["hours"]) < 0.5 or float(row["hours"]) * 2 != int(float(row["hours"]) * 2)):
            report.fail(path, f"{where}: hours {row['hours']} is not a multiple of 0.5 of at least 0.5")
        start, due = (day_cell(report, path, where, row, key, exp) for key in ("start", "due"))
        if start and due and start > due:
            report.fail(path, f"{where}: start {start} is after due {due}")
        if due:
            if (row["month"], row["week"]) != (str(exp.month_of(due)), str(exp.week_of(due))):
                report.fail(path, f"{where}: month {show(row['month'])} and week {show(row['week'])} are not those of due {due} "
                                  f"(month {exp.month_of(due)}, week {exp.week_of(due)})")
            if last and (due, start or due) < last:
                report.fail(path, f"{where}: due {due}, start {start} comes after due {last[0]}, start {last[1]}; "
                                  "rows must be ordered by due, then start")
            last = (due, start or due)
        if row["stage"] not in STAGES:
            report.fail(path, f"{where}: stage {show(row['stage'])} is not one of {sorted(STAGES)}")
        if row["stage"] == "fundamentals":
            if row["segment"] or row["role"]:
                report.fail(path, f"{where}: a fundamentals row should leave segment and role empty")
            if row["campaign"] not in [neutralised(i) for i in exp.approved]:
                report.fail(path, f"{where}: the fundamentals row's campaign {show(row['campaign'])} is no approved item as typed")
        elif row["segment"] not in segments:
            report.fail(path, f"{where}: segment {show(row['segment'])} is none of the segments as typed (neutralised with ' where needed)")
        elif row["role"] != exp.roles.get(segments[row["segment"]]):
            report.fail(path, f"{where}: role {show(row['role'])} of {show(row['segment'])}; the answer is {exp.roles.get(segments[row['segment']])}")
        if not row["campaign"].strip():
            report.fail(path, f"{where}: the campaign cell is empty")
        if FRAGMENT.search(row["activity"]):
            report.fail(path, f"{where}: the activity {show(row['activity'])} is a fragment; a task over several days is one row")
        if row["owner"] not in OWNERS:
            report.fail(path, f"{where}: owner {show(row['owner'])} is not one of {sorted(OWNERS)}")
        if row["pull_push"] not in ("pull", "push"):
            report.fail(path, f"{where}: pull_push {show(row['pull_push'])} is not pull or push")
        if row["currency"] != exp.currency:
            report.fail(path, f"{where}: currency {show(row['currency'])}, the answer is {exp.currency}")
        if not row["why"].strip():
            report.fail(path, f"{where}: the why is empty; it must name the goal and segment the activity serves")
    typed_texts(report, path, rows, exp)


def typed_texts(report, path, rows, exp):
    """Approved fundamentals name their own rows' campaign; sales materials are activities, neutralised where needed,
    due by the day Sales needs them."""
    wanted = [("approved fundamentals item", "campaign", i) for i in exp.approved]
    wanted += [("sales material", "activity", s["material"]) for s in exp.planned_materials()]
    for what, key, text in wanted:
        cell = neutralised(text)
        if any(r[key] == cell for r in rows):
            continue
        near = [r[key] for r in rows if text[:10] in r[key]]
        report.fail(path, f"no {key} cell is the {what} {show(text)} as typed{' (neutralised)' if cell != text else ''}; "
                          f"cells that hold its start: {[show(a, 60) for a in near[:3]]}")
    for s in exp.planned_materials():
        late = [r["due"] for r in rows if r["activity"] == neutralised(s["material"]) and r["segment"] == neutralised(s["segment"])
                and r["due"] > exp.needed_by(s).isoformat()]
        if late:
            report.fail(path, f"the sales material {show(s['material'])} is due {late[0]}, after Sales needs it ({exp.needed_by(s)})")
