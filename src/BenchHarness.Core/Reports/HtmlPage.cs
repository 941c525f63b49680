using System.Net;
using System.Text;

namespace BenchHarness.Core.Reports;

/// <summary>What every HTML page of BenchHarness shares: the head with its style sheet, and escaping.</summary>
internal static class HtmlPage
{
    private const string Style = "body{font-family:system-ui,sans-serif;margin:2em;max-width:80em;color:#222}table{border-collapse:collapse;margin:1em 0}"
        + "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;font-size:.9em}th{background:#f3f3f3}";

    /// <summary>A page up to its open body: the doctype, the (escaped) title, the shared style and the page's own rules.</summary>
    public static StringBuilder Start(string title, string css) =>
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>\n<style>")
            .Append(Style).Append(css).Append("</style></head><body>\n");

    public static string E(string text) => WebUtility.HtmlEncode(text);
}
