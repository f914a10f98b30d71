#!/usr/bin/env bash
# Whole-process `regdraft render` of a ~100,000-character regulation vs `pandoc in.md -o out.docx`
# on the same Markdown. Prints the median wall time of each and the ratio (regdraft / pandoc),
# then where regdraft's time goes (JVM start, parsing, POI). Needs: mvn, java 17, pandoc.
# Usage: bench/render-vs-pandoc.sh [RUNS] [CHARS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
chars="${2:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
mvn -o -q -DskipTests package >/dev/null
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$work/cp.txt")" org.regdraft.bench.LargeRegulation "$work/big.md" "$chars" >&2
mkdir -p "$work/ws/regulations"
cp "$work/big.md" "$work/ws/regulations/"

jar="$here/target/regdraft.jar"
opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -Dfile.encoding=UTF-8)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { # runs the command $runs times, prints the median in ms
  for _ in $(seq "$runs"); do
    s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done | median
}

rd() { java "${opts[@]}" "$@" -jar "$jar" --repo "$work/ws"; }
render_ms=$(time_ms java "${opts[@]}" -jar "$jar" --repo "$work/ws" render big -o "$work/r.docx" --force)
pandoc_ms=$(time_ms pandoc "$work/big.md" -o "$work/p.docx")
version_ms=$(time_ms java "${opts[@]}" -jar "$jar" --version)
show_ms=$(time_ms java "${opts[@]}" -jar "$jar" --repo "$work/ws" show big --format text)

# AppCDS: archive the classes a render loads, then render with the archive
java "${opts[@]}" -XX:ArchiveClassesAtExit="$work/render.jsa" -jar "$jar" --repo "$work/ws" render big -o "$work/r.docx" --force >/dev/null 2>&1
cds_ms=$(time_ms java "${opts[@]}" -XX:SharedArchiveFile="$work/render.jsa" -jar "$jar" --repo "$work/ws" render big -o "$work/r.docx" --force)

classes=$(java "${opts[@]}" -Xlog:class+load=info -jar "$jar" --repo "$work/ws" render big -o "$work/r.docx" --force | grep -c 'source:' || true)
poi_classes=$(java "${opts[@]}" -Xlog:class+load=info -jar "$jar" --repo "$work/ws" render big -o "$work/r.docx" --force | grep -cE 'org\.(apache\.(poi|xmlbeans)|openxmlformats)' || true)

echo "input: $(wc -m < "$work/big.md") characters, $runs runs each, median wall time"
echo "regdraft render:            ${render_ms} ms"
echo "pandoc in.md -o out.docx:   ${pandoc_ms} ms"
awk -v a="$render_ms" -v b="$pandoc_ms" 'BEGIN {printf "ratio regdraft/pandoc:      %.2f\n", a / b}'
echo "--- where regdraft's time goes"
echo "JVM + picocli (--version):  ${version_ms} ms"
echo "read + parse (show --format text): ${show_ms} ms"
echo "render with AppCDS archive: ${cds_ms} ms"
awk -v a="$cds_ms" -v b="$pandoc_ms" 'BEGIN {printf "ratio with AppCDS:          %.2f\n", a / b}'
echo "classes loaded by render:   ${classes} (POI/XMLBeans/OOXML: ${poi_classes})"
