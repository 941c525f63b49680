#!/usr/bin/env bash
# The regression gate on a real emulator, twice (docs/method.md, "Gating emulator builds", shows both outputs):
#   1. valgrind --tool=none as shipped (the reference) against a candidate configuration of it that is really
#      10-30% slower: --vex-iropt-register-updates=allregs-at-mem-access makes VEX write the guest registers back
#      to memory at every memory access, not only where needed — compare must exit 1 and name the workloads;
#   2. the same configuration against itself — compare must never exit 1: 0 when every workload is shown within the
#      threshold, 3 when some are too noisy at these launches to decide.
# Both use the regression suite on a few workloads with LAUNCHES fresh processes per cell (default 12), paired
# round by round in one run. Usage: ./scripts/gate-example.sh [OUT_DIR]; WORKLOADS=a,b,… picks others ("all" for
# the whole suite), LAUNCHES=N more or fewer processes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${1:-/tmp/benchharness-gate-example}
workloads=${WORKLOADS:-document-render,text-find-replace,text-wordcount-sort}
launches=${LAUNCHES:-12}
./scripts/setup.sh
./scripts/build-probes.sh
mkdir -p "$out"
valgrind=$(command -v valgrind)
candidate="$out/valgrind-allregs-at-mem-access"
printf '#!/bin/sh\nexec %s --vex-iropt-register-updates=allregs-at-mem-access "$@"\n' "$valgrind" > "$candidate"
chmod +x "$candidate"
only=(--workload "$workloads")
[ "$workloads" = all ] && only=()

gate() { # NAME EMULATOR: run the regression suite with that candidate, then gate it; prints compare's exit code
  rm -rf "${out:?}/$1"
  echo "(running the regression suite: $workloads, $launches launches per cell; log in $out/$1.log)"
  ./scripts/benchharness run --suite regression "${only[@]}" --launches "$launches" --candidate "valgrind=$2" --out "$out/$1" >"$out/$1.log" 2>&1 \
    || { tail -n 5 "$out/$1.log" >&2; exit 2; }
  set +e
  ./scripts/benchharness compare "$out/$1"
  local code=$?
  set -e
  echo "compare exit code: $code"
  return 0
}

echo "== 1. valgrind --vex-iropt-register-updates=allregs-at-mem-access against valgrind as shipped (expected: exit 1)"
gate slower "$candidate"
echo
echo "== 2. valgrind against itself (expected: exit 0, or 3 where too noisy to decide; never 1)"
gate same "$valgrind"
echo
echo "compare.md of each: $out/slower/compare.md, $out/same/compare.md"
