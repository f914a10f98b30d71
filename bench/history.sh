#!/usr/bin/env bash
# Benchmark for `regdraft history` (沿革) and `log` on a regulation with many versions (not a test).
# Generates REGS regulations × VERSIONS versions (GitRepoGenerator: each version rewrites one
# article, so 第十条 changes in 2 of every 30 versions) and times whole-process runs.
# Usage: bench/history.sh [WORKDIR]   env: REGS (100), VERSIONS (100), RUNS (5)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/regdraft-history-bench}"
regs="${REGS:-100}"
versions="${VERSIONS:-100}"
runs="${RUNS:-5}"
cd "$here"
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
jopts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -Dfile.encoding=UTF-8)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timeit() {
  local repo="$1"; shift
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    java "${jopts[@]}" -cp "$cp" org.regdraft.cli.Main --repo "$repo" "$@" >/dev/null
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
  done | median
}

repo="$work/r$regs-v$versions"
if [[ ! -d "$repo/.git" ]]; then
  rm -rf "$repo"
  java -Xmx2g -cp "$cp" org.regdraft.bench.GitRepoGenerator "$repo" "$regs" "$versions" graph >&2
fi
reg="某市测试条例0007"
echo "repository: $((regs * versions)) commits, $versions versions of $reg; median of $runs runs"
printf '%-34s %8s ms\n' "--version (JVM start-up)" "$(timeit "$repo" --version)"
printf '%-34s %8s ms\n' "log $reg" "$(timeit "$repo" log "$reg")"
printf '%-34s %8s ms\n' "history $reg 第十条" "$(timeit "$repo" history "$reg" 第十条)"
printf '%-34s %8s ms\n' "history $reg@一审稿 第十条" "$(timeit "$repo" history "$reg@一审稿" 第十条)"
printf '%-34s %8s ms\n' "diff $reg HEAD~1 HEAD" "$(timeit "$repo" diff "$reg" HEAD~1 HEAD)"
