#!/usr/bin/env bash
# History over four real builds of Debian's qemu-user (docs/builds.md shows the output): 7.2.18 (bookworm-security),
# 7.2.22 (bookworm), 10.0.2 (bookworm-backports), 10.0.13 (trixie), each fetched into .state/emulators/ and run as
# the platform qemu-aarch64-build against native-aot, in version order; then two A/A runs of the first build, and
# `history` over the four in the order given. Usage: ./scripts/qemu-history.sh [OUT_DIR];
# WORKLOADS=a,b,… picks other workloads, LAUNCHES=N other launches (default: the regression suite's).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${1:-/tmp/benchharness-qemu-history}
workloads=${WORKLOADS:-text-wordcount-sort,text-find-replace,spreadsheet-recalc}
launches=()
[ -n "${LAUNCHES:-}" ] && launches=(--launches "$LAUNCHES")
builds=(7.2+dfsg-7+deb12u15 7.2+dfsg-7+deb12u18+b3 10.0.2+ds-2+deb13u1~bpo12+1 10.0.13+ds-0+deb13u1)
./scripts/setup.sh
./scripts/build-probes.sh linux-x64-aot linux-arm64-aot
for version in "${builds[@]}"; do ./scripts/benchharness emulators fetch "qemu-user=$version"; done
rm -rf "${out:?}"
mkdir -p "$out"

# One platform file per build, all named qemu-aarch64-build: the same platform in every run, its emulator from the build.
run() { # run NAME VERSION
  cat >"$out/$1.json" <<JSON
{
  "name": "qemu-aarch64-build",
  "description": "The Arm64 NativeAOT probe through Debian's qemu-user $2 (fetched with emulators fetch)",
  "launcher": ["qemu-aarch64", "-L", "/usr/aarch64-linux-gnu"],
  "target": "linux-arm64-aot",
  "baseline": "native-aot",
  "version": ["qemu-aarch64", "--version"],
  "build": {"package": "qemu-user", "version": "$2"},
  "expectArch": "Arm64",
  "expectOs": "Linux"
}
JSON
  echo "($1: qemu-user $2 — the regression suite on $workloads; log in $out/$1.log)"
  ./scripts/benchharness run --suite regression --workload "$workloads" "${launches[@]}" --platform "$out/$1.json" \
    --out "$out/$1" >"$out/$1.log" 2>&1 || { tail -n 5 "$out/$1.log" >&2; exit 2; }
}

n=0
for version in "${builds[@]}"; do n=$((n + 1)); run "build-$n" "$version"; done
run aa-1 "${builds[0]}"
run aa-2 "${builds[0]}"
./scripts/benchharness history "$out"/build-{1,2,3,4} --aa "$out/aa-1" --aa "$out/aa-2" --out "$out/history"
