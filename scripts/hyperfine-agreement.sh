#!/usr/bin/env bash
# Times the same native LibreOffice conversion (the libreoffice suite's lo-report-to-pdf: the generated 30-page
# report to PDF) with BenchHarness and with hyperfine (Debian's package), and prints both medians and their ratio.
# They should agree within 5%. The order is A B B A A B B A (harness, hyperfine, …: four blocks of 15 timed
# invocations each) so that a slow drift of the machine falls on both alike; each tool's median is over all of its
# warm invocations, and the ratio's 95% interval is a percentile bootstrap over both tools' invocations
# (Efron & Tibshirani 1993, ch. 13; 4,000 resamples, fixed seed).
#   ./scripts/hyperfine-agreement.sh [WORKLOAD]     (default lo-report-to-pdf)
# Exit 0 when they agree within 5%, 1 when they do not, 2 when something is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
workload=${1:-lo-report-to-pdf}
command -v hyperfine >/dev/null || { echo "hyperfine-agreement: hyperfine is missing: run ./scripts/setup.sh" >&2; exit 2; }
soffice=/usr/lib/libreoffice/program/soffice.bin
[ -x "$soffice" ] || { echo "hyperfine-agreement: $soffice is missing: run ./scripts/setup.sh" >&2; exit 2; }
work=$(mktemp -d /tmp/benchharness-hyperfine.XXXXXX)
[ -n "${BENCHHARNESS_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT

harness() { # one harness run of the workload natively: 3 launches, each 1 cold, 1 warm-up and 5 warm invocations
  "$root/scripts/benchharness" run --suite libreoffice --platform native-aot --workload "$workload" --launches 3 --out "$work/harness-$1" >"$work/harness-$1.log" 2>&1 \
    || { tail -n 5 "$work/harness-$1.log" >&2; echo "hyperfine-agreement: the harness run failed" >&2; exit 2; }
}

hyperfine_run() { # the same argv as the suite's, with its own fresh profile made by the same first start
  local profile="$work/profile-$1" out="$work/out-$1"
  "$soffice" "-env:UserInstallation=file://$profile" --headless --norestore --nologo --nodefault --nolockcheck --terminate_after_init
  hyperfine -N --style basic --warmup 2 --runs 15 --prepare "rm -rf $out" --export-json "$work/hyperfine-$1.json" \
    "$soffice -env:UserInstallation=file://$profile --headless --norestore --nologo --nodefault --nolockcheck --convert-to pdf --outdir $out $input" \
    >"$work/hyperfine-$1.log" 2>&1 || { tail -n 5 "$work/hyperfine-$1.log" >&2; echo "hyperfine-agreement: hyperfine failed" >&2; exit 2; }
}

echo "hyperfine-agreement: $workload natively, harness and hyperfine in the order A B B A A B B A ($(date -u +%H:%M:%S))" >&2
harness 1
# The input the harness made and checked: the newest of the workload's input folders in the state folder.
state=${BENCHHARNESS_STATE:-$root/.state}
input=$( (ls -t "$state"/command-inputs/"$workload"-*/*.docx 2>/dev/null || true) | head -n 1)
[ -f "$input" ] || { echo "hyperfine-agreement: the harness's input for $workload was not found" >&2; exit 2; }
hyperfine_run 1
hyperfine_run 2
harness 2
harness 3
hyperfine_run 3
hyperfine_run 4
harness 4

python3 - "$work" "$workload" <<'EOF'
import json, random, statistics, sys
work, workload = sys.argv[1], sys.argv[2]
harness = []
for run in ("harness-1", "harness-2", "harness-3", "harness-4"):
    result = json.load(open(f"{work}/{run}/result.json"))
    cell = next(c for c in result["cells"] if c["workload"] == workload)
    if cell["status"] != "ok":
        sys.exit(f"hyperfine-agreement: the harness's cell is {cell['status']}: {cell.get('error')}")
    harness += [ns / 1e9 for ns in cell["samplesNs"]]
hyperfine = []
for run in ("hyperfine-1", "hyperfine-2", "hyperfine-3", "hyperfine-4"):
    hyperfine += json.load(open(f"{work}/{run}.json"))["results"][0]["times"]
h, f = statistics.median(harness), statistics.median(hyperfine)
ratio = h / f
rng = random.Random(20261127)
boot = sorted(statistics.median(rng.choices(harness, k=len(harness))) / statistics.median(rng.choices(hyperfine, k=len(hyperfine))) for _ in range(4000))
low, high = boot[int(0.025 * len(boot))], boot[int(0.975 * len(boot)) - 1]
print(f"{workload}, native: harness median {h * 1000:.1f} ms over {len(harness)} warm invocations; "
      f"hyperfine median {f * 1000:.1f} ms over {len(hyperfine)} runs; harness / hyperfine = {ratio:.3f} [{low:.3f} - {high:.3f}] (95% bootstrap)")
agree = abs(ratio - 1) <= 0.05
print("they agree within 5%" if agree else "they do NOT agree within 5%")
sys.exit(0 if agree else 1)
EOF
