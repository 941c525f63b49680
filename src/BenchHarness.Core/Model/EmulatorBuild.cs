namespace BenchHarness.Core.Model;

/// <summary>
/// A Debian build of an emulator package that <c>benchharness emulators fetch</c> put under the state folder, as a platform
/// names it (<c>"build": {"package": "qemu-user", "version": "10.0.2+ds-2+deb13u1~bpo12+1"}</c>, the epoch optional) and
/// as the disclosure records it: the full version with its epoch and the .deb's SHA-256. A platform file that gives
/// the SHA-256 pins the build: another one under the same version is refused.
/// </summary>
public sealed record EmulatorBuild(string Package, string Version, string? Sha256 = null)
{
    /// <summary>As the disclosure shows it: <c>Debian qemu-user 1:10.0.2+ds-2+deb13u1~bpo12+1, .deb SHA-256 10a2…</c>.</summary>
    public override string ToString() => $"Debian {Package} {Version}{(Sha256 is null ? "" : $", .deb SHA-256 {Sha256}")}";
}
