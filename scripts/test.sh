#!/usr/bin/env bash
# The README's test command: the whole test suite, unit tests and the integration tests that run real
# emulators (qemu-aarch64, qemu-x86_64, Wine, valgrind). Installs and builds what they need first.
# Tests marked Category=Long (the whole quick suite on every platform, ~12 min; the libreoffice suite under both QEMUs,
# ~6 min; bisect over six synthetic builds and the gate across runs with A/A runs, ~1.5 min each, which run alone;
# the count budget, a counting launch of qemu-aarch64 under valgrind, ~1 min) are left to .ci/run; extra arguments
# go to `dotnet test` in place of that filter (e.g. --filter "Category!=Integration" for the unit tests alone,
# --filter "Category=Long" for the long ones).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./scripts/setup.sh
./scripts/build-probes.sh
log=$(mktemp)
status=0
[ $# -eq 0 ] && set -- --filter "Category!=Long"
dotnet test BenchHarness.sln -c Release --nologo --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
# One plain closing line: "N passed, N failed, N skipped", from the runner's "Passed: N" lines (the last of each).
count() { grep -E "^\s+$1: [0-9]+\s*$" "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
if grep -qE '^\s+Passed: [0-9]+' "$log"; then
  echo "$(count Passed) passed, $(count Failed) failed, $(count Skipped) skipped"
fi
rm -f "$log"
exit $status
