"""The invitation to the next guidance meeting (`ID-invite.ics`) against RFC 5546 and DESIGN.md, read by icalendar.

A REQUEST (RFC 5546 §3.2.2) carries UID, SEQUENCE, DTSTAMP, DTSTART, ORGANIZER, ATTENDEE and SUMMARY; DESIGN.md
adds the marketer as ORGANIZER, the director as ATTENDEE asked to reply, and a reminder. The meeting is the one in
the session's calendar: the same UID, start and end.
"""

import os
import urllib.parse

import icalendar

import check_ics
from report import show

ATTENDEE_PARAMS = {"ROLE": "REQ-PARTICIPANT", "PARTSTAT": "NEEDS-ACTION", "RSVP": "TRUE"}


def run(report, name, path, calendar_path, exp):
    """Every invitation check of one exported invite file (`calendar_path`: the session's calendar, for the meeting)."""
    with open(path, "rb") as f:
        data = f.read()
    with report.check(f"{name}: invitation lines, folding and TEXT escaping (RFC 5545 on the bytes)"):
        check_ics.raw_shape(report, path, data, method="REQUEST")
    with report.check(f"{name}: invitation is a REQUEST from the marketer to the director (icalendar {icalendar.__version__})"):
        try:
            request(report, path, data, exp)
        except Exception as error:  # the library refusing the file is the finding, not a crash of the check
            report.fail(path, f"icalendar refuses the invitation: {type(error).__name__}: {error}")
    if calendar_path:
        with report.check(f"{name}: invitation is the calendar's guidance meeting (UID, start, end)"):
            same_meeting(report, path, data, calendar_path)


def request(report, path, data, exp):
    """METHOD, the one VEVENT with its required properties, ORGANIZER, ATTENDEE and a VALARM, as icalendar reads them."""
    cal = check_ics.strict_icalendar(report, path, data)
    if str(cal.get("METHOD", "")) != "REQUEST":
        report.fail(path, f"METHOD is {show(str(cal.get('METHOD', '(none)')))}; an invitation is METHOD:REQUEST (RFC 5546)")
    events = cal.walk("VEVENT")
    if len(events) != 1:
        report.fail(path, f"an invitation to one meeting holds one VEVENT, not {len(events)}")
        if not events:
            return
    ev = events[0]
    for prop in ("UID", "SEQUENCE", "DTSTAMP", "DTSTART", "ORGANIZER", "ATTENDEE", "SUMMARY"):
        if prop not in ev:
            report.fail(path, f"the VEVENT has no {prop}, which RFC 5546 requires in a REQUEST")
    if "SEQUENCE" in ev and not (isinstance(ev.decoded("SEQUENCE"), int) and ev.decoded("SEQUENCE") >= 0):
        report.fail(path, f"SEQUENCE {ev.get('SEQUENCE')!r} is not a whole number from 0")
    if "ORGANIZER" in ev:
        address(report, path, "ORGANIZER", ev["ORGANIZER"], exp.marketer, "the marketer")
    attendees = ev.get("ATTENDEE")
    attendees = attendees if isinstance(attendees, list) else [attendees] if attendees is not None else []
    if attendees and len(attendees) != 1:
        report.fail(path, f"the invitation names {len(attendees)} ATTENDEEs; it goes to the director alone")
    for attendee in attendees[:1]:
        address(report, path, "ATTENDEE", attendee, exp.director, "the director")
        for param, want in ATTENDEE_PARAMS.items():
            got = attendee.params.get(param)
            if str(got).upper() != want:
                report.fail(path, f"ATTENDEE {param} is {got!r}; the director is asked to reply: {param}={want}")
    alarms = [c for c in ev.subcomponents if c.name == "VALARM"]
    if not alarms:
        report.fail(path, "the VEVENT has no VALARM: the invitation carries a reminder")
    for alarm in alarms:
        for prop in ("ACTION", "TRIGGER", "DESCRIPTION"):
            if prop not in alarm:
                report.fail(path, f"its VALARM has no {prop}")


def address(report, path, prop, value, person, who):
    """A CAL-ADDRESS is `mailto:` the person's email as typed, with their name as typed in CN."""
    if person is None:
        report.fail(path, f"{prop} is written, but the answers name no {who}")
        return
    text = str(value)
    if not text.lower().startswith("mailto:"):
        report.fail(path, f"{prop} {show(text)} is not a mailto: address")
    elif urllib.parse.unquote(text[len("mailto:"):]) != person["email"]:
        report.fail(path, f"{prop} {show(text)} is not mailto: {who}'s email {show(person['email'])}")
    cn = value.params.get("CN") if hasattr(value, "params") else None
    if cn != person["name"]:
        report.fail(path, f"{prop} CN reads back as {show(str(cn))}, not {who}'s name as typed, {show(person['name'])}")


def same_meeting(report, path, data, calendar_path):
    """The invitation's UID, DTSTART and DTEND are those of the calendar's guidance-meeting entry."""
    with open(calendar_path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    meetings = [e for e in cal.walk("VEVENT") if "guidance-meeting" in check_ics.categories(e)]
    invited = icalendar.Calendar.from_ical(data).walk("VEVENT")
    if len(meetings) != 1 or not invited:
        report.fail(path, f"cannot compare: the calendar has {len(meetings)} guidance-meeting entries and the invitation {len(invited)} VEVENTs")
        return
    for prop in ("UID", "DTSTART", "DTEND"):
        mine = invited[0].decoded(prop) if prop in invited[0] else None
        theirs = meetings[0].decoded(prop) if prop in meetings[0] else None
        if mine != theirs:
            report.fail(path, f"{prop} is {mine!r} in the invitation but {theirs!r} for the meeting in {calendar_path}")


def refused(report, name, g, sid, sessions, out, exp):
    """Without the emails, `guidance invite` writes nothing, exits 65 (data) and says which answer to add."""
    with report.check(f"{name}: guidance invite without the emails writes nothing and says what to add (exit 65)"):
        done = g.invite(sid, sessions, out)
        said = done.stderr.decode("utf-8", "replace")
        question = "director" if not (exp.director and exp.director["email"]) else "marketer"
        if done.returncode != 65:
            report.fail(out, f"guidance invite exited {done.returncode}, not 65 (bad data): {show(said)}")
        if f"/edit {question}" not in said or "email" not in said:
            report.fail(out, f"guidance invite does not say to add the email with /edit {question}: {show(said)}")
        if done.stdout:
            report.fail(out, f"guidance invite printed {len(done.stdout)} bytes on standard output although it failed")
        if os.path.exists(out):
            report.fail(out, "guidance invite wrote the file although it failed")
