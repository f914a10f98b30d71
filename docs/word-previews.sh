#!/usr/bin/env bash
# Regenerates the pictures in docs/word.md: the first page of every kind of Word document regdraft
# writes (render, render --toc, redline, tracked changes, 对照表, the 公文 templates), as LibreOffice
# prints them, with the Windows fonts mapped to Noto CJK (src/test/resources/fontconfig/fonts.conf).
# Needs: mvn, java 17, libreoffice-writer-nogui, poppler-utils, fonts-noto-cjk.
# Usage: docs/word-previews.sh   (writes docs/images/word/*.png)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
mvn -o -q compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
regdraft() { java -cp "target/classes:$(cat "$work/cp.txt")" org.regdraft.cli.Main --repo "$here" "$@" >/dev/null; }

old="regulations/安阳市文明行为促进条例.md"
new="$work/新稿.md"
# an edited version: one article deleted, one phrase changed, a 修正 in the 题注
sed -e 's/粗言秽语/辱骂他人/' -e '/^第二条　/d' \
    -e 's/^announcement:/  - date: 2023-06-30\n    event: 根据安阳市第十五届人民代表大会常务委员会第五次会议《关于修改〈安阳市文明行为促进条例〉的决定》修正\nannouncement:/' \
    "$old" >"$new"

out="$work/docx"
mkdir -p "$out"
regdraft render "$old" -o "$out/01-render.docx"
regdraft render "$old" --toc -o "$out/02-render-toc.docx"
regdraft redline "$old" "$new" -o "$out/03-redline.docx"
regdraft redline "$old" "$new" --track-changes --author 法制工作委员会 -o "$out/04-tracked.docx"
regdraft table "$old" "$new" -o "$out/05-table.docx"
n=6
for t in 公告 提请审议的议案 报请批准的请示 说明 审议意见; do
  regdraft doc "$t" "$old" -o "$out/$(printf '%02d' $n)-$t.docx"
  n=$((n + 1))
done

FONTCONFIG_FILE="$here/src/test/resources/fontconfig/fonts.conf" \
  soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf --outdir "$out" "$out"/*.docx >/dev/null
dest="docs/images/word"
rm -f "$dest"/*.png
for pdf in "$out"/*.pdf; do
  name="$(basename "$pdf" .pdf)"
  pdftoppm -png -f 1 -l 1 -singlefile -scale-to 420 "$pdf" "$dest/$name"
done
ls -l "$dest"
