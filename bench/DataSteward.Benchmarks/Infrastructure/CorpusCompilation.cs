using System.Collections.Immutable;
using System.Text;
using DataSteward.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DataSteward.Benchmarks.Infrastructure;

/// <summary>
/// Compiles a corpus the way a project build would: against the running framework, ASP.NET Core's shared framework
/// and the NuGet packages this process loaded (Serilog, DataSteward's annotations), as a library, nullable on.
/// </summary>
public static class CorpusCompilation
{
    private static readonly string[] ExcludedPrefixes =
    [
        "BenchmarkDotNet", "Perfolizer", "Iced", "Microsoft.Diagnostics", "Microsoft.DotNet", "Microsoft.CodeAnalysis",
        "DataSteward.Analyzers", "DataSteward.Benchmarks", "CommandLine", "Gee.External", "Pastel", "Microsoft.Win32.Registry",
        // The benchmark's own tools, not a service's references. Built on DataSteward.dll, they would make the corpus look
        // like a project whose references may declare [DataSink] methods, which turns off the syntactic reach test of a
        // document's analysis; the real build's project (--real-build) references DataSteward.dll alone.
        "DataSteward.Build", "DataSteward.Tool",
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Parse);

    public static CSharpCompilationOptions Options { get; } = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            optimizationLevel: OptimizationLevel.Release,
            deterministic: true)
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Suppress });

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static ImmutableArray<SyntaxTree> Parse(IEnumerable<CorpusFile> files, CancellationToken cancellationToken = default) =>
        files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, f.Path, Encoding.UTF8, cancellationToken)).ToImmutableArray();

    public static SyntaxTree Parse(CorpusFile file) => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, file.Path, Encoding.UTF8);

    public static CSharpCompilation Create(IEnumerable<SyntaxTree> trees, string name = "Corpus") =>
        CSharpCompilation.Create(name, trees, References, Options);

    /// <summary>Throws with the first errors when the corpus does not compile: a benchmark of broken code measures nothing.</summary>
    public static void AssertNoErrors(IEnumerable<Diagnostic> diagnostics, string what)
    {
        // Compiler errors only: an analyser's error-severity rule (DS0003) firing on a planted leak is the point.
        Diagnostic[] errors = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.Compiler))
            .ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException(
                $"{what} does not compile ({errors.Length} errors):{Environment.NewLine}" +
                string.Join(Environment.NewLine, errors.Take(20).Select(e => "  " + e)));
        }
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
            ?? throw new InvalidOperationException("The host did not publish TRUSTED_PLATFORM_ASSEMBLIES.");
        var byName = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            if (!ExcludedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                byName.TryAdd(name, path);
            }
        }

        return byName.Values.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }
}
