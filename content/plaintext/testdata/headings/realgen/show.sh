#!/bin/sh
# show.sh NAME.txt: the page with line numbers and realgen's label of
# each labelled line, for a review by hand (see ../REVIEWING.md).
set -eu
txt=$1
labels=${txt%.txt}.labels
awk 'FNR == NR { if ($0 !~ /^#/ && NF >= 2) kind[$1] = $2; next }
     { printf "%4d %-10s %s\n", FNR, (FNR in kind ? "[" kind[FNR] "]" : ""), $0 }' "$labels" "$txt"
