#!/usr/bin/env bash
# Measures what the README's performance section reports: the share of a real quick run's wall time spent inside
# timed iterations (per platform and in total), and the native probe's timing overhead per iteration on the
# empty workload. Usage: ./scripts/efficiency.sh [RUN_DIR]   (RUN_DIR: an existing run to analyse instead of a new quick run)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./scripts/setup.sh >/dev/null
./scripts/build-probes.sh >/dev/null
run=${1:-}
if [ -z "$run" ]; then
  run="build/efficiency-run"
  rm -rf "$run"
  ./scripts/benchharness run --suite quick --out "$run" >build/efficiency-run.log 2>&1 \
    || { tail -n 20 build/efficiency-run.log >&2; echo "efficiency: the quick run failed (log: build/efficiency-run.log)" >&2; exit 1; }
fi
dotnet run -c Release --project benchmarks/BenchHarness.Benchmarks -- efficiency "$run" build/probes/linux-x64-aot/BenchHarness.Probe
