namespace BenchHarness.Core.Model;

/// <summary>What kind of input the user got wrong: what tests assert, and what the CLI words with its flags.</summary>
public enum BadInputKind
{
    /// <summary>A value or a combination of values given to a verb that cannot be used (a malformed option, too few folders).</summary>
    BadArgument,

    /// <summary>A name that names nothing known: a platform, suite, progress table or workload, a platform of merged runs.</summary>
    UnknownName,

    /// <summary>A file, folder or program that is not there: a definition file, a run folder, a document, a launcher.</summary>
    MissingFile,

    /// <summary>A suite, platform, host or progress-table file (or a document it names) that is not valid.</summary>
    BadDefinition,

    /// <summary>A run's journal or result that this BenchHarness cannot read: damaged, cut, of a newer version, or not its own.</summary>
    UnreadableRun,

    /// <summary>Runs or builds that cannot be compared or merged: other suites, the same run twice, other targets.</summary>
    NotLikeForLike,

    /// <summary>A folder that already holds a run, or a name that two definitions take.</summary>
    AlreadyExists,

    /// <summary>A remote host that refuses the login or whose key is not known.</summary>
    HostRefused,

    /// <summary>This machine is not set up for what was asked: the checkout, ssh, a folder that cannot be written, the inputs' generator.</summary>
    Setup,
}
