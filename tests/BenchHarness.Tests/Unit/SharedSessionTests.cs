using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// The machine-wide lock that keeps one run from ending the Wine server another run's launch is using: while a launch holds
/// it shared, nobody is alone and the helpers stay; once no launch holds it, whoever ends first is alone; and a launch
/// that starts while the helpers are being ended waits until they are gone. Real flock(2) on a file of this test's own.
/// </summary>
public sealed class SharedSessionTests
{
    [Fact]
    public void Nobody_is_alone_while_a_launch_holds_the_session_and_anybody_is_once_none_does()
    {
        var path = Path.Combine(TestData.TempDirectory(), "session.lock");
        var ran = 0;

        var first = SharedSession.Join(path);
        var second = SharedSession.Join(path);
        Assert.False(SharedSession.WhenAlone(() => ran++, path));
        first.Dispose();
        Assert.False(SharedSession.WhenAlone(() => ran++, path));
        Assert.Equal(0, ran);

        second.Dispose();
        Assert.True(SharedSession.WhenAlone(() => ran++, path));
        Assert.Equal(1, ran);
        // Released after the action: the next one is alone too.
        Assert.True(SharedSession.WhenAlone(() => ran++, path));
        Assert.Equal(2, ran);
    }

    [Fact]
    public void A_launch_that_starts_while_the_helpers_are_ended_waits_until_they_are()
    {
        var path = Path.Combine(TestData.TempDirectory(), "session.lock");
        using var joined = new ManualResetEventSlim();
        IDisposable? session = null;
        var joiner = new Thread(() =>
        {
            session = SharedSession.Join(path);
            joined.Set();
        });
        var joinedWhileAlone = true;

        Assert.True(SharedSession.WhenAlone(() =>
        {
            joiner.Start();
            joinedWhileAlone = joined.Wait(TimeSpan.FromMilliseconds(300));
        }, path));

        Assert.False(joinedWhileAlone);
        Assert.True(joined.Wait(TimeSpan.FromSeconds(30)), "the launch still waits after the helpers were ended");
        Assert.False(SharedSession.WhenAlone(() => { }, path));
        session!.Dispose();
        Assert.True(SharedSession.WhenAlone(() => { }, path));
    }
}
