"""The calendar file against RFC 5545 and DESIGN.md, read by icalendar and vobject (never by guidance's own code)."""

import datetime
import zoneinfo

import icalendar
import vobject

import ical_lines
from report import show

CATEGORIES = {"guidance-meeting", "planning-appointment", "activity", "fundamentals", "internal-change",
              "market-change", "review", "launch", "key-date", "deadline", "decision"}
# Facts that happen to the plan rather than work anyone does: every other category is work.
FACTS = {"key-date", "market-change", "internal-change"}
ALARMED = ("guidance-meeting", "planning-appointment", "review")
LENGTHS = {"guidance-meeting": datetime.timedelta(minutes=30), "planning-appointment": datetime.timedelta(hours=2)}


def run(report, name, path, exp, tz=None):
    """Every calendar check of one exported .ics file (`tz`: the session's --tz, None for the machine's zone)."""
    with open(path, "rb") as f:
        data = f.read()
    with report.check(f"{name}: calendar lines, folding and TEXT escaping (RFC 5545 on the bytes)"):
        raw_shape(report, path, data)
    with report.check(f"{name}: calendar parses strictly with icalendar {icalendar.__version__}"):
        try:
            strict_icalendar(report, path, data)
        except Exception as error:  # the library refusing the file is the finding, not a crash of the check
            report.fail(path, f"icalendar refuses the file: {type(error).__name__}: {error}")
    with report.check(f"{name}: calendar validates with vobject {vobject.VERSION}"):
        try:
            cal = vobject.readOne(data.decode("utf-8"), validate=True)
            for ev in cal.vevent_list:
                ev.validate(raiseException=True)
        except Exception as error:  # the library refusing the file is the finding, not a crash of the check
            report.fail(path, f"vobject refuses the file: {type(error).__name__}: {error}")
    with report.check(f"{name}: calendar entries (UID, DTSTAMP, dates, time zones, alarms, categories)"):
        entries(report, path, data, exp)
    with report.check(f"{name}: calendar texts come back exactly as typed (icalendar and vobject)"):
        texts(report, path, data, exp)
    with report.check(f"{name}: every calendar entry that is work falls on a working day ({exp.holiday_calendar or 'no public holidays'})"):
        work_days(report, path, data, exp, tz)


def raw_shape(report, path, data, method="PUBLISH"):
    """CRLF, 75 octets, whole UTF-8 characters, TEXT escaping, and the calendar's own properties (METHOD `method`)."""
    ical_lines.physical_lines(data, path, report.fail)
    roots = ical_lines.components(data, path, report.fail)
    if len(roots) != 1 or roots[0].name != "VCALENDAR":
        report.fail(path, f"the file should hold exactly one VCALENDAR, not {[r.name for r in roots]}")
        return
    cal = roots[0]
    for prop, want in (("VERSION", "2.0"), ("METHOD", method)):
        if cal.first(prop) != want:
            report.fail(path, f"{prop} is {cal.first(prop)!r}; the contract says {prop}:{want}")
    if not cal.first("PRODID"):
        report.fail(path, "the VCALENDAR has no PRODID")
    for comp in [cal, *cal.children, *[g for c in cal.children for g in c.children]]:
        for prop, _, value, _ in comp.lines:
            if prop in ical_lines.TEXT_PROPERTIES:
                for problem in ical_lines.text_escaping_problems(value):
                    report.fail(path, f"{comp.name} {prop} is not escaped as TEXT: {problem} in {show(value)}")


def strict_icalendar(report, path, data):
    """Calendar.from_ical on the bytes, then every component walked: no parse errors anywhere; returns the calendar."""
    cal = icalendar.Calendar.from_ical(data)
    count = 0
    for comp in cal.walk():
        for error in getattr(comp, "errors", []) or []:
            report.fail(path, f"icalendar found an error in {comp.name}: {error}")
        for key in list(comp.keys()):
            try:
                comp.decoded(key)
            except Exception as error:  # a value icalendar cannot decode is a parse error
                report.fail(path, f"icalendar cannot decode {comp.name} {key}: {error}")
        count += comp.name == "VEVENT"
    if count == 0:
        report.fail(path, "icalendar found no VEVENT at all")
    return cal


def categories(event):
    """The CATEGORIES values of an icalendar VEVENT, as plain strings."""
    value = event.get("CATEGORIES")
    values = value if isinstance(value, list) else [value] if value is not None else []
    return [str(c) for v in values for c in getattr(v, "cats", [v])]


