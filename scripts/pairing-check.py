#!/usr/bin/python3
"""How closely a run's plan pairs the two partners of each comparison (docs/method.md, "Back-to-back pairs").

Usage: scripts/pairing-check.py RUN_DIR [RUN_DIR ...]   (needs python3-scipy)

For each comparison of RUN_DIR/result.json (platform, baseline, workload) and each round both partners ran:
  - gap: seconds between the two partners' launch starts, a start being the launch record's time minus its
    wallNs (journal.jsonl); idle: seconds from the end of the first to the start of the second (0 when they
    overlap); adjacent when no other launch started between them;
  - the launch median: the median of the launch's warm samples (plain median, not the harness's Harrell-Davis
    estimate over equal sample counts: close enough to compare plans).
Per comparison over its rounds (three or more with both):
  - r: Pearson's correlation of ln(platform launch median) with ln(baseline launch median);
  - narrowed: the paired 95% interval of the mean log ratio (Student's t over the rounds' differences, k - 1
    degrees of freedom) is narrower than the unpaired one (Welch's t, Welch-Satterthwaite degrees of freedom;
    Welch, Biometrika 1947). The paired half-width is t·sqrt((s_p² + s_b² - 2·r·s_p·s_b)/k), so pairing narrows
    the interval when r is large enough to pay for the lost degrees of freedom.
By distance: each launch median standardised within its cell over the rounds (z of its ln), the pooled correlation of
the partners' z over every pair that was adjacent, not adjacent but started < 10 s apart, and >= 10 s apart.
Prints, per run: the gap's and the idle time's median and 90th percentile, the share of adjacent pairs, the mean r and the share of
comparisons narrowed.
"""
import json
import statistics
import sys
from datetime import datetime

from scipy import stats


def launches(folder):
    """(platform, workload, round) -> (start seconds, launch median ns, end seconds) of each launch's last attempt, and every start."""
    starts, warm, last, ends = {}, {}, {}, {}
    with open(f"{folder}/journal.jsonl", encoding="utf-8") as journal:
        for line in journal:
            record = json.loads(line)
            if "platform" not in record or "round" not in record:
                continue
            key = (record["platform"], record["workload"], record["round"])
            if record["type"] == "launch":
                end = datetime.fromisoformat(record["time"]).timestamp()
                starts.setdefault(key, []).append(end - record.get("wallNs", 0) / 1e9)
                if record["status"] == "ok":
                    last[key] = record["attempt"]
                    ends[key] = end
            elif record["type"] == "sample" and record["kind"] == "warm":
                warm.setdefault((key, record["attempt"]), []).append(record["ns"])
    result = {}
    for key, attempt in last.items():
        samples = warm.get((key, attempt))
        if samples:
            start = max(starts[key])
            result[key] = (start, statistics.median(samples), ends[key])
    every_start = sorted(s for values in starts.values() for s in values)
    return result, every_start


def half_widths(p, b):
    k = len(p)
    d = [x - y for x, y in zip(p, b)]
    paired = stats.t.ppf(0.975, k - 1) * statistics.stdev(d) / k ** 0.5
    vp, vb = statistics.variance(p) / k, statistics.variance(b) / k
    df = (vp + vb) ** 2 / (vp ** 2 / (k - 1) + vb ** 2 / (k - 1)) if vp + vb > 0 else k - 1
    unpaired = stats.t.ppf(0.975, df) * (vp + vb) ** 0.5
    return paired, unpaired


def check(folder):
    import bisect
    import math
    measured, every_start = launches(folder)
    with open(f"{folder}/result.json", encoding="utf-8") as f:
        comparisons = json.load(f)["comparisons"]
    gaps, idle, adjacent, correlations, narrowed, counted = [], [], 0, [], 0, 0
    by_distance = {"adjacent": [], "< 10 s": [], ">= 10 s": []}

    def z(platform, workload):
        logs = {r: math.log(v[1]) for (p, w, r), v in measured.items() if p == platform and w == workload}
        if len(logs) < 3 or statistics.pstdev(logs.values()) == 0:
            return {}
        mean, sd = statistics.fmean(logs.values()), statistics.stdev(logs.values())
        return {r: (x - mean) / sd for r, x in logs.items()}
    for c in comparisons:
        rounds = sorted({r for (p, w, r) in measured if p == c["platform"] and w == c["workload"]}
                        & {r for (p, w, r) in measured if p == c["baseline"] and w == c["workload"]})
        pairs = [(measured[(c["platform"], c["workload"], r)], measured[(c["baseline"], c["workload"], r)]) for r in rounds]
        zp, zb = z(c["platform"], c["workload"]), z(c["baseline"], c["workload"])
        for r, ((sp, _, ep), (sb, _, eb)) in zip(rounds, pairs):
            gaps.append(abs(sp - sb))
            idle.append(max(0.0, sb - ep) if sp <= sb else max(0.0, sp - eb))
            lo, hi = min(sp, sb), max(sp, sb)
            # Starts strictly between the two (a small tolerance for the timestamps' rounding).
            between = bisect.bisect_left(every_start, hi - 1e-6) - bisect.bisect_right(every_start, lo + 1e-6)
            adjacent += between == 0
            if r in zp and r in zb:
                by_distance["adjacent" if between == 0 else "< 10 s" if hi - lo < 10 else ">= 10 s"].append((zp[r], zb[r]))
        if len(pairs) < 3:
            continue
        p = [math.log(mp) for (_, mp, _), _ in pairs]
        b = [math.log(mb) for _, (_, mb, _) in pairs]
        if statistics.pstdev(p) == 0 or statistics.pstdev(b) == 0:
            continue
        counted += 1
        correlations.append(statistics.correlation(p, b))
        paired, unpaired = half_widths(p, b)
        narrowed += paired < unpaired
    def p90(values):
        # The nearest-rank 90th percentile.
        return sorted(values)[math.ceil(0.9 * len(values)) - 1]
    print(f"{folder}: {len(comparisons)} comparisons, {len(gaps)} pairs of launches; start-to-start gap median {statistics.median(gaps):.2f} s, "
          f"90th percentile {p90(gaps):.2f} s, max {max(gaps):.2f} s; idle between them median {statistics.median(idle):.2f} s, "
          f"90th percentile {p90(idle):.2f} s; adjacent {adjacent}/{len(gaps)} ({adjacent / len(gaps):.0%}); "
          f"over {counted} comparisons with 3+ rounds: mean r {statistics.fmean(correlations):.2f}, "
          f"paired interval narrower {narrowed}/{counted} ({narrowed / counted:.0%})")
    print("  by distance: " + "; ".join(
        f"{name}: r {statistics.correlation([a for a, _ in pairs], [b for _, b in pairs]):.2f} over {len(pairs)} pairs"
        for name, pairs in by_distance.items() if len(pairs) >= 3))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: scripts/pairing-check.py RUN_DIR [RUN_DIR ...]")
    for run in sys.argv[1:]:
        check(run)
