#!/usr/bin/env bash
# Windows software through Wine and a binary translator (docs/platforms.md, "Wine under a translator"): the
# regression suite's 17 workloads at small inputs on wine-qemu-x86_64 (the Windows x64 JIT probe in Wine's main
# process under QEMU's x86-64 translator, guest CPU x86-64-v3), against native-jit (the whole stack) and wine (the
# translator's share), which join the run as its baseline and the platform it is also compared with.
# Usage: ./scripts/wine-stack.sh [OUT_DIR]; LAUNCHES=N (default 3) and WORKLOADS=a,b,… (default: all 17) change them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${1:-/tmp/benchharness-wine-stack}
workload=()
[ -n "${WORKLOADS:-}" ] && workload=(--workload "$WORKLOADS")
./scripts/setup.sh
./scripts/build-probes.sh linux-x64-jit win-x64-jit
./scripts/benchharness run --suite regression "${workload[@]}" --launches "${LAUNCHES:-3}" --platform wine-qemu-x86_64 --out "$out"
