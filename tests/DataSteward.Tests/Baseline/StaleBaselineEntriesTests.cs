using DataSteward.Build;

namespace DataSteward.Tests.Baseline;

/// <summary>
/// DS0903 counting, with logs in the shape the compiler writes (the end-to-end tests run it on real ones): entries with
/// a member take the baseline suppressions of that member, version 1 entries (no member) what is left of their rule.
/// </summary>
public sealed class StaleBaselineEntriesTests : IDisposable
{
    private const string Suffix = "; run 'dotnet build -t:DataStewardBaseline' to shrink it";

    private readonly string folder = Directory.CreateTempSubdirectory("datasteward-stale-").FullName;

    [Fact]
    public void Counts_per_rule_and_member_and_only_the_baselines_own_suppressions_in_SARIF_2_1()
    {
        string baseline = """
            { "version": 2, "project": "Consumer", "violations": [
              { "rule": "DS0001", "symbol": "M:A.Run", "message": "first", "count": 1 },
              { "rule": "DS0001", "symbol": "M:A.Run", "message": "second", "count": 1 },
              { "rule": "DS0002", "symbol": "M:B.Save", "message": "saved", "count": 1 },
              { "rule": "DS0002", "symbol": "M:B.Load", "message": "loaded", "count": 1 } ] }
            """;
        string sarif = Sarif2(
            Result2("DS0001", "M:A.Run", "DataStewardBaseline.DS0001"),
            Result2("DS0001", "M:A.Run", "SuppressMessageAttribute"),
            Result2("DS0002", "M:B.Save", "DataStewardBaseline.DS0002"),
            Result2("DS0002", "M:B.Load", suppressionType: null));

        (int stale, List<string> messages) = Run(baseline, sarif);

        // M:A.Run: one of two accepted is still suppressed by the baseline (the other is suppressed in source, which
        // does not count); M:B.Load: the violation is there, but reported, so the entry no longer matches it.
        Assert.Equal(2, stale);
        Assert.Equal(["DS0903: 'datasteward.baseline.json' accepts 2 violation(s) that no longer occur (DS0001 in M:A.Run: 1; DS0002 in M:B.Load: 1)" + Suffix], messages);
    }

    [Fact]
    public void Error_severity_violations_the_analyser_reported_suppressed_count_as_the_baselines_in_SARIF_2_1()
    {
        string baseline = """
            { "version": 2, "project": "Consumer", "violations": [
              { "rule": "DS0003", "symbol": "M:A.Treat", "message": "treated", "count": 2 },
              { "rule": "DS0205", "symbol": "T:Stop", "message": "duplicate", "count": 1 } ] }
            """;

        // The compiler calls every suppression an analyser made itself an in-source pragma; the property says whose it
        // was. The second DS0003 is a real #pragma, which does not count.
        string sarif = Sarif2(
            BaselinedError2("DS0003", "M:A.Treat", baselined: true),
            BaselinedError2("DS0003", "M:A.Treat", baselined: false),
            BaselinedError2("DS0205", "T:Stop", baselined: true));

        (int stale, List<string> messages) = Run(baseline, sarif);

        Assert.Equal(1, stale);
        Assert.Equal(["DS0903: 'datasteward.baseline.json' accepts 1 violation(s) that no longer occur (DS0003 in M:A.Treat: 1)" + Suffix], messages);
    }

    [Fact]
    public void SARIF_1_0_counts_every_suppression_as_the_baselines()
    {
        string baseline = """
            { "version": 2, "project": "Consumer", "violations": [
              { "rule": "DS0001", "symbol": "M:A.Run", "message": "first", "count": 2 },
              { "rule": "DS0002", "symbol": "M:B.Save", "message": "saved", "count": 1 } ] }
            """;
        string sarif = Sarif1(Result1("DS0001", "M:A.Run", suppressed: true), Result1("DS0001", "M:A.Run", suppressed: true), Result1("DS0002", "M:B.Save", suppressed: false));

        (int stale, List<string> messages) = Run(baseline, sarif);

        // SARIF 1.0 does not say which suppressor: both DS0001 count; the DS0002 that is reported does not.
        Assert.Equal(1, stale);
        Assert.Equal(["DS0903: 'datasteward.baseline.json' accepts 1 violation(s) that no longer occur (DS0002 in M:B.Save: 1)" + Suffix], messages);
    }

