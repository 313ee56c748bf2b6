# fish completion for guidance: commands, options, formats and session ids.
# Installed as PREFIX/share/fish/vendor_completions.d/guidance.fish by `make install`.

set -l guidance_commands new resume list show plan calendar invite agenda export review status delete check where help
set -l guidance_id_commands resume show plan calendar invite export review status delete

# The session ids: the names of the session files in the folder `guidance where` names (or --sessions DIR).
function __guidance_session_ids
    set -l words (commandline -opc)
    set -l folder
    set -l i (contains -i -- --sessions $words)
    if test -n "$i"; and test (count $words) -gt $i
        set folder $words[(math $i + 1)]
    else
        set folder (command $words[1] where 2>/dev/null | sed -n 's/^Sessions: \(.*\) (.*$/\1/p')
    end
    for file in $folder/*.json
        set -l name (basename $file .json)
        string match -q -- '.*' $name; and continue
        string match -q -- '*.review-*' $name; and continue
        echo $name
    end
    echo latest
end

complete -c guidance -f
complete -c guidance -n "not __fish_seen_subcommand_from $guidance_commands" -a new -d 'start a new session'
complete -c guidance -n "not __fish_seen_subcommand_from $guidance_commands" -a resume -d 'continue a session'
complete -c guidance -n "not __fish_seen_subcommand_from $guidance_commands" -a list -d 'sessions, newest first'
complete -c guidance -n "not __fish_seen_subcommand_from $guidance_commands" -a show -d 'the answers of a session'
complete -c guidance -n "not __fish_seen_subcommand_from $guidance_commands" -a plan -d 'the three-month plan draft'
complete -c guidance -n "not __fish_seen_subcommand_from $guidance_commands" -a calendar -d 'the calendar file of the plan'
complete -c guidance -n "not __fish_seen_subcommand_from $guidance_commands" -a invite -d 'the next meeting as an invitation'
complete -c guidance -n "not __fish_seen_subcommand_from $guidance_commands" -a agenda -d 'the agenda of the next meeting'
complete -c guidance -n "not __fish_seen_subcommand_from $guidance_commands" -a export -d 'every format at once'
complete -c guidance -n "not __fish_seen_subcommand_from $guidance_commands" -a review -d 'the monthly review'
complete -c guidance -n "not __fish_seen_subcommand_from $guidance_commands" -a status -d 'the plan to date'
complete -c guidance -n "not __fish_seen_subcommand_from $guidance_commands" -a delete -d 'move a session to the trash folder'
complete -c guidance -n "not __fish_seen_subcommand_from $guidance_commands" -a check -d 'check the prompts folder'
complete -c guidance -n "not __fish_seen_subcommand_from $guidance_commands" -a where -d 'the folders in use and why'
complete -c guidance -n "not __fish_seen_subcommand_from $guidance_commands" -a help -d 'the help of a command'
complete -c guidance -n "__fish_seen_subcommand_from help" -a "$guidance_commands"
complete -c guidance -n "__fish_seen_subcommand_from $guidance_id_commands" -a '(__guidance_session_ids)' -d 'session id'

complete -c guidance -l sessions -r -F -d 'the sessions folder'
complete -c guidance -l prompts -r -F -d 'the prompts folder'
complete -c guidance -l tz -x -d 'the time zone'
complete -c guidance -l no-color -d 'no colour'
complete -c guidance -l help -d 'the help'
complete -c guidance -l version -d 'the version'

complete -c guidance -n "__fish_seen_subcommand_from new agenda" -l script -x -a 'director self' -d 'the questions'
complete -c guidance -n "__fish_seen_subcommand_from new review" -l answers -r -F -d 'an answers file'
complete -c guidance -n "__fish_seen_subcommand_from new agenda review" -l date -x -d 'the date'
complete -c guidance -n "__fish_seen_subcommand_from new" -l date-order -x -a 'dmy mdy' -d 'how dates are read'
complete -c guidance -n "__fish_seen_subcommand_from list export" -l all -d 'every session, or every format'
complete -c guidance -n "__fish_seen_subcommand_from plan" -l format -x -a 'text md html csv json' -d 'the format'
complete -c guidance -n "__fish_seen_subcommand_from agenda" -l format -x -a 'txt md html' -d 'the format'
complete -c guidance -n "__fish_seen_subcommand_from export" -l format -x -a 'json' -d 'the format'
complete -c guidance -n "__fish_seen_subcommand_from plan calendar invite agenda export" -s o -r -F -d 'the file or folder to write'
complete -c guidance -n "__fish_seen_subcommand_from plan agenda export" -l paper -x -a 'a4 letter' -d 'the paper'
complete -c guidance -n "__fish_seen_subcommand_from plan calendar invite agenda export" -l force -d 'replace a file guidance did not write'
complete -c guidance -n "__fish_seen_subcommand_from agenda" -l from -x -a '(__guidance_session_ids)' -d 'the last session'
complete -c guidance -n "__fish_seen_subcommand_from agenda" -l time -x -d 'the meeting time'
complete -c guidance -n "__fish_seen_subcommand_from review" -l month -x -a '1 2 3' -d 'the month of the plan'
complete -c guidance -n "__fish_seen_subcommand_from delete" -l yes -d 'do not ask'
