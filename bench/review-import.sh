#!/usr/bin/env bash
# Whole-process timing of `regdraft review import` (JVM start-up included): 10 returned copies of a
# generated 100-article regulation, each with 50 tracked changes and 20 comments by two authors
# (POI-written, src/test/java/org/regdraft/review/ReviewBenchCopies.java), imported in one run and
# saved as one version; best of RUNS runs, the repository reset before each. Target (issue 19): ≤ 5 s.
# Usage: bench/review-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
work=${TMPDIR:-/tmp}/regdraft-bench-review # outside this checkout: init would find the checkout around it
rm -rf "$work" && mkdir -p "$work"
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.regdraft.review.ReviewBenchCopies "$work"
./regdraft --version >/dev/null # builds the jar if needed
sent=$(git -C "$work" rev-parse HEAD)
reset() { git -C "$work" reset -q --hard "$sent"; rm -rf "$work/reviews"; }
cmd="./regdraft --repo=$work review import $work/returned/*.docx"
reset; eval "$cmd" | tail -3
best=999999
for _ in $(seq "$runs"); do
  reset
  t0=$(date +%s%N); eval "$cmd" >/dev/null; t1=$(date +%s%N)
  ms=$(( (t1 - t0) / 1000000 )); (( ms < best )) && best=$ms
done
echo "review import（10 份返回稿，100 条的法规，每份 50 处修订、20 条批注，整个进程）：最好 ${best} ms（${runs} 次）；目标 ≤ 5000 ms"
echo "意见文件：$(cat "$work"/reviews/*/R*.yaml | grep -c '  - 编号:') 条"
if [[ -x /usr/bin/time ]]; then
  reset
  /usr/bin/time -f "CPU：user %U s + sys %S s（墙钟 %e s，负载 $(cut -d' ' -f1 /proc/loadavg)）" $cmd >/dev/null
fi
