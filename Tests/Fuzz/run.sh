#!/usr/bin/env bash
# Coverage-guided fuzzing of GuidanceCore with libFuzzer (swiftc -sanitize=fuzzer,address, Linux).
#
#   bash Tests/Fuzz/run.sh fuzz  [TARGET...]   build, then run each target for FUZZ_SECONDS (default 60)
#   bash Tests/Fuzz/run.sh smoke [TARGET...]   build, then run each for FUZZ_SMOKE_SECONDS (default 3) from its seeds
#   bash Tests/Fuzz/run.sh build [TARGET...]   build only
#
# Targets: json answers session parsers interview writers (Tests/Fuzz/Fuzz<Name>.swift).
# GuidanceCore is compiled once per optimisation level into .build-fuzz/<level>/ as its own module
# (with -enable-testing, so the targets can reach internal parsers), and rebuilt when a source changes.
# Seeds are read from Tests/Fuzz/corpus/<target>/ (committed, never written); new inputs go to
# .build-fuzz/corpus/<target>/ and crashes to .build-fuzz/crashes/<target>/. Re-run one crash with:
#   ASAN_OPTIONS=detect_leaks=0 .build-fuzz/<level>/fuzz-<target> .build-fuzz/crashes/<target>/crash-...
# Environment: SWIFTC (or SWIFT, whose folder holds swiftc), FUZZ_SECONDS, FUZZ_SMOKE_SECONDS,
# FUZZ_OPT (-O or -Onone; default -O for fuzz, -Onone for smoke: quicker to build),
# GUIDANCE_FUZZ_TOLERATE_KNOWN=1 (see Tests/Fuzz/FuzzSupport.swift; never the default).
set -euo pipefail
{  # read whole before running, so editing this file during a long run does not derail it

cd "$(dirname "$0")/../.."
mode="${1:-fuzz}"
shift || true
all_targets=(json answers session parsers interview writers)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

case "$mode" in
    fuzz) seconds="${FUZZ_SECONDS:-60}"; opt="${FUZZ_OPT:--O}" ;;
    smoke) seconds="${FUZZ_SMOKE_SECONDS:-3}"; opt="${FUZZ_OPT:--Onone}" ;;
    build) seconds=0; opt="${FUZZ_OPT:--O}" ;;
    *) echo "usage: $0 fuzz|smoke|build [TARGET...]" >&2; exit 64 ;;
esac

if [ "$(uname -s)" != "Linux" ]; then
    echo "fuzz: skipped: libFuzzer through swiftc -sanitize=fuzzer needs the Linux toolchain."
    exit 0
fi

if [ -n "${SWIFTC:-}" ]; then
    swiftc="$SWIFTC"
else
    swift_bin="$(command -v "${SWIFT:-swift}" || true)"
    swiftc="$(dirname "${swift_bin:-/usr/bin/swift}")/swiftc"
    [ -x "$swiftc" ] || swiftc="$(command -v swiftc || true)"
fi
if [ -z "$swiftc" ] || [ ! -x "$swiftc" ]; then
    echo "fuzz: cannot find swiftc; put the Swift toolchain on PATH or set SWIFTC." >&2
    exit 69
fi

level="${opt#-}"
build=".build-fuzz/$level"
mkdir -p "$build"
flags=(-sanitize=fuzzer,address -parse-as-library -swift-version 6 "$opt")
# Line numbers in crash stacks for real fuzzing; the smoke run in make test builds quicker without.
[ "$mode" != smoke ] && flags+=(-g)
# lld beside swiftc links without gold's pages of "Cannot export local symbol" warnings.
[ -x "$(dirname "$swiftc")/ld.lld" ] && flags+=(-use-ld=lld)

# The toolchain must carry libFuzzer's runtime (Swift's Linux toolchains ship it in lib/clang).
probe=".build-fuzz/probe"
if [ ! -x "$probe" ]; then
    printf '@_cdecl("LLVMFuzzerTestOneInput")\npublic func t(_ d: UnsafeRawPointer?, _ n: Int) -> CInt { 0 }\n' > .build-fuzz/probe.swift
    if ! "$swiftc" "${flags[@]}" .build-fuzz/probe.swift -o "$probe" > .build-fuzz/probe.log 2>&1; then
        cat .build-fuzz/probe.log >&2
        echo "fuzz: $swiftc cannot build with -sanitize=fuzzer,address (libclang_rt.fuzzer missing from the toolchain's lib/clang?); install a Swift toolchain from swift.org." >&2
        exit 69
    fi
