#!/usr/bin/env bash
# Whole-process timing: `regdraft diff --format md OLD NEW` against
# `git diff --no-index --word-diff=plain --word-diff-regex=. OLD NEW` on the same two files
# (JVM start-up included), and the ratio. Uses hyperfine when installed, else a loop.
# Usage: bench/diff-vs-git.sh [OLD NEW]   (default: a generated 700-article pair in target/bench)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
if [[ $# -ge 2 ]]; then
  old=$1 new=$2
else
  mvn -o -q test-compile
  mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
  java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.regdraft.bench.LargePairs target/bench
  old=target/bench/old.md new=target/bench/new.md
fi
./regdraft diff --format md "$old" "$new" >/dev/null # builds the jar if needed
rd="./regdraft diff --format md $old $new"
gd="git diff --no-index --word-diff=plain --word-diff-regex=. $old $new"

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 2 --runs "$runs" -i --export-json target/bench/hyperfine.json -n regdraft "$rd" -n git "$gd"
  python3 - <<'PY'
import json
r = {x['command']: x['mean'] for x in json.load(open('target/bench/hyperfine.json'))['results']}
print(f"regdraft {r['regdraft']*1000:.0f} ms, git {r['git']*1000:.0f} ms, 比值 regdraft/git = {r['regdraft']/r['git']:.1f}")
PY
else
  time_ms() {
    local best=999999999
    for _ in $(seq "$runs"); do
      local t0 t1
      t0=$(date +%s%N); eval "$1" >/dev/null || true; t1=$(date +%s%N)
      (( (t1 - t0) / 1000000 < best )) && best=$(( (t1 - t0) / 1000000 ))
    done
    echo "$best"
  }
  r=$(time_ms "$rd"); g=$(time_ms "$gd")
  echo "regdraft ${r} ms, git ${g} ms（各 ${runs} 次取最快）, 比值 regdraft/git = $(python3 -c "print(round($r/max($g,1),1))")"
fi
