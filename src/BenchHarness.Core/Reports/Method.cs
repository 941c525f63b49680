namespace BenchHarness.Core.Reports;

/// <summary>The method, in the words every report prints beneath its numbers.</summary>
public static class Method
{
    public const string Text =
        "Each cell runs the probe in fresh processes: inputs generated from a fixed seed (not timed), one cold invocation, " +
        "warmup, then measured warm iterations; every raw sample is kept in journal.jsonl. " +
        "Medians are Harrell-Davis estimates (Harrell & Davis, Biometrika 1982) with Maritz-Jarrett 95% intervals (Maritz & Jarrett, JASA 1978), via Perfolizer. " +
        "Quartiles are Harrell-Davis too; outliers are flagged by Tukey's fences (Tukey, EDA 1977) and kept; modes are counted by the Lowland detector (Akinshin 2020). " +
        "Platforms are interleaved: round r runs every platform's r-th fresh process of a workload back to back, so that drift of the machine is shared within a round. " +
        "A ratio is the geometric mean over rounds of platform launch median ÷ baseline launch median; its 95% interval is Student's t over the rounds' log ratios (Student 1908; processes as the unit, Georges, Buytaert & Eeckhout, OOPSLA 2007), " +
        "never narrower than the launches' own Maritz-Jarrett errors imply (Knapp & Hartung 2003); with one round, the delta method on the two medians (Casella & Berger 2002), which cannot see differences between processes. " +
        "Adaptive sampling: a launch stops early once its cell's median is within the suite's precision target. " +
        "Each comparison has the rounds' t-test p-value, adjusted over the platform's workloads (Benjamini & Hochberg, JRSS B 1995), and a two-sided Mann-Whitney p-value of the pooled samples (Mann & Whitney, Ann. Math. Stat. 1947); " +
        "it is 'slower'/'faster' when both are below 0.05 (so the interval excludes 1), " +
        "'equivalent' when the interval lies within the suite's margin (two one-sided tests as interval inclusion; Schuirmann, J. Pharmacokinet. Biopharm. 1987). " +
        "The index is the weighted geometric mean of the ratios (Fleming & Wallace, CACM 1986) with a two-stage percentile-bootstrap interval, 2,000 resamples of every workload's rounds and their launches' samples (Efron & Tibshirani 1993; Davison & Hinkley 1997); " +
        "the start-up index does the same with cold samples; years of hardware progress come from the run's progress table. " +
        "A cell whose checksum differs from its baseline's is incorrect and gives no ratio; crashes and timeouts are results, with their attempts.";
}
