using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DataSteward.CodeFixes.Rules;

/// <summary>
/// Roslyn's batch Fix All, except when it is given no equivalence key: <c>dotnet format analyzers</c> passes the key
/// of the first fix the provider offers for the first diagnostic, and none when the provider offers nothing for that
/// one diagnostic, and the batch fixer then fixes nothing ("didn't return a Fix All action"). Here the key is then the
/// one of the first fix offered for any diagnostic in scope, in document and source order.
/// </summary>
internal sealed class KeyChoosingBatchFixer(CodeFixProvider provider) : FixAllProvider
{
    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => WellKnownFixAllProviders.BatchFixer.GetSupportedFixAllScopes();

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        if (fixAllContext.CodeActionEquivalenceKey is null && await FirstKeyAsync(fixAllContext).ConfigureAwait(false) is { } key)
        {
            var diagnostics = new ForwardingDiagnosticProvider(fixAllContext);
            fixAllContext = fixAllContext.Document is { } document
                ? new FixAllContext(document, provider, fixAllContext.Scope, key, fixAllContext.DiagnosticIds, diagnostics, fixAllContext.CancellationToken)
                : new FixAllContext(fixAllContext.Project, provider, fixAllContext.Scope, key, fixAllContext.DiagnosticIds, diagnostics, fixAllContext.CancellationToken);
        }

        return await WellKnownFixAllProviders.BatchFixer.GetFixAsync(fixAllContext).ConfigureAwait(false);
    }

    private async Task<string?> FirstKeyAsync(FixAllContext fixAllContext)
    {
        IEnumerable<Document> documents = fixAllContext.Scope switch
        {
            FixAllScope.Document when fixAllContext.Document is { } document => [document],
            FixAllScope.Solution => fixAllContext.Solution.Projects.SelectMany(p => p.Documents),
            _ => fixAllContext.Project.Documents,
        };

        foreach (Document document in documents)
        {
            ImmutableArray<Diagnostic> diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                string? key = null;
                var context = new CodeFixContext(document, diagnostic, (action, _) => key ??= action.EquivalenceKey, fixAllContext.CancellationToken);
                await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                if (key is not null)
                {
                    return key;
                }
            }
        }

        return null;
    }

    private sealed class ForwardingDiagnosticProvider(FixAllContext original) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            await original.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await original.GetProjectDiagnosticsAsync(project).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await original.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
    }
}
