#!/usr/bin/env bash
# JMH benchmarks of the in-process engines on the same generated ~100,000-character regulation:
# CompareBenchmark (compare), EnginesBenchmark (read, write, render). Arguments go to JMH, e.g.
#   bench/jmh.sh                       all of them, as annotated (1 fork, 5 warm-up, 5 measured)
#   bench/jmh.sh EnginesBenchmark.read -f 1 -wi 3 -i 5
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
[[ $# -gt 0 ]] || set -- 'org.regdraft.bench.(Compare|Engines)Benchmark'
exec java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main "$@"