def entries(report, path, data, exp):
    """The contract's rules for every VEVENT, checked on vobject's values and the raw parameters."""
    cal = vobject.readOne(data.decode("utf-8"), validate=False)
    raw = ical_lines.events(data)
    zones = {c.first("TZID") for root in ical_lines.components(data, path, lambda *_: None)
             for c in root.children if c.name == "VTIMEZONE"}
    uids, counts = set(), {}
    for ev, rev in zip(cal.vevent_list, raw):
        uid = rev.first("UID") or "(no UID)"
        where = f"VEVENT {uid}"
        for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY", "CATEGORIES"):
            if rev.first(prop) is None:
                report.fail(path, f"{where} has no {prop}")
        if uid in uids:
            report.fail(path, f"{where}: the UID is used twice in one file")
        uids.add(uid)
        if rev.first("DTSTAMP") and not rev.first("DTSTAMP").endswith("Z"):
            report.fail(path, f"{where}: DTSTAMP {rev.first('DTSTAMP')} is not in UTC")
        cats = list(ev.categories.value) if hasattr(ev, "categories") else []
        for cat in cats:
            if cat not in CATEGORIES:
                report.fail(path, f"{where}: CATEGORIES {cat!r} is not one of the contract's {sorted(CATEGORIES)}")
            counts[cat] = counts.get(cat, 0) + 1
        if not hasattr(ev, "dtstart"):
            continue
        start = ev.dtstart.value
        end = ev.dtend.value if hasattr(ev, "dtend") else None
        day = start.date() if isinstance(start, datetime.datetime) else start
        if exp.closed(day):
            report.fail(path, f"{where} ({', '.join(cats)}): dated {day}, {exp.closed(day)}; entries fall on working days")
        if not isinstance(start, datetime.datetime):
            if rev.param("DTSTART", "VALUE") != "DATE":
                report.fail(path, f"{where}: an all-day DTSTART without VALUE=DATE")
            if end is None:
                report.fail(path, f"{where}: an all-day entry without DTEND (the contract wants an exclusive DTEND)")
            elif rev.param("DTEND", "VALUE") != "DATE" or end != start + datetime.timedelta(days=1):
                report.fail(path, f"{where}: all-day DTEND {rev.first('DTEND')} should be VALUE=DATE the day after {start}")
        else:
            for prop in ("DTSTART", "DTEND"):
                value, tzid = rev.first(prop), rev.param(prop, "TZID")
                if value is None:
                    continue
                if tzid is None and not value.endswith("Z"):
                    report.fail(path, f"{where}: {prop} {value} is a floating time: use UTC (Z) or a TZID with its VTIMEZONE")
                if tzid is not None and tzid not in zones:
                    report.fail(path, f"{where}: {prop} names TZID {tzid!r} but the file has no VTIMEZONE for it")
            length = (end - start) if end is not None else (ev.duration.value if hasattr(ev, "duration") else None)
            if length is None or length <= datetime.timedelta(0):
                report.fail(path, f"{where}: a timed entry needs a DTEND after DTSTART (or a DURATION)")
            for cat in cats:
                if cat in LENGTHS and length is not None and length != LENGTHS[cat]:
                    report.fail(path, f"{where}: a {cat} lasts {length}, the contract says {LENGTHS[cat]}")
        if any(cat in ALARMED for cat in cats):
            alarms = [c for c in rev.children if c.name == "VALARM"]
            if not alarms:
                report.fail(path, f"{where} ({', '.join(cats)}): no VALARM; meetings and appointments need one")
            for alarm in alarms:
                for prop in ("ACTION", "TRIGGER", "DESCRIPTION"):
                    if alarm.first(prop) is None:
                        report.fail(path, f"{where}: its VALARM has no {prop}")
    if len(raw) != len(cal.vevent_list):
        report.fail(path, f"vobject read {len(cal.vevent_list)} VEVENTs but the file has {len(raw)} BEGIN:VEVENT blocks")
    if exp.holidays_unknown:
        report.fail(path, exp.holidays_unknown)
    for cat, want in (("guidance-meeting", 1), ("planning-appointment", 1), ("review", 3)):
        if counts.get(cat, 0) != want:
            report.fail(path, f"{counts.get(cat, 0)} entries are {cat}; a three-month plan has {want}")


