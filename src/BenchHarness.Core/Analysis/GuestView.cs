using BenchHarness.Core.Journal;

namespace BenchHarness.Core.Analysis;

/// <summary>
/// What a platform's guest saw of the CPU: the instruction-set extensions its probes' runtime reported in their hellos.
/// The launches should agree; when they do not, the first launch's view is kept (journal order) and the note says how
/// many launches saw each view, so the disagreement is recorded rather than smoothed over.
/// </summary>
internal static class GuestView
{
    public static (IReadOnlyList<string>? Isa, string? Note) Of(IEnumerable<LaunchRecord> launches)
    {
        var reported = launches.Where(l => l.Isa is not null).Select(l => l.Isa!).ToList();
        if (reported.Count == 0)
        {
            return (null, null);
        }

        var views = reported.GroupBy(Model.Words.OfExtensions).Select(g => (View: g.Key, Launches: g.Count())).ToList();
        if (views.Count == 1)
        {
            return (reported[0], null);
        }

        var others = views.Skip(1).Select(v => $"{v.Launches} saw {v.View}");
        return (reported[0], $"its launches disagree: of {reported.Count} that reported, {views[0].Launches} saw this, {string.Join(", ", others)}");
    }
}
