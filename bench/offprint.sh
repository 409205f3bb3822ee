#!/usr/bin/env bash
# offprint.sh - measure offprint's own start-up, speed and memory on the
# bundled example and on generated large inputs, and print the Markdown table
# that README's "Speed and memory" quotes. peers.sh measures the other tools.
#
# Every row of one run sees the same machine load, so compare the rows of a
# run with each other (ratios), not with another run's.
#
# Usage: bench/offprint.sh [-r RUNS] [--no-large]
#   -r RUNS     hyperfine runs for the short jobs (default 40)
#   --no-large  skip the large inputs (the 365k-word book, the Go spec, 20 MB
#               of text, a page of a million <p>), which take minutes
# Needs: go, hyperfine, GNU time (/usr/bin/time), python3; pandoc for its row.
# Env: OUT (work folder, default $TMPDIR/offprint-bench).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-${TMPDIR:-/tmp}/offprint-bench}
RUNS=40; LARGE=1
while [ $# -gt 0 ]; do
  case "$1" in
    -r) RUNS=$2; shift 2;;
    --no-large) LARGE=0; shift;;
    -h|--help) sed -n '2,15p' "$0"; exit 0;;
    *) echo "unknown arg: $1" >&2; exit 2;;
  esac
done
mkdir -p "$OUT/hello"
export SOURCE_DATE_EPOCH=0

# The binaries: offprint as the README builds it, and a Go "hello world"
# built the same way, the floor of a Go process's start on this machine.
BIN=$OUT/offprint
(cd "$ROOT" && CGO_ENABLED=0 go build -trimpath -o "$BIN" ./cmd/offprint)
cat >"$OUT/hello/main.go" <<'EOF'
package main

import "os"

func main() { os.Stdout.WriteString("hello\n") }
EOF
(cd "$OUT/hello" && { [ -f go.mod ] || go mod init hello >/dev/null 2>&1; } && CGO_ENABLED=0 go build -trimpath -o "$OUT/hello-bin" .)

MD=$ROOT/examples/vox-isis-k.md
TXT=$ROOT/examples/vox-isis-k.txt

# peak prints the wall time, user CPU and peak RSS of one run of the command.
peak() {
  /usr/bin/time -f '%e %U %M' -o "$OUT/time.txt" "$@" >/dev/null 2>&1
  awk '{printf "%.2f s wall, %.2f s user, %.0f MiB", $1, $2, $3/1024}' "$OUT/time.txt"
}

echo "## short jobs (hyperfine -N, $RUNS runs, mean ± σ)"
jobs=(-n 'Go hello world' "$OUT/hello-bin"
  -n 'offprint --version' "$BIN --version"
  -n 'offprint example.md -> EPUB + PDF' "$BIN export -o $OUT/ $MD"
  -n 'offprint example.txt -> EPUB + PDF' "$BIN export -o $OUT/ $TXT")
if command -v pandoc >/dev/null; then
  jobs+=(-n 'pandoc example.md -> EPUB' "pandoc $MD -o $OUT/pandoc.epub")
fi
hyperfine -N --style basic --warmup 5 -r "$RUNS" --export-markdown "$OUT/short.md" "${jobs[@]}" >/dev/null
cat "$OUT/short.md"
echo
echo "peak RSS, example.md -> EPUB + PDF: $(peak "$BIN" export -o "$OUT/" "$MD")"
echo "peak RSS, --version: $(peak "$BIN" --version)"

[ "$LARGE" = 1 ] || exit 0
echo
echo "## large inputs (one run each, GNU time)"
python3 - "$MD" "$TXT" "$OUT" <<'EOF'
import sys
md, txt, out = sys.argv[1:]
src = open(md, encoding='utf-8').read().split('\n')
title, body = src[0][2:], '\n'.join(src[1:])
book = ['---', 'title: "Big Book: 200 copies of the example"', 'lang: en', '---', '']
for i in range(1, 201):
    book += [f'# Chapter {i}: {title}', body]
open(out + '/bigbook.md', 'w', encoding='utf-8').write('\n'.join(book))
text = open(txt, encoding='utf-8').read()
head, rest = text.split('\n', 1)
with open(out + '/big20mb.txt', 'w', encoding='utf-8') as f:
    f.write(head + '\n')
    i = 0
    while f.tell() < 20_000_000:
        i += 1
        f.write(f'\nChapter {i}\n\n{rest}\n')
with open(out + '/million.html', 'w', encoding='utf-8') as f:
    f.write('<html><head><title>A million paragraphs</title></head><body>\n')
    for i in range(1_000_000):
        f.write(f'<p>Paragraph {i:06d} of text.</p>\n')
    f.write('</body></html>\n')
EOF
GOSPEC=$(go env GOROOT)/doc/go_spec.html
for job in "bigbook.md:epub" "bigbook.md:pdf" "big20mb.txt:epub" "big20mb.txt:pdf" "million.html:epub" "million.html:pdf"; do
  in=$OUT/${job%%:*} fmt=${job##*:}
  echo "${job%%:*} -> ${fmt^^}: $(peak "$BIN" export -f "$fmt" -o "$OUT/" "$in")"
done
if [ -f "$GOSPEC" ]; then
  for fmt in epub pdf; do echo "go_spec.html -> ${fmt^^}: $(peak "$BIN" export -f "$fmt" -o "$OUT/" "$GOSPEC")"; done
fi
