namespace DataSteward.Tool.Cli;

/// <summary>The tool's exit codes (documented in <c>--help</c> and the README).</summary>
internal static class ExitCodes
{
    /// <summary>Done. Inputs that could not be read were reported, and the others merged (unless <c>--strict</c>).</summary>
    public const int Success = 0;

    /// <summary>No input could be read, or <c>--strict</c> and at least one could not.</summary>
    public const int InputProblem = 1;

    /// <summary>The command line is not understood.</summary>
    public const int UsageError = 2;

    /// <summary>The output could not be written.</summary>
    public const int OutputError = 3;

    public const string Help =
        "Exit codes: 0 done (unreadable inputs reported, the others used); 1 no input could be read, or --strict and one " +
        "could not; 2 command line not understood; 3 output could not be written.";
}
