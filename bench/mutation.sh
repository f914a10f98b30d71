#!/usr/bin/env bash
# Mutation testing with PIT (the `mutation` Maven profile), one package at a time:
#   bench/mutation.sh                          the core packages (model markdown compare amend renumber workspace check)
#   bench/mutation.sh org.regdraft.workspace   one package (a short name works too: workspace)
#   MUTATION_MIN=85 bench/mutation.sh workspace   also fails (exit 1) when a score is below 85 %
# Prints one line per package:  org.regdraft.workspace: 91% (117/128)
# = mutants killed or timed out / mutants some test covers (PIT's NO_COVERAGE ones are left out
# and counted in brackets after). HTML report: target/pit-reports/<package>/index.html.
# Each package runs only the tests aimed at it (TESTS below) with one thread: the machine is shared.
# No incremental reruns: PIT 1.30 needs a commercial plugin (arcmutate) for withHistory. To rerun only
# some classes, MUTATION_CLASSES='org.regdraft.amend.DecisionParser*' narrows the mutated classes.
# MUTATION_SNAPSHOT=1 runs PIT on a copy of the compiled project: keep editing and testing meanwhile.
# Other knobs: MUTATION_TRIES=100 cases per property test (-Dregdraft.tries inside PIT's JVMs),
# MUTATION_TIMEOUT=8000 ms added to a mutant's time limit, MUTATION_EXCLUDE=tag leaves out tests so tagged.
set -euo pipefail
cd "$(dirname "$0")/.."
OFFLINE="${MUTATION_MAVEN_FLAGS:--o}"
THREADS="${MUTATION_THREADS:-1}"
MIN="${MUTATION_MIN:-0}"
TRIES="${MUTATION_TRIES:-100}"
TIMEOUT="${MUTATION_TIMEOUT:-8000}"
EXCLUDE="${MUTATION_EXCLUDE:-integration}"

# the tests that exercise each package (unit tests only; integration tests never run here)
tests_for() {
  case "$1" in
    org.regdraft.workspace) echo 'org.regdraft.workspace.*,org.regdraft.reliability.AtomicFilesTest' ;;
    org.regdraft.markdown) echo 'org.regdraft.markdown.*' ;;
    org.regdraft.check) echo 'org.regdraft.check.*' ;;
    org.regdraft.compare) echo 'org.regdraft.compare.*' ;;
    org.regdraft.amend) echo 'org.regdraft.amend.*' ;;
    org.regdraft.renumber) echo 'org.regdraft.renumber.*' ;;
    org.regdraft.model) echo 'org.regdraft.model.*,org.regdraft.markdown.*' ;;
    *) echo "${1}.*" ;;
  esac
}

mkdir -p target
[[ $# -gt 0 ]] || set -- model markdown compare amend renumber workspace check
if ! mvn -B -Dstyle.color=never $OFFLINE -q test-compile >target/mutation-compile.log 2>&1; then
  cat target/mutation-compile.log >&2
  echo "编译失败，未运行变异测试" >&2
  exit 2
fi
ROOT="$PWD"
WORK="$ROOT"
# MUTATION_SNAPSHOT=1: PIT runs on a copy of the compiled project, so that editing and running
# mvn test in the worktree meanwhile cannot swap class files under it (that shows as RUN_ERROR)
if [[ "${MUTATION_SNAPSHOT:-0}" == 1 ]]; then
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/regdraft-mutation.XXXXXX")"
  trap 'rm -rf "$WORK"' EXIT
  tar --exclude=./.git --exclude=./target/pit-reports -cf - . | tar -C "$WORK" -xf -
fi
status=0
for p in "$@"; do
  [[ "$p" == org.regdraft.* ]] || p="org.regdraft.$p"
  out="target/pit-reports/$p"
  log="target/pit-reports/$p.log"
  mkdir -p target/pit-reports
  if ! (cd "$WORK" && mvn -B -Dstyle.color=never $OFFLINE -q -Pmutation org.pitest:pitest-maven:mutationCoverage \
      -Dpit.package="$p" -Dpit.tests="$(tests_for "$p")" -Dpit.threads="$THREADS" \
      -Dpit.reports="$ROOT/$out" -Dpit.classes="${MUTATION_CLASSES:-$p.*}" -Dpit.tries="$TRIES" \
      -Dpit.timeoutConstant="$TIMEOUT" -Dpit.excludedGroup="$EXCLUDE") >"$log" 2>&1; then
    echo "$p: PIT 运行失败，见 $log" >&2
    status=2
    continue
  fi
  python3 - "$p" "$out/mutations.xml" "$MIN" <<'PY' || status=1
import sys, xml.etree.ElementTree as ET
pkg, path, minimum = sys.argv[1], sys.argv[2], float(sys.argv[3])
counts = {}
for m in ET.parse(path).getroot().iter('mutation'):
    counts[m.get('status')] = counts.get(m.get('status'), 0) + 1
covered = sum(counts.values()) - counts.get('NO_COVERAGE', 0)
killed = counts.get('KILLED', 0) + counts.get('TIMED_OUT', 0)
score = 100.0 * killed / covered if covered else 0.0
errors = counts.get('RUN_ERROR', 0) + counts.get('MEMORY_ERROR', 0)
print(f"{pkg}: {int(score)}% ({killed}/{covered})  [没有测试覆盖: {counts.get('NO_COVERAGE', 0)}; "
      f"存活: {counts.get('SURVIVED', 0)}" + (f"; 运行出错: {errors}，结果不可信" if errors else "") + "]")
if score < minimum:
    print(f"{pkg}: 变异得分 {score:.1f}% 低于要求的 {minimum:g}%", file=sys.stderr)
    sys.exit(1)
PY
done
exit $status
