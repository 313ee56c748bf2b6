# bash completion for guidance: commands, options, formats and session ids.
# Installed as PREFIX/share/bash-completion/completions/guidance by `make install`.

# The sessions folder: --sessions on the line being completed, else the one `guidance where` names.
_guidance_sessions_folder() {
    local i
    for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do
        if [[ ${COMP_WORDS[i]} == --sessions ]]; then
            printf '%s\n' "${COMP_WORDS[i + 1]}"
            return
        fi
    done
    "${COMP_WORDS[0]:-guidance}" where 2>/dev/null | sed -n 's/^Sessions: \(.*\) (.*$/\1/p'
}

# The session ids: the names of the session files, without .json (no guidance run beyond `where`).
_guidance_session_ids() {
    local folder file name
    folder=$(_guidance_sessions_folder)
    [[ -d $folder ]] || return
    for file in "$folder"/*.json; do
        [[ -f $file ]] || continue
        name=${file##*/}
        name=${name%.json}
        [[ $name == .* || $name == *.review-* ]] && continue
        printf '%s\n' "$name"
    done
    printf '%s\n' latest
}

_guidance() {
    local cur prev command word i
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    local commands="new resume list show plan calendar invite agenda export review status delete check where help"
    local common="--sessions --prompts --tz --no-color --help --version"

    command=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
            --sessions | --prompts | --tz | --script | --answers | --date | --time | --format | --from | --paper | --month | -o | --output | --date-order)
                ((i++)) ;;
            -*) ;;
            *) command=$word; break ;;
        esac
    done

    case $prev in
        --sessions | --prompts | -o | --output)
            COMPREPLY=($(compgen -d -- "$cur"))
            [[ $prev == -o || $prev == --output ]] && COMPREPLY=($(compgen -f -- "$cur"))
            return ;;
        --answers) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --script) COMPREPLY=($(compgen -W "director self" -- "$cur")); return ;;
        --format)
            if [[ $command == agenda ]]; then
                COMPREPLY=($(compgen -W "txt md html" -- "$cur"))
            elif [[ $command == export ]]; then
                COMPREPLY=($(compgen -W "json" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "text md html csv json" -- "$cur"))
            fi
            return ;;
        --paper) COMPREPLY=($(compgen -W "a4 letter" -- "$cur")); return ;;
        --month) COMPREPLY=($(compgen -W "1 2 3" -- "$cur")); return ;;
        --date-order) COMPREPLY=($(compgen -W "dmy mdy" -- "$cur")); return ;;
        --from) COMPREPLY=($(compgen -W "$(_guidance_session_ids)" -- "$cur")); return ;;
        --tz | --date | --time) return ;;
    esac

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$common" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local flags=""
    case $command in
        new) flags="--script --answers --date --date-order" ;;
        list) flags="--all" ;;
        plan) flags="--format -o --paper --force" ;;
        calendar | invite) flags="-o --force" ;;
        agenda) flags="--script --from --format -o --date --time --paper --force" ;;
        export) flags="--all -o --format --paper --force" ;;
        review) flags="--month --answers --date" ;;
        delete) flags="--yes" ;;
        help) COMPREPLY=($(compgen -W "$commands" -- "$cur")); return ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$flags $common" -- "$cur"))
        return
    fi
    case $command in
        resume | show | plan | calendar | invite | export | review | status | delete)
            COMPREPLY=($(compgen -W "$(_guidance_session_ids)" -- "$cur")) ;;
    esac
}

complete -F _guidance guidance
