using DataSteward.Tool.Cli;

namespace DataSteward.Tool.Tests.Support;

/// <summary>The <c>datasteward</c> command run in-process, its streams captured.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public static ToolRun Of(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = ToolCommands.Run(args, output, error);
        return new ToolRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The error stream's lines that report a problem (progress lines are the others).</summary>
    public string[] Problems => Error.Split('\n').Where(line => line.StartsWith("datasteward: ", StringComparison.Ordinal)).ToArray();
}
