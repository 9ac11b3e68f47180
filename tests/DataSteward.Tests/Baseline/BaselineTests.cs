using System.Collections.Immutable;
using System.Globalization;
using DataSteward.Analyzers.Baseline;
using DataSteward.Analyzers.Rules;
using DataSteward.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DataSteward.Tests.Baseline;

/// <summary>The baseline file format, and the suppressor and analyser in the compiler (the build side is in EndToEnd).</summary>
public sealed class BaselineTests
{
    private const string Source = """
        using System;
        using DataSteward;

        public sealed class Citizen
        {
            [PersonalData(PersonalDataKind.ContactDetails)]
            public string Email { get; init; } = "";

            [PersonalData(PersonalDataKind.Name)]
            public string Name { get; init; } = "";
        }

        public static class Registration
        {
            public static void Register(Citizen citizen)
            {
                Console.WriteLine(citizen.Email);
                Console.WriteLine(citizen.Email);
                Console.WriteLine(citizen.Name);
            }
        }
        """;

    private const string EmailMessage = "'Citizen.Email' (personal data: contact) is written to a log by 'Console.WriteLine' without pseudonymisation";

    [Fact]
    public void Written_file_reads_back_sorted_and_merged()
    {
        BaselineDocument document = BaselineDocument.Create("CitizenServices",
        [
            new BaselineEntry("DS0002", "b/Export.cs", "exported \"x\"\n", 1),
            new BaselineEntry("DS0001", "a\\Log.cs", "logged", 1),
            new BaselineEntry("DS0002", "b/Export.cs", "exported \"x\"\n", 2),
        ]);

        string json = document.ToJson();

        Assert.Equal(
            "{\n  \"version\": 1,\n  \"project\": \"CitizenServices\",\n  \"violations\": [\n" +
            "    { \"rule\": \"DS0001\", \"file\": \"a\\\\Log.cs\", \"message\": \"logged\", \"count\": 1 },\n" +
            "    { \"rule\": \"DS0002\", \"file\": \"b/Export.cs\", \"message\": \"exported \\\"x\\\"\\n\", \"count\": 3 }\n" +
            "  ]\n}\n",
            json);
        BaselineDocument? read = BaselineDocument.TryParse(json, out string problem);
        Assert.NotNull(read);
        Assert.Equal(string.Empty, problem);
        Assert.Equal("CitizenServices", read.Project);
        Assert.Equal(
            [new BaselineEntry("DS0001", "a/Log.cs", "logged", 1), new BaselineEntry("DS0002", "b/Export.cs", "exported \"x\"\n", 3)],
            read.Entries);
    }

