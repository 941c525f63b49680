using System.Text;
using System.Text.Json;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.History;

namespace BenchHarness.Core.Reports;

/// <summary>history.html (the runs, the steps found, and every trend plot) and history.json.</summary>
public static class HistoryReport
{
    /// <summary>How steps are judged, in one sentence.</summary>
    public static string Method(HistoryResult history) =>
        $"A step is a change between two consecutive runs, judged as compare judges two runs: the run as the unit, each platform's ratio to its in-run baseline, "
        + $"the between-run variance from {Model.Counted.Of(history.AaRuns, "A/A run", "A/A runs")}, Holm over each boundary's rows; a step is a change shown beyond {Model.Percent.Text(history.Threshold)}, slower or faster "
        + $"({Model.Counted.Of(history.Undecided, "row", "rows")} of the boundaries could not be decided). Change is the second run's ratio over the first's; before and after are each run's ratio. The geometric-mean score's trend is shown without steps.";

    /// <summary>Why no step is listed: none shown, or none could be judged.</summary>
    public static string NoStep(HistoryResult history) => history.AaRuns < 2
        ? "No step can be judged: a change between runs is judged against how much runs of the same builds differ on this machine, which needs two or more A/A runs."
        : "No step: no change between consecutive runs was shown beyond the threshold.";

    public static string Html(HistoryResult history)
    {
        var html = HtmlPage.Start("BenchHarness history", "img{max-width:100%}.step{color:#b42318}").Append("<h1>BenchHarness history</h1>\n");
        html.Append("<h2>Runs</h2>\n<table><thead><tr><th>#</th><th>run</th><th>started</th><th>emulator versions</th></tr></thead><tbody>\n");
        for (var i = 0; i < history.Runs.Count; i++)
        {
            var run = history.Runs[i];
            html.Append($"<tr><td>{i + 1}</td><td><a href=\"{E(Path.GetFullPath(Path.Combine(run.Directory, "report.html")))}\">{E(run.Label)}</a></td><td>{E(Format.Time(run.Started))}</td><td>")
                .Append(E(string.Join("; ", run.Versions.Select(v => $"{v.Key}: {v.Value}")))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n<h2>Steps</h2>\n");
        var steps = history.Trends.SelectMany(t => t.Steps.Select(s => (Trend: t, Step: s))).ToList();
        html.Append(steps.Count == 0 ? $"<p>{E(NoStep(history))}</p>\n" : "<table><thead><tr><th>platform</th><th>baseline</th><th>workload</th><th>from run</th><th>emulator version</th><th>before</th><th>after</th><th>change</th><th>bounds (lower Holm, upper 95%)</th><th>verdict</th></tr></thead><tbody>\n");
        foreach (var (trend, step) in steps)
        {
            html.Append($"<tr class=\"step\"><td>{E(trend.Platform)}</td><td>{E(trend.Baseline)}</td><td><a href=\"#{E(trend.PlotName)}\">{E(trend.Workload)}</a></td><td>{E(step.RunLabel)}</td><td>{E(step.Version ?? "–")}</td><td>{E(Format.Ratio(step.Before))}</td><td>{E(Format.Ratio(step.After))}</td><td>{E(Format.Ratio(step.Change))}</td><td>{E(Format.RatioInterval(step.LowerBound, step.UpperBound))}</td><td>{E(Model.Words.Of(step.Verdict))}</td></tr>\n");
        }

        html.Append(steps.Count == 0 ? "" : "</tbody></table>\n");
        html.Append($"<p>{E(Method(history))}</p>\n");
        html.Append("<h2>Trends</h2>\n");
        foreach (var trend in history.Trends.Where(t => t.Points.Count > 0))
        {
            html.Append($"<h3 id=\"{E(trend.PlotName)}\">{E(trend.Platform)} against {E(trend.Baseline)} · {E(trend.Workload)}</h3>\n")
                .Append($"<img src=\"plots/{E(trend.PlotName)}.svg\" alt=\"{E(trend.Platform)} {E(trend.Workload)} across the runs\">\n");
        }

        return html.Append("</body></html>\n").ToString();
    }

    public static byte[] Json(HistoryResult history) => JsonSerializer.SerializeToUtf8Bytes(history, StoredJson.Options);

    private static string E(string text) => HtmlPage.E(text);
}
