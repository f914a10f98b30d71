#!/usr/bin/env bash
# Collaboration at scale (not a test): a server repository of REGS regulations × 20 versions
# (GitRepoGenerator, 40,000 commits for 2,000 regulations), served by `git daemon` on loopback.
# Times `regdraft clone` beside `git clone`, and a sync with nothing to do beside `git fetch`, as
# whole processes through the ./regdraft launcher.
# Usage: bench/sync-scale.sh [WORKDIR]   (default /tmp/regdraft-sync-bench)
# env: REGS (2000), RUNS (5). Needs hyperfine (or falls back to one timed run each), git, python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/regdraft-sync-bench}"
regs="${REGS:-2000}"
runs="${RUNS:-5}"
cd "$here"
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
rd="$here/regdraft"
"$rd" --version >/dev/null # builds the jar and the class-data archive when the sources changed

mkdir -p "$work/server"
src="$work/src$regs"
if [[ ! -d "$src/.git" ]]; then
  rm -rf "$src"
  java -Xmx2g -cp "$cp" org.regdraft.bench.GitRepoGenerator "$src" "$regs" 20 graph >&2
fi
bare="$work/server/r$regs.git"
[[ -d "$bare" ]] || git clone -q --bare "$src" "$bare"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
git daemon --reuseaddr --export-all --base-path="$work/server" --listen=127.0.0.1 --port="$port" "$work/server" &
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true' EXIT
for _ in $(seq 100); do (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
url="git://127.0.0.1:$port/r$regs.git"

# working copies for the no-change sync and fetch
[[ -d "$work/rd-copy" ]] || "$rd" clone "$url" "$work/rd-copy" >/dev/null
[[ -d "$work/git-copy" ]] || git clone -q "$url" "$work/git-copy"

echo "== $((regs * 20)) commits ($(du -sh "$bare" | cut -f1)); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v hyperfine >/dev/null; then
  hyperfine -N -r "$runs" --prepare "rm -rf $work/c1 $work/c2" \
    "$rd clone $url $work/c1" \
    "git clone -q $url $work/c2"
  hyperfine -N -w 1 -r "$runs" \
    "$rd --repo $work/rd-copy sync" \
    "git -C $work/git-copy fetch -q origin"
else
  t() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); python3 -c "print(f'{($e-$s)*1000:8.0f} ms   ' + ' '.join('$*'.split()[:3]))"; }
  for _ in $(seq "$runs"); do
    rm -rf "$work/c1" "$work/c2"
    t "$rd" clone "$url" "$work/c1"
    t git clone -q "$url" "$work/c2"
    t "$rd" --repo "$work/rd-copy" sync
    t git -C "$work/git-copy" fetch -q origin
  done
fi
