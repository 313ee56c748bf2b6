#!/usr/bin/env bash
# The interoperability stage: guidance's exports checked by real third-party tools.
#
# Installs what is missing, then runs Tests/interop/interop.py and Tests/interop/install.sh (make install from a
# clean clone, the installed binary without the toolchain, the man page and the shell completions):
#   - Debian's mandoc, zsh, fish and bash-completion (for install.sh), tidy, cmark-gfm, chromium (to print the HTML plan to PDF) and poppler-utils (pdfinfo, pdftotext) (apt-get, with sudo when not root; python3-venv when venvs cannot be made),
#   - a throwaway Python venv in .build/interop-venv with icalendar, vobject and khal (requirements.txt),
#     reused while it holds exactly those versions.
# Environment: GUIDANCE=path to the binary (default .build/debug/guidance, built with `swift build` when
# missing), SWIFT=the swift command, INTEROP_VENV=another venv folder. Arguments go to interop.py
# (for example --only hostile); `--only install` runs install.sh alone, and install.sh runs only without arguments.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE=$ROOT/Tests/interop
VENV=${INTEROP_VENV:-$ROOT/.build/interop-venv}
GUIDANCE=${GUIDANCE:-$ROOT/.build/debug/guidance}
SWIFT=${SWIFT:-swift}
SUDO=""
[ "$(id -u)" = "0" ] || SUDO=sudo
started=$(date +%s)
updated=no

apt_install() {
    if [ "$updated" = no ]; then
        echo "interop: apt-get update (to install $*)"
        $SUDO apt-get update -qq
        updated=yes
    fi
    echo "interop: installing $* with apt-get"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

missing=()
command -v tidy >/dev/null 2>&1 || missing+=(tidy)
command -v cmark-gfm >/dev/null 2>&1 || missing+=(cmark-gfm)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
command -v mandoc >/dev/null 2>&1 || missing+=(mandoc)
command -v zsh >/dev/null 2>&1 || missing+=(zsh)
command -v fish >/dev/null 2>&1 || missing+=(fish)
[ -f /usr/share/bash-completion/bash_completion ] || missing+=(bash-completion)
if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi

stamp=$VENV/.interop-requirements
if [ -x "$VENV/bin/python" ] && [ -x "$VENV/bin/khal" ] && cmp -s "$stamp" "$HERE/requirements.txt" \
    && "$VENV/bin/python" -c "import icalendar, vobject, khal" >/dev/null 2>&1; then
    echo "interop: reusing the Python venv in ${VENV#$ROOT/}"
else
    rm -rf "$VENV"
    mkdir -p "$(dirname "$VENV")"
    if ! python3 -m venv "$VENV" >/dev/null 2>&1; then
        rm -rf "$VENV"
        apt_install python3-venv
        python3 -m venv "$VENV"
    fi
    echo "interop: installing $(grep -v '^#' "$HERE/requirements.txt" | tr '\n' ' ')into ${VENV#$ROOT/}"
    PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 "$VENV/bin/pip" install -q -r "$HERE/requirements.txt"
    cp "$HERE/requirements.txt" "$stamp"
fi

if [ ! -x "$GUIDANCE" ]; then
    echo "interop: no guidance binary at ${GUIDANCE#$ROOT/}: building it"
    $SWIFT build
fi

echo "interop: tools ready after $(( $(date +%s) - started ))s"
if [ "${1:-}" = "--only" ] && [ "${2:-}" = "install" ]; then
    exec env SWIFT="$SWIFT" bash "$HERE/install.sh"
fi
# interop.py prints the tally ("interop: N passed, M failed") as the last line and exits 1 when a check failed;
# install.sh prints its own ("install: N passed, M failed").
status=0
env PYTHONDONTWRITEBYTECODE=1 "$VENV/bin/python" "$HERE/interop.py" --guidance "$GUIDANCE" --khal "$VENV/bin/khal" "$@" || status=$?
if [ $# -eq 0 ]; then
    env SWIFT="$SWIFT" bash "$HERE/install.sh" || status=1
fi
exit $status
