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
    public static string[] Run(Assembly analyzers, string dataStewardLibrary)
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
                    new AnalyzerOptions([]), (e, a, _) => exceptions.Add(a.GetType().Name + ": " + e), concurrentAnalysis: true, logAnalyzerExecutionTime: false))
                .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            if (exceptions.Count > 0)
            {
                throw new InvalidOperationException("An analyser threw: " + string.Join(Environment.NewLine, exceptions));
            }

            results.AddRange(diagnostics
                .Where(d => d.Id.StartsWith("DS", StringComparison.Ordinal))
                .Select(d => string.Format(CultureInfo.InvariantCulture, "{0}({1}): {2}: {3}", name, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id, d.GetMessage(CultureInfo.InvariantCulture))));
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
}
