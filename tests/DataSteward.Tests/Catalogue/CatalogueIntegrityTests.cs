using System.Collections;
using System.Collections.Immutable;
using DataSteward.Analyzers.Catalogue;
using DataSteward.Build;
using DataSteward.Catalogue;
using DataSteward.Tests.Verification;
using Microsoft.Build.Framework;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.Catalogue;

/// <summary>The catalogue never drops a dataset silently (issue 15, item 4), and bad input never breaks the compiler.</summary>
public sealed class CatalogueIntegrityTests : IDisposable
{
    private const string Usings = "using System;\nusing DataSteward;\n";

    private readonly string root = Path.Combine(Path.GetTempPath(), "datasteward-integrity-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task DS0208_null_empty_or_blank_identifier_is_an_error_on_the_argument()
    {
        await AnalyzerVerifier<CatalogueAnalyzer>.VerifyAsync(
            Usings + """
            [Dataset({|DS0208:""|}, Title = "A", Description = "A.")]
            public sealed class A { public int X { get; set; } }

            [Dataset({|DS0208:null!|}, Title = "B", Description = "B.")]
            public sealed class B { public int X { get; set; } }

            [Dataset({|DS0208:"   "|}, Title = "C", Description = "C.")]
            public sealed class C { public int X { get; set; } }

            [Dataset("d", Title = "D", Description = "D.")]
            public sealed class D { public int X { get; set; } }
            """,
            "The dataset identifier of 'A' is empty: the type cannot be catalogued",
            "The dataset identifier of 'B' is null: the type cannot be catalogued",
            "The dataset identifier of 'C' is blank: the type cannot be catalogued");
    }

    [Fact]
    public void DS0205_and_DS0208_are_errors_by_default()
    {
        ImmutableArray<DiagnosticDescriptor> descriptors = new CatalogueAnalyzer().SupportedDiagnostics;

        Assert.Equal(DiagnosticSeverity.Error, descriptors.Single(d => d.Id == "DS0205").DefaultSeverity);
        Assert.Equal(DiagnosticSeverity.Error, descriptors.Single(d => d.Id == "DS0208").DefaultSeverity);
        Assert.Equal(DiagnosticSeverity.Warning, descriptors.Single(d => d.Id == "DS0206").DefaultSeverity);
    }

    [Fact]
    public void Both_datasets_of_a_duplicate_identifier_stay_in_the_model()
    {
        DataCatalogueModel model = CatalogueHarness.Model(CatalogueHarness.Run(null, Duplicates));

        Assert.Equal(["benefit-claimants Claims.Claimant", "benefit-claimants Claims.HealthClaimant", "offices Claims.Office"], model.Datasets.Select(d => d.Identifier + " " + d.TypeName));
        KeyValuePair<string, IReadOnlyList<string>> duplicate = Assert.Single(model.FindDuplicateIdentifiers());
        Assert.Equal("benefit-claimants", duplicate.Key);
        Assert.Equal(["Claims.Claimant", "Claims.HealthClaimant"], duplicate.Value);
        ArgumentException refused = Assert.Throws<ArgumentException>(() => CatalogueRenderer.RenderAll(model));
        Assert.StartsWith("Dataset identifier 'benefit-claimants' is used by Claims.Claimant and Claims.HealthClaimant: one dataset would replace the other.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_task_refuses_a_catalogue_in_which_one_dataset_replaces_another()
    {
        string assembly = BuildAssembly(Duplicates);
        string output = Path.Combine(root, "datacatalogue");
        var engine = new RecordingBuildEngine();

        bool succeeded = new WriteDataCatalogue { BuildEngine = engine, AssemblyPath = assembly, OutputDirectory = output }.Execute();

        Assert.False(succeeded);
        Assert.False(Directory.Exists(output));
        (string code, string message) = Assert.Single(engine.Errors);
        Assert.Equal("DS0205", code);
        Assert.Equal("DataSteward: dataset identifier 'benefit-claimants' is used by Claims.Claimant and Claims.HealthClaimant; the catalogue is not written, because one dataset would replace the other. Give each dataset its own identifier.", message);

        // Control: the same project with distinct identifiers is written.
        string fixedAssembly = BuildAssembly(Duplicates.Replace("[Dataset(\"benefit-claimants\", Title = \"Health", "[Dataset(\"health-claimants\", Title = \"Health", StringComparison.Ordinal), "Fixed");
        Assert.True(new WriteDataCatalogue { BuildEngine = new RecordingBuildEngine(), AssemblyPath = fixedAssembly, OutputDirectory = output }.Execute());
        Assert.True(File.Exists(Path.Combine(output, "schemas", "health-claimants.schema.json")));
    }

    [Theory]
    [InlineData("[Dataset(\"claims\", Title = \"Unterminated)]\npublic sealed class Claim { [PersonalData] public string? Email { get; set; } }", "CS1010")]
    [InlineData("[Dataset(\"claims\", Recipients = null, DataSubjects = new string[] { null! })]\npublic sealed class Claim { [PersonalData] public string? Email { get; set; } }", null)]
    [InlineData("[Dataset(\"claims\")]\npublic sealed partial class Claim { [PersonalData] public string? Email { get; set; } }\n[Dataset(\"claims\")]\npublic sealed partial class Claim { }", "CS0579")]
    [InlineData("[Dataset(\"claims\")]\npublic sealed partial class Claim { [PersonalData] public string? Email { get; set; } }\n[Dataset(\"other\")]\npublic sealed partial class Claim { }", "CS0579")]
    public async Task Bad_input_gets_a_diagnostic_never_a_generator_or_analyser_failure(string source, string? compilerError)
    {
        CSharpCompilation compilation = TestCompilation.Create([Usings + source]);
        if (compilerError is not null)
        {
            Assert.Contains(compilation.GetDiagnostics(), d => d.Id == compilerError && d.Severity == DiagnosticSeverity.Error);
        }

        GeneratorDriver driver = CSharpGeneratorDriver.Create([new CatalogueGenerator().AsSourceGenerator()], parseOptions: TestCompilation.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        Assert.All(driver.GetRunResult().Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(generatorDiagnostics, d => d.Id is "CS8784" or "CS8785");
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.Contains("DataSteward.DataCatalogue.g.cs", StringComparison.Ordinal) == true);

        var exceptions = new List<Exception>();
        ImmutableArray<Diagnostic> analyzerDiagnostics = await compilation
            .WithAnalyzers([new CatalogueAnalyzer(), new CataloguePlaceholderAnalyzer()], new CompilationWithAnalyzersOptions(TestCompilation.AnalyzerOptions(null, compilation.SyntaxTrees.ToArray()), (e, _, _) => exceptions.Add(e), concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(analyzerDiagnostics, d => d.Id == "AD0001");
        if (compilerError is null)
        {
            // The null Recipients and the null data subject are read as "not stated": the record of processing says so.
            Assert.Contains(analyzerDiagnostics, d => d.Id == "DS0206" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("recipients or data subjects", StringComparison.Ordinal));
        }
    }

    private const string Duplicates = """
        using DataSteward;

        namespace Claims;

        [Dataset("benefit-claimants", Title = "Claimants", Description = "People who claim a benefit.")]
        public sealed class Claimant { [System.ComponentModel.DataAnnotations.Key] public int Id { get; set; } }

        [Dataset("benefit-claimants", Title = "Health claimants", Description = "Claimants with a disability.")]
        public sealed class HealthClaimant { [SensitiveData(SensitiveCategory.Health)] public string? Disability { get; set; } }

        [Dataset("offices", Title = "Offices", Description = "Benefit offices.")]
        public sealed class Office { public string Name { get; set; } = ""; }
        """;

    private string BuildAssembly(string source, string name = "Duplicates")
    {
        // DS0205 is an error the compiler reports; the task is what stands when a project silences it.
        GeneratorRun run = CatalogueHarness.Run(null, TestCompilation.Create([source]).WithAssemblyName(name));
        string path = Path.Combine(root, "obj", name + ".dll");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, CatalogueHarness.Emit(run.OutputCompilation));
        return path;
    }

    internal sealed class RecordingBuildEngine : IBuildEngine
    {
        public List<(string Code, string Message)> Errors { get; } = [];

        public List<string> Warnings { get; } = [];

        public List<string> Messages { get; } = [];

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.csproj";

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add((e.Code ?? string.Empty, e.Message ?? string.Empty));

        public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e.Message ?? string.Empty);

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e.Message ?? string.Empty);
    }
}
