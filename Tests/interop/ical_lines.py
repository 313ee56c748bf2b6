"""The raw shape of an iCalendar file, read by hand: physical lines, unfolding, content lines and components.

The third-party parsers are lenient about exactly the things the contract fixes (line ends, folding, TEXT
escaping), so those are checked here on the bytes, and everything else with icalendar and vobject.
"""

TEXT_PROPERTIES = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT"}


def physical_lines(data, path, fail):
    """Checks CRLF ends, the 75-octet limit and that no fold splits a UTF-8 character; returns the lines."""
    if not data.endswith(b"\r\n"):
        fail(path, "the file does not end with CRLF")
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for number, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            fail(path, f"line {number} has a bare LF or CR inside it (every line must end with CRLF): {line[:60]!r}")
        if len(line) > 75:
            fail(path, f"line {number} is {len(line)} octets long; lines must be folded at 75 octets: {line[:60]!r}...")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as error:
            fail(path, f"line {number} is not valid UTF-8 on its own (a fold split a character?): {error}")
    return lines


def unfold(data):
    """The logical content lines: every CRLF followed by a space or a tab removed."""
    text = data.decode("utf-8", "replace")
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")


def split_line(line):
    """(NAME, {PARAM: value}, value) of a content line; colons and semicolons inside quoted parameters are kept."""
    quoted = False
    colon = None
    cuts = []
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == ";" and colon is None:
            cuts.append(i)
        elif not quoted and ch == ":" and colon is None:
            colon = i
            break
    if colon is None:
        return line.upper(), {}, ""
    head, value = line[:colon], line[colon + 1:]
    parts = [head[a + 1:b] for a, b in zip([-1] + cuts, cuts + [len(head)])]
    params = {}
    for part in parts[1:]:
        key, _, val = part.partition("=")
        params[key.upper()] = val.strip('"')
    return parts[0].upper(), params, value


def text_escaping_problems(value):
    """What is wrong with a TEXT value's escaping: a bare ; or , or a backslash before anything but \\ ; , n N."""
    problems = []
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\":
            nxt = value[i + 1] if i + 1 < len(value) else ""
            if nxt not in ("\\", ";", ",", "n", "N"):
                problems.append(f"a backslash followed by {nxt!r} at character {i}")
            i += 2
            continue
        if ch in ";,":
            problems.append(f"an unescaped {ch!r} at character {i}")
        i += 1
    return problems


class Component:
    """One BEGIN/END block: its content lines in order and the blocks inside it."""

    def __init__(self, name):
        self.name = name
        self.lines = []
        self.children = []

    def props(self, name):
        """Every (params, value) of the property `name`."""
        return [(p, v) for n, p, v, _ in self.lines if n == name]

    def first(self, name):
        """The value of the first `name` property, or None."""
        found = self.props(name)
        return found[0][1] if found else None

    def param(self, name, key):
        """A parameter of the first `name` property, or None."""
        found = self.props(name)
        return found[0][0].get(key) if found else None

    def content(self, skip=("DTSTAMP", "SEQUENCE")):
        """Every logical line but `skip`, with those of inner blocks: what the entry says, to compare exports."""
        own = [raw for n, _, _, raw in self.lines if n not in skip]
        for child in self.children:
            own += [f"BEGIN:{child.name}", *child.content(skip), f"END:{child.name}"]
        return own


def components(data, path, fail):
    """The top-level components of the file; mismatched BEGIN/END are reported."""
    roots, stack = [], []
    for number, line in enumerate(unfold(data), 1):
        if not line:
            continue
        name, params, value = split_line(line)
        if name == "BEGIN":
            comp = Component(value.upper())
            (stack[-1].children if stack else roots).append(comp)
            stack.append(comp)
        elif name == "END":
            if not stack or stack[-1].name != value.upper():
                fail(path, f"content line {number}: END:{value} does not close the open component")
                return roots
            stack.pop()
        elif stack:
            stack[-1].lines.append((name, params, value, line))
        else:
            fail(path, f"content line {number} is outside any component: {line[:60]!r}")
    if stack:
        fail(path, f"the file ends inside {stack[-1].name} (no END line)")
    return roots


def events(data):
    """The VEVENT blocks of the file, silently (for comparisons after the strict checks ran)."""
    roots = components(data, "", lambda *_: None)
    return [c for root in roots for c in root.children if c.name == "VEVENT"]
