using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace DataSteward.Tool.Cli;

/// <summary>
/// Progress of long work, on the error stream so that standard output stays the result: one line per stage with its
/// duration and, on a terminal, a count updated in place (at most ten times a second). Silent with <c>--quiet</c>.
/// <see cref="Report"/> may be called from several threads (inputs are read and pages written in parallel).
/// </summary>
internal sealed class Progress
{
    private readonly TextWriter writer;
    private readonly bool enabled;
    private readonly bool interactive;
    private readonly Stopwatch stage = new();
    private readonly Stopwatch sinceUpdate = new();
    private readonly object gate = new();
    private string name = string.Empty;
    private int total;

    public Progress(TextWriter writer, bool enabled, bool interactive)
    {
        this.writer = writer;
        this.enabled = enabled;
        this.interactive = interactive;
    }

    public void Start(string stageName, int itemCount = 0)
    {
        name = stageName;
        total = itemCount;
        stage.Restart();
        sinceUpdate.Restart();
        if (enabled && interactive)
        {
            writer.Write(name + "…");
        }
    }

    public void Report(int done)
    {
        if (!enabled || !interactive)
        {
            return;
        }

        lock (gate)
        {
            if (sinceUpdate.ElapsedMilliseconds < 100)
            {
                return;
            }

            sinceUpdate.Restart();
            writer.Write("\r" + name + "… " + done.ToString(CultureInfo.InvariantCulture) + "/" + total.ToString(CultureInfo.InvariantCulture));
        }
    }

    public void Done(string? detail = null)
    {
        if (!enabled)
        {
            return;
        }

        string line = name + (detail is null ? string.Empty : ": " + detail) + " (" + stage.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms)";
        writer.WriteLine(interactive ? "\r" + line + new string(' ', 12) : line);
    }

    public static bool IsTerminal(TextWriter writer) => ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;
}
