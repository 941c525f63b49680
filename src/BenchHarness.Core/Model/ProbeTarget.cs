using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace BenchHarness.Core.Model;

/// <summary>
/// A build of the probe: the operating system and architecture it is compiled for (together its .NET runtime
/// identifier, <see cref="Runtime"/>) and how its code is compiled. It is written as its name, <c>OS-ARCH-CODE</c>
/// (<c>linux-arm64-aot</c>, <c>win-x64-jit</c>), in definitions, the journal and result.json alike.
/// </summary>
[JsonConverter(typeof(ProbeTargetConverter))]
public sealed partial record ProbeTarget(string Os, string Architecture, ProbeCode Code)
{
    /// <summary>The runtime identifier the probe is published for: <c>linux-arm64</c>.</summary>
    public string Runtime => $"{Os}-{Architecture}";

    public string Name => $"{Runtime}-{Words.Of(Code)}";

    public override string ToString() => Name;

    /// <summary>A target is its name wherever text is wanted: a folder, a message, result.json.</summary>
    public static implicit operator string(ProbeTarget target) => target.Name;

    /// <exception cref="FormatException">The name is not <c>OS-ARCH-CODE</c>; the message says how to write one.</exception>
    public static ProbeTarget Parse(string name) => TryParse(name) ?? throw new FormatException(NotATarget(name));

    /// <summary>The target a name stands for, or null when it is not <c>OS-ARCH-CODE</c>.</summary>
    public static ProbeTarget? TryParse(string? name) =>
        name is not null && Pattern().Match(name) is { Success: true } match
            ? new ProbeTarget(match.Groups["os"].Value, match.Groups["arch"].Value, match.Groups["code"].Value == "aot" ? ProbeCode.Aot : ProbeCode.Jit)
            : null;

    /// <summary>Why a name is not a target, and how to write one.</summary>
    public static string NotATarget(string name) =>
        $"'{name}' is not a probe target: write one as OS-ARCH-CODE, e.g. linux-arm64-aot or win-x64-jit (CODE is aot or jit)";

    // A runtime identifier's operating system may have words of its own (linux-musl-x64); its architecture is the last word.
    [GeneratedRegex("^(?<os>[a-z0-9._]+(?:-[a-z0-9._]+)*)-(?<arch>[a-z0-9._]+)-(?<code>aot|jit)$")]
    private static partial Regex Pattern();
}
