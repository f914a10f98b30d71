#!/usr/bin/env bash
# Scale benchmark for versions in Git (not a test): generates repositories of REGS regulations ×
# 20 versions and times whole-process `log REG`, `show REG@一审稿 第十条` and `asof REG DATE`.
# Usage: bench/git-scale.sh [WORKDIR]   (default /tmp/regdraft-git-bench; needs ~1 GB free)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/regdraft-git-bench}"
runs="${RUNS:-5}"
cd "$here"
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
# the launcher's JVM options
jopts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -Dfile.encoding=UTF-8)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timeit() { # prints the median wall time in ms of RUNS whole-process runs
  local repo="$1"; shift
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    java "${jopts[@]}" -cp "$cp" org.regdraft.cli.Main --repo "$repo" "$@" >/dev/null
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
  done | median
}

printf "JVM+CLI start-up (--version): %s ms\n" "$(timeit "$work" --version)"
printf '%-8s %-8s %-10s %10s %22s %10s %12s\n' commits graph repo-size "log REG" "show REG@一审稿 第十条" "asof" "log (all,-n20)"
for regs in 100 1000; do
  for graph in graph nograph; do
    repo="$work/r$regs-$graph"
    if [[ ! -d "$repo/.git" ]]; then
      rm -rf "$repo"
      java -Xmx2g -cp "$cp" org.regdraft.bench.GitRepoGenerator "$repo" "$regs" 20 "$graph" >&2
    fi
    reg="某市测试条例0007"
    size=$(du -sh "$repo/.git" | cut -f1)
    l=$(timeit "$repo" log "$reg")
    s=$(timeit "$repo" show "$reg@一审稿" 第十条)
    a=$(timeit "$repo" asof "$reg" 2012-06-01)
    n=$(timeit "$repo" log -n 20)
    printf '%-8s %-8s %-10s %8s ms %19s ms %7s ms %9s ms\n' $((regs * 20)) "$graph" "$size" "$l" "$s" "$a" "$n"
  done
done
