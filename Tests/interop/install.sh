#!/usr/bin/env bash
# The installation check of the interoperability stage: `make install` from a clean clone, then the installed
# guidance used as a person would, with no Swift toolchain on the PATH.
#
# Clones the committed HEAD into .build/install-check/clone (keeping that clone's .build from the last run, so a
# second run builds only what changed), runs `make install PREFIX=.build/install-check/prefix`, and checks:
# - the files are where the README says; `ldd` on the installed binary names nothing from the toolchain's folder;
# - with PATH=PREFIX/bin:/usr/bin:/bin and HOME in a temporary folder: `guidance --version`, `guidance where`,
#   a session stored from an answers file and a piped meeting, both in ~/.local/share/guidance/sessions, and a plan
#   made with the installed prompts, activities and holidays;
# - `mandoc -T lint` accepts the man page; `bash -n`, `zsh -n`, `fish -n` accept the completions; bash completes
#   `guidance sh` to show and a session id from its first characters, and so do zsh and fish;
# - `make install DESTDIR=...` puts everything under DESTDIR, and `make uninstall` takes every file away again.
# Prints `ok` or `FAIL` per check like interop.py, then `install: N passed, M failed`; exits 1 when a check failed.
# Environment: SWIFT=the swift command. Needs mandoc, zsh, fish and bash-completion (run.sh installs them).
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SWIFT=${SWIFT:-swift}
WORK=$ROOT/.build/install-check
CLONE=$WORK/clone
PREFIX=$WORK/prefix
HOMEDIR=$WORK/home
passed=0
failed=0
failures=()
problems=()

