using System.Text.RegularExpressions;
using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Workloads.TextOperations;

/// <summary>Find and replace with a regular expression over a long document (source-generated regex: NativeAOT-clean).</summary>
public sealed partial class FindReplaceWorkload : IWorkload
{
    public string Name => "text-find-replace";

    public string Family => "text";

    public string Description => "Find and replace with a regular expression across a long document";

    public IPreparedWorkload Prepare(WorkloadContext context) => new Prepared(context.Inputs.Text());

    /// <summary>"quarterly report" → "report (quarterly)", and the like, case-insensitively.</summary>
    [GeneratedRegex(@"\b(quarterly|annual|revised|new)\s+(report|budget|schedule|policy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();

    /// <summary>Replaces every phrase and says how many it replaced.</summary>
    public static (string Result, int Replacements) Apply(string text)
    {
        var replacements = 0;
        var result = Phrase().Replace(text, match =>
        {
            replacements++;
            return $"{match.Groups[2].Value} ({match.Groups[1].Value})";
        });
        return (result, replacements);
    }

    private sealed class Prepared(string text) : IPreparedWorkload
    {
        public ulong Run()
        {
            var (result, replacements) = Apply(text);
            var checksum = new Checksum();
            checksum.Add(replacements);
            checksum.Add(result);
            return checksum.Value;
        }

        public void Dispose()
        {
        }
    }
}
