namespace BenchHarness.Workloads.Document;

/// <summary>A run of text with one character style.</summary>
public sealed record TextRun(string Text, bool Bold, bool Italic);

/// <summary>A block of a document body: a paragraph or a table.</summary>
public abstract record Block;

public sealed record ParagraphBlock(bool IsHeading, IReadOnlyList<TextRun> Runs) : Block;

public sealed record TableBlock(IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>One laid-out line: where it stands on its page and which text it holds.</summary>
public sealed record LaidOutLine(float X, float Baseline, float FontSize, bool Bold, string Text);

public sealed record LaidOutPage(IReadOnlyList<LaidOutLine> Lines);
