using System.Text.Json;

namespace BenchHarness.Tests.Fakes;

/// <summary>
/// Launchers that misbehave, each a small bash script placed in front of the real native probe as a platform's
/// launcher (<c>["/…/crash-every-other.sh"]</c>, then the probe's path and arguments). The probe's unmeasured hello
/// passes through untouched; the fault hits its measured runs. Every process a script starts for itself has argv[0]
/// <c>MARKER-…</c>, so that a test can look for it in /proc without the harness's help.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class FaultLaunchers
{
    /// <summary>Each fault, its script's body after the hello pass-through, and how the cell must end.</summary>
    public static readonly IReadOnlyList<(string Name, string Script, string Status, int Attempts)> All =
    [
        // SIGSEGV on the 1st, 3rd … measured launch: the first attempt crashes, the retry is ok.
        ("crash-every-other", """
            count="$0.count"; n=$(( $(cat "$count" 2>/dev/null || echo 0) + 1 )); echo "$n" >"$count"
            [ $((n % 2)) -eq 0 ] || kill -SEGV $$
            exec "$@"
            """, "ok", 2),
        // Hangs with a child, both deaf to SIGTERM: the timeout must end both, in each of the suite's attempts.
        ("hang", """
            trap '' TERM
            (trap '' TERM; exec -a MARKER-hang-child sleep 3600) &
            exec -a MARKER-hang sleep 3600
            """, "timeout", 3),
        // Hangs on its first measured launch only, as a Wine launch under QEMU now and then does: the retry is ok.
        ("hang-once", """
            count="$0.count"; n=$(( $(cat "$count" 2>/dev/null || echo 0) + 1 )); echo "$n" >"$count"
            [ "$n" -gt 1 ] || exec -a MARKER-hang-once sleep 3600
            exec "$@"
            """, "ok", 2),
        // A child in a session of its own that outlives the probe: the measurement is fine, the child must go.
        ("orphan", """
            setsid bash -c 'exec -a MARKER-orphan sleep 3600' </dev/null >/dev/null 2>&1 &
            exec "$@"
            """, "ok", 1),
        ("garbage", """
            head -c 3000 /dev/urandom | base64
            printf '\x00\x01\xff not json {"type":"hel\n'
            exit 0
            """, "crashed", 3),
        ("truncated", """
            "$@" | cut -c1-25
            """, "crashed", 3),
        ("checksum", """
            "$@" | sed -u -E 's/"checksum":"[0-9a-f]+"/"checksum":"0badc0de"/'
            """, "incorrect", 1),
        ("other-arch", """
            "$@" | sed -u 's/"arch":"X64"/"arch":"Arm64"/'
            """, "incorrect", 1),
        ("exit-after-samples", """
            "$@"
            exit 3
            """, "crashed", 3),
        // 100 MB: one 50 MB line without an end, then 50 MB of 1 KB lines, then the real probe.
        ("flood", """
            head -c 50000000 /dev/zero | tr '\0' x
            echo
            yes "$(head -c 1000 /dev/zero | tr '\0' y)" | head -c 50000000
            echo
            exec "$@"
            """, "ok", 1),
    ];

    public FaultLaunchers(string directory)
    {
        Directory = directory;
        Marker = $"bhfault{Guid.NewGuid():N}"[..15];
    }

    public string Directory { get; }

    /// <summary>The argv[0] prefix of every process a script starts for itself.</summary>
    public string Marker { get; }

    /// <summary>Writes each script and its platform file (baseline native-aot, the native AOT probe); returns the platform files.</summary>
    public IReadOnlyList<string> Write()
    {
        var files = new List<string>();
        foreach (var (name, body, _, _) in All)
        {
            var script = Path.Combine(Directory, $"{name}.sh");
            File.WriteAllText(script, "#!/bin/bash\n[ \"$2\" = run ] || exec \"$@\"\n" + body.Replace("MARKER", Marker, StringComparison.Ordinal) + "\n");
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var platform = Path.Combine(Directory, $"{name}.json");
            File.WriteAllText(platform, JsonSerializer.Serialize(new
            {
                name = $"fault-{name}",
                description = $"the native AOT probe behind {name}.sh",
                launcher = new[] { script },
                target = "linux-x64-aot",
                baseline = "native-aot",
                expectArch = "X64",
                expectOs = "Linux",
            }));
            files.Add(platform);
        }

        return files;
    }

    /// <summary>The processes running now whose command line starts with the marker.</summary>
    public IReadOnlyList<string> Running() => ProcessTable.Matching(line => line.StartsWith(Marker, StringComparison.Ordinal));
}
