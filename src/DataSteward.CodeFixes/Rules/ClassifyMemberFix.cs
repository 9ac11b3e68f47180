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
/// DS0100: classifies the member the heuristics found, either as <c>[PersonalData(PersonalDataKind.X)]</c> (the kind
/// the name says), as <c>[SensitiveData(SensitiveCategory.X)]</c> (a special-category name: the diagnostic carries the
/// category instead of a kind), or as <c>[NotPersonalData]</c> (a false friend). Fix All marks every member of the scope
/// the same way (each special-category member with its own category).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClassifyMemberFix)), Shared]
public sealed class ClassifyMemberFix : CodeFixProvider
{
    public const string PersonalDataKey = "DataSteward.MarkPersonalData";
    public const string NotPersonalDataKey = "DataSteward.MarkNotPersonalData";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnclassifiedPersonalData);

    public override FixAllProvider GetFixAllProvider() => new ClassifyAllFix();

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        Diagnostic diagnostic = context.Diagnostics[0];
        // A declaration that does not parse (skipped tokens in its trivia, missing tokens) is left alone: moving its
        // broken trivia into a new attribute list makes the workspace's formatter throw.
        if (root is null || AttributeInsertion.FindDeclaration(root, diagnostic.Location.SourceSpan) is not { ContainsDiagnostics: false })
        {
            return;
        }

        string title = Category(diagnostic) is { } category
            ? $"Mark as [SensitiveData(SensitiveCategory.{category})]"
            : $"Mark as [PersonalData(PersonalDataKind.{Kind(diagnostic)})]";
        context.RegisterCodeFix(
            CodeAction.Create(title, ct => ApplyAsync(context.Document, [diagnostic], PersonalDataKey, ct), PersonalDataKey),
            diagnostic);
        context.RegisterCodeFix(
            CodeAction.Create("Mark as [NotPersonalData]", ct => ApplyAsync(context.Document, [diagnostic], NotPersonalDataKey, ct), NotPersonalDataKey),
            diagnostic);
    }

    internal static async Task<Document> ApplyAsync(Document document, IReadOnlyList<Diagnostic> diagnostics, string equivalenceKey, CancellationToken cancellationToken)
    {
        if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax unit)
        {
            return document;
        }

        string endOfLine = AttributeInsertion.EndOfLine(unit);
        bool qualify = AttributeInsertion.MustQualify(unit);
        var declarations = new Dictionary<SyntaxNode, Diagnostic>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (AttributeInsertion.FindDeclaration(unit, diagnostic.Location.SourceSpan) is { } declaration && !declarations.ContainsKey(declaration))
            {
                declarations.Add(declaration, diagnostic);
            }
        }

        CompilationUnitSyntax updated = unit.ReplaceNodes(declarations.Keys, (original, rewritten) =>
            AttributeInsertion.AddAttribute(rewritten, CreateAttribute(equivalenceKey, declarations[original], qualify), endOfLine));
        updated = AttributeInsertion.EnsureImport(updated, endOfLine);
        return document.WithSyntaxRoot(updated);
    }

    private static AttributeSyntax CreateAttribute(string equivalenceKey, Diagnostic diagnostic, bool qualify)
    {
        if (equivalenceKey == NotPersonalDataKey)
        {
            return SyntaxFactory.Attribute(SyntaxFactory.ParseName(AttributeInsertion.Qualified(qualify, "NotPersonalData")));
        }

        (string attribute, string enumType, string member) = Category(diagnostic) is { } category
            ? ("SensitiveData", "SensitiveCategory", category)
            : ("PersonalData", "PersonalDataKind", Kind(diagnostic));
        ExpressionSyntax argument = SyntaxFactory.ParseExpression(AttributeInsertion.Qualified(qualify, enumType) + "." + member);
        return SyntaxFactory.Attribute(
            SyntaxFactory.ParseName(AttributeInsertion.Qualified(qualify, attribute)),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(argument))));
    }

    private static string Kind(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(UnclassifiedPersonalDataAnalyzer.KindProperty, out string? value) && value is not null ? value : "Unspecified";

    private static string? Category(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(UnclassifiedPersonalDataAnalyzer.CategoryProperty, out string? value) ? value : null;

    private sealed class ClassifyAllFix : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext) =>
            fixAllContext.CodeActionEquivalenceKey == NotPersonalDataKey ? "Mark all as [NotPersonalData]" : "Mark all as [PersonalData] or [SensitiveData]";

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics.IsEmpty
                ? document
                : await ApplyAsync(document, diagnostics, fixAllContext.CodeActionEquivalenceKey ?? PersonalDataKey, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
