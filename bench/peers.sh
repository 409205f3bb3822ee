#!/usr/bin/env bash
# peers.sh - re-run the peer-tool measurements (pandoc, calibre, weasyprint,
# wkhtmltopdf, xelatex) on the seed article and the scale inputs, and print a
# Markdown table: tool | path | wall median | peak RSS | size | structure | validation.
#
# Timing: hyperfine (median of N runs after 1 warm-up). Peak RSS: one extra run
# under GNU time (%M = max RSS of the largest waited-for process). Both are public
# tools, so the numbers can be reproduced anywhere with Debian 12 packages.
#
# Usage:
#   ./peers.sh [-n RUNS] [--no-install] [--no-scale] [--only REGEX] [--shots]
#              [--add 'LABEL::INPUT::OUTPUT::COMMAND'] ...
#   COMMAND may use {in} and {out}; OUTPUT's extension (.epub/.pdf) selects the
#   validation. Example, to put our exporter in the same table:
#     ./peers.sh --add 'ours::seed.txt::ours.epub::/path/to/ours -o {out} {in}' \
#                --add 'ours::seed.txt::ours.pdf::/path/to/ours -o {out} {in}'
# Env: OUT (output folder, default $TMPDIR/offprint-peers), SCALE_RUNS (default 3).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-${TMPDIR:-/tmp}/offprint-peers}
RUNS=5; SCALE=1; INSTALL=1; SHOTS=0; ONLY=''; SCALE_RUNS=${SCALE_RUNS:-3}
declare -a ADDS=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) RUNS=$2; shift 2;;
    --no-install) INSTALL=0; shift;;
    --no-scale) SCALE=0; shift;;
    --only) ONLY=$2; shift 2;;
    --shots) SHOTS=1; shift;;
    --add) ADDS+=("$2"); shift 2;;
    -h|--help) sed -n '2,18p' "$0"; exit 0;;
    *) echo "unknown arg: $1" >&2; exit 2;;
  esac
done

# ---------------------------------------------------------------- install
PKGS=(pandoc calibre epubcheck weasyprint wkhtmltopdf poppler-utils mupdf-tools qpdf
      hyperfine time unzip python3 default-jre-headless
      texlive-xetex lmodern texlive-latex-recommended texlive-fonts-recommended)
if [ "$INSTALL" = 1 ]; then
  missing=()
  for p in "${PKGS[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}" >&2
    SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=900 \
      install -y --no-install-recommends "${missing[@]}" >&2
  fi
fi

# calibre's PDF output uses QtWebEngine: needs --no-sandbox as root, no display.
export QT_QPA_PLATFORM=offscreen
[ "$(id -u)" = 0 ] && export QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox"
# Debian's epubcheck command is a bare jar (needs binfmt jarwrapper); call java.
if epubcheck --version >/dev/null 2>&1; then EPUBCHECK=(epubcheck)
else EPUBCHECK=(java -jar "$(dpkg -L epubcheck 2>/dev/null | grep 'epubcheck.jar$' | head -1)"); fi

# ---------------------------------------------------------------- inputs
mkdir -p "$OUT"
SEED_TXT=$HERE/../examples/vox-isis-k.txt; SEED_MD=$HERE/../examples/vox-isis-k.md; BIG=$OUT/bigbook.md
GOSPEC=$(go env GOROOT 2>/dev/null)/doc/go_spec.html
for f in "$SEED_TXT" "$SEED_MD"; do [ -f "$f" ] || { echo "missing $f" >&2; exit 1; }; done
if [ ! -f "$BIG" ]; then   # 200 x seed.md, each copy a '# Chapter N: ...' chapter
  python3 - "$SEED_MD" "$BIG" <<'EOF'
import sys
src = open(sys.argv[1], encoding='utf-8').read().split('\n')
title, body = src[0][2:], '\n'.join(src[1:])
out = ['---', 'title: "Big Book: 200 copies of the seed article"', 'lang: en', '---', '']
for i in range(1, 201):
    out += [f'# Chapter {i}: {title}', body]
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out))
EOF
fi

