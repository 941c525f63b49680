using System.Text;
using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Workloads.TextOperations;

/// <summary>
/// Convert Chinese text from UTF-8 to GB18030 and back, as office software does when it opens and saves files in
/// China's mandatory encoding standard (GB 18030-2005/2022). The text mixes common characters (two bytes in
/// GB18030), ASCII and CJK Extension B characters outside the BMP (four bytes). A lossy round trip is an error.
/// </summary>
public sealed class Gb18030Workload : IWorkload
{
    private const string ExtensionB = "𠀀𠀁𠀂𪚥𠮷";

    public string Name => "text-gb18030";

    public string Family => "text";

    public string Description => "Convert a long Chinese document between UTF-8 and GB18030, both ways";

    public IPreparedWorkload Prepare(WorkloadContext context)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new Prepared(Encoding.UTF8.GetBytes(context.Inputs.ChineseText()), Encoding.GetEncoding("GB18030"));
    }

    public static string Generate(InputSize size, int seed)
    {
        var random = new InputRandom(seed);
        var text = new StringBuilder();
        var characters = size == InputSize.Small ? 100_000 : 1_000_000;
        for (var i = 0; i < characters; i++)
        {
            var pick = random.Next(100);
            if (pick == 0)
            {
                text.Append(ExtensionB.AsSpan(2 * random.Next(ExtensionB.Length / 2), 2));
            }
            else if (pick < 5)
            {
                text.Append(pick < 3 ? '，' : '。');
            }
            else if (pick < 10)
            {
                text.Append((char)('0' + random.Next(10)));
            }
            else
            {
                text.Append(ChineseText.Common[random.Next(ChineseText.Common.Length)]);
            }

            if (i % 200 == 199)
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private sealed class Prepared(byte[] utf8, Encoding gb18030) : IPreparedWorkload
    {
        public ulong Run()
        {
            var text = Encoding.UTF8.GetString(utf8);
            var gb = gb18030.GetBytes(text);
            var back = Encoding.UTF8.GetBytes(gb18030.GetString(gb));
            if (!back.AsSpan().SequenceEqual(utf8))
            {
                throw new InvalidDataException("GB18030 round trip changed the text.");
            }

            var checksum = new Checksum();
            checksum.Add(gb);
            checksum.Add(back.Length);
            return checksum.Value;
        }

        public void Dispose()
        {
        }
    }
}
