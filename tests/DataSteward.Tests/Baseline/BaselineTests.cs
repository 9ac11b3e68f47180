using System.Collections.Immutable;
using System.Globalization;
using DataSteward.Analyzers.Baseline;
using DataSteward.Analyzers.Catalogue;
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

    private const string Register = "M:Registration.Register(Citizen)";

    private const string EmailMessage = "'Citizen.Email' (personal data: contact) is written to a log by 'Console.WriteLine' without pseudonymisation";

    private const string NameMessage = "'Citizen.Name' (personal data: name) is written to a log by 'Console.WriteLine' without pseudonymisation";

    [Fact]
    public void Written_file_reads_back_sorted_and_merged()
    {
        BaselineDocument document = BaselineDocument.Create("CitizenServices",
        [
            new BaselineEntry("DS0002", "M:B.Export", "exported \"x\"\n", 1),
            new BaselineEntry("DS0001", "M:A.Log(System.String)", "logged", 1),
            new BaselineEntry("DS0002", "M:B.Export", "exported \"x\"\n", 2),
            new BaselineEntry("DS0001", "", "logged", 1),
        ]);

        string json = document.ToJson();

        Assert.Equal(
            "{\n  \"version\": 2,\n  \"project\": \"CitizenServices\",\n  \"violations\": [\n" +
            "    { \"rule\": \"DS0001\", \"symbol\": \"\", \"message\": \"logged\", \"count\": 1 },\n" +
            "    { \"rule\": \"DS0001\", \"symbol\": \"M:A.Log(System.String)\", \"message\": \"logged\", \"count\": 1 },\n" +
            "    { \"rule\": \"DS0002\", \"symbol\": \"M:B.Export\", \"message\": \"exported \\\"x\\\"\\n\", \"count\": 3 }\n" +
            "  ]\n}\n",
            json);
        BaselineDocument? read = BaselineDocument.TryParse(json, out string problem);
        Assert.NotNull(read);
        Assert.Equal(string.Empty, problem);
        Assert.Equal("CitizenServices", read.Project);
        Assert.Equal(
            [new BaselineEntry("DS0001", "", "logged", 1), new BaselineEntry("DS0001", "M:A.Log(System.String)", "logged", 1), new BaselineEntry("DS0002", "M:B.Export", "exported \"x\"\n", 3)],
            read.Entries);
    }

    [Fact]
    public void Version_1_file_reads_with_entries_of_any_member()
    {
        BaselineDocument? read = BaselineDocument.TryParse(
            "{ \"version\": 1, \"project\": \"P\", \"violations\": [ { \"rule\": \"DS0001\", \"file\": \"a\\\\Log.cs\", \"message\": \"logged\", \"count\": 2 }, { \"rule\": \"DS0001\", \"file\": \"b/Other.cs\", \"message\": \"logged\" } ] }",
            out string problem);

        Assert.Equal(string.Empty, problem);
        Assert.NotNull(read);
        Assert.Equal([new BaselineEntry("DS0001", null, "logged", 3)], read.Entries);
        Assert.Equal(
            "{\n  \"version\": 2,\n  \"project\": \"P\",\n  \"violations\": [\n    { \"rule\": \"DS0001\", \"message\": \"logged\", \"count\": 3 }\n  ]\n}\n",
            read.ToJson());
    }

    [Theory]
    [InlineData("", "it is not valid JSON (line 1, column 1: the document ends too early)")]
    [InlineData("[]", "the document is not a JSON object")]
    [InlineData("{\"version\": 3, \"project\": \"P\", \"violations\": []}", "'version' must be 2")]
    [InlineData("{\"version\": 2, \"violations\": []}", "'project' must name the project the baseline was written for")]
    [InlineData("{\"version\": 2, \"project\": \"P\", \"violations\": {}}", "'violations' must be an array")]
    [InlineData("{\"version\": 2, \"project\": \"P\", \"violations\": [1]}", "violations[0] is not an object")]
    [InlineData("{\"version\": 2, \"project\": \"P\", \"violations\": [{\"rule\": \"CA1000\", \"symbol\": \"M:A.B\", \"message\": \"m\"}]}", "violations[0]: 'rule' must be a DataSteward rule id such as DS0001")]
    [InlineData("{\"version\": 2, \"project\": \"P\", \"violations\": [{\"rule\": \"DS0001\", \"symbol\": 1, \"message\": \"m\"}]}", "violations[0]: 'symbol' must be the documentation id of the member that contains the violation")]
    [InlineData("{\"version\": 1, \"project\": \"P\", \"violations\": [{\"rule\": \"DS0001\", \"message\": \"m\"}]}", "violations[0]: 'file' must be a path relative to the project folder")]
    [InlineData("{\"version\": 2, \"project\": \"P\", \"violations\": [{\"rule\": \"DS0001\", \"symbol\": \"M:A.B\"}]}", "violations[0]: 'message' must be the text of the diagnostic")]
    [InlineData("{\"version\": 2, \"project\": \"P\", \"violations\": [{\"rule\": \"DS0001\", \"symbol\": \"M:A.B\", \"message\": \"m\", \"count\": 1.5}]}", "violations[0]: 'count' must be a whole number of 1 or more")]
    [InlineData("{\"version\": 2, \"project\": \"P\", \"violations\": []} x", "it is not valid JSON (line 1, column 50: unexpected text after the end of the document)")]
    [InlineData("{\"version\": 2,\n \"project\": \"P\\q\"}", "it is not valid JSON (line 2, column 15: unknown escape sequence in a string)")]
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
        string baseline = Baseline("Test", ("DS0001", Register, EmailMessage, 1));

        ImmutableArray<Diagnostic> diagnostics = Run(baseline);

        // The first Email line is accepted; the second Email line (count exceeded) and the Name line are new.
        Assert.Equal(
            [("DS0001", 17, true), ("DS0001", 18, false), ("DS0001", 19, false)],
            diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.IsSuppressed)));
    }

    [Fact]
    public void Another_member_or_message_is_not_suppressed()
    {
        string baseline = Baseline(
            "Test",
            ("DS0001", "M:Registration.Unregister(Citizen)", EmailMessage, 2),
            ("DS0001", "", EmailMessage, 2),
            ("DS0001", Register, EmailMessage.Replace("Console.WriteLine", "Console.Write", StringComparison.Ordinal), 2),
            ("DS0001", Register, NameMessage, 1));

        ImmutableArray<Diagnostic> diagnostics = Run(baseline);

        // Only the control (the Name line, listed exactly) is suppressed.
        Assert.Equal(
            [("DS0001", 17, false), ("DS0001", 18, false), ("DS0001", 19, true)],
            diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.IsSuppressed)));
    }

    [Fact]
    public void Fingerprint_survives_lines_above_and_a_move_to_another_file_but_not_a_rename()
    {
        string baseline = Baseline("Test", ("DS0001", Register, EmailMessage, 2), ("DS0001", Register, NameMessage, 1));
        string citizen = Source[..Source.IndexOf("public static class Registration", StringComparison.Ordinal)];
        string registration = "using System;\n\n// Moved here, below other code.\npublic static class Audit\n{\n    public static void Started() => Console.WriteLine(\"started\");\n}\n\n"
            + Source[Source.IndexOf("public static class Registration", StringComparison.Ordinal)..];

        ImmutableArray<Diagnostic> moved = Run(baseline, citizen, registration);
        ImmutableArray<Diagnostic> renamed = Run(baseline, citizen, registration.Replace("Register(", "Enrol(", StringComparison.Ordinal));

        Assert.Equal(
            [("/0/Test1.cs", 13, true), ("/0/Test1.cs", 14, true), ("/0/Test1.cs", 15, true)],
            moved.Where(d => d.Id == "DS0001").Select(d => (d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.IsSuppressed)));
        Assert.Equal(
            [("/0/Test1.cs", 13, false), ("/0/Test1.cs", 14, false), ("/0/Test1.cs", 15, false)],
            renamed.Where(d => d.Id == "DS0001").Select(d => (d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.IsSuppressed)));
    }

    [Fact]
    public void Version_1_entry_matches_its_rule_and_message_in_any_member()
    {
        string baseline = "{ \"version\": 1, \"project\": \"Test\", \"violations\": [ { \"rule\": \"DS0001\", \"file\": \"Elsewhere.cs\", \"message\": \"" + EmailMessage + "\", \"count\": 1 } ] }";

        ImmutableArray<Diagnostic> diagnostics = Run(baseline);

        Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("DS09", StringComparison.Ordinal)));
        Assert.Equal(
            [("DS0001", 17, true), ("DS0001", 18, false), ("DS0001", 19, false)],
            diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.IsSuppressed)));
    }

    [Fact]
    public async Task Violations_carry_the_documentation_id_of_their_member()
    {
        const string members = """
            using System;
            using System.Linq;
            using System.Security.Cryptography;
            using System.Text;
            using DataSteward;

            namespace Town.Records;

            public sealed class Citizen
            {
                [PersonalData(PersonalDataKind.ContactDetails)]
                public string Email { get; init; } = "";
            }

            public sealed class Desk<T>
            {
                private readonly Citizen citizen = new();

                public Desk(Citizen citizen) { this.citizen = citizen; Console.WriteLine(citizen.Email); }

                public string Shown { get { Console.WriteLine(citizen.Email); return ""; } }

                public void Serve<TOther>(Citizen[] queue, TOther other)
                {
                    Log();
                    _ = queue.Select(c => { Console.WriteLine(c.Email); return c; }).ToList();
                    void Log() => Console.WriteLine(citizen.Email);
                }

                public byte[] Pseudonym() => SHA256.HashData(Encoding.UTF8.GetBytes(citizen.Email));
            }
            """;
        Compilation compilation = TestCompilation.Create([members]);
        TestCompilation.AssertCompiles(compilation);

        ImmutableArray<Diagnostic> diagnostics = AnalyzerRun.Sort(await compilation
            .WithAnalyzers([new PersonalDataFlowAnalyzer(), new UnkeyedHashAnalyzer()])
            .GetAnalyzerDiagnosticsAsync());

        Assert.Equal(
            [
                ("DS0001", 19, "M:Town.Records.Desk`1.#ctor(Town.Records.Citizen)"),
                ("DS0001", 21, "P:Town.Records.Desk`1.Shown"),
                ("DS0001", 26, "M:Town.Records.Desk`1.Serve``1(Town.Records.Citizen[],``0)"),
                ("DS0001", 27, "M:Town.Records.Desk`1.Serve``1(Town.Records.Citizen[],``0)"),
                ("DS0006", 30, "M:Town.Records.Desk`1.Pseudonym"),
            ],
            diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, ContainingSymbol.Of(d))));
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
        ImmutableArray<Diagnostic> diagnostics = Run(Baseline("Billing.Api", ("DS0001", Register, EmailMessage, 2)));

        Diagnostic problem = Assert.Single(diagnostics, d => d.Id == RuleIdentifiers.BaselineOfAnotherProject);
        Assert.Equal(
            "'datasteward.baseline.json' was written for project 'Billing.Api', not 'Test'; no violation is baselined until it is written for this project with 'dotnet build -t:DataStewardBaseline'",
            problem.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(3, diagnostics.Count(d => d.Id == "DS0001" && !d.IsSuppressed));
    }

    private const string PatientSource = """
        using System;
        using DataSteward;

        public sealed class Patient
        {
            [SensitiveData(SensitiveCategory.Health)]
            public string Diagnosis { get; init; } = "";
        }

        public static class Treatment
        {
            public static void Treat(Patient patient)
            {
                Console.WriteLine(patient.Diagnosis);
                Console.WriteLine(patient.Diagnosis);
            }

            public static void Discharge(Patient patient) => Console.WriteLine(patient.Diagnosis);
        }
        """;

    private const string DiagnosisMessage = "'Patient.Diagnosis' (special-category data: health) is written to a log by 'Console.WriteLine' without pseudonymisation";

    [Fact]
    public void Error_severity_violation_is_reported_suppressed_by_its_analyser_up_to_its_count_in_source_order()
    {
        ImmutableArray<Diagnostic> diagnostics = Run(Baseline("Test", ("DS0003", "M:Treatment.Treat(Patient)", DiagnosisMessage, 1)), PatientSource);

        // The first line of Treat is accepted; its second line (count exceeded) and Discharge (another member) are new.
        Assert.Equal(
            [("DS0003", 14, true), ("DS0003", 15, false), ("DS0003", 18, false)],
            diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.IsSuppressed)));
        Diagnostic accepted = diagnostics[0];
        Assert.Equal(DiagnosticSeverity.Error, accepted.Severity);
        Assert.Equal(DiagnosticSeverity.Error, accepted.DefaultSeverity);
        Assert.Equal("true", accepted.Properties[BaselineDocument.BaselinedProperty]);
        Assert.Equal("M:Treatment.Treat(Patient)", accepted.Properties[BaselineDocument.SymbolProperty]);
        Assert.Equal(diagnostics[1].GetMessage(CultureInfo.InvariantCulture), accepted.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(diagnostics[1].GetMessage(CultureInfo.GetCultureInfo("fr-FR")), accepted.GetMessage(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.NotEqual(accepted.GetMessage(CultureInfo.InvariantCulture), accepted.GetMessage(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal(diagnostics[1].Descriptor.HelpLinkUri, accepted.Descriptor.HelpLinkUri);
        Assert.False(diagnostics[1].Properties.ContainsKey(BaselineDocument.BaselinedProperty));
    }

    [Fact]
    public void Error_severity_violation_of_a_foreign_baseline_or_another_message_is_reported()
    {
        Assert.All(Run(Baseline("Billing.Api", ("DS0003", "M:Treatment.Treat(Patient)", DiagnosisMessage, 2)), PatientSource).Where(d => d.Id == "DS0003"), d => Assert.False(d.IsSuppressed));
        ImmutableArray<Diagnostic> diagnostics = Run(
            Baseline("Test", ("DS0003", "M:Treatment.Treat(Patient)", DiagnosisMessage.Replace("Console", "Debug", StringComparison.Ordinal), 2), ("DS0003", "M:Treatment.Discharge(Patient)", DiagnosisMessage, 1)),
            PatientSource);

        Assert.Equal(
            [("DS0003", 14, false), ("DS0003", 15, false), ("DS0003", 18, true)],
            diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.IsSuppressed)));
    }

    [Fact]
    public void Error_severity_counts_are_spent_per_scope_so_analysing_a_member_again_gives_the_same_answer()
    {
        SyntaxTree tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class C { void M() { } }", path: "/0/C.cs");
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(BaselineDocument.SymbolProperty, "M:C.M");
        Diagnostic violation = Diagnostic.Create(Descriptors.SensitiveDataReachesSink, Location.Create(tree, new TextSpan(10, 4)), properties, "'C.Diagnosis'", "special-category data: health", "is written to a log", "'Console.WriteLine'");
        Diagnostic warning = Diagnostic.Create(Descriptors.PersonalDataLogged, Location.Create(tree, new TextSpan(10, 4)), properties, "'C.Email'", "personal data: contact", "'Console.WriteLine'");
        string message = violation.GetMessage(CultureInfo.InvariantCulture);
        var options = new AnalyzerOptions(
            [new InMemoryText("/0/datasteward.baseline.json", Baseline("Test", ("DS0003", "M:C.M", message, 1), ("DS0001", "M:C.M", warning.GetMessage(CultureInfo.InvariantCulture), 1)))],
            new TestAnalyzerConfigOptionsProvider(ProjectBaseline.ProjectNameProperty + " = Test", [tree]));
        ErrorSeverityBaseline baseline = ErrorSeverityBaseline.For(options, CancellationToken.None)!;

        ErrorSeverityBaseline.Scope first = baseline.NewScope();
        ErrorSeverityBaseline.Scope again = baseline.NewScope();

        // Count 1: the first occurrence of each analysis is accepted, the second is not; a warning is the suppressor's.
        Assert.Equal([true, false, true], new[] { first.Apply(violation), first.Apply(violation), again.Apply(violation) }.Select(d => d.IsSuppressed));
        Assert.Same(warning, first.Apply(warning));
        Assert.Equal(message, again.Apply(Diagnostic.Create(Descriptors.SensitiveDataReachesSink, violation.Location, properties, "'C.Diagnosis'", "special-category data: health", "is written to a log", "'Console.WriteLine'")).GetMessage(CultureInfo.InvariantCulture));
        Assert.Null(ErrorSeverityBaseline.For(new AnalyzerOptions([new InMemoryText("/0/datasteward.baseline.json", "{")]), CancellationToken.None));
    }

    [Fact]
    public void Duplicate_dataset_identifier_is_baselined_per_type()
    {
        const string Datasets = """
            using DataSteward;

            [Dataset("stops", Title = "Stops", Description = "Bus stops.")]
            public sealed class Stop { }

            [Dataset("stops", Title = "Stations", Description = "Train stations.")]
            public sealed class Station { }
            """;
        string message = "Dataset identifier 'stops' is also used by 'Station'";

        ImmutableArray<Diagnostic> diagnostics = Run(Baseline("Test", ("DS0205", "T:Stop", message, 1)), [new CatalogueAnalyzer()], Datasets);

        Assert.Equal(
            [("DS0205", 3, true, "T:Stop"), ("DS0205", 6, false, "T:Station")],
            diagnostics.Where(d => d.Id == "DS0205").Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.IsSuppressed, d.Properties[BaselineDocument.SymbolProperty])));
        Assert.Equal(message, diagnostics.First(d => d.Id == "DS0205").GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_suppressor_leaves_error_severity_rules_to_their_analysers_and_the_packages_own_diagnostics_alone()
    {
        string[] suppressed = new BaselineSuppressor().SupportedSuppressions.Select(s => s.SuppressedDiagnosticId).ToArray();

        Assert.Contains(RuleIdentifiers.PersonalDataLogged, suppressed);
        Assert.Contains(RuleIdentifiers.LikelyPersonalDataReachesSink, suppressed);
        Assert.Contains(RuleIdentifiers.OpenDatasetHoldsPersonalData, suppressed);
        Assert.DoesNotContain(RuleIdentifiers.SensitiveDataReachesSink, suppressed);
        Assert.DoesNotContain(suppressed, id => id.StartsWith("DS09", StringComparison.Ordinal));
    }

    private static string Baseline(string project, params (string Rule, string Symbol, string Message, int Count)[] entries) =>
        BaselineDocument.Create(project, entries.Select(e => new BaselineEntry(e.Rule, e.Symbol, e.Message, e.Count))).ToJson();

    private static ImmutableArray<Diagnostic> Run(string baseline, params string[] sources) => Run(baseline, [new PersonalDataFlowAnalyzer()], sources);

    private static ImmutableArray<Diagnostic> Run(string baseline, DiagnosticAnalyzer[] analyzers, params string[] sources)
    {
        Compilation compilation = TestCompilation.Create(sources.Length == 0 ? [Source] : sources);
        TestCompilation.AssertCompiles(compilation);
        var options = new AnalyzerOptions(
            [new InMemoryText("/0/datasteward.baseline.json", baseline)],
            new TestAnalyzerConfigOptionsProvider(ProjectBaseline.ProjectNameProperty + " = Test", compilation.SyntaxTrees.ToArray()));
        var exceptions = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            [.. analyzers, new BaselineAnalyzer(), new BaselineSuppressor()],
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
