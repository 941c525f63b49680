#!/usr/bin/env bash
# Measures what docs/performance.md reports: where a run's launch wall time goes (start-up, ready, cold, warm-up,
# warm, per platform and in total) and its timed share (cold and warm invocations over launch wall time), and the
# native probe's timing overhead per iteration on the empty workload.
# Usage: ./scripts/efficiency.sh [RUN_DIR]   (RUN_DIR: an existing run, e.g. results/sample, instead of a new quick run)
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
