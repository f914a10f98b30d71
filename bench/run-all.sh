#!/usr/bin/env bash
# Every whole-process comparison on the same inputs, one table: input, regdraft command and its
# median wall time, the peer and its median, the ratio, and the peak memory (max RSS) of both.
#   start-up   regdraft --help / --version / check SAMPLE   vs  a JVM hello-world run the same way
#              (the same bin/regdraft launcher and JVM options, only the jar differs)
#   diff       regdraft diff --format md OLD NEW            vs  git diff --no-index --word-diff-regex=.
#   render     regdraft render REG -o x.docx                vs  pandoc REG.md -o x.docx
#   check      regdraft check over the corpus (imported with `regdraft import`; ../shared/corpus)
#   scale      check / log / history on a generated repository (GitRepoGenerator), vs git log
# Inputs come from the generators in src/test/java/org/regdraft/bench/ (LargePairs, LargeRegulation,
# GitRepoGenerator, ImportCorpus); nothing is written outside $WORK and target/.
# Usage: bench/run-all.sh            env: RUNS (5), WORK (/tmp/regdraft-bench), SHARED (../shared),
#                                         SCALE_REGS (2000; 0 skips the repository rows)
# Needs: hyperfine, git, pandoc, GNU time (/usr/bin/time). Detailed breakdowns: bench/diff-vs-git.sh,
# bench/render-vs-pandoc.sh, bench/git-scale.sh, bench/history.sh; in-process: bench/jmh.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-5}"
work="${WORK:-/tmp/regdraft-bench}"
shared="${SHARED:-$here/../shared}"
scale_regs="${SCALE_REGS:-2000}"
for tool in hyperfine git pandoc /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run-all: 需要 $tool（apt-get install -y hyperfine git pandoc time）" >&2; exit 2; }
done
cd "$here"
mkdir -p "$work"

# --- build and inputs ----------------------------------------------------------------------------
mvn -o -q -DskipTests package
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
gen() { java -Xmx3g -cp "$cp" "$@" >&2; }
export REGDRAFT_JAR="$here/target/regdraft.jar"
rd="$here/src/main/dist/bin/regdraft" # what an installed bin/regdraft runs
"$rd" --version >/dev/null             # makes the class-data archive if the jar is new

[[ -f $work/pair/old.md ]] || gen org.regdraft.bench.LargePairs "$work/pair"
[[ -f $work/big/regulations/big.md ]] || { mkdir -p "$work/big/regulations"; gen org.regdraft.bench.LargeRegulation "$work/big/regulations/big.md" 100000; }
sample="$here/regulations/安阳市文明行为促进条例.md"
real_old="$here/src/test/resources/pairs/beijing-audit-2017.md"
real_new="$here/src/test/resources/pairs/beijing-audit-2023.md"
# hello-world through the same launcher: REGDRAFT_JAR points at it, no archive of ours
if [[ ! -f $work/hello/hello.jar ]]; then
  mkdir -p "$work/hello"
  printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$work/hello/Hello.java"
  (cd "$work/hello" && javac Hello.java && jar cfe hello.jar Hello Hello.class)
fi
hello="env REGDRAFT_JAR=$work/hello/hello.jar REGDRAFT_CDS=off $rd"
corpus_ws="$work/corpus"
if [[ ! -d $corpus_ws/regulations && -d $shared/corpus ]]; then
  gen org.regdraft.bench.ImportCorpus "$shared/corpus" "$corpus_ws"
fi

