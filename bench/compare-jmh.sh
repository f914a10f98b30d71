#!/usr/bin/env bash
# Kept for old instructions: the compare benchmark alone. bench/jmh.sh runs all engine benchmarks.
exec "$(dirname "$0")/jmh.sh" CompareBenchmark "$@"