    [Theory]
    [InlineData("", "it is not valid JSON (line 1, column 1: the document ends too early)")]
    [InlineData("[]", "the document is not a JSON object")]
    [InlineData("{\"version\": 2, \"project\": \"P\", \"violations\": []}", "'version' must be 1")]
    [InlineData("{\"version\": 1, \"violations\": []}", "'project' must name the project the baseline was written for")]
    [InlineData("{\"version\": 1, \"project\": \"P\", \"violations\": {}}", "'violations' must be an array")]
    [InlineData("{\"version\": 1, \"project\": \"P\", \"violations\": [1]}", "violations[0] is not an object")]
    [InlineData("{\"version\": 1, \"project\": \"P\", \"violations\": [{\"rule\": \"CA1000\", \"file\": \"a.cs\", \"message\": \"m\"}]}", "violations[0]: 'rule' must be a DataSteward rule id such as DS0001")]
    [InlineData("{\"version\": 1, \"project\": \"P\", \"violations\": [{\"rule\": \"DS0001\", \"message\": \"m\"}]}", "violations[0]: 'file' must be a path relative to the project folder")]
    [InlineData("{\"version\": 1, \"project\": \"P\", \"violations\": [{\"rule\": \"DS0001\", \"file\": \"a.cs\"}]}", "violations[0]: 'message' must be the text of the diagnostic")]
    [InlineData("{\"version\": 1, \"project\": \"P\", \"violations\": [{\"rule\": \"DS0001\", \"file\": \"a.cs\", \"message\": \"m\", \"count\": 1.5}]}", "violations[0]: 'count' must be a whole number of 1 or more")]
    [InlineData("{\"version\": 1, \"project\": \"P\", \"violations\": []} x", "it is not valid JSON (line 1, column 50: unexpected text after the end of the document)")]
    [InlineData("{\"version\": 1,\n \"project\": \"P\\q\"}", "it is not valid JSON (line 2, column 15: unknown escape sequence in a string)")]
    public void Malformed_file_is_rejected_with_the_first_problem(string text, string expected)
    {
        Assert.Null(BaselineDocument.TryParse(text, out string problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Deep_nesting_is_rejected_not_a_stack_overflow()
    {
        string text = new string('[', 100_000) + new string(']', 100_000);

        Assert.Null(BaselineDocument.TryParse(text, out string problem));
        Assert.Equal("it is not valid JSON (line 1, column 66: the document is nested too deeply)", problem);
    }

    [Fact]
    public void Listed_violations_are_suppressed_up_to_their_count_in_source_order()
    {
        string baseline = Baseline("Test", ("DS0001", "Test0.cs", EmailMessage, 1));

        ImmutableArray<Diagnostic> diagnostics = Run(baseline);

        // The first Email line is accepted; the second Email line (count exceeded) and the Name line are new.
        Assert.Equal(
            [("DS0001", 17, true), ("DS0001", 18, false), ("DS0001", 19, false)],
            diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.IsSuppressed)));
    }

    [Fact]
    public void Another_file_or_message_is_not_suppressed()
    {
        string baseline = Baseline(
            "Test",
            ("DS0001", "Other.cs", EmailMessage, 2),
            ("DS0001", "Test0.cs", EmailMessage.Replace("Console.WriteLine", "Console.Write", StringComparison.Ordinal), 2),
            ("DS0001", "Test0.cs", "'Citizen.Name' (personal data: name) is written to a log by 'Console.WriteLine' without pseudonymisation", 1));

        ImmutableArray<Diagnostic> diagnostics = Run(baseline);

        // Only the control (the Name line, listed exactly) is suppressed.
        Assert.Equal(
            [("DS0001", 17, false), ("DS0001", 18, false), ("DS0001", 19, true)],
            diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.IsSuppressed)));
    }

    [Fact]
    public void Malformed_baseline_is_reported_once_and_suppresses_nothing()
    {
        ImmutableArray<Diagnostic> diagnostics = Run("{ \"version\": 1, ");

        Diagnostic problem = Assert.Single(diagnostics, d => d.Id == RuleIdentifiers.BaselineMalformed);
        Assert.Equal(
            "'datasteward.baseline.json' cannot be read: it is not valid JSON (line 1, column 17: a property name in double quotes was expected); no violation is baselined until it is fixed or written again with 'dotnet build -t:DataStewardBaseline'",
            problem.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("/0/datasteward.baseline.json", problem.Location.GetLineSpan().Path);
        Assert.Equal(3, diagnostics.Count(d => d.Id == "DS0001" && !d.IsSuppressed));
    }

    [Fact]
    public void Baseline_of_another_project_is_reported_once_and_suppresses_nothing()
    {
        ImmutableArray<Diagnostic> diagnostics = Run(Baseline("Billing.Api", ("DS0001", "Test0.cs", EmailMessage, 2)));

        Diagnostic problem = Assert.Single(diagnostics, d => d.Id == RuleIdentifiers.BaselineOfAnotherProject);
        Assert.Equal(
            "'datasteward.baseline.json' was written for project 'Billing.Api', not 'Test'; no violation is baselined until it is written for this project with 'dotnet build -t:DataStewardBaseline'",
            problem.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(3, diagnostics.Count(d => d.Id == "DS0001" && !d.IsSuppressed));
    }

    [Fact]
    public void Error_severity_rules_and_the_packages_own_diagnostics_cannot_be_baselined()
    {
        string[] suppressed = new BaselineSuppressor().SupportedSuppressions.Select(s => s.SuppressedDiagnosticId).ToArray();

        Assert.Contains(RuleIdentifiers.PersonalDataLogged, suppressed);
        Assert.Contains(RuleIdentifiers.LikelyPersonalDataReachesSink, suppressed);
        Assert.Contains(RuleIdentifiers.OpenDatasetHoldsPersonalData, suppressed);
        Assert.DoesNotContain(RuleIdentifiers.SensitiveDataReachesSink, suppressed);
        Assert.DoesNotContain(suppressed, id => id.StartsWith("DS09", StringComparison.Ordinal));
    }

    private static string Baseline(string project, params (string Rule, string File, string Message, int Count)[] entries) =>
        BaselineDocument.Create(project, entries.Select(e => new BaselineEntry(e.Rule, e.File, e.Message, e.Count))).ToJson();

    private static ImmutableArray<Diagnostic> Run(string baseline)
    {
        Compilation compilation = TestCompilation.Create([Source]);
        TestCompilation.AssertCompiles(compilation);
        var options = new AnalyzerOptions(
            [new InMemoryText("/0/datasteward.baseline.json", baseline)],
            new TestAnalyzerConfigOptionsProvider(ProjectBaseline.ProjectNameProperty + " = Test", compilation.SyntaxTrees.ToArray()));
        var exceptions = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            [new PersonalDataFlowAnalyzer(), new BaselineAnalyzer(), new BaselineSuppressor()],
            new CompilationWithAnalyzersOptions(options, (e, _, _) => exceptions.Add(e), concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));

        ImmutableArray<Diagnostic> diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

        Assert.Empty(exceptions);
        return AnalyzerRun.Sort(diagnostics);
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
