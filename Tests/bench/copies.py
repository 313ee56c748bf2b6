#!/usr/bin/env python3
"""Fills a sessions folder with COUNT copies of one session file, each under a new valid id.

    python3 Tests/bench/copies.py SESSION_FILE FOLDER COUNT

Ids are the session's meeting date, a dash and four characters from SessionID's alphabet (no 0, o, 1, l),
drawn in order so they never repeat; the id inside each file is changed to match its file name.
"""
import itertools
import json
import sys
from pathlib import Path

ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"


def main():
    source, folder, count = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    text = source.read_text()
    session = json.loads(text)
    old = session["id"]
    date = session.get("meeting_date", "2027-02-01")
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    made = 0
    for letters in itertools.product(ALPHABET, repeat=4):
        if made == count:
            break
        new = f"{date}-{''.join(letters)}"
        if new == old:
            continue
        # the same bytes with only the id changed, as the program writes them
        target = folder / f"{new}.json"
        target.write_text(text.replace(f'"id": "{old}"', f'"id": "{new}"', 1))
        target.chmod(0o600)  # private, as guidance writes them (else the first run fixes and warns)
        made += 1


if __name__ == "__main__":
    main()
