"""Stable UIDs and SEQUENCE: the same session exports the same calendar; an edited answer raises only its entries."""

import json
import os

import ical_lines
from report import SkipRest, show

SAME_BYTES = ("plan-md", "plan-html", "plan-csv", "plan-json", "agenda-md", "agenda-html")


def calendar(path):
    """{UID: (SEQUENCE, SUMMARY, content without DTSTAMP and SEQUENCE)} of an exported .ics file."""
    with open(path, "rb") as f:
        events = ical_lines.events(f.read())
    out = {}
    for ev in events:
        seq = ev.first("SEQUENCE")
        out[ev.first("UID")] = (int(seq) if seq and seq.strip().isdigit() else 0, ev.first("SUMMARY"), ev.content())
    return out


def same_export(report, name, first, second):
    """Two exports of an unchanged session: same UIDs, same SEQUENCE, same entries, same bytes elsewhere."""
    with report.check(f"{name}: exporting the unchanged session twice gives the same UIDs, SEQUENCE and files"):
        a, b = calendar(first["calendar"]), calendar(second["calendar"])
        compare_unchanged(report, second["calendar"], a, b)
        if "invite" in first and "invite" in second:
            compare_unchanged(report, second["invite"], calendar(first["invite"]), calendar(second["invite"]))
        for kind in SAME_BYTES:
            with open(first[kind], "rb") as f1, open(second[kind], "rb") as f2:
                if f1.read() != f2.read():
                    report.fail(second[kind], f"differs from the first export {os.path.basename(first[kind])} "
                                              "of the same unchanged session (exports must be deterministic)")


def compare_unchanged(report, path, a, b):
    """Every UID of `a` is in `b` with the same SEQUENCE and content, and no UID is new."""
    if set(a) != set(b):
        report.fail(path, f"the UIDs changed: {len(set(a) - set(b))} gone, {len(set(b) - set(a))} new "
                          f"(e.g. {sorted(set(a) ^ set(b))[:3]})")
    for uid in sorted(set(a) & set(b)):
        if a[uid][0] != b[uid][0]:
            report.fail(path, f"UID {uid} ({show(a[uid][1])}): SEQUENCE went from {a[uid][0]} to {b[uid][0]} with nothing changed")
        if a[uid][2] != b[uid][2]:
            report.fail(path, f"UID {uid} ({show(a[uid][1])}): the entry changed between two exports of the same session")


def edited_export(report, name, exp, guidance, sid, sessions, outdirs):
    """Renames the first approved fundamentals item in the stored session, exports again, and again.

    `outdirs`: the export to compare with, the folder to export the edited session into (an earlier export's
    folder: guidance overwrites its own files there without --force), and a fresh folder for the last export.
    """
    with report.check(f"{name}: editing one answer raises SEQUENCE on the affected calendar entries only"):
        if not exp.approved:
            raise SkipRest(f"{exp.path}: the fixture needs an approved fundamentals item to edit")
        before = calendar(os.path.join(outdirs[0], f"{sid}-calendar.ics"))
        old = exp.approved[0]
        new = old + " (edited)"
        session_file = os.path.join(sessions, f"{sid}.json")
        edit_fundamentals(session_file, old, new)
        files = guidance.export_all(sid, sessions, outdirs[1], invite=exp.invitable)
        after = calendar(files["calendar"])
        path = files["calendar"]
        if set(before) != set(after):
            report.fail(path, f"editing the fundamentals item changed the UIDs: gone {sorted(set(before) - set(after))[:3]}, "
                              f"new {sorted(set(after) - set(before))[:3]} (the same item must keep its UID)")
        edited = [uid for uid, v in after.items() if v[1] == f"Fundamentals: {new}"]
        if not edited:
            report.fail(path, f"no entry has SUMMARY {show('Fundamentals: ' + new)} after the edit")
        changed = [uid for uid in set(before) & set(after) if before[uid][2] != after[uid][2]]
        for uid in edited:
            if uid not in changed:
                report.fail(path, f"UID {uid}: the edited entry did not change")
        for uid in sorted(set(before) & set(after)):
            was, now = before[uid][0], after[uid][0]
            if uid in changed and now <= was:
                report.fail(path, f"UID {uid} ({show(after[uid][1])}) changed but its SEQUENCE stayed at {now} (was {was})")
            if uid not in changed and now != was:
                report.fail(path, f"UID {uid} ({show(after[uid][1])}) did not change but its SEQUENCE went from {was} to {now}")
        others = [show(after[u][1], 60) for u in changed if u not in edited]
        if others:
            report.note(f"{name}: renaming a fundamentals item also changed {len(others)} other entries: {others[:4]}")
        again = guidance.export_all(sid, sessions, outdirs[2], invite=exp.invitable)
        compare_unchanged(report, again["calendar"], after, calendar(again["calendar"]))


def edit_fundamentals(path, old, new):
    """Changes one fundamentals item's text inside a stored session file (the test's stand-in for /edit)."""
    with open(path, encoding="utf-8") as f:
        session = json.load(f)
    answer = session.get("answers", {}).get("fundamentals")
    items = answer.get("value") if isinstance(answer, dict) else answer
    if not isinstance(items, list):
        raise SkipRest(f"{path}: the stored session has no fundamentals list under answers.fundamentals.value")
    for item in items:
        if item.get("item") == old:
            item["item"] = new
            break
    else:
        raise SkipRest(f"{path}: the stored fundamentals hold no item {old!r}")
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        json.dump(session, f, ensure_ascii=False, indent=2)
        f.write("\n")
    os.replace(path + ".tmp", path)
