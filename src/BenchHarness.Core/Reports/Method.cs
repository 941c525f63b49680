namespace BenchHarness.Core.Reports;

/// <summary>The method, in the words every report prints beneath its numbers.</summary>
public static class Method
{
    public const string Text =
        "Each cell runs the probe in fresh processes: inputs generated from a fixed seed (not timed), one cold invocation, " +
        "warmup, then measured warm iterations; every raw sample is kept in journal.jsonl. " +
        "Medians are Harrell-Davis estimates (Harrell & Davis, Biometrika 1982) with Maritz-Jarrett 95% intervals (Maritz & Jarrett, JASA 1978), via Perfolizer. " +
        "A ratio is platform median ÷ baseline median; its interval combines the two medians' 97.5% intervals, which covers the ratio with at least 95% (Bonferroni). " +
        "The index is the weighted geometric mean of the ratios (Fleming & Wallace, CACM 1986); its interval is the same mean of the ratios' bounds. " +
        "A cell whose checksum differs from its baseline's is incorrect and gives no ratio; crashes and timeouts are results, with their attempts.";
}
