namespace BenchHarness.Core.Runner;

/// <summary>
/// About how long a run's remaining launches will take, spread over the lanes: in the plan's order each at the mean of its
/// platform's finished launches; longest first (<see cref="LaunchOrder"/>) each at its platform's latest, since none
/// left is expected to be longer and the mean of the long ones first would say a counting run of the regression suite
/// had 40 minutes left 7 minutes into 18. Unknown while a platform with launches left has finished none: a native launch
/// says nothing of an emulated one (counted, the regression suite's launches took 2 seconds to 7.5 minutes). Not
/// thread-safe: the run asks under its lock.
/// </summary>
internal sealed class TimeLeft(int lanes, bool longestFirst)
{
    private readonly Dictionary<string, (double Seconds, int Launches, double Latest)> byPlatform = [];

    public void Finished(string platform, TimeSpan took)
    {
        var (seconds, launches, _) = byPlatform.GetValueOrDefault(platform);
        byPlatform[platform] = (seconds + took.TotalSeconds, launches + 1, took.TotalSeconds);
    }

    /// <param name="platforms">The platform of each launch not finished yet, one entry per launch.</param>
    public TimeSpan? For(IEnumerable<string> platforms)
    {
        var seconds = 0.0;
        foreach (var platform in platforms)
        {
            if (!byPlatform.TryGetValue(platform, out var done))
            {
                return null;
            }

            seconds += longestFirst ? done.Latest : done.Seconds / done.Launches;
        }

        return TimeSpan.FromSeconds(seconds / Math.Max(1, lanes));
    }
}
