namespace BenchHarness.Protocol;

/// <summary>
/// The probe's protocol, defined once: this file is compiled into both the probe (which speaks it) and the host's
/// BenchHarness.Core (which reads it). The probe writes one JSON object per stdout line, <see cref="Field.Type"/>
/// first: <c>hello</c> · <c>ready</c> · <c>sample</c>… · <c>done</c>, or <c>error</c>. The host may write
/// <see cref="StopLine"/> to its stdin. Plain constants only: the probe stays NativeAOT- and trimming-clean.
/// </summary>
internal static class ProbeProtocol
{
    /// <summary>Bumped whenever a message or an argument changes meaning; the host refuses a probe of another version.</summary>
    public const int Version = 4;

    /// <summary>
    /// The line the host writes to the probe's stdin to end warm iterations early: at any time in a timed run, or as the answer
    /// to a <see cref="Message.Pause"/> before a warm invocation (protocol 4), which then does not run.
    /// </summary>
    public const string StopLine = "stop";

    /// <summary>The line the host writes to the probe's stdin to end a <see cref="Message.Pause"/>.</summary>
    public const string GoLine = "go";

    /// <summary>The value of <see cref="Option.Pause"/>: around each warm invocation.</summary>
    public const string PauseWarm = "warm";

    /// <summary>The probe's commands (its first argument).</summary>
    public static class Command
    {
        /// <summary>Start, say hello, done: initialises an emulator's caches or a Wine prefix.</summary>
        public const string Hello = "hello";

        /// <summary><c>run WORKLOAD --size S --seed N --warmup N --iterations N --max-seconds S [--inputs DIR]</c>.</summary>
        public const string Run = "run";

        /// <summary><c>inputs --size S --seed N --out DIR</c>: generate every workload's inputs into DIR (the host does it once, natively).</summary>
        public const string Inputs = "inputs";

        /// <summary><c>stamp --timeout S [--env NAME=VALUE]… -- ARGV…</c>: the stopwatch on a remote machine (it runs ARGV and stamps its lines).</summary>
        public const string Stamp = "stamp";
    }

    /// <summary>The options of <see cref="Command.Run"/>.</summary>
    public static class Option
    {
        public const string Size = "--size";
        public const string Seed = "--seed";
        public const string Warmup = "--warmup";
        public const string Iterations = "--iterations";
        public const string MaxSeconds = "--max-seconds";

        /// <summary>The folder of inputs the host prepared; without it the probe generates them itself.</summary>
        public const string Inputs = "--inputs";

        /// <summary>Where <see cref="Command.Inputs"/> writes.</summary>
        public const string Out = "--out";

        /// <summary>
        /// <c>--pause warm</c>: after its ready line, and before and after each warm invocation, the probe says <see cref="Message.Pause"/> and waits
        /// for a line on stdin (<see cref="GoLine"/>), so that a host counting instructions can zero and read the counters
        /// while the process stands still. The warm invocations are exactly those the host let start: it may answer
        /// <see cref="StopLine"/> before one to end them (protocol 4: a count that takes minutes per invocation stops early).
        /// </summary>
        public const string Pause = "--pause";
    }

    /// <summary>The values of <see cref="Field.Type"/>.</summary>
    public static class Message
    {
        /// <summary>First line: <see cref="Field.Protocol"/>, <see cref="Field.Arch"/>, <see cref="Field.Os"/>, <see cref="Field.Runtime"/>, <see cref="Field.Aot"/>, <see cref="Field.Isa"/>.</summary>
        public const string Hello = "hello";

        /// <summary>Inputs prepared: <see cref="Field.Workload"/>, <see cref="Field.PrepareNs"/>, <see cref="Field.Measure"/>.</summary>
        public const string Ready = "ready";

        /// <summary>One timed invocation: <see cref="Field.Kind"/>, <see cref="Field.Iteration"/>, <see cref="Field.Ns"/>, <see cref="Field.Checksum"/>.</summary>
        public const string Sample = "sample";

        /// <summary>
        /// With <see cref="Option.Pause"/>: the probe stands still until the host writes <see cref="GoLine"/>;
        /// <see cref="Field.At"/> says whether the warm invocation <see cref="Field.Iteration"/> comes next or has just ended.
        /// </summary>
        public const string Pause = "pause";

        /// <summary>Last line of a successful run.</summary>
        public const string Done = "done";

        /// <summary>Last line of a failed run: <see cref="Field.Message"/>.</summary>
        public const string Error = "error";
    }

    /// <summary>Field names.</summary>
    public static class Field
    {
        public const string Type = "type";
        public const string Protocol = "protocol";
        public const string Arch = "arch";
        public const string Os = "os";
        public const string OsDescription = "osDescription";
        public const string Runtime = "runtime";
        public const string Aot = "aot";

        /// <summary>
        /// In hello: the instruction-set extensions the runtime sees (short lower-case names, the probe's fixed order,
        /// e.g. <c>["sse4.2","avx","avx2","vector256"]</c>). Added within protocol 3: absent from older probes' hello.
        /// </summary>
        public const string Isa = "isa";
        public const string Workload = "workload";
        public const string PrepareNs = "prepareNs";
        public const string Measure = "measure";
        public const string Kind = "kind";
        public const string Iteration = "iteration";
        public const string Ns = "ns";
        public const string Checksum = "checksum";
        public const string Message = "message";

        /// <summary>In a pause: <see cref="At.Ready"/>, <see cref="At.Before"/> or <see cref="At.After"/>.</summary>
        public const string At = "at";
    }

    /// <summary>The values of <see cref="Field.At"/>.</summary>
    public static class At
    {
        /// <summary>Once, after the ready line: a start-up workload is counted to here.</summary>
        public const string Ready = "ready";
        public const string Before = "before";
        public const string After = "after";
    }

    /// <summary>The values of <see cref="Field.Kind"/>.</summary>
    public static class Kind
    {
        public const string Cold = "cold";
        public const string Warmup = "warmup";
        public const string Warm = "warm";
    }

    /// <summary>The values of <see cref="Field.Measure"/>.</summary>
    public static class Measure
    {
        public const string Iterations = "iterations";
        public const string Startup = "startup";
    }

    /// <summary>The values of <see cref="Option.Size"/>.</summary>
    public static class Size
    {
        public const string Small = "small";
        public const string Standard = "standard";
    }
}
