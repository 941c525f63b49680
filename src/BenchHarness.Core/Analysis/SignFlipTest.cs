using System.Numerics;

namespace BenchHarness.Core.Analysis;

/// <summary>
/// The sign-flip permutation test of paired differences against 0, two-sided (Fisher: "The Design of Experiments",
/// 1935, §21; Pitman: "Significance tests which may be applied to samples from any populations", J. R. Stat. Soc.
/// Suppl. 4(1), 1937): under "no difference", each round's log ratio dᵣ is as likely to have been −dᵣ (the two
/// launches of a round are exchangeable), so the p-value is the share of the 2ᵏ sign assignments whose |Σ ±dᵣ| is at
/// least the observed |Σ dᵣ| (the same as |mean dᵣ|: k is fixed). It needs no normality and is exact whatever the
/// noise's shape — a round shock, an outlying round — as long as it is symmetric between the two sides. With k rounds
/// the smallest p it can give is 2/2ᵏ: 0.25 at three rounds, 0.0625 at five, 0.03125 at six, so below six rounds it
/// never rejects at 0.05. Up to <see cref="ExactRounds"/> rounds every assignment is enumerated (a Gray code: one sign
/// changes per step); beyond, <see cref="Draws"/> random assignments from a fixed seed (SplitMix64: Steele, Lea,
/// Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), the observed one counted among them,
/// p = (1 + hits)/(1 + draws) (Phipson, Smyth: "Permutation p-values should never be zero", Stat. Appl. Genet. Mol.
/// Biol. 9(1), 2010) — the same data always give the same p.
/// </summary>
public static class SignFlipTest
{
    /// <summary>Up to this many rounds the p-value is exact (2¹⁶ assignments).</summary>
    public const int ExactRounds = 16;

    /// <summary>Random sign assignments beyond <see cref="ExactRounds"/> rounds.</summary>
    public const int Draws = 20_000;

    private const ulong Seed = 0x5EED_0F_F15E_1937;

    /// <summary>The smallest two-sided p-value k rounds can give: 2/2ᵏ (1 for one round).</summary>
    public static double SmallestPValue(int rounds) => Math.Min(1, 2 / Math.Pow(2, rounds));

    /// <summary>The smallest one-sided p-value k rounds can give: 1/2ᵏ.</summary>
    public static double SmallestOneSidedPValue(int rounds) => Math.Pow(2, -rounds);

    /// <summary>The fewest rounds whose one-sided p-value can reach <paramref name="level"/> (1/2ᵏ ≤ level): five at 0.05.</summary>
    public static int RoundsToReach(double level) => (int)Math.Ceiling(-Math.Log2(level) - 1e-12);

    /// <summary>The two-sided p-value of "the differences are symmetric about 0"; null without differences.</summary>
    public static double? PValue(IReadOnlyList<double> differences)
    {
        if (differences.Count == 0)
        {
            return null;
        }

        var (observed, slack) = Observed(differences, 0);
        return Share(differences, 0, sum => Math.Abs(sum) >= Math.Abs(observed) - slack);
    }

    /// <summary>
    /// The one-sided p-value of "the differences are symmetric about a location at most <paramref name="shift"/>" (above:
    /// the share of sign assignments of dᵣ − shift whose sum is at least the observed one), or, with
    /// <paramref name="above"/> false, "at least <paramref name="shift"/>" (the share whose sum is at most the observed one).
    /// The test of a location other than 0 is the same permutation argument applied to dᵣ − shift, exact when the
    /// differences are symmetric about the location tested (Pitman 1937, §4; Lehmann, Romano: "Testing Statistical
    /// Hypotheses", 3rd ed., Springer 2005, §15.2). Null without differences.
    /// </summary>
    public static double? OneSidedPValue(IReadOnlyList<double> differences, double shift, bool above)
    {
        if (differences.Count == 0)
        {
            return null;
        }

        var (observed, slack) = Observed(differences, shift);
        return above ? Share(differences, shift, sum => sum >= observed - slack) : Share(differences, shift, sum => sum <= observed + slack);
    }

    /// <summary>The observed sum of dᵣ − shift, and the slack within which another sum counts as a tie (sums equal in exact arithmetic may differ in their last bits).</summary>
    private static (double Observed, double Slack) Observed(IReadOnlyList<double> differences, double shift)
    {
        var (observed, scale) = (0.0, 0.0);
        foreach (var d in differences)
        {
            observed += d - shift;
            scale += Math.Abs(d - shift);
        }

        return (observed, 1e-9 * scale);
    }

    private static double Share(IReadOnlyList<double> differences, double shift, Func<double, bool> hit)
    {
        var centred = differences.Select(d => d - shift).ToArray();
        return centred.Length <= ExactRounds ? Exact(centred, hit) : Drawn(centred, hit);
    }

    private static double Exact(double[] differences, Func<double, bool> hit)
    {
        var k = differences.Length;
        var signs = new double[k];
        var sum = 0.0;
        for (var i = 0; i < k; i++)
        {
            signs[i] = 1;
            sum += differences[i];
        }

        var assignments = 1 << k;
        var hits = hit(sum) ? 1 : 0;
        for (var step = 1; step < assignments; step++)
        {
            var flip = BitOperations.TrailingZeroCount(step);
            sum -= 2 * signs[flip] * differences[flip];
            signs[flip] = -signs[flip];
            hits += hit(sum) ? 1 : 0;
        }

        return (double)hits / assignments;
    }

    private static double Drawn(double[] differences, Func<double, bool> hit)
    {
        var state = Seed;
        var hits = 0;
        for (var draw = 0; draw < Draws; draw++)
        {
            var sum = 0.0;
            var bits = 0UL;
            for (var i = 0; i < differences.Length; i++)
            {
                if (i % 64 == 0)
                {
                    bits = SplitMix64(ref state);
                }

                sum += (bits & 1) == 0 ? differences[i] : -differences[i];
                bits >>= 1;
            }

            hits += hit(sum) ? 1 : 0;
        }

        return (1.0 + hits) / (1.0 + Draws);
    }

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
