#!/usr/bin/env bash
# Writes every output of one binary for the fixture sessions into a folder, so two builds can be compared byte for byte.
#   Tests/bench/outputs.sh BINARY OUT_DIR          writes OUT_DIR/<case>/plan.<format> and OUT_DIR/<case>/export/*
#   Tests/bench/outputs.sh --compare BEFORE AFTER  runs both binaries and says whether every file is the same
# The meeting date comes from the answers and the time zone from TZ; the session id and the DTSTAMP of the
# calendars (the clock) are replaced by placeholders, so the outputs do not depend on when they are made.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cases=(design-answers design-answers-v2 cases/alex cases/jodie cases/kate big-8x500)
# big-8x500 is made by big_plan.py: 8 segments and a library of 500 activities in its own prompts folder.
generated="$(mktemp -d)"; trap 'rm -rf "$generated"' EXIT
python3 "$root/Tests/bench/big_plan.py" "$root/prompts" "$generated" 8 500

write_outputs() {
    local bin="$1" out="$2"
    rm -rf "$out"; mkdir -p "$out"
    for c in "${cases[@]}"; do
        local name="${c##*/}" dir="$out/${c##*/}" sessions
        sessions="$(mktemp -d)"
        mkdir -p "$dir"
        local answers="$root/Tests/Fixtures/$c.json" prompts="$root/prompts"
        if [ "$c" = big-8x500 ]; then answers="$generated/answers.json"; prompts="$generated/prompts"; fi
        TZ=Europe/London "$bin" new --answers "$answers" --sessions "$sessions" --prompts "$prompts" \
            --date 2027-02-01 >/dev/null 2>"$dir/new.err" || echo "exit $?" >>"$dir/new.err"
        local id; id="$(ls "$sessions" | grep '\.json$' | head -1)"; id="${id%.json}"
        # the id is made from the clock: store the answers without it so the comparison sees only what was planned
        for f in text md html csv json; do
            TZ=Europe/London "$bin" plan "$id" --format "$f" --sessions "$sessions" --prompts "$prompts" \
                2>&1 | sed "s/$id/ID/g" >"$dir/plan.$f" || true
        done
        TZ=Europe/London "$bin" export "$id" --all -o "$dir/export" --sessions "$sessions" --prompts "$prompts" \
            >"$dir/export.out" 2>&1 || true
        sed -i -e "s/$id/ID/g" -e "s|$out/|OUT/|g" "$dir/export.out"
        for f in "$dir/export"/*; do
            [ -e "$f" ] || continue
            local base; base="$(basename "$f")"
            sed -e "s/$id/ID/g" -e 's/^DTSTAMP:.*/DTSTAMP:(the time of the export)/' "$f" >"$dir/export/${base/$id/ID}.tmp"; rm "$f"; mv "$dir/export/${base/$id/ID}.tmp" "$dir/export/${base/$id/ID}"
        done
        rm -rf "$sessions"
    done
}

if [ "${1:-}" = "--compare" ]; then
    a="$(mktemp -d)"; b="$(mktemp -d)"
    write_outputs "$2" "$a"; write_outputs "$3" "$b"
    if diff -r "$a" "$b" >/dev/null; then
        echo "same: $(find "$a" -type f | wc -l) files (plan in every format, export --all) for ${cases[*]}"
        rm -rf "$a" "$b"
    else
        diff -r "$a" "$b" | head -40; echo "DIFFERENT (kept in $a and $b)"; exit 1
    fi
else
    write_outputs "$1" "$2"
    echo "wrote $(find "$2" -type f | wc -l) files to $2"
fi
