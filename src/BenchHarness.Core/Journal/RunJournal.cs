using BenchHarness.Core.Model;

namespace BenchHarness.Core.Journal;

/// <summary>A journal as read back: its run record and its other records by kind, in the order they were written.</summary>
public sealed record RunJournal
{
    public required RunRecord Run { get; init; }

    public required IReadOnlyList<PlatformRecord> Platforms { get; init; }

    public required IReadOnlyList<SampleRecord> Samples { get; init; }

    public required IReadOnlyList<LaunchRecord> Launches { get; init; }

    /// <summary>The number of the last line when it was cut mid-write (the run was killed while writing it) and so not read; null when whole.</summary>
    public int? CutLastLine { get; init; }

    public static RunJournal From(IReadOnlyList<JournalRecord> records, string source)
    {
        if (records.Count == 0 || records[0] is not RunRecord run)
        {
            throw new BadInputException(BadInputKind.UnreadableRun, source, $"{source} has no run record first: it is not a BenchHarness journal.");
        }

        if (records.Skip(1).OfType<RunRecord>().Any())
        {
            throw new BadInputException(BadInputKind.UnreadableRun, source, $"{source} holds more than one run record: two runs were written into one folder.");
        }

        // A run extended to more launches per cell (the last extension counts): its suite as it now stands.
        if (records.OfType<ExtendRecord>().LastOrDefault() is { } extended)
        {
            run = run with { Suite = Definitions.SuiteLoader.WithLaunches(run.Suite, extended.Launches) };
        }

        return new RunJournal
        {
            Run = run,
            Platforms = records.OfType<PlatformRecord>().ToList(),
            Samples = records.OfType<SampleRecord>().ToList(),
            Launches = records.OfType<LaunchRecord>().ToList(),
        };
    }
}
