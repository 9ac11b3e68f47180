using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DataSteward.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataSteward.CodeFixes.Rules;

/// <summary>
/// Wraps the personal values of a reported sink argument in a call to a pseudonymiser in scope:
/// <c>logger.LogInformation("{Email}", citizen.Email)</c> becomes
/// <c>logger.LogInformation("{Email}", _pseudonymiser.Pseudonymise(citizen.Email))</c>. The values are the
/// diagnostic's additional locations (in an interpolated message, the holes, not the message). No fix is offered
/// when no pseudonymiser is in scope, or when a value is an object a serialiser renders.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PseudonymiseValueFix)), Shared]
public sealed class PseudonymiseValueFix : CodeFixProvider
{
    public const string EquivalenceKeyPrefix = "DataSteward.Pseudonymise:";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIdentifiers.PersonalDataLogged,
        RuleIdentifiers.PersonalDataExported,
        RuleIdentifiers.SensitiveDataReachesSink,
        RuleIdentifiers.PersonalDataInExceptionMessage,
        RuleIdentifiers.PersonalDataInTelemetry,
        RuleIdentifiers.LikelyPersonalDataReachesSink);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Diagnostic diagnostic = context.Diagnostics[0];
        if (diagnostic.AdditionalLocations.Count == 0)
        {
            return;
        }

        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        List<ExpressionSyntax>? values = FindValues(root, diagnostic);
        if (values is null)
        {
            return;
        }

        foreach (PseudonymiserCandidate candidate in PseudonymiserLookup.Find(model, values[0].SpanStart, context.CancellationToken))
        {
            if (values.All(value => Accepts(model, value, candidate, context.CancellationToken)))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Pseudonymise with '{candidate.Display}'",
                        cancellationToken => WrapAsync(context.Document, root, values, candidate, cancellationToken),
                        EquivalenceKeyPrefix + candidate.Display),
                    diagnostic);
                return;
            }
        }
    }

    private static List<ExpressionSyntax>? FindValues(SyntaxNode root, Diagnostic diagnostic)
    {
        var values = new List<ExpressionSyntax>(diagnostic.AdditionalLocations.Count);
        foreach (Location location in diagnostic.AdditionalLocations)
        {
            SyntaxNode node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            if ((node is ArgumentSyntax argument ? argument.Expression : node) is not ExpressionSyntax value)
            {
                return null;
            }

            values.Add(value);
        }

        return values;
    }

    private static bool Accepts(SemanticModel model, ExpressionSyntax value, PseudonymiserCandidate candidate, CancellationToken cancellationToken)
    {
        ITypeSymbol? type = model.GetTypeInfo(value, cancellationToken).Type;
        return type is not null && model.Compilation.ClassifyConversion(type, candidate.ParameterType).IsImplicit;
    }

    private static Task<Document> WrapAsync(Document document, SyntaxNode root, List<ExpressionSyntax> values, PseudonymiserCandidate candidate, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        SyntaxNode updated = root.ReplaceNodes(values, (original, _) =>
            SyntaxFactory.InvocationExpression(
                    candidate.Target,
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(original.WithoutTrivia()))))
                .WithTriviaFrom(original));
        return Task.FromResult(document.WithSyntaxRoot(updated));
    }
}
