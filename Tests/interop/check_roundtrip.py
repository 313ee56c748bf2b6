"""The JSON export read back: it is the answers file plus the plan, and `guidance new --answers` takes it."""

import difflib
import json
import os

from report import SkipRest

# The answers keys version 2 adds (DESIGN.md). The contract says the export writes version 2; until guidance reads
# version 2 back, a session made from a version 1 file may still export as version 1, but never with these keys.
# (exit_plan is older: the version 1 scripts ask it already.)
VERSION_2_KEYS = {"customers", "targets", "key_dates", "holidays", "days_off", "director", "marketer"}
NESTED_VERSION_2_KEYS = {"sales_needs": "needed_by", "market_changes": "when"}


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
        answers = doc.get("answers") if isinstance(doc.get("answers"), dict) else {}
        v2_keys = sorted(set(answers) & VERSION_2_KEYS)
        v2_keys += [f"{key}[].{inner}" for key, inner in NESTED_VERSION_2_KEYS.items()
                    if any(isinstance(x, dict) and inner in x for x in answers.get(key) or [])]
        if doc.get("format") not in ("guidance-answers/2", "guidance-answers/1"):
            report.fail(path, f"\"format\" is {doc.get('format')!r}, not \"guidance-answers/2\"")
        elif doc.get("format") == "guidance-answers/1" and v2_keys:
            report.fail(path, f"\"format\" is \"guidance-answers/1\" but the answers hold the version 2 keys {v2_keys}")
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
