using System.Collections.Immutable;
using System.Reflection;
using DataSteward.CodeFixes.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Tests.Verification;

/// <summary>
/// What <c>dotnet format analyzers --diagnostics &lt;id&gt;</c> does with the package's fixes, in memory: the
/// diagnostics of the id are computed once; then every fix provider of the code-fix assembly that fixes the id, in
/// metadata order, is asked for its fixes of the first diagnostic; the equivalence key of the first one (none when
/// it offers nothing) goes into a solution-wide Fix All, whose change is kept. A provider whose Fix All returns no
/// action gets dotnet format's warning ("didn't return a Fix All action"), collected in <see cref="FormatResult.Warnings"/>.
/// The result must compile.
/// </summary>
public static class FormatAnalyzersRun
{
    public static async Task<FormatResult> RunAsync(string source, string diagnosticId, DiagnosticAnalyzer analyzer, string? editorConfig = null, CancellationToken cancellationToken = default)
    {
        Document document = CodeFixTest.CreateDocument(source);
        ImmutableArray<Diagnostic> diagnostics = await DiagnosticsAsync(document, diagnosticId, analyzer, editorConfig, cancellationToken).ConfigureAwait(false);
        if (diagnostics.IsEmpty)
        {
            throw new VerificationException($"No {diagnosticId} to fix in the source.");
        }

        Solution solution = document.Project.Solution;
        var warnings = new List<string>();
        foreach (CodeFixProvider provider in Providers(diagnosticId))
        {
            // dotnet format takes the first diagnostic's document in the current solution: none once that document changed.
            Document? current = solution.GetDocument(diagnostics[0].Location.SourceTree);
            if (current is null)
            {
                continue;
            }

            CodeAction? first = null;
            await provider.RegisterCodeFixesAsync(new CodeFixContext(current, diagnostics[0], (action, _) => first ??= action, cancellationToken)).ConfigureAwait(false);
            FixAllProvider fixAll = provider.GetFixAllProvider()
                ?? throw new VerificationException($"{provider.GetType().Name} has no Fix All provider.");
            if (!fixAll.GetSupportedFixAllScopes().Contains(FixAllScope.Solution))
            {
                throw new VerificationException($"{provider.GetType().Name} does not support Fix All in the solution.");
            }

            var context = new FixAllContext(current, provider, FixAllScope.Solution, first?.EquivalenceKey!, [diagnosticId], new FixedDiagnostics(diagnostics), cancellationToken);
            if (await fixAll.GetFixAsync(context).ConfigureAwait(false) is not { } action)
            {
                warnings.Add($"Unable to fix {diagnosticId}. Code fix {provider.GetType().Name} didn't return a Fix All action.");
                continue;
            }

            ApplyChangesOperation apply = (await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false)).OfType<ApplyChangesOperation>().Single();
            if (apply.ChangedSolution.GetChanges(solution).GetProjectChanges().Any())
            {
                solution = apply.ChangedSolution;
            }
        }

        Document fixedDocument = solution.GetDocument(document.Id)!;
        Compilation compilation = (await fixedDocument.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        TestCompilation.AssertCompiles(compilation, $"The code after dotnet format analyzers --diagnostics {diagnosticId}");
        return new FormatResult((await fixedDocument.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString(), warnings);
    }

    /// <summary>The diagnostics of <paramref name="diagnosticId"/> <paramref name="analyzer"/> reports in <paramref name="source"/>.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string source, string diagnosticId, DiagnosticAnalyzer analyzer, string? editorConfig = null, CancellationToken cancellationToken = default) =>
        await DiagnosticsAsync(CodeFixTest.CreateDocument(source), diagnosticId, analyzer, editorConfig, cancellationToken).ConfigureAwait(false);

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Document document, string diagnosticId, DiagnosticAnalyzer analyzer, string? editorConfig, CancellationToken cancellationToken)
    {
        Compilation compilation = (await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        ImmutableArray<Diagnostic> all = await AnalyzerRun.GetDiagnosticsAsync(
            compilation,
            [analyzer],
            TestCompilation.AnalyzerOptions(editorConfig, compilation.SyntaxTrees.ToArray()),
            checkPerDocument: false,
            cancellationToken).ConfigureAwait(false);
        return all.Where(d => d.Id == diagnosticId).ToImmutableArray();
    }

    private static IEnumerable<CodeFixProvider> Providers(string diagnosticId) =>
        typeof(PseudonymiseValueFix).Assembly.GetTypes()
            .Where(type => typeof(CodeFixProvider).IsAssignableFrom(type) && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
            .Where(provider => provider.FixableDiagnosticIds.Contains(diagnosticId));

    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}

/// <summary>The fixed source and the warnings dotnet format would print.</summary>
public sealed record FormatResult(string Source, IReadOnlyList<string> Warnings);
