#!/usr/bin/env bash
# The README's test command: the whole test suite, unit tests and the integration tests that run real
# emulators (qemu-aarch64, qemu-x86_64, Wine, valgrind). Installs and builds what they need first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./scripts/setup.sh
./scripts/build-probes.sh
dotnet test BenchHarness.sln -c Release --nologo --logger "console;verbosity=normal" "$@"
