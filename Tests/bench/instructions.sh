#!/usr/bin/env bash
# Instructions executed (valgrind --tool=callgrind) by one run of each one-session command of make bench:
# a measure that a loaded machine does not blur, for comparing two builds.
#   Tests/bench/instructions.sh BINARY [BINARY...]    prints one column per binary
#   PROFILE_DIR=DIR keeps each callgrind output there (callgrind_annotate --inclusive=yes DIR/<name>.out).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
command -v valgrind >/dev/null || { echo "instructions: valgrind is not installed (apt-get install valgrind)." >&2; exit 69; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
prompts="$root/prompts"
first="$1"
"$first" new --answers "$root/Tests/Fixtures/design-answers.json" --sessions "$work/one" --prompts "$prompts" >/dev/null
id="$(basename "$(ls "$work/one"/*.json | head -1)" .json)"
python3 "$root/Tests/bench/big_plan.py" "$prompts" "$work/big" 8 500
"$first" new --answers "$work/big/answers.json" --sessions "$work/big/s" --prompts "$work/big/prompts" >/dev/null
bigid="$(basename "$(ls "$work/big/s"/*.json | head -1)" .json)"

count() { # count NAME COMMAND...: the instructions of one run
    local name="$1"; shift
    local out="${PROFILE_DIR:-$work}/$name.out"
    rm -rf "$work/out" "$work/empty"
    valgrind --tool=callgrind --callgrind-out-file="$out" "$@" </dev/null >/dev/null 2>"$work/vg.err" || true
    awk '/I *refs:/ {gsub(",", "", $NF); printf "%.1f\n", $NF / 1e6}' "$work/vg.err"
}

names=(version first-prompt plan-text plan-md plan-html plan-csv plan-json export-all plan-8x500)
labels=("--version" "first prompt (empty folder)" "plan --format text" "plan --format md" "plan --format html"
        "plan --format csv" "plan --format json" "export --all" "plan, 8 segments x 500 activities")
declare -A result
for bin in "$@"; do
    for i in "${!names[@]}"; do
        n="${names[$i]}"
        case "$n" in
            version) args=(--version) ;;
            first-prompt) args=(new --script director --sessions "$work/empty" --prompts "$prompts") ;;
            plan-8x500) args=(plan "$bigid" --sessions "$work/big/s" --prompts "$work/big/prompts") ;;
            export-all) args=(export "$id" --all -o "$work/out" --sessions "$work/one" --prompts "$prompts") ;;
            *) args=(plan "$id" --format "${n#plan-}" --sessions "$work/one" --prompts "$prompts") ;;
        esac
        result["$bin|$n"]="$(count "$n-$(echo "$bin" | md5sum | cut -c1-6)" "$bin" "${args[@]}")"
    done
done
k=0; for bin in "$@"; do k=$((k + 1)); echo "binary $k: $bin"; done
printf '%-36s' "millions of instructions"; k=0; for bin in "$@"; do k=$((k + 1)); printf ' %10s' "binary $k"; done; echo
for i in "${!names[@]}"; do
    printf '%-36s' "${labels[$i]}"
    for bin in "$@"; do printf ' %10s' "${result["$bin|${names[$i]}"]}"; done
    echo
done
