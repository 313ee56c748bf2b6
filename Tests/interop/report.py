"""The stage's tally: named checks, each passing or failing with messages that name the file and the problem."""

import contextlib
import os
import sys
import time
import traceback


class Report:
    """Counts checks and prints one line per check, with the problems of a failed one indented below it."""

    def __init__(self, root, quiet=False):
        self.root = root
        self.quiet = quiet
        self.passed = 0
        self.failed = 0
        self.failures = []
        self._problems = None
        self.notes = []

    def rel(self, path):
        """A path relative to the repository when it is inside it, for shorter messages."""
        path = str(path)
        try:
            rel = os.path.relpath(path, self.root)
        except ValueError:
            return path
        return path if rel.startswith("..") else rel

    def fail(self, path, message):
        """Records one problem of the current check: `path: message`."""
        line = f"{self.rel(path)}: {message}" if path else message
        if self._problems is None:
            self.failed += 1
            self.failures.append((line, []))
            self._print(f"FAIL {line}")
        else:
            self._problems.append(line)

    def note(self, message):
        """Something worth knowing that is not a failure (printed at once and again in the summary)."""
        self.notes.append(message)
        self._print(f"     note: {message}")

    def _print(self, line):
        if not self.quiet:
            print(line, flush=True)

    @contextlib.contextmanager
    def check(self, name):
        """Runs the body as one check; it passes when the body records no problem and raises nothing."""
        outer, self._problems = self._problems, []
        started = time.monotonic()
        try:
            yield self
        except SkipRest as stop:
            self._problems.append(str(stop))
        except Exception as error:  # a crash of a check is a failure of that check, never of the stage
            detail = traceback.format_exception_only(type(error), error)[-1].strip()
            self._problems.append(f"the check crashed: {detail}")
        finally:
            problems, self._problems = self._problems, outer
            took = time.monotonic() - started
            if problems:
                self.failed += 1
                self.failures.append((name, problems))
                self._print(f"FAIL {name} ({took:.1f}s)")
                for line in problems[:40]:
                    self._print(f"       - {indent(line)}")
                if len(problems) > 40:
                    self._print(f"       - ... and {len(problems) - 40} more problems")
            else:
                self.passed += 1
                self._print(f"ok   {name} ({took:.1f}s)")

    def summary(self):
        """Prints the failed checks again and the closing tally; returns the exit code."""
        print("", flush=True)
        if self.failures:
            print("Interoperability checks that failed:")
            for name, problems in self.failures:
                first = (problems[0].splitlines() or [""])[0] if problems else ""
                first = first if len(first) <= 160 else first[:157] + "..."
                more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
                print(f"  - {name}" + (f": {first}{more}" if first else ""))
        print(f"interop: {self.passed} passed, {self.failed} failed", flush=True)
        return 1 if self.failed else 0


class SkipRest(Exception):
    """Stops a check early with one plain message (a command failed, a prerequisite is missing): the check fails."""


def indent(text):
    """A multi-line message indented to sit under its bullet."""
    return str(text).replace("\n", "\n         ")


def show(text, limit=90):
    """A text for a message: repr-quoted so newlines and quotes are visible, shortened when long."""
    shown = repr(text)
    return shown if len(shown) <= limit else shown[: limit - 4] + "...'"


def die(message):
    """Ends the stage at once with a message (used only before any check can run)."""
    print(f"interop: {message}", file=sys.stderr, flush=True)
    sys.exit(2)
