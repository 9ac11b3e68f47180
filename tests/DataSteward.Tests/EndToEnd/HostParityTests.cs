namespace DataSteward.Tests.EndToEnd;

/// <summary>
/// The Roslyn 4.14 build reports exactly <see cref="EndToEndSources.Expected"/>; tests/DataSteward.Roslyn48.Tests holds
/// the Roslyn 4.8 build, loaded from the packed package, to the same list.
/// </summary>
public sealed class HostParityTests
{
    [Fact]
    public void Roslyn_4_14_build_reports_the_expected_diagnostics()
    {
        string[] reported = HostParity.Run(typeof(DataSteward.Analyzers.Rules.RuleIdentifiers).Assembly, typeof(PersonalDataAttribute).Assembly.Location);

        Assert.True(EndToEndSources.Expected.SequenceEqual(reported), "Reported:" + Environment.NewLine + string.Join(Environment.NewLine, reported));
    }

    [Fact]
    public void Roslyn_4_14_build_reports_the_baselined_violations_suppressed()
    {
        string[] reported = HostParity.Run(typeof(DataSteward.Analyzers.Rules.RuleIdentifiers).Assembly, typeof(PersonalDataAttribute).Assembly.Location, EndToEndSources.Baseline);

        Assert.True(EndToEndSources.ExpectedWithBaseline.SequenceEqual(reported), "Reported:" + Environment.NewLine + string.Join(Environment.NewLine, reported));
    }
}
