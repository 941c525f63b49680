#!/usr/bin/env bash
# The README's main command: installs what is missing, builds every probe target, runs the default suite on
# every available platform and writes results/latest/ unless --out DIR is given. Extra arguments go to
# `benchharness run` (e.g. ./scripts/bench.sh --suite quick --platform qemu-aarch64 --out /tmp/run).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./scripts/setup.sh
./scripts/build-probes.sh
./scripts/benchharness platforms
suite=(--suite default)
out=(--out results/latest)
for arg in "$@"; do
  case "$arg" in
    --suite | --suite=*) suite=() ;;
    --out | --out=*) out=() ;;
    --resume | --resume=*) suite=() out=() ;;
  esac
done
if [ ${#out[@]} -gt 0 ] && [ -d results/latest ]; then
  previous="results/previous-$(date -r results/latest +%Y%m%d-%H%M%S)"
  mv results/latest "$previous"
  echo "bench: the last run moved to $previous"
fi
./scripts/benchharness run "${suite[@]}" "${out[@]}" "$@"
