#!/usr/bin/env bash
# Runs every workload under BenchmarkDotNet (small inputs, seed 42: the quick suite's inputs) and the harness's
# quick suite natively, then prints, per workload, BenchmarkDotNet's median beside the harness's warm medians.
# Usage: ./scripts/bdn-agreement.sh [RUN_DIR]   (RUN_DIR: an existing quick run to reuse instead of a new one)
# BenchmarkDotNet runs in process (its default job otherwise): generating a project would make it search the
# repository, and a Wine prefix under .state/ links z: to the whole file system.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
run=${1:-}
if [ -z "$run" ]; then
  ./scripts/build-probes.sh linux-x64-aot linux-x64-jit
  run="build/agreement-run"
  rm -rf "$run"
  ./scripts/benchharness run --suite quick --platform native-aot --platform native-jit --out "$run" >/dev/null
fi
artifacts="build/bdn"
rm -rf "$artifacts"
dotnet run -c Release --project benchmarks/BenchHarness.Benchmarks -- --filter '*' --inProcess --exporters json \
  --artifacts "$artifacts" >"build/bdn.log" 2>&1 || { tail -n 30 build/bdn.log >&2; echo "bdn-agreement: BenchmarkDotNet failed (log: build/bdn.log)" >&2; exit 1; }
report=$(ls "$artifacts"/results/*-report-full-compressed.json 2>/dev/null | head -n 1 || true)
[ -n "$report" ] || report=$(ls "$artifacts"/results/*.json | head -n 1)
dotnet run -c Release --project benchmarks/BenchHarness.Benchmarks -- agreement "$run" "$report"
