#!/usr/bin/env bash
# Soak (issue 13): the quick suite N times in a row on one platform (default qemu-x86_64-jit, the one that crashes).
# Every run must finish. Then the probe is launched directly, outside the harness, the same number of times with
# the same workloads and arguments, and the two crash rates are printed side by side: the harness should record
# the crashes the emulator really has, no more and no fewer.
# Usage: ./scripts/soak.sh [OUT_DIR]   (SOAK_RUNS=10, SOAK_PLATFORM=qemu-x86_64-jit)
# Exit: 0 when every run finished; 1 when a run did not; 2 on bad input.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${1:-build/soak}
runs=${SOAK_RUNS:-10}
platform=${SOAK_PLATFORM:-qemu-x86_64-jit}
case "$runs" in '' | *[!0-9]* | 0) echo "soak: SOAK_RUNS must be a whole number above 0, not '$runs'" >&2; exit 2 ;; esac
definition="benchmarks/platforms/$platform.json"
[ -f "$definition" ] || { echo "soak: no shipped platform '$platform' ($definition)" >&2; exit 2; }
if [ -e "$out" ]; then echo "soak: $out exists; give a new folder" >&2; exit 2; fi
mkdir -p "$out"

./scripts/setup.sh >/dev/null
./scripts/build-probes.sh >/dev/null

# 1. The harness, N quick runs in a row.
finished=0
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  if ./scripts/benchharness run --suite quick --platform "$platform" --out "$out/run-$i" >"$out/run-$i.log" 2>&1; then
    finished=$((finished + 1))
    echo "soak: run $i of $runs finished in $(( $(date +%s) - start )) s: $(tail -n 1 "$out/run-$i.log")"
  else
    echo "soak: run $i of $runs did NOT finish (exit $?); log: $out/run-$i.log" >&2
  fi
done

# Every attempt the harness journaled on the platform: its workload, and whether it crashed.
attempts="$out/attempts.tsv"
cat "$out"/run-*/journal.jsonl 2>/dev/null | grep '"type":"launch"' | grep "\"platform\":\"$platform\"" \
  | sed -E 's/.*"status":"([a-z]+)".*"workload":"([^"]+)".*/\2\t\1/' >"$attempts" || true
total=$(wc -l <"$attempts")
crashed=$(awk -F'\t' '$2 == "crashed"' "$attempts" | wc -l)
timeouts=$(awk -F'\t' '$2 == "timeout"' "$attempts" | wc -l)

# 2. The probe directly, once per journaled attempt, the same workload and arguments, no harness in between.
launcher=$(sed -n '/"launcher"/,/]/p' "$definition" | grep -oE '"[^"]+"' | grep -v '"launcher"' | tr -d '"' | sed "s|\${STATE}|$root/.state|g" | tr '\n' ' ')
target=$(grep -oE '"target": *"[^"]+"' "$definition" | sed -E 's/.*"([^"]+)"$/\1/')
envs=$(sed -n '/"env"/,/}/p' "$definition" | grep -oE '"[A-Za-z_]+": *"[^"]*"' | sed -E 's/"([^"]+)": *"([^"]*)"/\1=\2/' | sed "s|\${STATE}|$root/.state|g" | tr '\n' ' ')
inputs=$(ls -td .state/inputs/*-small-42 2>/dev/null | head -n 1)
probe="build/probes/$target/BenchHarness.Probe"
direct=0
direct_crashed=0
while IFS=$'\t' read -r workload _; do
  # shellcheck disable=SC2086 # the launcher and environment are word lists
  # The subshell takes bash's "Segmentation fault" notice with it: the crash is counted, not printed.
  if ! (env $envs $launcher "$probe" run "$workload" --size small --seed 42 --warmup 0 --iterations 10 --max-seconds 0.5 \
      ${inputs:+--inputs "$inputs"} </dev/null >"$out/direct.out" 2>"$out/direct.err"; exit $?) 2>/dev/null; then
    direct_crashed=$((direct_crashed + 1))
    echo "soak: direct launch of $workload failed: $(tail -n 1 "$out/direct.err")" >>"$out/direct.log"
  fi
  direct=$((direct + 1))
done <"$attempts"

rate() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.1f%%", 100 * a / b }'; }
echo
echo "soak on $platform: $finished of $runs quick runs finished"
echo "  harness: $crashed crashed of $total attempts ($(rate "$crashed" "$total")), $timeouts timed out"
echo "  direct:  $direct_crashed crashed of $direct launches ($(rate "$direct_crashed" "$direct"))"
echo "  per workload (harness crashed/attempts): $(awk -F'\t' '{ n[$1]++; if ($2 == "crashed") c[$1]++ } END { for (w in n) printf "%s %d/%d; ", w, c[w], n[w] }' "$attempts")"
[ "$finished" -eq "$runs" ]