# ---------------------------------------------------------------- cases
# LABEL::INPUT::OUTPUT::COMMAND   (RUNS for seed cases, SCALE_RUNS for scale:*)
GT='-M "title=The Go Programming Language Specification"'
CASES=(
 "pandoc::$SEED_MD::pandoc-md.epub::pandoc {in} -o {out} --toc"
 "pandoc (shift -1)::$SEED_MD::pandoc-md-shift.epub::pandoc {in} -o {out} --toc --shift-heading-level-by=-1"
 "pandoc+weasyprint::$SEED_MD::pandoc-weasy.pdf::pandoc {in} -o {out} --pdf-engine=weasyprint"
 "pandoc+wkhtmltopdf::$SEED_MD::pandoc-wk.pdf::pandoc {in} -o {out} --pdf-engine=wkhtmltopdf"
 "pandoc+xelatex::$SEED_MD::pandoc-xelatex.pdf::pandoc {in} -o {out} --pdf-engine=xelatex"
 "calibre::$SEED_TXT::calibre-txt.epub::ebook-convert {in} {out}"
 "calibre --enable-heuristics::$SEED_TXT::calibre-txt-heur.epub::ebook-convert {in} {out} --enable-heuristics"
 "calibre --formatting-type heuristic::$SEED_TXT::calibre-txt-fmtheur.epub::ebook-convert {in} {out} --formatting-type heuristic"
 "calibre::$SEED_TXT::calibre-txt.pdf::ebook-convert {in} {out}"
 "calibre::$SEED_MD::calibre-md.epub::ebook-convert {in} {out}"
 "calibre::$SEED_MD::calibre-md.pdf::ebook-convert {in} {out}"
)
for a in "${ADDS[@]+"${ADDS[@]}"}"; do
  IFS=$'\x01' read -r l i o c <<<"$(printf '%s' "$a" | sed 's/::/\x01/g')"
  case "$i" in /*) ;; *) i=$HERE/$i;; esac
  CASES+=("$l::$i::$o::$c")
done
if [ "$SCALE" = 1 ]; then
  CASES+=(
   "scale:pandoc::$BIG::big-pandoc.epub::pandoc {in} -o {out} --toc"
   "scale:pandoc+weasyprint::$BIG::big-pandoc-weasy.pdf::pandoc {in} -o {out} --pdf-engine=weasyprint"
   "scale:calibre::$BIG::big-calibre.epub::ebook-convert {in} {out}"
   "scale:pandoc::$GOSPEC::gospec-pandoc.epub::pandoc -f html {in} -o {out} --toc $GT"
   "scale:weasyprint::$GOSPEC::gospec-weasy-direct.pdf::weasyprint {in} {out}"
   "scale:pandoc+weasyprint::$GOSPEC::gospec-pandoc-weasy.pdf::pandoc -f html {in} -o {out} --pdf-engine=weasyprint $GT"
   "scale:calibre::$GOSPEC::gospec-calibre.epub::ebook-convert {in} {out}"
  )
fi

# ---------------------------------------------------------------- helpers
human() { numfmt --to=iec --suffix=B "$1" 2>/dev/null || echo "$1"; }
epub_struct() {  # toc entries (NCX navPoints or nav li) and h1-h6 in content docs
  local f=$1 ncx nav toc h
  ncx=$(unzip -Z1 "$f" | grep -m1 '\.ncx$')
  nav=$(unzip -Z1 "$f" | grep -m1 -E 'nav\.x?html$')
  if [ -n "$ncx" ]; then toc=$(unzip -p "$f" "$ncx" | grep -o '<navPoint' | wc -l)
  else toc=$(unzip -p "$f" "$nav" | grep -o '<li' | wc -l); fi
  h=0
  for x in $(unzip -Z1 "$f" | grep -E '\.x?html?$' | grep -vE 'nav\.x?html$|titlepage|title_page'); do
    h=$((h + $(unzip -p "$f" "$x" | grep -oE '<h[1-6][ >]' | wc -l)))
  done
  echo "toc=$toc h=$h"
}
epub_valid() {
  local line
  line=$("${EPUBCHECK[@]}" "$1" 2>&1 | grep -E '^Messages:' | head -1)
  [ -n "$line" ] || line=$("${EPUBCHECK[@]}" "$1" 2>&1 | grep -ciE '^(ERROR|FATAL)' | sed 's/$/ errors/')
  echo "$line" | sed -E 's/Messages: //; s/ fatals?/F/; s/ errors?/E/; s/ warnings?/W/; s/ infos?/I/; s| / |,|g'
}
pdf_struct() { echo "outline=$(mutool show "$1" outline 2>/dev/null | grep -c .) pages=$(pdfinfo "$1" 2>/dev/null | awk '/^Pages:/{print $2}')"; }
pdf_valid() {
  local q fonts notemb
  if qpdf --check "$1" >/dev/null 2>&1; then q="qpdf ok"; else q="qpdf rc=$?"; fi
  fonts=$(pdffonts "$1" 2>/dev/null | tail -n +3 | wc -l)
  notemb=$(pdffonts "$1" 2>/dev/null | tail -n +3 | awk '$(NF-4)!="yes"' | wc -l)
  echo "$q; fonts=$fonts unembedded=$notemb"
}

# ---------------------------------------------------------------- run
TSV=$OUT/results.tsv
printf 'tool\tinput\toutput\twall_median_s\tpeak_rss\tsize\tstructure\tvalidation\n' >"$TSV"
echo "| tool | path | wall median | peak RSS | size | structure | validation |"
echo "|---|---|---|---|---|---|---|"
cd "$OUT" || exit 1
for c in "${CASES[@]}"; do
  IFS=$'\x01' read -r label in out cmdt <<<"$(printf '%s' "$c" | sed 's/::/\x01/g')"
  [ -n "$ONLY" ] && ! [[ "$label $out" =~ $ONLY ]] && continue
  [ -f "$in" ] || { echo "| $label | $(basename "$in") | (input missing) ||||||"; continue; }
  cmd=${cmdt//\{in\}/\"$in\"}; cmd=${cmd//\{out\}/\"$OUT/$out\"}
  n=$RUNS; [[ $label == scale:* ]] && n=$SCALE_RUNS
  rm -f "$OUT/$out"
  hyperfine -N --style none -w 1 -r "$n" -i --export-json "$OUT/$out.hf.json" \
     "$cmd" >"$OUT/$out.hf.log" 2>&1 || \
  hyperfine --style none -w 1 -r "$n" -i --export-json "$OUT/$out.hf.json" \
     "$cmd" >"$OUT/$out.hf.log" 2>&1
  med=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.3f s" % r["median"])' "$OUT/$out.hf.json" 2>/dev/null || echo "n/a")
  /usr/bin/time -f '%M' -o "$OUT/$out.rss" bash -c "$cmd" >"$OUT/$out.log" 2>&1
  rss=$(tail -1 "$OUT/$out.rss"); rss=$(awk -v k="$rss" 'BEGIN{printf "%.0f MiB", k/1024}')
  if [ -f "$OUT/$out" ]; then
    size=$(human "$(stat -c %s "$OUT/$out")")
    case "$out" in
      *.epub) st=$(epub_struct "$OUT/$out"); va=$(epub_valid "$OUT/$out");;
      *.pdf)  st=$(pdf_struct "$OUT/$out");  va=$(pdf_valid "$OUT/$out");;
      *) st=-; va=-;;
    esac
    if [ "$SHOTS" = 1 ]; then
      mkdir -p "$OUT/shots"; mutool draw -q -o "$OUT/shots/${out%.*}-${out##*.}-page-%d.png" -r 60 "$OUT/$out" 1 2>/dev/null
    fi
  else size="(no output)"; st=-; va=-; fi
  path="$(basename "$in") -> ${out##*.}"
  echo "| $label | $path | $med | $rss | $size | $st | $va |"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$(basename "$in")" "$out" "$med" "$rss" "$size" "$st" "$va" >>"$TSV"
done
echo; echo "versions: pandoc $(pandoc --version | head -1 | awk '{print $2}'), $(ebook-convert --version 2>/dev/null | head -1 | grep -o 'calibre [0-9.]*'), weasyprint $(weasyprint --version 2>/dev/null | awk '{print $3}'), $(wkhtmltopdf --version 2>/dev/null), $(xelatex --version 2>/dev/null | head -1)"
echo "results: $TSV"
