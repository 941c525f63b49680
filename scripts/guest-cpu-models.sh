#!/usr/bin/env bash
# What the guest CPU model costs under QEMU's x86-64 translator (docs/platforms.md, "The guest CPU model"): the
# regression suite at small inputs on qemu-x86_64 (x86-64-v3, shipped), qemu-x86_64-v2 (no AVX), qemu-x86_64-max
# (QEMU's default), qemu-x86_64-jit (x86-64-v3) and qemu-x86_64-jit-v2, with their baselines, in one run; the opt-in
# ones are also compared with the shipped one, so the report shows what each model costs per workload.
# Usage: ./scripts/guest-cpu-models.sh [OUT_DIR]; WORKLOADS=a,b,… and LAUNCHES=N change the defaults below;
# CANDIDATE=qemu-user@VERSION (a fetched build) adds it as a candidate of qemu-x86_64 and of qemu-x86_64-v2.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${1:-/tmp/benchharness-guest-cpu-models}
workloads=${WORKLOADS:-document-render,text-wordcount-sort,spreadsheet-recalc,picture-insert}
launches=${LAUNCHES:-3}
candidates=()
if [ -n "${CANDIDATE:-}" ]; then
  candidates=(--candidate "qemu-x86_64=$CANDIDATE" --candidate "qemu-x86_64-v2=$CANDIDATE")
fi
./scripts/setup.sh
./scripts/build-probes.sh linux-x64-aot linux-x64-jit
./scripts/benchharness run --suite regression --workload "$workloads" --launches "$launches" \
  --platform qemu-x86_64,qemu-x86_64-v2,qemu-x86_64-max,qemu-x86_64-jit,qemu-x86_64-jit-v2 "${candidates[@]}" --out "$out"
