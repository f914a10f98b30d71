#!/usr/bin/env bash
# Scale benchmark for versions in Git (not a test): generates repositories of REGS regulations ×
# 20 versions (GitRepoGenerator: one commit per version, 3 stage tags per regulation, commit-graph
# with changed-path Bloom filters) and times whole-process runs through the ./regdraft launcher
# (jar + class-data archive) with hyperfine, next to `git log -- FILE` on the same file.
# Usage: bench/git-scale.sh [WORKDIR]   (default /tmp/regdraft-git-bench; ~30 MB per 4,000 commits)
# env: REGS ("200 1000 2000" = 4,000 / 20,000 / 40,000 commits), RUNS (10), REG (某市测试条例0007)
# Needs hyperfine, git and python3. Prints the load average: the machine is shared, note it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/regdraft-git-bench}"
runs="${RUNS:-10}"
reg="${REG:-某市测试条例0007}"
for tool in hyperfine git python3; do
  command -v "$tool" >/dev/null || { echo "git-scale: 需要 $tool" >&2; exit 2; }
done
cd "$here"
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
rd="$here/regdraft"
"$rd" --version >/dev/null # builds the jar and the class-data archive when the sources changed

summary() { # hyperfine JSON -> one line per command: mean ± sd, user+sys
  python3 - "$1" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["mean"]*1000:8.0f} ± {r["stddev"]*1000:4.0f} ms   user+sys {(r["user"]+r["system"])*1000:6.0f} ms   {r["command"].split(" --repo ")[-1] if " --repo " in r["command"] else r["command"]}')
EOF
}

for regs in ${REGS:-200 1000 2000}; do
  repo="$work/r$regs"
  if [[ ! -d "$repo/.git" ]]; then
    rm -rf "$repo"
    java -Xmx2g -cp "$cp" org.regdraft.bench.GitRepoGenerator "$repo" "$regs" 20 graph >&2
  fi
  file="$(cd "$repo" && find regulations -name "$reg.md" | head -n 1)"
  echo "== $((regs * 20)) commits ($(du -sh "$repo/.git" | cut -f1)), $reg; load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
  hyperfine -N -w 2 -r "$runs" --export-json "$work/r$regs.json" \
    "$rd --repo $repo log $reg" \
    "$rd --repo $repo log -n 1 $reg" \
    "$rd --repo $repo history $reg 第十条" \
    "$rd --repo $repo show $reg@一审稿 第十条" \
    "$rd --repo $repo asof $reg 2012-06-01" \
    "git -C $repo log --format=%h%x09%ad%x09%s -- $file" >/dev/null
  summary "$work/r$regs.json"
done
