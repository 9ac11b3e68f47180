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
/// DS0001, DS0002, DS0004, DS0005 when no pseudonymiser is in scope: masks each personal value of the diagnostic for
/// display with <c>DataSteward.Mask</c>. The values are the diagnostic's additional locations; the method follows the
/// value's type and kind. A string: <c>Mask.Phone</c> for contact details whose name says phone (phone, telephone,
/// tel, mobile, portable, fax, gsm), <c>Mask.Email</c> for other contact details, <c>Mask.Iban</c> for financial data,
/// <c>Mask.Keep(value, 1, 0)</c> (first character only) for everything else; the kind is read from the value's own
/// declaration (<c>[PersonalData(PersonalDataKind.X)]</c>) when it is a member or parameter, else from the
/// diagnostic's message when it names one kind. A date (<c>DateOnly</c>, <c>DateTime</c>, <c>DateTimeOffset</c>,
/// nullable or not): <c>Mask.Year(value.Year)</c>, which keeps the year only (removing the date altogether is
/// <see cref="RemoveFromTemplateFix"/>). A number (integers up to <c>long</c>, <c>decimal</c>, <c>float</c>,
/// <c>double</c>): <c>Mask.Number(value)</c>. No fix when a value is of another type, or when <c>DataSteward.Mask</c>
/// is not referenced or has no such method (an older runtime).
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

    public override FixAllProvider GetFixAllProvider() => ValueFixAll.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Diagnostic diagnostic = context.Diagnostics[0];
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || Plan(context.Document, model, root, diagnostic, context.CancellationToken) is not { } plan)
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

    /// <summary>How each value of <paramref name="diagnostic"/> is masked, or null when the fix is not offered.</summary>
    internal static ValueRewrites? Plan(Document document, SemanticModel model, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!FallbackFixes.Rules.Contains(diagnostic.Id)
            || FallbackFixes.FindValues(root, diagnostic) is not { } values
            || model.Compilation.ResolveType(MaskType) is not { } mask
            || !model.Compilation.IsSymbolAccessibleWithin(mask, model.Compilation.Assembly)
            || FallbackFixes.PseudonymiserFixAvailable(model, values, cancellationToken))
        {
            return null;
        }

        PersonalDataClassifier classifier = CompilationModel.For(model.Compilation, document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider).Classifier;
        DataKind? reportedKind = diagnostic.Properties.TryGetValue(SinkDiagnostics.DataKindProperty, out string? reported)
            && System.Enum.TryParse(reported, out DataKind parsed) ? parsed : null;
        var methods = new List<MaskCall>(values.Count);
        foreach (ExpressionSyntax value in values)
        {
            ITypeSymbol? type = model.GetTypeInfo(value, cancellationToken).Type;
            MaskCall? call = type?.SpecialType == SpecialType.System_String
                ? new MaskCall(MethodFor(KindOf(model, classifier, value, cancellationToken) ?? reportedKind, NameOf(value)), MaskShape.Text)
                : ForValueType(type);
            if (call is null || mask.GetMembers(call.Method).IsEmpty)
            {
                return null;
            }

            methods.Add(call);
        }

        string[] distinct = methods.Select(m => m.Method).Distinct(System.StringComparer.Ordinal).ToArray();
        string title = distinct.Length == 1
            ? distinct[0] == "Year" ? "Mask keeping the year only with 'Mask.Year'" : $"Mask for display with 'Mask.{distinct[0]}'"
            : $"Mask for display ({string.Join(", ", distinct.Select(m => "Mask." + m))})";
        return new ValueRewrites(values, (original, rewritten) => Wrap(rewritten, methods[values.IndexOf(original)]), title);
    }

    private static MaskCall? ForValueType(ITypeSymbol? type)
    {
        bool nullable = false;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper)
        {
            type = wrapper.TypeArguments[0];
            nullable = true;
        }

        switch (type?.SpecialType)
        {
            case SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
                or SpecialType.System_Decimal or SpecialType.System_Single or SpecialType.System_Double:
                return new MaskCall("Number", MaskShape.Number);
            case SpecialType.System_DateTime:
                return new MaskCall("Year", nullable ? MaskShape.NullableDateYear : MaskShape.DateYear);
        }

        bool date = type is INamedTypeSymbol { Name: "DateOnly" or "DateTimeOffset", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
        return date ? new MaskCall("Year", nullable ? MaskShape.NullableDateYear : MaskShape.DateYear) : null;
    }

    private static ExpressionSyntax Wrap(ExpressionSyntax value, MaskCall call)
    {
        ExpressionSyntax bare = value.WithoutTrivia();
        ExpressionSyntax argument = call.Shape switch
        {
            MaskShape.DateYear => SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Operand(bare), SyntaxFactory.IdentifierName("Year")),
            MaskShape.NullableDateYear => SyntaxFactory.ConditionalAccessExpression(Operand(bare), SyntaxFactory.MemberBindingExpression(SyntaxFactory.IdentifierName("Year"))),
            _ => bare,
        };

        var arguments = new List<ArgumentSyntax> { SyntaxFactory.Argument(argument) };
        if (call.Method == "Keep")
        {
            arguments.Add(SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(1))));
            arguments.Add(SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(0))));
        }

        ExpressionSyntax target = SyntaxFactory.MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression,
            SyntaxFactory.ParseTypeName("global::" + MaskType).WithAdditionalAnnotations(Simplifier.Annotation),
            SyntaxFactory.IdentifierName(call.Method));
        return SyntaxFactory.InvocationExpression(target, SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments)))
            .WithTriviaFrom(value);
    }

    // `.Year` binds tighter than any operator and would join a conditional access chain: parenthesise all but primaries.
    private static ExpressionSyntax Operand(ExpressionSyntax value) =>
        value is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
            or ParenthesizedExpressionSyntax or ThisExpressionSyntax
            ? value
            : SyntaxFactory.ParenthesizedExpression(value);

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

    private enum MaskShape
    {
        Text,
        Number,
        DateYear,
        NullableDateYear,
    }

    private sealed record MaskCall(string Method, MaskShape Shape);
}
