using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using DataSteward.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace DataSteward.CodeFixes.Catalogue;

/// <summary>
/// DS0200: restricts the dataset (<c>Access = DatasetAccess.Restricted</c>): the data stays shareable with other
/// administrations under conditions, and stops being published as open data. Pseudonymising the members is the other
/// remedy, but which members and how is the developer's decision, so it is not offered.
/// </summary>
/// <remarks>
/// The other catalogue rules have no fix, by decision: a title, a description, a purpose, a legal basis or a retention
/// period (DS0201, DS0206) are facts only the data owner knows, and a placeholder would publish a wrong record;
/// an unknown licence, duration, frequency or theme (DS0202–DS0204, DS0207) has no single right correction;
/// a duplicate identifier (DS0205) must be renamed by someone who knows which dataset keeps it.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(OpenDatasetHoldsPersonalDataFixer))]
[Shared]
public sealed class OpenDatasetHoldsPersonalDataFixer : CodeFixProvider
{
    private const string Title = "Restrict the dataset (Access = DatasetAccess.Restricted)";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.OpenDatasetHoldsPersonalData);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span) is not AttributeArgumentSyntax { NameEquals: not null } argument)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => RestrictAsync(context.Document, argument, cancellationToken), equivalenceKey: nameof(OpenDatasetHoldsPersonalDataFixer)),
                diagnostic);
        }
    }

    private static async Task<Document> RestrictAsync(Document document, AttributeArgumentSyntax argument, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        ExpressionSyntax restricted = SyntaxFactory.ParseExpression("global::DataSteward.DatasetAccess.Restricted")
            .WithTriviaFrom(argument.Expression)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(argument.Expression, restricted));
    }
}
