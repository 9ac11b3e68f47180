using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers;
using DataSteward.Analyzers.Infrastructure;
using DataSteward.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace DataSteward.CodeFixes.Rules;

/// <summary>
/// DS0001, DS0002, DS0004, DS0005 when no pseudonymiser is in scope: masks each personal string value of the
/// diagnostic for display with <c>DataSteward.Mask</c>. The values are the diagnostic's additional locations; the
/// method follows the value's kind: <c>Mask.Phone</c> for contact details whose name says phone (phone, telephone,
/// tel, mobile, portable, fax, gsm), <c>Mask.Email</c> for other contact details, <c>Mask.Iban</c> for financial data,
/// <c>Mask.Keep(value, 1, 0)</c> (first character only) for everything else. The kind is read from the value's own
/// declaration (<c>[PersonalData(PersonalDataKind.X)]</c>) when it is a member or parameter, else from the
/// diagnostic's message when it names one kind. No fix when a value is not a string, or when <c>DataSteward.Mask</c>
/// is not referenced.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MaskValueFix)), Shared]
public sealed class MaskValueFix : CodeFixProvider
{
    public const string EquivalenceKey = "DataSteward.MaskValue";

    private const string MaskType = "DataSteward.Mask";

    private static readonly HashSet<string> PhoneWords = new(System.StringComparer.Ordinal)
    {
        "phone", "telephone", "tel", "mobile", "portable", "fax", "gsm", "cellphone",
    };

    public override ImmutableArray<string> FixableDiagnosticIds => FallbackFixes.Rules;

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Diagnostic diagnostic = context.Diagnostics[0];
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null
            || FallbackFixes.FindValues(root, diagnostic) is not { } values
            || model.Compilation.ResolveType(MaskType) is not { } mask
            || !model.Compilation.IsSymbolAccessibleWithin(mask, model.Compilation.Assembly)
            || FallbackFixes.PseudonymiserFixAvailable(model, values, context.CancellationToken))
        {
            return;
        }

        PersonalDataClassifier classifier = CompilationModel.For(model.Compilation, context.Document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider).Classifier;
        DataKind? reportedKind = diagnostic.Properties.TryGetValue(SinkDiagnostics.DataKindProperty, out string? reported)
            && System.Enum.TryParse(reported, out DataKind parsed) ? parsed : null;
        var methods = new List<string>(values.Count);
        foreach (ExpressionSyntax value in values)
        {
            if (model.GetTypeInfo(value, context.CancellationToken).Type?.SpecialType != SpecialType.System_String)
            {
                return;
            }

            methods.Add(MethodFor(KindOf(model, classifier, value, context.CancellationToken) ?? reportedKind, NameOf(value)));
        }

        string[] distinct = methods.Distinct(System.StringComparer.Ordinal).ToArray();
        string title = distinct.Length == 1
            ? $"Mask for display with 'Mask.{distinct[0]}'"
            : $"Mask for display ({string.Join(", ", distinct.Select(m => "Mask." + m))})";
        context.RegisterCodeFix(
            CodeAction.Create(title, cancellationToken => MaskAsync(context.Document, root, values, methods, cancellationToken), EquivalenceKey),
            diagnostic);
    }

    private static Task<Document> MaskAsync(Document document, SyntaxNode root, List<ExpressionSyntax> values, List<string> methods, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var methodOf = new Dictionary<ExpressionSyntax, string>();
        for (int i = 0; i < values.Count; i++)
        {
            methodOf[values[i]] = methods[i];
        }

        SyntaxNode updated = root.ReplaceNodes(values, (original, _) => Wrap(original, methodOf[original]));
        return Task.FromResult(document.WithSyntaxRoot(updated));
    }

    private static ExpressionSyntax Wrap(ExpressionSyntax value, string method)
    {
        var arguments = new List<ArgumentSyntax> { SyntaxFactory.Argument(value.WithoutTrivia()) };
        if (method == "Keep")
        {
            arguments.Add(SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(1))));
            arguments.Add(SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(0))));
        }

        ExpressionSyntax target = SyntaxFactory.MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression,
            SyntaxFactory.ParseTypeName("global::" + MaskType).WithAdditionalAnnotations(Simplifier.Annotation),
            SyntaxFactory.IdentifierName(method));
        return SyntaxFactory.InvocationExpression(target, SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments)))
            .WithTriviaFrom(value);
    }

    internal static string MethodFor(DataKind? kind, string? name) => kind switch
    {
        DataKind.ContactDetails => name is not null && IdentifierWords.Split(name).Any(word => PhoneWords.Contains(word.ToLowerInvariant())) ? "Phone" : "Email",
        DataKind.Financial => "Iban",
        _ => "Keep",
    };

    private static DataKind? KindOf(SemanticModel model, PersonalDataClassifier classifier, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        ISymbol? symbol = model.GetSymbolInfo(value, cancellationToken).Symbol;
        if (symbol is IPropertySymbol or IFieldSymbol or IParameterSymbol or IMethodSymbol)
        {
            DataClassification classification = classifier.ClassifyDeclared(symbol);
            if (classification.Level == DataLevel.Personal && classification.Kind != DataKind.Unspecified)
            {
                return classification.Kind;
            }
        }

        return null;
    }

    // "'Citizen.Email' (personal data: contact) is written to a log by …": the kind words of DataKindText.
    private static string? NameOf(ExpressionSyntax value) => value switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        ConditionalAccessExpressionSyntax conditional => NameOf(conditional.WhenNotNull),
        InvocationExpressionSyntax invocation => NameOf(invocation.Expression),
        ParenthesizedExpressionSyntax parenthesized => NameOf(parenthesized.Expression),
        _ => null,
    };
}
