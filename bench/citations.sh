#!/usr/bin/env bash
# Citations across a repository (not a test): generates REGS regulations (default 2000) that cite
# one another by title (CitingRepository), then times, through the ./regdraft launcher,
#   - `check` of the whole repository, every 《某市测试条例NNNN》第X条 resolved in the cited file
#     (target: ≤ 5 s), and
#   - `renumber 某市测试条例0000 --update-others` on a fresh copy (an article inserted; about
#     REGS/10 other files rewritten atomically; target: ≤ 3 s).
# Prints the best of RUNS (default 3) wall-clock times and the load average (the machine is shared).
# Usage: bench/citations.sh [WORKDIR]   (default /tmp/regdraft-citations-bench)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/regdraft-citations-bench}"
regs="${REGS:-2000}"
runs="${RUNS:-3}"
cd "$here"
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
rm -rf "$work" && mkdir -p "$work"
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.regdraft.bench.CitingRepository "$work/repo" "$regs"
./regdraft --help >/dev/null # builds the jar if needed

best() { # best wall-clock ms of RUNS runs of "$@"; setup() runs before each
  local b=999999999
  for _ in $(seq "$runs"); do
    setup
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
    (( (t1 - t0) / 1000000 < b )) && b=$(( (t1 - t0) / 1000000 ))
  done
  echo "$b"
}

setup() { :; }
c=$(best ./regdraft --repo "$work/repo" check)
setup() { rm -rf "$work/copy" && cp -r "$work/repo" "$work/copy"; }
u=$(best ./regdraft --repo "$work/copy" renumber 某市测试条例0000 --update-others)
changed=$(grep -l "《某市测试条例0000》第十三条" "$work/copy/regulations/"*.md | wc -l)
echo "check（${regs} 部法规，跨法规引用逐一核对）：${c} ms（目标 ≤ 5000 ms）"
echo "renumber --update-others（改写 ${changed} 部法规中的引用）：${u} ms（目标 ≤ 3000 ms）"
echo "负载：$(cut -d' ' -f1-3 /proc/loadavg)（共 $(nproc) 核，各取 ${runs} 次中最快）"