    [Fact]
    public void Version_1_entries_take_what_the_members_entries_leave_of_their_rule()
    {
        string baseline = """
            { "version": 1, "project": "Consumer", "violations": [
              { "rule": "DS0001", "file": "a.cs", "message": "first" },
              { "rule": "DS0001", "file": "b.cs", "message": "second" },
              { "rule": "DS0002", "file": "c.cs", "message": "saved" } ] }
            """;
        string sarif = Sarif2(Result2("DS0001", "M:X.Anywhere", "DataStewardBaseline.DS0001"));

        (int stale, List<string> messages) = Run(baseline, sarif);

        Assert.Equal(2, stale);
        Assert.Equal(["DS0903: 'datasteward.baseline.json' accepts 2 violation(s) that no longer occur (DS0001 in any member: 1; DS0002 in any member: 1)" + Suffix], messages);
    }

    [Fact]
    public void Nothing_stale_is_not_reported()
    {
        string baseline = """{ "version": 2, "project": "Consumer", "violations": [ { "rule": "DS0001", "symbol": "M:A.Run", "message": "first", "count": 1 } ] }""";

        (int stale, List<string> messages) = Run(baseline, Sarif2(Result2("DS0001", "M:A.Run", "DataStewardBaseline.DS0001")));

        Assert.Equal(0, stale);
        Assert.Empty(messages);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int Stale, List<string> Messages) Run(string baseline, string sarif)
    {
        string baselinePath = Path.Combine(folder, "datasteward.baseline.json");
        string sarifPath = Path.Combine(folder, "build.sarif");
        File.WriteAllText(baselinePath, baseline);
        File.WriteAllText(sarifPath, sarif);
        var engine = new RecordingBuildEngine();
        var task = new ReportStaleBaselineEntries { BuildEngine = engine, BaselinePath = baselinePath, SarifPath = sarifPath, ProjectName = "Consumer" };

        Assert.True(task.Execute());
        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);
        return (task.StaleCount, engine.Messages);
    }

    private static string Sarif2(params string[] results) =>
        "{ \"$schema\": \"http://json.schemastore.org/sarif-2.1.0\", \"version\": \"2.1.0\", \"runs\": [ { \"results\": [ " +
        string.Join(", ", results) +
        " ], \"tool\": { \"driver\": { \"name\": \"Microsoft (R) Visual C# Compiler\", \"rules\": [ { \"id\": \"DS0001\", \"defaultConfiguration\": { \"level\": \"warning\" } } ] } } } ] }";

    private static string Result2(string rule, string symbol, string? suppressionType) =>
        "{ \"ruleId\": \"" + rule + "\", \"level\": \"warning\", \"message\": { \"text\": \"m\" }, " +
        (suppressionType is null ? "" : "\"suppressions\": [ { \"kind\": \"inSource\", \"properties\": { \"suppressionType\": \"" + suppressionType + "\" } } ], ") +
        "\"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"file:///src/A.cs\" } } } ], " +
        "\"properties\": { \"warningLevel\": 1, \"customProperties\": { \"ContainingSymbol\": \"" + symbol + "\", \"SinkKind\": \"Log\" } } }";

    // As the compiler writes a diagnostic an analyser reported with isSuppressed: true.
    private static string BaselinedError2(string rule, string symbol, bool baselined) =>
        "{ \"ruleId\": \"" + rule + "\", \"level\": \"error\", \"message\": { \"text\": \"m\" }, " +
        "\"suppressions\": [ { \"kind\": \"inSource\", \"properties\": { \"suppressionType\": \"Pragma Directive\" } } ], " +
        "\"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"file:///src/A.cs\" } } } ], " +
        "\"properties\": { \"customProperties\": { \"ContainingSymbol\": \"" + symbol + "\"" + (baselined ? ", \"DataStewardBaselined\": \"true\"" : "") + " } } }";

    private static string Sarif1(params string[] results) =>
        "{ \"$schema\": \"http://json.schemastore.org/sarif-1.0.0\", \"version\": \"1.0.0\", \"runs\": [ { \"tool\": { \"name\": \"Microsoft (R) Visual C# Compiler\" }, \"results\": [ " +
        string.Join(", ", results) +
        " ], \"rules\": { \"DS0001\": { \"id\": \"DS0001\", \"defaultLevel\": \"warning\" } } } ] }";

    private static string Result1(string rule, string symbol, bool suppressed) =>
        "{ \"ruleId\": \"" + rule + "\", \"level\": \"warning\", \"message\": \"m\", " +
        (suppressed ? "\"suppressionStates\": [ \"suppressedInSource\" ], " : "") +
        "\"locations\": [ { \"resultFile\": { \"uri\": \"file:///src/A.cs\" } } ], " +
        "\"properties\": { \"warningLevel\": 1, \"customProperties\": { \"ContainingSymbol\": \"" + symbol + "\" } } }";
}