rel() { printf '%s' "${1#"$ROOT"/}"; }
problem() { problems+=("$*"); }
# check NAME COMMAND...: runs the command (a function of this file), which records problems; prints ok or FAIL.
check() {
    local name=$1 started=$SECONDS
    shift
    problems=()
    "$@" || [ ${#problems[@]} -gt 0 ] || problem "the check stopped with exit code $?"
    if [ ${#problems[@]} -eq 0 ]; then
        passed=$((passed + 1))
        printf 'ok   %s (%ss)\n' "$name" $((SECONDS - started))
    else
        failed=$((failed + 1))
        failures+=("$name: ${problems[0]}")
        printf 'FAIL %s (%ss)\n' "$name" $((SECONDS - started))
        local line
        for line in "${problems[@]}"; do printf '       - %s\n' "${line//$'\n'/$'\n'         }"; done
    fi
}
# installed ARGS...: the installed guidance, run the way a person would: no toolchain on the PATH, HOME of its own.
installed() {
    env -i PATH="$PREFIX/bin:/usr/bin:/bin" HOME="$HOMEDIR" LANG=C.UTF-8 TERM=dumb NO_COLOR=1 TZ=UTC guidance "$@"
}

for tool in mandoc zsh fish; do
    command -v $tool >/dev/null 2>&1 || { echo "install: $tool is not installed: run Tests/interop/run.sh, which installs it" >&2; exit 2; }
done
[ -f /usr/share/bash-completion/bash_completion ] \
    || { echo "install: bash-completion is not installed: run Tests/interop/run.sh, which installs it" >&2; exit 2; }

clone_and_install() {
    mkdir -p "$WORK"
    rm -rf "$WORK/kept-build" "$PREFIX" "$HOMEDIR" "$WORK/dest"
    [ -d "$CLONE/.build" ] && mv "$CLONE/.build" "$WORK/kept-build"
    rm -rf "$CLONE"
    local head
    head=$(git -C "$ROOT" rev-parse HEAD) || { problem "git rev-parse HEAD failed in $ROOT"; return 1; }
    git clone -q --no-checkout "$ROOT" "$CLONE" && git -C "$CLONE" checkout -q "$head" \
        || { problem "could not clone $ROOT at $head"; return 1; }
    [ -d "$WORK/kept-build" ] && mv "$WORK/kept-build" "$CLONE/.build"
    if ! make -C "$CLONE" install PREFIX="$PREFIX" SWIFT="$SWIFT" >"$WORK/install.log" 2>&1; then
        problem "make install PREFIX=$(rel "$PREFIX") failed; the last lines of $(rel "$WORK/install.log"):"$'\n'"$(tail -n 15 "$WORK/install.log")"
        return 1
    fi
    local file
    for file in bin/guidance share/guidance/prompts/director.json share/guidance/prompts/self.json \
        share/guidance/prompts/activities.json share/guidance/prompts/holidays.json share/man/man1/guidance.1 \
        share/bash-completion/completions/guidance share/zsh/site-functions/_guidance \
        share/fish/vendor_completions.d/guidance.fish; do
        [ -f "$PREFIX/$file" ] || problem "make install did not write PREFIX/$file"
    done
    [ -x "$PREFIX/bin/guidance" ] || problem "PREFIX/bin/guidance is not executable"
}

no_toolchain_libraries() {
    local swift toolchain libraries
    swift=$(command -v "$SWIFT") || { problem "$SWIFT is not on the PATH, so the toolchain's folder is unknown"; return 1; }
    # /opt/swift/usr/bin/swift -> /opt/swift/usr: the folder of the toolchain's own libraries (usr/lib/swift/...).
    toolchain=$(dirname "$(dirname "$(readlink -f "$swift")")")
    libraries=$(ldd "$PREFIX/bin/guidance" 2>&1) || { problem "ldd failed: $libraries"; return 1; }
    echo "     ldd $(rel "$PREFIX")/bin/guidance:"
    printf '%s\n' "$libraries" | sed 's/^[[:space:]]*/       /'
    if grep -qF "$toolchain/" <<<"$libraries"; then
        problem "the installed binary needs libraries from the toolchain ($toolchain):"$'\n'"$(grep -F "$toolchain/" <<<"$libraries")"
    fi
    if grep -q "not found" <<<"$libraries"; then problem "libraries not found: $(grep "not found" <<<"$libraries")"; fi
    if env -i PATH="$PREFIX/bin:/usr/bin:/bin" sh -c 'command -v swift' >/dev/null 2>&1; then
        problem "swift is on PATH=/usr/bin:/bin, so the runs below do not prove that guidance runs without the toolchain"
    fi
}

version_and_where() {
    local out
    out=$(installed --version 2>&1) || problem "guidance --version exited $?: $out"
    [[ $out == "guidance "[0-9]* ]] || problem "guidance --version printed '$out', not 'guidance VERSION'"
    out=$(cd "$WORK" && installed where 2>&1) || problem "guidance where exited $?: $out"
    local sessions="Sessions: $HOMEDIR/.local/share/guidance/sessions (the default for an installed guidance; set GUIDANCE_SESSIONS or --sessions to change it)"
    local prompts="Prompts:  $PREFIX/share/guidance/prompts (installed with guidance; copy them to $HOMEDIR/.config/guidance/prompts to edit your own)"
    grep -qxF "$sessions; it is made when the first session is stored" <<<"$out" || problem "guidance where did not say: $sessions"$'\n'"it said: $out"
    grep -qxF "$prompts" <<<"$out" || problem "guidance where did not say: $prompts"$'\n'"it said: $out"
}

meetings() {
    local out sessions=$HOMEDIR/.local/share/guidance/sessions
    out=$(cd "$WORK" && installed new --answers "$CLONE/Tests/Fixtures/design-answers-v2.json" 2>&1) \
        || { problem "guidance new --answers exited $?: $out"; return 1; }
    [[ $out == "Stored session 2027-02-01-"* ]] || problem "guidance new --answers said '$out'"
    out=$(cd / && printf 'Replace the income of the shrinking hospitality segment\n' | installed new --date 2027-05-03 2>&1) \
        || problem "a piped meeting exited $?: $out"
    grep -q "Saved. To carry on later: guidance resume 2027-05-03-" <<<"$out" || problem "a piped meeting did not end with 'Saved. To carry on later': $out"
    local count
    count=$(find "$sessions" -maxdepth 1 -name '*.json' | wc -l)
    [ "$count" = 2 ] || problem "expected 2 session files in $sessions, found $count"
    out=$(cd / && installed plan 2027-02-01 --format csv 2>&1) || problem "guidance plan 2027-02-01 --format csv exited $?: ${out:0:300}"
    grep -q "^start,due,month,week,segment" <<<"$out" || problem "the plan CSV has no header: ${out:0:200}"
    out=$(cd / && installed check 2>&1) || problem "guidance check of the installed prompts exited $?: $out"
}

man_page() {
    local out
    out=$(mandoc -T lint -W warning "$PREFIX/share/man/man1/guidance.1" 2>&1) || problem "mandoc -T lint exited $?"
    [ -z "$out" ] || problem "mandoc -T lint: $out"
    grep -q '^\.It Ic where$' "$PREFIX/share/man/man1/guidance.1" || problem "the man page does not describe guidance where"
}

completion_syntax() {
    local out
    out=$(bash -n "$PREFIX/share/bash-completion/completions/guidance" 2>&1) || problem "bash -n: $out"
    out=$(zsh -n "$PREFIX/share/zsh/site-functions/_guidance" 2>&1) || problem "zsh -n: $out"
    out=$(fish -n "$PREFIX/share/fish/vendor_completions.d/guidance.fish" 2>&1) || problem "fish -n: $out"
}

# bash_completes "WORD..." EXPECTED: what bash's completion offers for the words typed (the last one being completed).
bash_completes() {
    local typed=$1 expected=$2 out
    out=$(env -i PATH="$PREFIX/bin:/usr/bin:/bin" HOME="$HOMEDIR" LANG=C.UTF-8 bash --norc --noprofile -c '
        source /usr/share/bash-completion/bash_completion
        source "$1"
        read -r -a COMP_WORDS <<<"$2"
        [[ $2 == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        COMP_LINE=$2
        COMP_POINT=${#COMP_LINE}
        _guidance
        printf "%s\n" "${COMPREPLY[@]}"' completion "$PREFIX/share/bash-completion/completions/guidance" "$typed" 2>&1)
    [ "$out" = "$expected" ] || problem "bash completes '$typed' to '${out//$'\n'/ }', not '${expected//$'\n'/ }'"
}

completions() {
    bash_completes "guidance sh" "show"
    local id
    id=$(basename "$(find "$HOMEDIR/.local/share/guidance/sessions" -maxdepth 1 -name '2027-05-03-*.json' | head -n 1)" .json)
    bash_completes "guidance show 2027-05" "$id"
    bash_completes "guidance plan latest --format c" "csv"
    bash_completes "guidance agenda --format " $'txt\nmd\nhtml'
    local out
    out=$(env -i PATH="$PREFIX/bin:/usr/bin:/bin" HOME="$HOMEDIR" fish --no-config -c \
        "source $PREFIX/share/fish/vendor_completions.d/guidance.fish; complete -C 'guidance show 2027-05'" 2>&1)
    [[ $out == "$id"$'\t'* ]] || problem "fish completes 'guidance show 2027-05' to '$out', not $id"
    zsh_completes "guidance sh" "show"
    zsh_completes "guidance show 2027-05" "$id"
    # --sessions on the line, before or after the command, names the folder whose ids are offered.
    local other=$WORK/other-sessions
    rm -rf "$other" && mkdir -p "$other" && cp "$HOMEDIR/.local/share/guidance/sessions/$id.json" "$other/2027-06-07-abcd.json"
    zsh_completes "guidance --sessions $other show 2027-0" "2027-06-07-abcd"
    zsh_completes "guidance show --sessions $other 2027-0" "2027-06-07-abcd"
    bash_completes "guidance --sessions $other show 2027-0" "2027-06-07-abcd"
}

# zsh_completes "TYPED" EXPECTED: what zsh's completion system offers after TYPED and Tab, in a zsh of its own
# (zpty), each match recorded by a compadd that wraps the builtin.
zsh_completes() {
    local typed=$1 expected=$2 matches=$WORK/zsh-matches out
    rm -f "$matches"
    env -i PATH="$PREFIX/bin:/usr/bin:/bin" HOME="$HOMEDIR" LANG=C.UTF-8 FPATH_DIR="$PREFIX/share/zsh/site-functions" \
        MATCHES="$matches" TYPED="$typed" zsh -f -c '
        zmodload zsh/zpty
        zpty z zsh -f -i
        zpty -w z "PS1=; fpath=($FPATH_DIR \$fpath); autoload -Uz compinit; compinit -u -D"
        zpty -w z "compadd() { local -a hits; builtin compadd -O hits \"\$@\"; print -l -- \$hits >> $MATCHES; builtin compadd \"\$@\" }"
        zpty -w z "$TYPED"$'"'"'\t'"'"'
        for i in {1..50}; do [[ -s $MATCHES ]] && break; sleep 0.2; done
        sleep 0.3
        zpty -d z' >/dev/null 2>&1
    out=$(sort -u "$matches" 2>/dev/null | sed "/^$/d")
    [ "$out" = "$expected" ] || problem "zsh completes '$typed' to '${out//$'\n'/ }', not '$expected'"
}

destdir_and_uninstall() {
    local dest=$WORK/dest left
    make -C "$CLONE" install PREFIX=/usr/local DESTDIR="$dest" SWIFT="$SWIFT" >"$WORK/destdir.log" 2>&1 \
        || { problem "make install DESTDIR=... failed: $(tail -n 5 "$WORK/destdir.log")"; return 1; }
    [ -x "$dest/usr/local/bin/guidance" ] || problem "make install DESTDIR=$(rel "$dest") PREFIX=/usr/local did not write DESTDIR/usr/local/bin/guidance"
    make -C "$CLONE" uninstall PREFIX=/usr/local DESTDIR="$dest" >>"$WORK/destdir.log" 2>&1 || problem "make uninstall DESTDIR=... failed"
    make -C "$CLONE" uninstall PREFIX="$PREFIX" >"$WORK/uninstall.log" 2>&1 || problem "make uninstall PREFIX=... failed"
    for folder in "$dest" "$PREFIX"; do
        left=$(find "$folder" -type f)
        [ -z "$left" ] || problem "make uninstall left files behind: $left"
    done
    [ -n "$(find "$HOMEDIR/.local/share/guidance/sessions" -name '*.json')" ] || problem "make uninstall removed the sessions"
}

started=$SECONDS
echo "install: make install from a clean clone of HEAD in $(rel "$WORK")"
[ -z "$(git -C "$ROOT" status --porcelain --untracked-files=no)" ] \
    || echo "     note: the working tree has uncommitted changes; the check installs the committed HEAD"
check "make install PREFIX=... from a clean clone writes the binary, prompts, man page and completions" clone_and_install
if [ $failed -eq 0 ]; then
    check "ldd on the installed binary names nothing from the Swift toolchain's folder" no_toolchain_libraries
    check "the installed guidance --version and guidance where run with no toolchain on the PATH" version_and_where
    check "the installed guidance stores sessions in ~/.local/share/guidance/sessions and plans with the installed prompts" meetings
    check "mandoc -T lint accepts the installed man page" man_page
    check "bash -n, zsh -n and fish -n accept the installed completions" completion_syntax
    check "bash, zsh and fish complete guidance sh to show and a session id from its start" completions
    check "make install DESTDIR=... and make uninstall (which keeps the sessions)" destdir_and_uninstall
fi
echo "install: the checks took $((SECONDS - started))s"
if [ $failed -gt 0 ]; then
    echo "Installation checks that failed:"
    for line in "${failures[@]}"; do echo "  - ${line%%$'\n'*}"; done
fi
echo "install: $passed passed, $failed failed"
[ $failed -eq 0 ]