def texts(report, path, data, exp):
    """SUMMARY and DESCRIPTION texts, decoded by both libraries, equal what was typed."""
    vcal = vobject.readOne(data.decode("utf-8"), validate=False)
    ical = icalendar.Calendar.from_ical(data)
    seen, days = [], []
    for ev, iev in zip(vcal.vevent_list, ical.walk("VEVENT")):
        summary = ev.summary.value if hasattr(ev, "summary") else ""
        isummary = str(iev.get("SUMMARY", ""))
        if summary != isummary:
            report.fail(path, f"vobject reads SUMMARY {show(summary)} but icalendar reads {show(isummary)}")
        cats = list(ev.categories.value) if hasattr(ev, "categories") else []
        desc = ev.description.value if hasattr(ev, "description") else ""
        seen.append((cats, summary, desc))
        days.append(ev.dtstart.value if hasattr(ev, "dtstart") else None)
    for cat, want in exp.calendar_summaries():
        if not any(cat in cats and summary == want for cats, summary, _ in seen):
            near = [s for cats, s, _ in seen if cat in cats]
            report.fail(path, f"no {cat} entry has SUMMARY {show(want, 200)}; the {cat} SUMMARYs are {[show(s) for s in near]}")
    for change in exp.market:
        kind = "Opportunity" if change["kind"] == "opportunity" else "Threat"
        matches = [d for cats, s, d in seen if s == f"{kind}: {change['change']}"]
        if matches and change["response"] and change["response"] not in matches[0]:
            report.fail(path, f"the market change's DESCRIPTION {show(matches[0])} does not hold the response {show(change['response'])} as typed")
    for change in exp.internal:
        matches = [d for cats, s, d in seen if s == f"Internal change begins: {change['change']}"]
        for segment in exp_segments(change, exp):
            if matches and segment not in matches[0]:
                report.fail(path, f"the internal change's DESCRIPTION {show(matches[0])} does not name the segment {show(segment)} as typed")
    meeting = [d for cats, _, d in seen if "guidance-meeting" in cats]
    if meeting and exp.growth and exp.growth not in meeting[0]:
        report.fail(path, f"the guidance-meeting DESCRIPTION does not hold the growth segment {show(exp.growth)} as typed")
    for cats, summary, _ in seen:
        if ("activity" in cats or "launch" in cats) and not any(summary.endswith(f"({s})") for s in exp.segments):
            report.fail(path, f"the {cats[0]} entry {show(summary)} does not end with one of the segment names as typed, in brackets")
    dated = [(c, s, d) for (c, s, _), d in zip(seen, days)]
    deadlines = [(f"sales material {show(s['material'])}", s["material"], exp.needed_by(s)) for s in exp.planned_materials()]
    deadlines += [(f"action {show(x['action'])}", x["action"], exp.on_or_before(datetime.date.fromisoformat(x["due"])))
                  for x in exp.actions if x.get("due")]
    for what, text, day in deadlines:
        if not any("deadline" in cats and text in summary and when == day for cats, summary, when in dated):
            near = [f"{when}: {show(summary, 60)}" for cats, summary, when in dated if "deadline" in cats and text in summary]
            report.fail(path, f"no deadline entry on {day} holds the {what} as typed in its SUMMARY (deadlines holding it: {near})")
    launches(report, path, dated, exp)


def launches(report, path, seen, exp):
    """Each campaign of the plan JSON (fundamentals aside) has a launch entry on its go-live day naming it as typed."""
    if exp.plan is None:
        report.fail(path, "the launches were not compared with the campaigns: the plan JSON did not parse (see its check)")
        return
    for campaign in exp.plan.get("campaigns", []):
        if not campaign.get("segment"):
            continue
        on_day = [s for cats, s, day in seen if "launch" in cats and str(day) == campaign.get("go_live")]
        if not any(campaign.get("name", "") in s and s.endswith(f"({campaign['segment']})") for s in on_day):
            report.fail(path, f"no launch entry on the go-live day {campaign.get('go_live')} names the campaign "
                              f"{show(campaign.get('name', ''))} and its segment; launches that day: {[show(s, 60) for s in on_day]}")


def exp_segments(change, exp):
    """The segments an internal change names, as typed (all of them are implied when the list is empty)."""
    return [s.strip() for s in change.get("segments", [])]


def work_days(report, path, data, exp, tz):
    """Each entry whose category is work (all but the facts: key dates, market and internal changes) is dated, in the
    session's time zone, on a working day: Monday to Friday, not a published public holiday of its calendar, not a day off."""
    zone = zoneinfo.ZoneInfo(tz) if tz else None
    cal = icalendar.Calendar.from_ical(data)
    for ev in cal.walk("VEVENT"):
        cats = categories(ev)
        if not cats or "DTSTART" not in ev or all(cat in FACTS for cat in cats):
            continue
        start = ev.decoded("DTSTART")
        day = start.astimezone(zone).date() if isinstance(start, datetime.datetime) else start
        if exp.closed(day):
            report.fail(path, f"{', '.join(cats)} entry {show(str(ev.get('SUMMARY', '')))} is dated {day}, {exp.closed(day)}; work falls on working days")
    if exp.holidays_unknown:
        report.fail(path, exp.holidays_unknown)
