#!/usr/bin/env bash
# JMH benchmark of in-process Compare.compare on a generated 700-article, ~100,000-character pair.
# Usage: bench/compare-jmh.sh [JMH options]   (e.g. -f 1 -wi 3 -i 5)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main CompareBenchmark "$@"
