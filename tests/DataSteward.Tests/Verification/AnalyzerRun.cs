using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.Verification;

/// <summary>
/// Runs analysers over a compilation the way the compiler does (whole compilation) and the way the IDE does
/// (document by document), and insists both agree and that no analyser threw.
/// </summary>
public static class AnalyzerRun
{
    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(
        Compilation compilation,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        AnalyzerOptions options,
        bool checkPerDocument = true,
        CancellationToken cancellationToken = default)
    {
        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            options,
            onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false));

        ImmutableArray<Diagnostic> whole = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        ThrowIfAnalyzerFailed(exceptions, whole);

        if (checkPerDocument)
        {
            ImmutableArray<Diagnostic> perDocument = await GetPerDocumentDiagnosticsAsync(compilation, analyzers, options, exceptions, cancellationToken).ConfigureAwait(false);
            ThrowIfAnalyzerFailed(exceptions, perDocument);
            CompareRuns(whole, perDocument);
        }

        return Sort(whole);
    }

    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.Length)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();

    // What the IDE runs while you type: one document at a time, on a fresh analysis for each. Each document gets a
    // clone of the compilation, so nothing computed for one document (the per-compilation model, its summaries) is
    // there for the next: every document is analysed as if it came first.
    private static async Task<ImmutableArray<Diagnostic>> GetPerDocumentDiagnosticsAsync(
        Compilation compilation,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        AnalyzerOptions options,
        ConcurrentQueue<string> exceptions,
        CancellationToken cancellationToken)
    {
        var builder = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            Compilation fresh = compilation.Clone();
            var withAnalyzers = fresh.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                options,
                onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));
            SemanticModel model = fresh.GetSemanticModel(tree);
            builder.AddRange(await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, cancellationToken).ConfigureAwait(false));
            builder.AddRange(await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, cancellationToken).ConfigureAwait(false));
        }

        return builder.ToImmutable();
    }

    private static void ThrowIfAnalyzerFailed(ConcurrentQueue<string> exceptions, ImmutableArray<Diagnostic> diagnostics)
    {
        var ad0001 = diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString());
        string[] failures = exceptions.Concat(ad0001).ToArray();
        if (failures.Length > 0)
        {
            throw new VerificationException("An analyser threw (AD0001):" + Environment.NewLine + string.Join(Environment.NewLine, failures));
        }
    }

    private static void CompareRuns(ImmutableArray<Diagnostic> whole, ImmutableArray<Diagnostic> perDocument)
    {
        // Compilation-end diagnostics exist only in the whole run; DataSteward's flow rules must have none. A project-level
        // diagnostic (no source location: DS0102's per-project count, DS0209 on the project's settings, DS0900/DS0901 on
        // its .editorconfig) is not a document's: left out here.
        string[] expected = whole.Where(d => d.Location.IsInSource).Select(Describe).Distinct().Order(StringComparer.Ordinal).ToArray();
        string[] actual = perDocument.Select(Describe).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (!expected.SequenceEqual(actual))
        {
            throw new VerificationException(
                "Per-document (IDE) analysis differs from whole-compilation analysis." + Environment.NewLine +
                "Whole compilation:" + Environment.NewLine + string.Join(Environment.NewLine, expected.Select(e => "  " + e)) + Environment.NewLine +
                "Per document:" + Environment.NewLine + string.Join(Environment.NewLine, actual.Select(e => "  " + e)));
        }
    }

    internal static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Location.SourceTree?.FilePath}{diagnostic.Location.GetLineSpan().Span} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
}