# --- measuring -----------------------------------------------------------------------------------
median_ms() { # command... → median wall ms of $runs runs (hyperfine, one warm-up)
  hyperfine -N -i --warmup 1 --runs "$runs" --export-json "$work/h.json" "$*" >/dev/null 2>&1
  python3 -c "import json; print(round(json.load(open('$work/h.json'))['results'][0]['median']*1000))"
}
peak_mb() { # command... → max RSS in MB of one run
  /usr/bin/time -f %M -o "$work/mem" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$work/mem" | awk '{printf "%.0f", $1 / 1024}'
}
printf '%-28s | %-34s | %8s | %-26s | %8s | %6s | %7s | %7s\n' input regdraft ms peer ms ratio "rd MB" "peer MB"
printf -- '-%.0s' {1..150}; echo
row() { # input, regdraft label, peer label ("" for none), then: regdraft command -- peer command
  local input="$1" rlabel="$2" plabel="$3"; shift 3
  local rcmd=() pcmd=()
  while [[ $# -gt 0 && $1 != -- ]]; do rcmd+=("$1"); shift; done
  [[ $# -gt 0 ]] && shift
  pcmd=("$@")
  local r rm p="" pm="" ratio=""
  r=$(median_ms "${rcmd[@]}"); rm=$(peak_mb "${rcmd[@]}")
  if [[ ${#pcmd[@]} -gt 0 ]]; then
    p=$(median_ms "${pcmd[@]}"); pm=$(peak_mb "${pcmd[@]}")
    ratio=$(awk -v a="$r" -v b="$p" 'BEGIN {printf "%.1f", a / (b > 0 ? b : 1)}')
  fi
  printf '%-28s | %-34s | %8s | %-26s | %8s | %6s | %7s | %7s\n' "$input" "$rlabel" "$r" "${plabel:--}" "${p:--}" "${ratio:--}" "$rm" "${pm:--}"
}

row "—" "--help" "hello-world" $rd --help -- $hello
row "—" "--version" "hello-world" $rd --version -- $hello
row "sample (33 articles)" "check SAMPLE" "hello-world" $rd check "$sample" -- $hello
row "sample (33 articles)" "show SAMPLE 第十一条" "hello-world" $rd show "$sample" 第十一条 -- $hello
row "beijing-audit 2017→2023" "diff --format md" "git diff --word-diff" \
  $rd diff --format md "$real_old" "$real_new" -- git diff --no-index --word-diff=plain --word-diff-regex=. "$real_old" "$real_new"
row "large pair (~100k chars)" "diff --format md" "git diff --word-diff" \
  $rd diff --format md "$work/pair/old.md" "$work/pair/new.md" -- git diff --no-index --word-diff=plain --word-diff-regex=. "$work/pair/old.md" "$work/pair/new.md"
row "sample (33 articles)" "render -o x.docx" "pandoc -o x.docx" \
  $rd render "$sample" -o "$work/r.docx" --force -- pandoc "$sample" -o "$work/p.docx"
row "large (~100k chars)" "render -o x.docx" "pandoc -o x.docx" \
  $rd --repo "$work/big" render big -o "$work/r.docx" --force -- pandoc "$work/big/regulations/big.md" -o "$work/p.docx"
if [[ -d $corpus_ws/regulations ]]; then
  n=$(ls "$corpus_ws/regulations" | wc -l)
  row "corpus ($n files)" "check (all)" "" $rd --repo "$corpus_ws" check
else
  echo "（跳过语料库：没有 $shared/corpus）"
fi

# --- scale: a generated repository of N regulations × 20 versions ---------------------------------
if [[ $scale_regs -gt 0 ]]; then
  repo="$work/repo-$scale_regs"
  [[ -d $repo/.git ]] || gen org.regdraft.bench.GitRepoGenerator "$repo" "$scale_regs" 20 graph
  reg="某市测试条例0007"
  path="regulations/第07组/$reg.md"
  commits=$((scale_regs * 20))
  row "repo: $scale_regs regs, $commits commits" "check (all)" "" $rd --repo "$repo" check
  row "repo: $commits commits" "log $reg" "git log -- FILE" \
    $rd --repo "$repo" log "$reg" -- git -C "$repo" log --format=%h%x09%ad%x09%s -- "$path"
  if grep -q HistoryCommand src/main/java/org/regdraft/cli/Main.java; then
    row "repo: $commits commits" "history $reg 第十条" "git log -L (第十条)" \
      $rd --repo "$repo" history "$reg" 第十条 -- git -C "$repo" log --format=%h -L "/^第十条/,+1:$path"
  fi
fi
echo
echo "各 ${runs} 次取中位数（hyperfine，先热身一次）；内存为一次运行的最大常驻内存（/usr/bin/time %M）。"
echo "机器：$(nproc) 核；负载均值（1/5/15 分钟）：$(cut -d' ' -f1-3 /proc/loadavg)；$(java -version 2>&1 | head -n 1)"
