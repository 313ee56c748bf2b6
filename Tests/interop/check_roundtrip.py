"""The JSON export read back: it is the answers file plus the plan, and `guidance new --answers` takes it."""

import difflib
import json
import os

from report import SkipRest


def strict_json(data, path):
    """The document parsed strictly: UTF-8, no duplicate keys, no NaN or Infinity."""
    def pairs(items):
        seen = {}
        for key, value in items:
            if key in seen:
                raise ValueError(f"{path}: the key {key!r} appears twice in one object")
            seen[key] = value
        return seen

    def constant(name):
        raise ValueError(f"{path}: {name} is not JSON")

    return json.loads(data.decode("utf-8"), object_pairs_hook=pairs, parse_constant=constant)


def run(report, name, path, exp, guidance, sid, sessions, fresh):
    """Parses the JSON export, stores it as a new session in `fresh`, and compares `guidance show` of both."""
    with report.check(f"{name}: plan JSON is the answers-file format plus the plan"):
        with open(path, "rb") as f:
            doc = strict_json(f.read(), path)
        if not isinstance(doc, dict):
            raise SkipRest(f"{path}: the JSON export is not an object")
        if doc.get("format") != "guidance-answers/2":
            report.fail(path, f"\"format\" is {doc.get('format')!r}, not \"guidance-answers/2\"")
        if doc.get("script") != exp.script:
            report.fail(path, f"\"script\" is {doc.get('script')!r}; the session was a {exp.script} session")
        if not isinstance(doc.get("answers"), dict):
            report.fail(path, "there is no \"answers\" object")
        if "plan" not in doc:
            report.fail(path, "there is no \"plan\": the contract puts the plan under \"plan\"")
    with report.check(f"{name}: plan JSON round trip (guidance new --answers, then guidance show of both)"):
        os.makedirs(fresh, exist_ok=True)
        again = guidance.new(path, fresh)
        before = guidance.show(sid, sessions).replace(sid, "<ID>")
        after = guidance.show(again, fresh).replace(again, "<ID>")
        if before != after:
            diff = list(difflib.unified_diff(before.splitlines(), after.splitlines(), "show of the original",
                                             "show of the session read back", lineterm="", n=0))
            report.fail(path, "`guidance show` differs after the round trip:\n" + "\n".join(diff[:16]))
