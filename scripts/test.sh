#!/usr/bin/env bash
# The README's test command: the whole test suite, unit tests and the integration tests that run real
# emulators (qemu-aarch64, qemu-x86_64, Wine, valgrind). Installs and builds what they need first.
# Extra arguments go to `dotnet test` (e.g. --filter "Category!=Integration" for the unit tests alone).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./scripts/setup.sh
./scripts/build-probes.sh
log=$(mktemp)
status=0
dotnet test BenchHarness.sln -c Release --nologo --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
# One plain closing line: "N passed, N failed, N skipped".
summary=$(grep -E '^(Passed|Failed)!' "$log" | tail -n 1 || true)
if [ -n "$summary" ]; then
  passed=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$summary")
  failed=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$summary")
  skipped=$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$summary")
  echo "$passed passed, $failed failed, $skipped skipped"
fi
rm -f "$log"
exit $status
