#!/usr/bin/env bash
# Whole-process `regdraft render` of a ~100,000-character regulation vs `pandoc in.md -o out.docx`
# on the same Markdown, in ONE hyperfine run (the machine's cores are shared: both sides see the
# same load), through the launcher ./regdraft (its JVM options and class-data archive). Then where
# regdraft's time goes: JVM + picocli (--version), read + parse (show --format text), the render
# without the second-core warm-up, phases inside one cold JVM, classes loaded.
# Needs: mvn, java 17, pandoc, hyperfine. Usage: bench/render-vs-pandoc.sh [RUNS] [CHARS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
chars="${2:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
mvn -o -q -DskipTests package >/dev/null
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$work/cp.txt")" org.regdraft.bench.LargeRegulation "$work/big.md" "$chars" >&2
mkdir -p "$work/ws/regulations"
cp "$work/big.md" "$work/ws/regulations/"
./regdraft --version >/dev/null 2>&1 # builds the class-data archive if the jar is new

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
hyperfine -N -w 2 -r "$runs" --export-markdown "$work/h.md" \
  -n "regdraft render" "./regdraft --repo $work/ws render big -o $work/r.docx --force" \
  -n "pandoc" "pandoc $work/big.md -o $work/p.docx" \
  -n "regdraft render, no warm-up" "env REGDRAFT_JAVA_OPTS=-Dregdraft.background=off ./regdraft --repo $work/ws render big -o $work/r.docx --force" \
  -n "regdraft show (read + parse)" "./regdraft --repo $work/ws show big --format text" \
  -n "regdraft --version" "./regdraft --version"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
cat "$work/h.md"

echo "--- phases in one cold JVM (no class-data archive; main thread's CPU in brackets)"
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -cp "target/classes:target/test-classes:$(cat "$work/cp.txt")" \
  org.regdraft.bench.RenderPhases "$work/big.md"

opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -Dfile.encoding=UTF-8)
java "${opts[@]}" -Xshare:off -Xlog:class+load=info -jar target/regdraft.jar --repo "$work/ws" render big -o "$work/r.docx" --force >"$work/classes.txt"
echo "classes loaded by render: $(grep -c 'source:' "$work/classes.txt")" \
  "(POI/XMLBeans/OOXML: $(grep -cE 'org\.(apache\.(poi|xmlbeans)|openxmlformats)' "$work/classes.txt" || true))"
echo "document.xml: $(unzip -l "$work/r.docx" word/document.xml | awk 'NR==4 {print $1}') bytes; docx: $(stat -c %s "$work/r.docx") bytes (pandoc: $(stat -c %s "$work/p.docx"))"
