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
/// when no pseudonymiser is in scope, or when a value is an object a serialiser renders. It is the first fix offered:
/// the fallbacks (<see cref="MaskValueFix"/>, <see cref="RemoveFromTemplateFix"/>) stay quiet when it is available.
/// Fix All (<see cref="ValueFixAll"/>) uses, for each diagnostic, the pseudonymiser in scope where its value is.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PseudonymiseValueFix)), Shared]
public sealed class PseudonymiseValueFix : CodeFixProvider
{
    public const string EquivalenceKey = "DataSteward.Pseudonymise";

    private static readonly ImmutableArray<string> Rules = ImmutableArray.Create(
        RuleIdentifiers.PersonalDataLogged,
        RuleIdentifiers.PersonalDataExported,
        RuleIdentifiers.SensitiveDataReachesSink,
        RuleIdentifiers.PersonalDataInExceptionMessage,
        RuleIdentifiers.PersonalDataInTelemetry,
        RuleIdentifiers.LikelyPersonalDataReachesSink);

    public override ImmutableArray<string> FixableDiagnosticIds => Rules;

    public override FixAllProvider GetFixAllProvider() => ValueFixAll.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Diagnostic diagnostic = context.Diagnostics[0];
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || Plan(model, root, diagnostic, context.CancellationToken) is not { } plan)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                plan.Title,
                cancellationToken =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNodes(plan.Values, (original, rewritten) => plan.Rewrite(original, rewritten))));
                },
                EquivalenceKey),
            diagnostic);
    }

    /// <summary>
    /// The values of <paramref name="diagnostic"/> wrapped in the best pseudonymiser in scope that accepts them all
    /// (each diagnostic its own: Fix All calls whichever pseudonymiser is in scope where the value is), or null.
    /// </summary>
    internal static ValueRewrites? Plan(SemanticModel model, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (diagnostic.AdditionalLocations.Count == 0 || !Rules.Contains(diagnostic.Id) || FallbackFixes.FindValues(root, diagnostic) is not { } values)
        {
            return null;
        }

        foreach (PseudonymiserCandidate candidate in PseudonymiserLookup.Find(model, values[0].SpanStart, cancellationToken))
        {
            if (values.All(value => Accepts(model, value, candidate, cancellationToken)))
            {
                return new ValueRewrites(values, (_, rewritten) => Wrap(rewritten, candidate), $"Pseudonymise with '{candidate.Display}'");
            }
        }

        return null;
    }

    private static bool Accepts(SemanticModel model, ExpressionSyntax value, PseudonymiserCandidate candidate, CancellationToken cancellationToken)
    {
        ITypeSymbol? type = model.GetTypeInfo(value, cancellationToken).Type;
        return type is not null && model.Compilation.ClassifyConversion(type, candidate.ParameterType).IsImplicit;
    }

    private static ExpressionSyntax Wrap(ExpressionSyntax value, PseudonymiserCandidate candidate) =>
        SyntaxFactory.InvocationExpression(
                candidate.Target,
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value.WithoutTrivia()))))
            .WithTriviaFrom(value);
}
