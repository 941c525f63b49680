#!/usr/bin/env bash
# The regression gate on a real emulator, twice (docs/method.md, "Gating emulator builds", shows both outputs):
#   1. QEMU user mode (qemu-aarch64) as shipped (the reference) against a candidate configuration of it that is
#      really slower: -d nochain stops QEMU chaining its translated blocks (about twice as slow here) — compare
#      must exit 1 and name the workloads;
#   2. the same configuration against itself — compare must exit 0.
# Both use the regression suite (eight fresh processes per cell) on a few workloads, paired round by round in one
# run. Usage: ./scripts/gate-example.sh [OUT_DIR]; WORKLOADS=a,b,… picks others ("all" for the whole suite).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${1:-/tmp/benchharness-gate-example}
workloads=${WORKLOADS:-document-render,text-find-replace,text-wordcount-sort}
./scripts/setup.sh
./scripts/build-probes.sh
mkdir -p "$out"
qemu=$(command -v qemu-aarch64)
candidate="$out/qemu-aarch64-nochain"
printf '#!/bin/sh\nexec %s -d nochain "$@"\n' "$qemu" > "$candidate"
chmod +x "$candidate"
only=(--workload "$workloads")
[ "$workloads" = all ] && only=()

gate() { # NAME EMULATOR: run the regression suite with that candidate, then gate it; prints compare's exit code
  rm -rf "${out:?}/$1"
  echo "(running the regression suite: $workloads; log in $out/$1.log)"
  ./scripts/benchharness run --suite regression "${only[@]}" --candidate "qemu-aarch64=$2" --out "$out/$1" >"$out/$1.log" 2>&1 \
    || { tail -n 5 "$out/$1.log" >&2; exit 2; }
  set +e
  ./scripts/benchharness compare "$out/$1"
  local code=$?
  set -e
  echo "compare exit code: $code"
  return 0
}

echo "== 1. qemu-aarch64 -d nochain against qemu-aarch64 as shipped (expected: exit 1)"
gate slower "$candidate"
echo
echo "== 2. qemu-aarch64 against itself (expected: exit 0)"
gate same "$qemu"
echo
echo "compare.md of each: $out/slower/compare.md, $out/same/compare.md"
