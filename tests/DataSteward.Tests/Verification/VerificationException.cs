namespace DataSteward.Tests.Verification;

/// <summary>What the verifier throws when the analyser, fix or generator did not do what the test expects.</summary>
public sealed class VerificationException : Exception
{
    public VerificationException(string message)
        : base(message)
    {
    }
}
