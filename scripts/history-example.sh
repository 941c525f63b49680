#!/usr/bin/env bash
# history over real runs of successive "builds" of an emulator, with a step put there (docs/method.md, "History",
# shows the output): builds 1 and 2 are valgrind --tool=none as shipped, builds 3 and 4 add
# --vex-iropt-register-updates=allregs-at-mem-access (10-30% slower, see scripts/gate-example.sh). Each build
# is one run of the regression suite against the native probe; history must name build 3 as the step.
# Usage: ./scripts/history-example.sh [OUT_DIR]; WORKLOADS=a,b,… picks others, BUILDS=N (default 4, step at 3).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${1:-/tmp/benchharness-history-example}
workloads=${WORKLOADS:-document-render,text-find-replace}
builds=${BUILDS:-4}
./scripts/setup.sh
./scripts/build-probes.sh linux-x64-aot
rm -rf "${out:?}"
mkdir -p "$out"
valgrind=$(command -v valgrind)
emulator="$out/valgrind-build"
cat >"$out/valgrind-build.json" <<JSON
{
  "name": "valgrind-build",
  "description": "valgrind --tool=none as built for this example: build 3 onwards write the guest registers back at every memory access",
  "launcher": ["$emulator", "--tool=none", "-q"],
  "target": "linux-x64-aot",
  "baseline": "native-aot",
  "version": ["$emulator", "--version"],
  "expectArch": "X64",
  "expectOs": "Linux"
}
JSON

for build in $(seq 1 "$builds"); do
  options=""
  [ "$build" -ge 3 ] && options="--vex-iropt-register-updates=allregs-at-mem-access"
  printf '#!/bin/sh\n[ "$1" = --version ] && { echo "%s build %s %s"; exit 0; }\nexec %s %s "$@"\n' \
    "$("$valgrind" --version)" "$build" "$options" "$valgrind" "$options" >"$emulator"
  chmod +x "$emulator"
  echo "(build $build: valgrind $options — running the regression suite on $workloads; log in $out/build-$build.log)"
  ./scripts/benchharness run --suite regression --workload "$workloads" --platform "$out/valgrind-build.json" \
    --out "$out/build-$build" >"$out/build-$build.log" 2>&1 || { tail -n 5 "$out/build-$build.log" >&2; exit 2; }
done

# Builds 1 and 2 are the same build: they double as the A/A runs that say how much runs differ on this machine.
./scripts/benchharness history $(seq -f "$out/build-%g" 1 "$builds") --aa "$out/build-1" --aa "$out/build-2" --out "$out/history"
