namespace BenchHarness.Cli;

internal static class Usage
{
    public const string Text = """
        benchharness: how much slower office work is under an emulator, with confidence intervals.

        benchharness run [--suite NAME|FILE] [--platform NAME|FILE|all]... [--workload NAME]...
                         [--launches N] [--candidate NAME=PATH]... [--out DIR] [--progress NAME|FILE]
            Runs a suite (default: default; shipped: quick, default, regression) on platforms (default: all
            shipped ones; unavailable ones are recorded with their reason), only the named workloads if any,
            in N fresh processes per cell if --launches (for example as many as compare says a change needs).
            --candidate adds platform NAME with its emulator binary swapped for PATH (NAME-candidate), run
            round by round beside NAME and compared with it. Writes DIR/journal.jsonl, result.json,
            report.md, report.html, results.csv and plots/. DIR defaults to results/<date-time>.
            --progress names the history of single-thread performance that turns the office-day slowdown
            into years (default: single-thread).
        benchharness run --resume DIR
            Finishes an interrupted run from its journal, then analyses and reports it.
        benchharness report DIR [--progress NAME|FILE]
            Analyses DIR/journal.jsonl again and rewrites result.json and the reports.
        benchharness compare RUN_DIR [--threshold 5%] [--out DIR]
        benchharness compare BASE_DIR CAND_DIR [--threshold 5%] [--force] [--out DIR]
            Gates candidates against their references (one run, paired round by round) or a run against an
            earlier one (two runs; refused unless like for like, or --force): prints the table, writes
            compare.md and compare.json (into the candidate run's folder unless --out), exits 1 when a
            workload regressed: slower beyond the threshold, or newly crashed, timed out, incorrect, missing.
        benchharness history DIR... --out DIR
            Trends across runs of successive builds: a plot per platform and workload, steps found by
            change-point detection (named with their run and emulator version), history.html, history.json.
        benchharness platforms
            Lists every shipped platform and template: available, or why not; and the emulator's version.
        benchharness workloads
            Lists the workloads with their family and the office action each stands for.

        Exit codes: 0 done, 1 compare found a regression, 2 bad input (one line on stderr), 130 interrupted.
        """;

    public static int Print(TextWriter writer, int exitCode)
    {
        writer.WriteLine(Text);
        return exitCode;
    }
}
