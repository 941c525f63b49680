using System.Text;

namespace BenchHarness.Workloads.Inputs;

/// <summary>Common Chinese characters and office vocabulary (report, budget, minutes, customer, contract …).</summary>
public static class ChineseText
{
    public const string Common =
        "的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定见只主没公从" +
        "报告季度预算会议纪要客户满意调查结果显示改进交付时间合同谈判供应商成功项目里程碑审计政策合规建议实施阶段春季部门人员预测";

    /// <summary>A paragraph of <paramref name="characters"/> characters with commas and full stops, as Chinese is written: no spaces.</summary>
    public static string Paragraph(InputRandom random, int characters)
    {
        var text = new StringBuilder(characters + 1);
        for (var i = 0; i < characters; i++)
        {
            var pick = random.Next(40);
            text.Append(pick == 0 && i > 0 ? '，' : pick == 1 ? (char)('0' + random.Next(10)) : Common[random.Next(Common.Length)]);
        }

        return text.Append('。').ToString();
    }
}
