#!/usr/bin/env bash
# Puts a sessions folder back as it is between meetings, before each timed run of the bench's "settled" first-prompt rows:
# the sessions that runs of `guidance new` started (files newer than MARK) are deleted through guidance, the folder is left
# alone for two seconds, and a command reads it (as `guidance agenda` does before a meeting), which stamps the index.
# What was written is put on the disk first (sync), as it long is between meetings: the system's writing back of the
# deletion's index, or of the bench's 10,000 copies, does not fall into the run timed next.
#   Tests/bench/settled.sh BINARY FOLDER MARK PROMPTS
set -eu
bin="$1" folder="$2" mark="$3" prompts="$4"
for file in $(find "$folder" -maxdepth 1 -newer "$mark" -name '*.json'); do
    "$bin" delete "$(basename "$file" .json)" --yes --sessions "$folder" --prompts "$prompts" >/dev/null
done
sync
sleep 2.1
"$bin" plan latest --format csv --sessions "$folder" --prompts "$prompts" >/dev/null
