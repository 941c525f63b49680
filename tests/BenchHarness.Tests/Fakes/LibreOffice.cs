using System.Diagnostics;

namespace BenchHarness.Tests.Fakes;

/// <summary>Debian's headless LibreOffice (installed by ./scripts/setup.sh), with a throw-away user profile.</summary>
public static class LibreOffice
{
    private const string Soffice = "/usr/bin/soffice";

    /// <summary>Opens <paramref name="input"/> and saves it as <paramref name="format"/>; returns the output's path.</summary>
    public static string Convert(string input, string format, string workDirectory)
    {
        Assert.True(File.Exists(Soffice), $"{Soffice} is missing: run ./scripts/setup.sh (libreoffice-calc-nogui, libreoffice-writer-nogui)");
        var output = Path.Combine(workDirectory, "libreoffice-out");
        var start = new ProcessStartInfo(Soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "--headless", "--norestore", $"-env:UserInstallation=file://{Path.Combine(workDirectory, "libreoffice-profile")}",
                "--convert-to", format, "--outdir", output, input,
            },
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("LibreOffice did not finish within 3 minutes");
        }

        var saved = Path.Combine(output, Path.GetFileNameWithoutExtension(input) + "." + format);
        Assert.True(process.ExitCode == 0 && File.Exists(saved), $"LibreOffice failed ({process.ExitCode}): {stdout} {stderr.Result}");
        return saved;
    }
}
