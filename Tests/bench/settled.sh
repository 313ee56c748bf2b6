#!/usr/bin/env bash
# Puts a sessions folder back as it is between meetings, before each timed run of the bench's "settled" first-prompt rows:
# the sessions that runs of `guidance new` started (files newer than MARK) are deleted through guidance, the folder is left
# alone for two seconds, and a command reads it (as `guidance agenda` does before a meeting), which stamps the index.
#   Tests/bench/settled.sh BINARY FOLDER MARK PROMPTS
set -eu
bin="$1" folder="$2" mark="$3" prompts="$4"
for file in $(find "$folder" -maxdepth 1 -newer "$mark" -name '*.json'); do
    "$bin" delete "$(basename "$file" .json)" --yes --sessions "$folder" --prompts "$prompts" >/dev/null
done
sleep 2.1
"$bin" plan latest --format csv --sessions "$folder" --prompts "$prompts" >/dev/null
