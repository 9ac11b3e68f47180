namespace DataSteward.Tool.Inputs;

/// <summary>An input that could not be used, with the file or folder it names and why (one message per input).</summary>
internal sealed record InputProblem(string Path, string Message)
{
    public override string ToString() => Path + ": " + Message;
}
