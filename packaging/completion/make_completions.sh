#!/bin/sh
# Writes bash and zsh completion for hilal-sf from the program's own --help, so new commands and
# options are completed without editing this file: the commands `hilal-sf --help` lists, each
# command's options (`hilal-sf COMMAND --help`), the words of commands that take a subcommand
# (`bots add|list|…`), and bot ids (from `hilal-sf bots list --json` when completing, so they are
# the user's own bots).
#   make_completions.sh PROGRAM BASH_OUTPUT ZSH_OUTPUT
set -eu
program=$1
bash_out=$2
zsh_out=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$program" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }' > "$work/commands"
global=$("$program" --help | grep -o -- '--[a-z][a-z-]*' | sort -u | tr '\n' ' ')

# One line per command: "COMMAND|sub words|options".
while read -r command; do
    help=$("$program" "$command" --help 2>&1 || true)
    words=""
    if printf '%s\n' "$help" | head -n 1 | grep -q '<subcommand>'; then
        # (the examples' lines start with the program's name: not a subcommand)
        words=$(printf '%s\n' "$help" | sed -n 's/^  \([a-z][a-z-]*\)\( .*\)\{0,1\}$/\1/p' | grep -vx "${program##*/}" | sort -u | tr '\n' ' ')
    fi
    options=$(printf '%s\n' "$help" | grep -o -- '--[a-z][a-z-]*' | sort -u | tr '\n' ' ')
    printf '%s|%s|%s\n' "$command" "$words" "$options"
done < "$work/commands" > "$work/table"

commands=$(tr '\n' ' ' < "$work/commands")

{
    printf '# bash completion for hilal-sf (generated from `hilal-sf --help` at build time)\n'
    printf '_hilal_sf_bot_ids()\n{\n'
    printf '    hilal-sf bots list --json 2>/dev/null | grep -o '"'"'"id": *"[^"]*"'"'"' | cut -d'"'"'"'"'"' -f4\n}\n\n'
    printf '_hilal_sf()\n{\n'
    printf '    local cur prev command i\n'
    printf '    cur=${COMP_WORDS[COMP_CWORD]}\n'
    printf '    prev=${COMP_WORDS[COMP_CWORD-1]}\n'
    printf '    command=""\n'
    printf '    for ((i = 1; i < COMP_CWORD; i++)); do\n'
    printf '        case ${COMP_WORDS[i]} in\n'
    printf '            --data-dir) ((i++)) ;;\n'
    printf '            -*) ;;\n'
    printf '            *) command=${COMP_WORDS[i]}; break ;;\n'
    printf '        esac\n'
    printf '    done\n'
    printf '    case $prev in\n'
    printf '        --bot) COMPREPLY=($(compgen -W "$(_hilal_sf_bot_ids)" -- "$cur")); return ;;\n'
    printf '        --data-dir|--json|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;\n'
    printf '    esac\n'
    printf '    case $command in\n'
    printf '        "") COMPREPLY=($(compgen -W "%s %s" -- "$cur")) ;;\n' "$commands" "$global"
    while IFS='|' read -r command words options; do
        printf '        %s) COMPREPLY=($(compgen -W "%s %s" -- "$cur")) ;;\n' "$command" "$words" "$options"
    done < "$work/table"
    printf '    esac\n}\n'
    printf 'complete -F _hilal_sf hilal-sf\n'
} > "$bash_out"

{
    printf '#compdef hilal-sf\n'
    printf '# zsh completion for hilal-sf (generated from `hilal-sf --help` at build time)\n\n'
    printf '_hilal_sf_bot_ids() {\n'
    printf '    local -a ids\n'
    printf '    ids=(${(f)"$(hilal-sf bots list --json 2>/dev/null | grep -o '"'"'"id": *"[^"]*"'"'"' | cut -d'"'"'"'"'"' -f4)"})\n'
    printf '    compadd -a ids\n}\n\n'
    printf '_hilal_sf() {\n'
    printf '    local -a commands\n'
    printf '    local command\n'
    printf '    commands=(%s)\n' "$commands"
    printf '    if [[ ${words[CURRENT-1]} == --bot ]]; then _hilal_sf_bot_ids; return; fi\n'
    printf '    if [[ ${words[CURRENT-1]} == (--data-dir|--json|--output) ]]; then _files; return; fi\n'
    printf '    command=${words[(r)(%s)]}\n' "$(printf '%s' "$commands" | sed 's/ *$//; s/ /|/g')"
    printf '    case $command in\n'
    printf '        "") compadd -- $commands %s ;;\n' "$global"
    while IFS='|' read -r command words options; do
        printf '        %s) compadd -- %s %s ;;\n' "$command" "$words" "$options"
    done < "$work/table"
    printf '    esac\n}\n\n'
    printf '_hilal_sf "$@"\n'
} > "$zsh_out"
