#!/usr/bin/env python3
"""Writes a prompts folder with a library of ACTIVITIES activities and an answers file with SEGMENTS segments.

    python3 Tests/bench/big_plan.py PROMPTS_DIR OUT_DIR [SEGMENTS] [ACTIVITIES]

OUT_DIR gets prompts/ (a copy of PROMPTS_DIR whose activities.json is grown to ACTIVITIES entries, copies of
the existing ones under new ids, with every purpose kept so the planner weighs them) and answers.json
(the DESIGN.md example with SEGMENTS segments, each with a sales need, a market change and a key date).
Used by make bench for the generated plan of 8 segments x 500 library activities.
"""
import json
import shutil
import sys
from pathlib import Path


def grow_library(library, count):
    """The library with copies of its activities added under new ids until it holds `count`."""
    base = list(library["activities"])
    n = 0
    while len(library["activities"]) < count:
        source = base[n % len(base)]
        copy = dict(source)
        copy["id"] = f"{source['id']}-v{n // len(base) + 2}"
        copy["name"] = f"{source['name']} (variant {n // len(base) + 2}, {n})"
        copy["requires"] = list(source.get("requires", []))
        library["activities"].append(copy)
        n += 1
    return library


def answers(segments):
    """The DESIGN.md example answers with `segments` segments."""
    names = ["Dental practices", "Hospitality", "Retail", "Legal", "Accountants", "Architects", "Vets", "Opticians",
             "Pharmacies", "Schools", "Charities", "Surveyors"][:segments]
    roles = {name: ("grow" if i == 0 else "exit" if i == 1 else "maintain") for i, name in enumerate(names)}
    share, rest = divmod(100, segments)
    focus = {name: share + (1 if i < rest else 0) for i, name in enumerate(names)}
    months = ["2027-03-", "2027-04-", "2027-05-"]
    return {
        "format": "guidance-answers/1",
        "script": "director",
        "meeting_date": "2027-02-01",
        "answers": {
            "goals": ["Replace the income of the shrinking hospitality segment"],
            "segments": names,
            "growth_segment": names[0],
            "roles": roles,
            "segment_why": {names[0]: "New market the board chose to replace hospitality income"},
            "focus": focus,
            "plan_start": "2027-03-01",
            "capacity_hours_per_week": 30 * segments // 4,
            "campaign_budget": 3000 * segments,
            "currency": "GBP",
            "fundamentals": [{"item": "Website update", "budget": 6000, "month": 3, "approved": True}],
            "internal_changes": [{"change": "Jo leaves", "from": "2027-03-31", "to": "2027-05-31",
                                  "segments": [names[2]], "capacity_pct": -50}],
            "market_changes": [{"change": f"A competitor closed its office near the {name.lower()}", "segments": [name],
                                "kind": "opportunity", "response": f"Local awareness campaign for {name.lower()}"}
                               for name in names if roles[name] != "exit"],
            "sales_needs": [{"stage": "consideration", "material": f"Case study pack for {name.lower()}", "segment": name}
                            for name in names if roles[name] != "exit"],
            "actions": [{"action": "Send the plan draft", "owner": "Jodie", "due": "2027-02-05"}],
        },
    }


def main():
    prompts, out = Path(sys.argv[1]), Path(sys.argv[2])
    segments = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 500
    target = out / "prompts"
    shutil.copytree(prompts, target, dirs_exist_ok=True)
    library = json.loads((prompts / "activities.json").read_text())
    (target / "activities.json").write_text(json.dumps(grow_library(library, count), indent=1))
    (out / "answers.json").write_text(json.dumps(answers(segments), indent=1))


if __name__ == "__main__":
    main()
