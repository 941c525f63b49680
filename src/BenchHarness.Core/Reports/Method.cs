namespace BenchHarness.Core.Reports;

/// <summary>The method, in the words every report prints beneath its numbers.</summary>
public static class Method
{
    public const string Text =
        "Each cell runs the probe in fresh processes: inputs generated from a fixed seed (not timed), one cold invocation, " +
        "warmup, then measured warm iterations; every raw sample is kept in journal.jsonl. " +
        "Medians are Harrell-Davis estimates (Harrell & Davis, Biometrika 1982) with Maritz-Jarrett 95% intervals (Maritz & Jarrett, JASA 1978), via Perfolizer. " +
        "Quartiles are Harrell-Davis too; outliers are flagged by Tukey's fences (Tukey, EDA 1977) and kept; modes are counted by the Lowland detector (Akinshin 2020). " +
        "A ratio is platform median ÷ baseline median; its 95% interval is the delta method on the log scale (Casella & Berger 2002), each median's Maritz-Jarrett variance plus the variance between its fresh processes (DerSimonian & Laird's tau-squared, 1986). " +
        "Adaptive sampling: a launch stops early once its cell's median is within the suite's precision target. " +
        "Each comparison has a two-sided Mann-Whitney p-value (Mann & Whitney, Ann. Math. Stat. 1947); it is 'slower'/'faster' when p < 0.05 and the ratio's interval excludes 1, " +
        "'equivalent' when the interval lies within the suite's margin (two one-sided tests as interval inclusion; Schuirmann, J. Pharmacokinet. Biopharm. 1987). " +
        "The index is the weighted geometric mean of the ratios (Fleming & Wallace, CACM 1986) with a two-stage percentile-bootstrap interval, 2,000 resamples of every cell's launches and their samples (Efron & Tibshirani 1993; Davison & Hinkley 1997); " +
        "the start-up index does the same with cold samples; years of hardware progress come from the run's progress table. " +
        "A cell whose checksum differs from its baseline's is incorrect and gives no ratio; crashes and timeouts are results, with their attempts.";
}
