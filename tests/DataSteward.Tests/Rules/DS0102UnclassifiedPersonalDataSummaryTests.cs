using System.Globalization;
using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace DataSteward.Tests.Rules;

/// <summary>Issue 15, item 8: one line per project with the number of DS0100 suggestions.</summary>
public sealed class DS0102UnclassifiedPersonalDataSummaryTests
{
    private const string Source = """
        public class Applicant
        {
            public string Email { get; set; } = "";
            public string DisabilityStatus { get; set; } = "";
            public string HealthCheck { get; set; } = "";
            [DataSteward.NotPersonalData] public string Telephone { get; set; } = "";
        }
        """;

    private static async Task<Diagnostic[]> RunAsync(string source, string? editorConfig)
    {
        Compilation compilation = TestCompilation.Create([source]);
        return (await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            [new UnclassifiedPersonalDataSummaryAnalyzer()],
            TestCompilation.AnalyzerOptions(editorConfig, compilation.SyntaxTrees.ToArray()),
            checkPerDocument: false)).ToArray();
    }

    [Fact]
    public async Task One_warning_per_project_counts_the_suggestions()
    {
        Diagnostic summary = Assert.Single(await RunAsync(Source, editorConfig: null));

        Assert.Equal("DS0102", summary.Id);
        Assert.Equal(DiagnosticSeverity.Warning, summary.Severity);
        Assert.Equal(Location.None, summary.Location);
        Assert.Equal(
            "2 member(s) of 'TestProject' look like personal data but are not classified (DS0100 suggestions, shown in the IDE and in the SARIF log: -p:ErrorLog=datasteward.sarif); mark each [PersonalData], [SensitiveData] or [NotPersonalData]",
            summary.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Nothing_when_every_member_is_classified()
    {
        var test = new AnalyzerTest(new UnclassifiedPersonalDataSummaryAnalyzer())
        {
            CheckPerDocument = false,
            NoControlLineBecause = "DS0102 is one line for the whole project: an unclassified member beside these would change the verdict under test; One_warning_per_project_counts_the_suggestions is the control",
        };
        test.Sources.Add("public class Applicant { [DataSteward.PersonalData] public string Email { get; set; } = \"\"; }");

        Assert.Empty(await test.RunAsync());
    }

}
