using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.Verification;

/// <summary>Builds the compilation a test runs against, and refuses a test source that does not compile.</summary>
public static class TestCompilation
{
    public const string ProjectName = "TestProject";

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilationOptions CompilationOptions { get; } = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            allowUnsafe: true)
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            // Documentation comments are parsed (the generator reads them) but their absence is no test failure.
            ["CS1591"] = ReportDiagnostic.Suppress,
        });

    public static string FilePath(int index) => index == 0 ? "/0/Test0.cs" : $"/0/Test{index}.cs";

    public static CSharpCompilation Create(IReadOnlyList<string> sources, IEnumerable<MetadataReference>? extraReferences = null)
    {
        var trees = new List<SyntaxTree>(sources.Count);
        for (int i = 0; i < sources.Count; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(sources[i], ParseOptions, FilePath(i), Encoding.UTF8));
        }

        return CSharpCompilation.Create(
            ProjectName,
            trees,
            extraReferences is null ? TestReferences.All : TestReferences.All.AddRange(extraReferences),
            CompilationOptions);
    }

    /// <summary>A test whose own source has compiler errors proves nothing: fail it with the errors.</summary>
    public static void AssertCompiles(Compilation compilation, string what = "The test source")
    {
        ImmutableArray<Diagnostic> errors = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToImmutableArray();
        if (!errors.IsEmpty)
        {
            throw new VerificationException($"{what} does not compile:{Environment.NewLine}" +
                string.Join(Environment.NewLine, errors.Select(e => "  " + e)));
        }
    }

    public static AnalyzerOptions AnalyzerOptions(string? editorConfig, IReadOnlyList<SyntaxTree> trees) =>
        new(ImmutableArray<AdditionalText>.Empty, new TestAnalyzerConfigOptionsProvider(editorConfig, trees));
}
