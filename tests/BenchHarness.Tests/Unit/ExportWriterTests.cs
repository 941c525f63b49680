using BenchHarness.Core.Reports;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

public sealed class ExportWriterTests
{
    [Theory]
    [InlineData("../escaped.md")]
    [InlineData("plots/../../escaped.svg")]
    [InlineData("/tmp/absolute.md")]
    public void A_file_outside_the_output_folder_is_refused_and_nothing_is_written(string relativePath)
    {
        var directory = Path.Combine(TestData.TempDirectory(), "out");

        Assert.Throws<InvalidOperationException>(() => ExportWriter.Save(directory, [new ExportedFile(relativePath, [1, 2, 3])]));
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(directory, relativePath))));
    }

    [Fact]
    public void A_file_is_replaced_whole_and_no_temporary_file_stays()
    {
        var directory = TestData.TempDirectory();
        File.WriteAllText(Path.Combine(directory, "report.md"), "before");

        ExportWriter.Save(directory, [new ExportedFile("report.md", "after"u8.ToArray()), new ExportedFile("plots/index.svg", "<svg/>"u8.ToArray())]);

        Assert.Equal("after", File.ReadAllText(Path.Combine(directory, "report.md")));
        Assert.Equal(["index.svg"], Directory.GetFiles(Path.Combine(directory, "plots")).Select(Path.GetFileName));
        Assert.Equal(["report.md"], Directory.GetFiles(directory).Select(Path.GetFileName));
    }
}
