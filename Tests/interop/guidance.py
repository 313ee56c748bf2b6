"""Runs the built guidance binary the way a marketer's scripts would: plain processes, no terminal."""

import os
import re
import subprocess

from report import SkipRest

EXPORT_FILES = {
    "plan-md": "{id}-plan.md",
    "plan-html": "{id}-plan.html",
    "plan-csv": "{id}-plan.csv",
    "plan-json": "{id}-plan.json",
    "calendar": "{id}-calendar.ics",
    "agenda-md": "{id}-agenda.md",
    "agenda-html": "{id}-agenda.html",
}
# Written by export --all only when the answers give the director's and the marketer's email.
INVITE_FILE = "{id}-invite.ics"

STORED = re.compile(r"Stored session (?:ID:?\s*)?([0-9]{4}-[0-9]{2}-[0-9]{2}-[A-Za-z0-9]+)")


class GuidanceError(SkipRest):
    """A guidance command failed; the message says which command, its exit code and what it printed."""


class Guidance:
    """The binary, the prompts folder and the environment every command runs with."""

    def __init__(self, binary, prompts, home, tz=None):
        self.binary = str(binary)
        self.prompts = str(prompts)
        self.env = dict(os.environ, HOME=str(home), LANG="C.UTF-8", LC_ALL="C.UTF-8", NO_COLOR="1", TERM="dumb")
        self.tz = tz

    def run(self, args, sessions, stdin=None, timeout=120):
        """Runs `guidance ARGS --sessions DIR --prompts DIR`; returns the completed process (never raises on exit codes)."""
        cmd = [self.binary, *args, "--sessions", str(sessions), "--prompts", self.prompts]
        if self.tz:
            cmd += ["--tz", self.tz]
        return subprocess.run(cmd, input=stdin, capture_output=True, env=self.env, timeout=timeout)

    def must(self, args, sessions, what):
        """Runs a command that has to succeed; raises GuidanceError with a plain explanation otherwise."""
        done = self.run(args, sessions)
        if done.returncode != 0:
            raise GuidanceError(explain(what, args, done))
        return done

    def new(self, answers, sessions):
        """Stores a session from an answers file; returns its id."""
        before = set(os.listdir(sessions)) if os.path.isdir(sessions) else set()
        done = self.must(["new", "--answers", str(answers)], sessions, "guidance new --answers")
        out = done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
        found = STORED.search(out)
        if found:
            return found.group(1)
        added = sorted(f[:-5] for f in set(os.listdir(sessions)) - before if f.endswith(".json"))
        if len(added) == 1:
            return added[0]
        raise GuidanceError(f"guidance new --answers {answers} printed no session id: {first_lines(out)}")

    def export_all(self, sid, sessions, outdir, force=False, invite=False):
        """`guidance export ID --all -o OUTDIR`; returns {kind: path} for every file the contract names.

        With `invite`, the invitation (`ID-invite.ics`, kind "invite") must be among them; without, it must not be
        written, and export --all must say why on standard error."""
        args = ["export", sid, "--all", "-o", str(outdir)] + (["--force"] if force else [])
        done = self.must(args, sessions, "guidance export --all")
        files = {kind: os.path.join(outdir, name.format(id=sid)) for kind, name in EXPORT_FILES.items()}
        if invite:
            files["invite"] = os.path.join(outdir, INVITE_FILE.format(id=sid))
        else:
            said = done.stderr.decode("utf-8", "replace")
            if f"left out {INVITE_FILE.format(id=sid)}: " not in said:
                raise GuidanceError(f"guidance export {sid} --all wrote no invitation (the answers give no email for it) and did not "
                                    f"say so on standard error with 'left out {INVITE_FILE.format(id=sid)}: ...': {first_lines(said)}")
        missing = [os.path.basename(p) for p in files.values() if not os.path.isfile(p)]
        listed = ", ".join(sorted(os.listdir(outdir))) or "nothing"
        if missing:
            raise GuidanceError(f"guidance export {sid} --all did not write {', '.join(missing)} (it wrote: {listed})")
        extra = sorted(set(os.listdir(outdir)) - {os.path.basename(p) for p in files.values()})
        if extra:
            raise GuidanceError(f"guidance export {sid} --all left other files in {outdir}: {', '.join(extra)} "
                                "(a temporary file not renamed is a half-written export)")
        return files

    def invite(self, sid, sessions, out):
        """`guidance invite ID -o OUT`; returns the completed process (the caller checks its exit code)."""
        return self.run(["invite", sid, "-o", str(out)], sessions)

    def show(self, sid, sessions):
        """`guidance show ID` as text."""
        return self.must(["show", sid], sessions, "guidance show").stdout.decode("utf-8", "replace")


def explain(what, args, done):
    """One message for a failed command: a missing command or option is named as such."""
    err = (done.stderr or b"").decode("utf-8", "replace") + (done.stdout or b"").decode("utf-8", "replace")
    shown = " ".join(args)
    if re.search(r"not an option|not a command|not available|unknown (command|option)|is not one of the commands", err, re.I):
        return f"{what} is missing from the binary (`guidance {shown}` exited {done.returncode}): {first_lines(err, 1)}"
    return f"`guidance {shown}` failed with exit code {done.returncode}: {first_lines(err)}"


def first_lines(text, count=3):
    """The first non-empty lines of an output, joined, for a message."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " | ".join(lines[:count]) or "(no output)"
