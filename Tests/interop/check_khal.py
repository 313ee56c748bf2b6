"""Imports the calendar into khal, a real calendar program, twice: the second import must add nothing."""

import datetime
import os
import subprocess

import ical_lines

CONFIG = """[calendars]
[[interop]]
path = {cal}
type = calendar
[sqlite]
path = {db}
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = UTC
default_timezone = UTC
[default]
default_calendar = interop
"""


class Khal:
    """One throwaway khal set-up: a config file, a vdir calendar named `interop` and its database."""

    def __init__(self, khal, workdir):
        self.khal = khal
        self.cal = os.path.join(workdir, "calendar")
        os.makedirs(self.cal, exist_ok=True)
        self.config = os.path.join(workdir, "khal.conf")
        with open(self.config, "w", encoding="utf-8") as f:
            f.write(CONFIG.format(cal=self.cal, db=os.path.join(workdir, "khal.db")))
        self.env = dict(os.environ, HOME=workdir, XDG_CONFIG_HOME=workdir, XDG_DATA_HOME=workdir,
                        LANG="C.UTF-8", LC_ALL="C.UTF-8", TZ="UTC")

    def _run(self, *args):
        done = subprocess.run([self.khal, "-c", self.config, *args], capture_output=True, env=self.env, timeout=120)
        if done.returncode != 0:
            err = (done.stderr + done.stdout).decode("utf-8", "replace").strip().splitlines()
            raise RuntimeError(f"`khal {' '.join(args)}` exited {done.returncode}: {' | '.join(err[-3:])}")
        return done

    def import_file(self, path):
        """`khal import --batch -a interop FILE`: events whose UID exists already are updated, not added."""
        self._run("import", "--batch", "-a", "interop", path)

    def stored(self):
        """The number of event files khal keeps in the calendar folder (one per UID)."""
        return len([f for f in os.listdir(self.cal) if f.endswith(".ics")])

    def listed(self, start, days):
        """The events khal lists over `days` days from `start` (one line each, day headings left out)."""
        out = self._run("list", "--format", "{uid}", "--day-format", "", start.isoformat(), f"{days}d").stdout
        return [line for line in out.decode("utf-8", "replace").splitlines() if line.strip()]


def run(report, name, path, again_path, exp, khal, workdir):
    """Imports `path` twice and then `again_path` (a second export of the same unchanged session)."""
    with report.check(f"{name}: khal imports the calendar twice without duplicates"):
        with open(path, "rb") as f:
            expected = len(ical_lines.events(f.read()))
        k = Khal(khal, workdir)
        start = exp.plan_start.replace(day=1) - datetime.timedelta(days=120)
        k.import_file(path)
        first_files, first_list = k.stored(), k.listed(start, 400)
        if first_files != expected:
            report.fail(path, f"khal stored {first_files} events after the first import; the file has {expected} VEVENTs")
        if len(first_list) != expected:
            report.fail(path, f"khal lists {len(first_list)} events after the first import; the file has {expected} VEVENTs")
        k.import_file(path)
        second_files, second_list = k.stored(), k.listed(start, 400)
        if (second_files, len(second_list)) != (first_files, len(first_list)):
            report.fail(path, f"a second import of the same file changed khal's calendar from {first_files} stored / "
                              f"{len(first_list)} listed events to {second_files} / {len(second_list)}: duplicates")
        if again_path:
            k.import_file(again_path)
            third_files, third_list = k.stored(), k.listed(start, 400)
            if (third_files, len(third_list)) != (first_files, len(first_list)):
                report.fail(again_path, f"importing a second export of the unchanged session changed khal's calendar "
                                        f"from {first_files} to {third_files} stored events ({len(first_list)} to "
                                        f"{len(third_list)} listed): its UIDs are not stable")
