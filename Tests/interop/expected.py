"""What the exports of a session must hold, read from the answers file the session was made from."""

import calendar
import datetime
import json
import os

PUBLISHED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "holidays-published.json")

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def typed(text):
    """A text as guidance keeps it: trimmed of spaces and line breaks at both ends, nothing else changed."""
    return text.strip(" \t\n\r\v\f\u00a0\u2028\u2029\u0085")


def neutralised(text):
    """A CSV text cell as the contract writes it: prefixed with ' when it starts with a formula character."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def spaced(text):
    """The text with every run of white space made one space (for HTML and Markdown, where line breaks reflow)."""
    return " ".join(text.split())


class Expected:
    """The answers of one answers file, trimmed as guidance stores them, and the texts the exports must show."""

    def __init__(self, path, name):
        self.path = path
        self.name = name
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.script = data.get("script", "director")
        self.meeting_date = data.get("meeting_date")
        a = data["answers"]
        self.answers = a
        self.goals = [typed(g) for g in a.get("goals", [])]
        self.segments = [typed(s) for s in a.get("segments", [])]
        self.growth = typed(a.get("growth_segment", ""))
        self.roles = {typed(k): v for k, v in a.get("roles", {}).items()}
        self.segment_why = {typed(k): typed(v) for k, v in a.get("segment_why", {}).items()}
        self.currency = a.get("currency", "GBP")
        self.plan_start = datetime.date.fromisoformat(a["plan_start"])
        self.fundamentals = [dict(f, item=typed(f["item"])) for f in a.get("fundamentals", [])]
        self.approved = [f["item"] for f in self.fundamentals if f.get("approved") and f.get("month") in (1, 2, 3)]
        self.internal = [dict(c, change=typed(c["change"])) for c in a.get("internal_changes", [])]
        self.market = [dict(c, change=typed(c["change"]), response=typed(c.get("response", "")))
                       for c in a.get("market_changes", [])]
        self.materials = [dict(s, material=typed(s["material"]), segment=typed(s["segment"]))
                          for s in a.get("sales_needs", [])]
        self.actions = [dict(x, action=typed(x["action"]), owner=typed(x["owner"])) for x in a.get("actions", [])]
        self.holiday_calendar = a.get("holidays") or None
        self.days_off = {datetime.date.fromisoformat(d) for d in a.get("days_off", []) or []}
        self.holidays, self.holidays_unknown = published_holidays(self.holiday_calendar, self.plan_start, self.plan_end)
        self.director = person(a.get("director"))
        self.marketer = person(a.get("marketer"))
        self.plan = None  # the "plan" object of the session's JSON export, when it parsed (set by interop.py)

    @property
    def invitable(self):
        """Whether guidance can write the invitation: the answers give the director's and the marketer's email."""
        return bool(self.director and self.director["email"] and self.marketer and self.marketer["email"])

    def month_start(self, month):
        """The first day of the plan's month 1, 2, 3 (month 4: the day after the plan)."""
        y, m = self.plan_start.year, self.plan_start.month + month - 1
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        return datetime.date(y, m, min(self.plan_start.day, calendar.monthrange(y, m)[1]))

    @property
    def plan_end(self):
        """The last day of the plan's three months."""
        return self.month_start(4) - datetime.timedelta(days=1)

    def month_of(self, day):
        """The plan month (1-3) a day falls in, or None outside the plan."""
        return next((m for m in (1, 2, 3) if self.month_start(m) <= day < self.month_start(m + 1)), None)

    def week_of(self, day):
        """The plan week (1-14) a day falls in: week 1 starts on plan_start."""
        return (day - self.plan_start).days // 7 + 1

    def closed(self, day):
        """Why `day` is no working day (a weekend day, a public holiday of the chosen calendar, a day off), or None."""
        if day.weekday() > 4:
            return day.strftime("a %A")
        if day in self.holidays:
            return f"a public holiday of {self.holiday_calendar}"
        if day in self.days_off:
            return "a day off of the answers"
        return None

    def needed_by(self, need):
        """The day a sales material is needed: its `needed_by`, or the last working day of the plan's second week;
        a day with no work gives the working day before it (no entry falls on a closed day)."""
        day = datetime.date.fromisoformat(need["needed_by"]) if need.get("needed_by") else self.plan_start + datetime.timedelta(days=13)
        while self.closed(day):
            day -= datetime.timedelta(days=1)
        return day

    def on_or_before(self, day):
        """`day`, or the last working day before it when it is a day with no work."""
        while self.closed(day):
            day -= datetime.timedelta(days=1)
        return day

    def planned_materials(self):
        """The sales needs the plan makes (an exit segment's are not made)."""
        return [s for s in self.materials if self.roles.get(s["segment"]) != "exit"]

    def plan_texts(self):
        """(what, text) pairs every plan draft (Markdown and HTML) must show as typed."""
        texts = [("goal", g) for g in self.goals]
        texts += [("segment name", s) for s in self.segments]
        texts += [(f"segment_why of {s}", w) for s, w in self.segment_why.items()]
        texts += [("approved fundamentals item", i) for i in self.approved]
        texts += [("internal change", c["change"]) for c in self.internal]
        texts += [("market change", c["change"]) for c in self.market]
        texts += [("market change response", c["response"]) for c in self.market if c["response"]]
        texts += [("sales material", s["material"]) for s in self.materials]
        texts += [("action", x["action"]) for x in self.actions]
        return texts

    def agenda_texts(self):
        """(what, text) pairs the agenda made from this session must show: last time's answers and open actions."""
        texts = [("goal (last time's answer)", g) for g in self.goals]
        if self.growth:
            texts.append(("growth segment (last time's answer)", self.growth))
        texts += [("open action carried forward", x["action"]) for x in self.actions]
        return texts

    def calendar_summaries(self):
        """(category, SUMMARY) pairs the calendar must hold, each text exactly as typed."""
        out = []
        for c in self.internal:
            out.append(("internal-change", f"Internal change begins: {c['change']}"))
            if c.get("to"):
                out.append(("internal-change", f"Internal change over: {c['change']}"))
        for c in self.market:
            kind = "Opportunity" if c["kind"] == "opportunity" else "Threat"
            out.append(("market-change", f"{kind}: {c['change']}"))
        for item in self.approved:
            out.append(("fundamentals", f"Fundamentals: {item}"))
        return out


def person(value):
    """{"name", "email"} of a director or marketer answer, trimmed as guidance stores it (email None when absent), or None."""
    if not isinstance(value, dict) or not str(value.get("name", "")).strip():
        return None
    email = str(value.get("email") or "").strip()
    return {"name": typed(value["name"]), "email": email or None}


def published_holidays(name, first, last):
    """(the published holidays of calendar `name` in the years from `first` to `last`, a problem sentence or None).
    The problem says the stage cannot check a calendar whose dates it does not hold for every year of the plan."""
    if not name:
        return set(), None
    with open(PUBLISHED, encoding="utf-8") as f:
        years = json.load(f).get(name, {})
    missing = [str(y) for y in range(first.year, last.year + 1) if str(y) not in years]
    if missing:
        return set(), (f"the answers choose the public-holiday calendar {name!r}, and {os.path.basename(PUBLISHED)} holds no "
                       f"published dates of it for {', '.join(missing)}: add them before checking this session")
    return {datetime.date.fromisoformat(d) for y in years.values() for d in y}, None
