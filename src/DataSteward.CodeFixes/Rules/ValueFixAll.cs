using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace DataSteward.CodeFixes.Rules;

/// <summary>
/// Fix All of the fixes that rewrite what a flow diagnostic points at (<see cref="PseudonymiseValueFix"/>,
/// <see cref="MaskValueFix"/>, <see cref="RemoveFromTemplateFix"/>), in documents, projects and solutions. Each
/// diagnostic gets the chosen kind of fix when it is offered for it, and otherwise the first fix it is offered:
/// pseudonymise (with the pseudonymiser in scope where its value is), else mask, else remove from the message
/// template. So one Fix All leaves no fixable diagnostic behind, and neither does one <c>dotnet format analyzers</c>
/// run, which asks the first fix provider of a rule for the first diagnostic's first fix, and passes no equivalence
/// key at all when that provider offers nothing for that diagnostic.
/// </summary>
internal sealed class ValueFixAll : DocumentBasedFixAllProvider
{
    public static readonly ValueFixAll Instance = new();

    private static readonly SyntaxAnnotation RemovedArgument = new("DataSteward.RemovedArgument");

    private ValueFixAll()
    {
    }

    protected override string GetFixAllTitle(FixAllContext fixAllContext) => fixAllContext.CodeActionEquivalenceKey switch
    {
        MaskValueFix.EquivalenceKey => "Mask every personal value (pseudonymise where a pseudonymiser is in scope)",
        RemoveFromTemplateFix.EquivalenceKey => "Remove every personal value from its message template (pseudonymise where a pseudonymiser is in scope)",
        _ => "Pseudonymise every personal value (mask it, or remove it from its message template, where no pseudonymiser is in scope)",
    };

    protected override Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
        FixDocumentAsync(document, diagnostics, fixAllContext.CodeActionEquivalenceKey, fixAllContext.CancellationToken);

    /// <summary>The document with every diagnostic of <paramref name="diagnostics"/> fixed as described above, or null when none is fixable.</summary>
    internal static async Task<Document?> FixDocumentAsync(Document document, IEnumerable<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return null;
        }

        var rewrites = new Dictionary<SyntaxNode, ValueRewrites>();
        var removed = new HashSet<SyntaxNode>();
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (Choose(document, model, root, diagnostic, equivalenceKey, cancellationToken))
            {
                case ValueRewrites plan when plan.Values.All(value => !rewrites.ContainsKey(value)):
                    foreach (ExpressionSyntax value in plan.Values)
                    {
                        rewrites.Add(value, plan);
                    }

                    break;
                case ArgumentSyntax argument:
                    removed.Add(argument);
                    break;
            }
        }

        if (rewrites.Count == 0 && removed.Count == 0)
        {
            return null;
        }

        // Values first, in one pass (a removed argument is only marked); then the removals, which need the new tree's model.
        SyntaxNode updated = root.ReplaceNodes(
            rewrites.Keys.Concat(removed),
            (original, rewritten) => removed.Contains(original)
                ? rewritten.WithAdditionalAnnotations(RemovedArgument)
                : rewrites[original].Rewrite((ExpressionSyntax)original, (ExpressionSyntax)rewritten));
        Document changed = document.WithSyntaxRoot(updated);
        if (removed.Count > 0)
        {
            changed = await RemoveFromTemplateFix.RemoveAnnotatedAsync(changed, RemovedArgument, cancellationToken).ConfigureAwait(false);
        }

        // dotnet format applies a Fix All's change as it is, without the clean-up an IDE runs: reduce global::DataSteward.Mask here.
        return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, optionSet: null, cancellationToken).ConfigureAwait(false);
    }

    // The fix for one diagnostic, in the order the fixes are offered: a ValueRewrites, an ArgumentSyntax to remove, or null.
    private static object? Choose(Document document, SemanticModel model, SyntaxNode root, Diagnostic diagnostic, string? equivalenceKey, CancellationToken cancellationToken)
    {
        if (PseudonymiseValueFix.Plan(model, root, diagnostic, cancellationToken) is { } pseudonymise)
        {
            return pseudonymise;
        }

        if (equivalenceKey == RemoveFromTemplateFix.EquivalenceKey)
        {
            return (object?)RemoveFromTemplateFix.Removable(model, root, diagnostic, cancellationToken)
                ?? MaskValueFix.Plan(document, model, root, diagnostic, cancellationToken);
        }

        return (object?)MaskValueFix.Plan(document, model, root, diagnostic, cancellationToken)
            ?? RemoveFromTemplateFix.Removable(model, root, diagnostic, cancellationToken);
    }
}