fi

# GuidanceCore as a module of its own, rebuilt when any of its sources (or the list of them) changed.
mapfile -t sources < <(find Sources/GuidanceCore -name '*.swift' | LC_ALL=C sort)
library="$build/libGuidanceCore.a"
listing="$build/sources.txt"
if [ ! -f "$library" ] || ! printf '%s\n' "${flags[*]}" "${sources[@]}" | cmp -s - "$listing" \
   || [ -n "$(find Sources/GuidanceCore -name '*.swift' -newer "$library" | head -1)" ]; then
    echo "fuzz: compiling GuidanceCore for fuzzing ($opt)..."
    started=$SECONDS
    "$swiftc" "${flags[@]}" -enable-testing -wmo -num-threads 2 -module-name GuidanceCore \
        -emit-module -emit-module-path "$build/GuidanceCore.swiftmodule" \
        -emit-library -static -o "$library" "${sources[@]}"
    printf '%s\n' "${flags[*]}" "${sources[@]}" > "$listing"
    echo "fuzz: GuidanceCore compiled in $((SECONDS - started)) s."
fi

# One executable per target: its file, the shared support, linked with GuidanceCore.
for target in "${targets[@]}"; do
    case "$target" in
        json) name=JSON ;;
        *) name="$(tr '[:lower:]' '[:upper:]' <<< "${target:0:1}")${target:1}" ;;
    esac
    file="Tests/Fuzz/Fuzz$name.swift"
    [ -f "$file" ] || { echo "fuzz: no target $target ($file)" >&2; exit 64; }
    exe="$build/fuzz-$target"
    if [ ! -x "$exe" ] || [ "$file" -nt "$exe" ] || [ Tests/Fuzz/FuzzSupport.swift -nt "$exe" ] || [ "$library" -nt "$exe" ]; then
        "$swiftc" "${flags[@]}" -module-name "Fuzz$name" -I "$build" -L "$build" -lGuidanceCore \
            "$file" Tests/Fuzz/FuzzSupport.swift -o "$exe"
    fi
done
[ "$mode" = build ] && exit 0

# Run each target for the set time; a crash fails the run, after every target has had its turn.
failed=()
for target in "${targets[@]}"; do
    seeds="Tests/Fuzz/corpus/$target"
    found=".build-fuzz/corpus/$target"
    # A smoke run starts from the committed seeds alone (what earlier runs found would take minutes to replay).
    [ "$mode" = smoke ] && found=".build-fuzz/smoke-corpus/$target" && rm -rf "$found"
    crashes=".build-fuzz/crashes/$target/"
    mkdir -p "$seeds" "$found" "$crashes"
    case "$target" in
        parsers) max_len=256 ;;
        json|interview) max_len=4096 ;;
        *) max_len=8192 ;;
    esac
    options=(-max_total_time="$seconds" -print_final_stats=1 -timeout=20 -rss_limit_mb=2048 -detect_leaks=0
             -artifact_prefix="$crashes" -max_len="$max_len")
    case "$target" in
        json|answers|session|writers) options+=(-dict=Tests/Fuzz/json.dict) ;;
        *) options+=(-dict="Tests/Fuzz/$target.dict") ;;
    esac
    log=".build-fuzz/$target.$mode.log"
    echo "fuzz: $target for $seconds s..."
    # No leak checks (the Swift runtime's one-time allocations show as leaks), no allocation stacks
    # (a fifth of the time went to recording them), and no Swift backtracer
    # (it trips over ASan's shadow memory after an abort); libFuzzer prints the stack itself.
    if ASAN_OPTIONS="detect_leaks=0:malloc_context_size=0:${ASAN_OPTIONS:-}" SWIFT_BACKTRACE=enable=no "$build/fuzz-$target" "${options[@]}" "$found" "$seeds" > "$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
        echo "fuzz: $target: $runs executions in ${seconds} s ($rate per second), no crash."
    else
        failed+=("$target")
        echo "fuzz: $target FAILED; the end of its log ($log):" >&2
        grep -E 'FUZZ FAILURE|Swift runtime failure|Fatal error|ERROR: |Test unit written|Base64' "$log" | head -12 >&2 || tail -30 "$log" >&2
        grep -m 3 -E ' in \$s(12GuidanceCore|[0-9]+Fuzz)' "$log" | sed 's/^ */    /' >&2 || true
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: crashes in: ${failed[*]} (inputs in .build-fuzz/crashes/)." >&2
    exit 1
fi
exit 0
}
