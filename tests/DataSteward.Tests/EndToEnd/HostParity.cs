using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.EndToEnd;

/// <summary>
/// Runs every analyser of one build of DataSteward.Analyzers on <see cref="EndToEndSources"/> with whatever Roslyn the
/// calling test project loads, and returns the diagnostics in the form of <see cref="EndToEndSources.Expected"/>.
/// Compiled into both the main tests (Roslyn 4.14) and the Roslyn 4.8 host.
/// </summary>
internal static class HostParity
{
    /// <param name="analyzers">The analyser assembly of the build under test.</param>
    /// <param name="dataStewardLibrary">The runtime library the sources reference.</param>
    /// <param name="baseline">A <c>datasteward.baseline.json</c> passed as an additional file: then suppressed diagnostics are returned too, marked <c>[suppressed]</c>.</param>
    public static string[] Run(Assembly analyzers, string dataStewardLibrary, string? baseline = null)
    {
        ImmutableArray<DiagnosticAnalyzer> instances = [.. analyzers.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];
        if (instances.Length == 0)
        {
            throw new InvalidOperationException($"{analyzers.Location} has no analysers.");
        }

        var results = new List<string>();
        foreach ((string name, string source) in new[] { ("Logging.cs", EndToEndSources.Logging), ("Exporting.cs", EndToEndSources.Exporting) })
        {
            CSharpCompilation compilation = CSharpCompilation.Create(
                Path.GetFileNameWithoutExtension(name),
                [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), name)],
                References(dataStewardLibrary),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            Diagnostic[] errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            if (errors.Length > 0)
            {
                throw new InvalidOperationException($"{name} does not compile: {string.Join(Environment.NewLine, errors.Select(e => e.ToString()))}");
            }

            var exceptions = new List<string>();
            ImmutableArray<Diagnostic> diagnostics = compilation
                .WithAnalyzers(instances, new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(baseline is null ? [] : [new BaselineText(baseline)]),
                    (e, a, _) => exceptions.Add(a.GetType().Name + ": " + e),
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: false,
                    reportSuppressedDiagnostics: baseline is not null))
                .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            if (exceptions.Count > 0)
            {
                throw new InvalidOperationException("An analyser threw: " + string.Join(Environment.NewLine, exceptions));
            }

            results.AddRange(diagnostics
                .Where(d => d.Id.StartsWith("DS", StringComparison.Ordinal))
                .Select(d => string.Format(CultureInfo.InvariantCulture, "{0}({1}): {2}: {3}{4}", name, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id, d.GetMessage(CultureInfo.InvariantCulture), d.IsSuppressed ? " [suppressed]" : "")));
        }

        return [.. results.Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<MetadataReference> References(string dataStewardLibrary)
    {
        string trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
            ?? throw new InvalidOperationException("The test host did not publish TRUSTED_PLATFORM_ASSEMBLIES.");
        foreach (string path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string file = Path.GetFileName(path);
            if ((file.StartsWith("System.", StringComparison.Ordinal) || file is "netstandard.dll" or "mscorlib.dll") && !file.StartsWith("System.Private.", StringComparison.Ordinal) || file == "System.Private.CoreLib.dll")
            {
                yield return MetadataReference.CreateFromFile(path);
            }
        }

        yield return MetadataReference.CreateFromFile(dataStewardLibrary);
    }

    private sealed class BaselineText(string text) : AdditionalText
    {
        public override string Path => "/consumer/datasteward.baseline.json";

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }
}
