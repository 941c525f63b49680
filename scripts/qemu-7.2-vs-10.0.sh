#!/usr/bin/env bash
# The published comparison results/qemu-7.2-vs-10.0/: Debian's QEMU 10.0.2 (bookworm-backports, fetched into
# .state/emulators/) as a candidate build against the installed 7.2 (bookworm), the regression suite on the four QEMU
# platforms, gated. Usage: ./scripts/qemu-7.2-vs-10.0.sh [--out DIR] (default results/qemu-7.2-vs-10.0-new, so that the
# published folder is replaced only by hand). Extra arguments go to `benchharness run` (e.g. --launches 3 for a trial).
# Exit code: the gate's (0 pass, 1 regression, 3 undecided; docs/builds.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=qemu-user@10.0.2+ds-2+deb13u1~bpo12+1
out=results/qemu-7.2-vs-10.0-new
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --out=*) out=${1#--out=}; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
./scripts/setup.sh
./scripts/build-probes.sh
./scripts/benchharness emulators fetch "${build/@/=}"
platforms=(qemu-aarch64 qemu-aarch64-jit qemu-x86_64 qemu-x86_64-jit)
candidates=()
for p in "${platforms[@]}"; do candidates+=(--candidate "$p=$build"); done
./scripts/benchharness run --suite regression --gate-only --platform "$(IFS=,; echo "${platforms[*]}")" "${candidates[@]}" --out "$out" "${args[@]}"
status=0
./scripts/benchharness compare "$out" || status=$?
echo "qemu-7.2-vs-10.0: $out/report.html, $out/compare.md (gate exit code $status)"
exit $status
