#!/bin/sh
# regen.sh rebuilds the embedded pattern files and NOTICE from Debian's
# TeX Live hyph-utf8 data (bookworm, texlive-lang-* 2022.20230122-1).
# Run it from this folder as root (apt-get download needs the package lists):
#   apt-get update && sh regen.sh
# It downloads the .deb files into a temporary folder without installing
# them, copies the plain-text patterns (txt/) and writes NOTICE from the
# licence headers of the matching .tex sources.
set -eu
here=$(pwd)
tmp=$(mktemp -d)
chmod 755 "$tmp" # lets apt-get download as the _apt user
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
apt-get download texlive-lang-english texlive-lang-german \
	texlive-lang-french texlive-lang-spanish texlive-lang-italian \
	texlive-lang-portuguese texlive-lang-european >/dev/null
for deb in *.deb; do dpkg-deb -x "$deb" x; done
base=x/usr/share/texlive/texmf-dist/tex/generic/hyph-utf8/patterns
cd "$here"
for f in hyph-en-us.pat.txt hyph-en-us.hyp.txt hyph-en-gb.pat.txt \
	hyph-en-gb.hyp.txt hyph-de-1996.pat.txt hyph-fr.pat.txt \
	hyph-es.pat.txt hyph-it.pat.txt hyph-pt.pat.txt hyph-pt.hyp.txt \
	hyph-da.pat.txt hyph-nb.pat.txt hyph-nb.hyp.txt hyph-nn.hyp.txt; do
	cp "$tmp/$base/txt/$f" .
done
{
	echo "Licence notices of the embedded hyphenation patterns."
	echo "Each block is the metadata header, verbatim, of the hyph-utf8 .tex"
	echo "file the pattern (.pat.txt) and exception (.hyp.txt) files come from."
	echo "See README.md for the file-to-source mapping."
	for t in en-us en-gb de-1996 fr es it pt da no nb nn; do
		echo
		echo "==== hyph-$t.tex ===="
		sed -n '1,/^% hyphenmins:/p' "$tmp/$base/tex/hyph-$t.tex" | sed '$d'
	done
} >NOTICE
