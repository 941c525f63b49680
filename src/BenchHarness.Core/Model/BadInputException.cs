namespace BenchHarness.Core.Model;

/// <summary>
/// Input the user can fix (a malformed suite, an unknown platform, a corrupt result file): one line, exit code 2.
/// Its <see cref="Kind"/> and <see cref="Subject"/> say what is wrong in concepts; the CLI may word it again with its flags.
/// </summary>
public sealed class BadInputException : Exception
{
    public BadInputException(BadInputKind kind, string message)
        : this(kind, null, message)
    {
    }

    /// <param name="subject">The file, folder or name the input is wrong about.</param>
    public BadInputException(BadInputKind kind, string? subject, string message, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        Subject = subject;
    }

    public BadInputKind Kind { get; }

    /// <summary>The file, folder or name the input is wrong about, when there is one.</summary>
    public string? Subject { get; }

    /// <summary>The same error in other words (the CLI's, naming its flags).</summary>
    public BadInputException Reworded(string message) => new(Kind, Subject, message, this);
}
