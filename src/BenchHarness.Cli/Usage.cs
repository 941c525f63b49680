namespace BenchHarness.Cli;

internal static class Usage
{
    public const string Text = """
        benchharness: how much slower office work is under an emulator, with confidence intervals.

        benchharness run [--suite NAME|FILE] [--platform NAME|FILE|all]... [--out DIR] [--progress NAME|FILE]
            Runs a suite (default: default) on platforms (default: all shipped ones; unavailable ones are
            recorded with their reason). Writes DIR/journal.jsonl, result.json, report.md, report.html,
            results.csv and plots/. DIR defaults to results/<date-time>. --progress names the history of
            single-thread performance that turns the index into years (default: single-thread).
        benchharness run --resume DIR
            Finishes an interrupted run from its journal, then analyses and reports it.
        benchharness report DIR [--progress NAME|FILE]
            Analyses DIR/journal.jsonl again and rewrites result.json and the reports.
        benchharness platforms
            Lists every shipped platform and template: available, or why not; and the emulator's version.
        benchharness workloads
            Lists the workloads with their family and the office action each stands for.

        Exit codes: 0 done, 2 bad input (one line on stderr), 130 interrupted.
        """;

    public static int Print(TextWriter writer, int exitCode)
    {
        writer.WriteLine(Text);
        return exitCode;
    }
}
