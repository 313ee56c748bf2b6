"""The interoperability stage: guidance's exports of several sessions, checked by real third-party tools.

Run through Tests/interop/run.sh, which installs the tools. Each check prints `ok` or `FAIL` with the file and
the problem; the last line is `interop: N passed, M failed`, and the exit code is 1 when anything failed.
"""

import argparse
import glob
import os
import shutil
import sys
import time

import check_csv
import check_html
import check_ics
import check_invite
import check_khal
import check_markdown
import check_print
import check_plan_json
import check_roundtrip
import check_sequence
import selftest
from expected import Expected
from guidance import Guidance, GuidanceError
from report import Report, die

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# (name, answers file, --tz): the DESIGN.md example, a self-planning session, and two hostile ones.
SESSIONS = [
    ("design", os.path.join(ROOT, "Tests", "Fixtures", "design-answers.json"), None),
    ("self-planning", os.path.join(HERE, "fixtures", "self-planning.json"), "Europe/Zurich"),
    ("hostile-director", os.path.join(HERE, "fixtures", "hostile-director.json"), "Europe/London"),
    ("hostile-markup", os.path.join(HERE, "fixtures", "hostile-markup.json"), None),
    ("alex-v2", os.path.join(HERE, "fixtures", "alex-v2.json"), "Europe/London"),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guidance", default=os.path.join(ROOT, ".build", "debug", "guidance"))
    parser.add_argument("--prompts", default=os.path.join(ROOT, "prompts"))
    parser.add_argument("--work", default=os.path.join(ROOT, ".build", "interop-work"))
    parser.add_argument("--khal", default=shutil.which("khal") or "khal")
    parser.add_argument("--only", help="run only the sessions whose name contains this text ('selftest' for the self-test)")
    args = parser.parse_args()
    if not os.access(args.guidance, os.X_OK):
        die(f"no guidance binary at {args.guidance}: run `swift build` first (or pass --guidance)")
    for tool in ("tidy", "cmark-gfm", "chromium", "pdfinfo", "pdftotext"):
        if not shutil.which(tool):
            die(f"{tool} is not installed: run Tests/interop/run.sh, which installs it")
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    report = Report(ROOT)
    started = time.monotonic()
    print(f"interop: checking the exports of guidance ({report.rel(args.guidance)}) in {report.rel(args.work)}", flush=True)
    if not args.only or args.only in "selftest":
        selftest.run(report, os.path.join(HERE, "fixtures", "selftest.json"), os.path.join(args.work, "selftest"), args.khal)
    for name, answers, tz in SESSIONS:
        if args.only and args.only not in name:
            continue
        session(report, args, name, answers, tz)
    if not args.only or args.only in "article-cases":
        article_cases(report, args)
    print(f"interop: the checks took {time.monotonic() - started:.1f}s; the files are kept in {report.rel(args.work)}", flush=True)
    return report.summary()


def session(report, args, name, answers, tz):
    """Every check of one session, from its answers file to its edited, re-exported calendar."""
    work = os.path.join(args.work, name)
    sessions = os.path.join(work, "sessions")
    os.makedirs(sessions)
    g = Guidance(args.guidance, args.prompts, os.path.join(work, "home"), tz=tz)
    os.makedirs(os.path.join(work, "home"))
    exp = Expected(answers, name)
    sid = first = second = None
    with report.check(f"{name}: guidance new --answers {report.rel(answers)} stores the session"):
        sid = g.new(answers, sessions)
    if sid is None:
        return
    with report.check(f"{name}: guidance export {sid} --all -o DIR writes every format"):
        first = g.export_all(sid, sessions, os.path.join(work, "export-1"), invite=exp.invitable)
        second = g.export_all(sid, sessions, os.path.join(work, "export-2"), invite=exp.invitable)
    if first is None or second is None:
        report.fail(None, f"{name}: none of the format checks could run, because the export failed (see above)")
        return
    exp.plan = check_plan_json.load_plan(first["plan-json"])
    check_ics.run(report, name, first["calendar"], exp, tz)
    invitation(report, name, g, sid, sessions, first, exp, os.path.join(work, "invite"))
    check_khal.run(report, name, first["calendar"], second["calendar"], exp, args.khal, os.path.join(work, "khal"))
    check_html.run(report, name, "plan", first["plan-html"], exp.plan_texts(), exp=exp)
    check_html.run(report, name, "agenda", first["agenda-html"], exp.agenda_texts())
    check_markdown.run(report, name, "plan", first["plan-md"], exp, exp.plan_texts())
    check_markdown.run(report, name, "agenda", first["agenda-md"], exp, exp.agenda_texts(), tables=False)
    check_markdown.needed_escapes(report, name, "plan", first["plan-md"])
    check_markdown.needed_escapes(report, name, "agenda", first["agenda-md"])
    check_print.run(report, name, first["plan-html"], work)
    check_csv.run(report, name, first["plan-csv"], exp)
    check_plan_json.run(report, name, first["plan-json"], first["plan-csv"], exp)
    check_roundtrip.run(report, name, first["plan-json"], exp, g, sid, sessions, os.path.join(work, "sessions-read-back"))
    if name == "design":
        single_commands(report, name, g, sid, sessions, first, os.path.join(work, "commands"))
        foreign_file(report, name, g, sid, sessions, os.path.join(work, "foreign"), exp)
    check_sequence.same_export(report, name, first, second)
    check_sequence.edited_export(report, name, exp, g, sid, sessions,
                                 [os.path.join(work, d) for d in ("export-2", "export-1", "export-3")])


def article_cases(report, args):
    """The three article cases (Alex, Jodie, Kate): the plan prints on at most 8 A4 pages, the director's page first
    (Alex's also on Letter with --paper letter), and the next meeting's agenda on one A4 page."""
    pages = []
    for answers in sorted(glob.glob(os.path.join(ROOT, "Tests", "Fixtures", "cases", "*.json"))):
        name = "case-" + os.path.splitext(os.path.basename(answers))[0]
        work = os.path.join(args.work, name)
        sessions = os.path.join(work, "sessions")
        os.makedirs(sessions)
        os.makedirs(os.path.join(work, "home"))
        g = Guidance(args.guidance, args.prompts, os.path.join(work, "home"), tz="Europe/London")
        sid = None
        with report.check(f"{name}: guidance new --answers {report.rel(answers)} stores the session"):
            sid = g.new(answers, sessions)
        if sid is None:
            continue
        html = os.path.join(work, "plan.html")
        with report.check(f"{name}: guidance plan -o plan.html writes the plan"):
            g.must(["plan", sid, "-o", html], sessions, "guidance plan")
        if os.path.isfile(html):
            check_print.run(report, name, html, work, max_pages=8, notes=pages)
        agenda = os.path.join(work, "agenda.html")
        with report.check(f"{name}: guidance agenda --from ID -o agenda.html writes the next meeting's agenda"):
            g.must(["agenda", "--from", sid, "-o", agenda], sessions, "guidance agenda")
        if os.path.isfile(agenda):
            check_print.agenda(report, name, agenda, work, notes=pages)
        if name == "case-alex":
            letter = os.path.join(work, "plan-letter.html")
            with report.check(f"{name}: guidance plan --paper letter -o plan-letter.html writes the plan"):
                g.must(["plan", sid, "--paper", "letter", "-o", letter], sessions, "guidance plan")
            if os.path.isfile(letter):
                check_print.run(report, name + " (letter)", letter, work, max_pages=8, paper=check_print.LETTER)
    if pages:
        report.note("printed: " + ", ".join(pages))


def single_commands(report, name, g, sid, sessions, exported, out):
    """`guidance plan`, `calendar` and `agenda` with -o write what `export --all` wrote."""
    with report.check(f"{name}: guidance plan, calendar and agenda -o FILE write what export --all writes"):
        os.makedirs(out)
        runs = [(["plan", sid, "--format", fmt, "-o"], f"plan.{fmt}", f"plan-{fmt}") for fmt in ("md", "html", "csv", "json")]
        runs += [(["calendar", sid, "-o"], "calendar.ics", "calendar")]
        runs += [(["agenda", "--from", sid, "--format", fmt, "-o"], f"agenda.{fmt}", f"agenda-{fmt}" if fmt != "txt" else None)
                 for fmt in ("md", "html", "txt")]
        for args, file, kind in runs:
            target = os.path.join(out, file)
            try:
                g.must(args + [target], sessions, f"guidance {args[0]}")
            except GuidanceError as error:
                report.fail(target, str(error))
                continue
            if not os.path.isfile(target) or os.path.getsize(target) == 0:
                report.fail(target, f"`guidance {' '.join(args)} FILE` exited 0 but wrote nothing")
            elif kind == "calendar":
                a, b = check_sequence.calendar(exported[kind]), check_sequence.calendar(target)
                check_sequence.compare_unchanged(report, target, a, b)
            elif kind:
                with open(exported[kind], "rb") as f1, open(target, "rb") as f2:
                    if f1.read() != f2.read():
                        report.fail(target, f"differs from {os.path.basename(exported[kind])} written by export --all")


def invitation(report, name, g, sid, sessions, exported, exp, out):
    """`guidance invite` for a session whose answers give both emails: the file export --all wrote, and the one
    `invite -o` writes, each checked with icalendar; for any other session, invite refuses and says what to add."""
    os.makedirs(out)
    target = os.path.join(out, "invite.ics")
    if not exp.invitable:
        check_invite.refused(report, name, g, sid, sessions, target, exp)
        return
    check_invite.run(report, name, exported["invite"], exported["calendar"], exp)
    with report.check(f"{name}: guidance invite {sid} -o FILE writes an invitation"):
        g.must(["invite", sid, "-o", target], sessions, "guidance invite")
    if os.path.isfile(target):
        check_invite.run(report, f"{name} (invite -o)", target, exported["calendar"], exp)


def foreign_file(report, name, g, sid, sessions, out, exp):
    """An existing file guidance did not write is refused without --force, left as it was, and replaced with it."""
    with report.check(f"{name}: export --all refuses to replace a file guidance did not write, unless --force"):
        os.makedirs(out)
        mine = os.path.join(out, f"{sid}-plan.md")
        with open(mine, "w", encoding="utf-8") as f:
            f.write("My own notes, not from guidance.\n")
        done = g.run(["export", sid, "--all", "-o", out], sessions)
        with open(mine, encoding="utf-8") as f:
            kept = f.read() == "My own notes, not from guidance.\n"
        if done.returncode == 0:
            report.fail(mine, "guidance export --all exited 0 although this file, not written by guidance, was in the way")
        if not kept:
            report.fail(mine, "guidance export --all changed a file it did not write, without --force")
        try:
            g.export_all(sid, sessions, out, force=True, invite=exp.invitable)
        except GuidanceError as error:
            report.fail(out, f"with --force: {error}")


if __name__ == "__main__":
    sys.exit(main())
