#!/bin/sh
# Writes a gzipped man page from a program's own --help and --version (help2man), so the page
# never drifts from the program. With --subcommands, every command `PROGRAM --help` lists gets a
# subsection with its own `PROGRAM COMMAND --help`.
#   make_man_page.sh PROGRAM OUTPUT.1.gz "one-line description" INCLUDE.h2m [--subcommands]
set -eu
program=$1
output=$2
description=$3
include=$4
subcommands=${5:-}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A GUI program answers --help without a display, but Qt still wants a platform name.
QT_QPA_PLATFORM=offscreen
export QT_QPA_PLATFORM

cp "$include" "$work/include.h2m"
if [ "$subcommands" = "--subcommands" ]; then
    printf '[COMMANDS]\nEach command has its own options; `%s help COMMAND` or `%s COMMAND --help` prints them.\n' \
        "${program##*/}" "${program##*/}" >> "$work/include.h2m"
    "$program" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }' > "$work/commands"
    while read -r command; do
        printf '.SS "%s"\n.nf\n' "$command"
        # roff: escape backslashes and protect lines that start with a dot or a quote.
        "$program" "$command" --help 2>&1 | sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
        printf '.fi\n'
    done < "$work/commands" >> "$work/include.h2m"
fi

help2man --no-info --no-discard-stderr --name="$description" --include="$work/include.h2m" \
    --output="$work/page.1" "$program"
# -n: no name or time stamp inside, so the same input gives the same bytes.
gzip -9n -c "$work/page.1" > "$output"
