using BenchHarness.Tests.Fakes;
using Microsoft.Playwright;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// report.html of the published default run (results/sample, reported afresh from its journal) in Debian's headless
/// Chromium, driven by Playwright: no console error, no network request, the index, each plot and each table visible
/// (the folded ones opened from the keyboard), and a screenshot of the whole page kept beside the report.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task The_report_of_a_default_run_shows_everything_in_a_real_browser_without_errors_or_requests()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} not found (run ./scripts/setup.sh)");
        var run = TestData.TempDirectory();
        File.Copy(Path.Combine(Core.Model.ProjectLayout.Discover().Root, "results", "sample", "journal.jsonl"), Path.Combine(run, "journal.jsonl"));
        var (exit, _, stderr) = CliProcess.Run("report", run);
        Assert.True(exit == 0, stderr);
        var report = Path.Combine(run, "report.html");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        page.Request += (_, request) => requests.Add(request.Url);
        var address = new Uri(report).AbsoluteUri;

        await page.GotoAsync(address, new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Empty(errors);
        Assert.Equal([address], requests);
        await page.ScreenshotAsync(new() { Path = Path.Combine(run, "report-screenshot-first-screen.png") });
        // The first screen: what was measured where, every platform at a glance, and the index plot.
        Assert.Contains("office actions", await page.Locator("p.lead").InnerTextAsync());
        var glance = await page.Locator("#overview table").BoundingBoxAsync();
        Assert.True(glance is { Y: >= 0 } && glance.Y + glance.Height <= 1000, $"the table at a glance is not on the first screen: {glance?.Y}+{glance?.Height}");
        Assert.Equal(await page.Locator("#overview tbody tr").CountAsync(), (await page.Locator("#headline > h2").CountAsync()));
        var index = await page.Locator("#plot-index svg").BoundingBoxAsync();
        Assert.True(index is { Y: < 1000, Height: > 150 }, $"the index plot does not start on the first screen: {index?.Y}");
        Assert.True(await page.Locator("#headline .headline").First.IsVisibleAsync(), "the headline index is not visible");
        Assert.Contains("office day takes", await page.Locator("#headline .headline").First.InnerTextAsync());
        foreach (var plot in Core.Reports.ReportPlots.All)
        {
            var svg = page.Locator($"#plot-{plot.Stem} svg");
            Assert.True(await svg.IsVisibleAsync(), $"plot {plot.Stem} is not visible");
            var box = await svg.BoundingBoxAsync();
            Assert.True(box is { Width: > 300, Height: > 150 }, $"plot {plot.Stem} is drawn {box?.Width}×{box?.Height}");
        }

        // The folded tables open from the keyboard: Tab to each summary, Enter.
        var summaries = page.Locator("summary");
        for (var i = 0; i < await summaries.CountAsync(); i++)
        {
            await summaries.Nth(i).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
        }

        var tables = page.Locator("table");
        var count = await tables.CountAsync();
        Assert.True(count >= 8, $"only {count} tables");
        for (var i = 0; i < count; i++)
        {
            Assert.True(await tables.Nth(i).IsVisibleAsync(), $"table {i + 1} of {count} is not visible");
        }

        var screenshot = Path.Combine(run, "report-screenshot.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 50_000, "the screenshot is nearly empty");
        Assert.Empty(errors);
        Assert.Equal([address], requests);
        foreach (var shot in new[] { "report-screenshot.png", "report-screenshot-first-screen.png" })
        {
            File.Copy(Path.Combine(run, shot), Path.Combine(AppContext.BaseDirectory, shot), overwrite: true);
        }
    }
}
