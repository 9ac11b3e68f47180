using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace DataSteward.Tests.VerifierSelfTests;

/// <summary>Reports every integer literal 42: a rule small enough that the verifier's own tests can trust it.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class AnswerAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("TEST01", "The answer", "The answer is {0}", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(
            c =>
            {
                if (c.Operation.ConstantValue is { HasValue: true, Value: 42 })
                {
                    c.ReportDiagnostic(Diagnostic.Create(Rule, c.Operation.Syntax.GetLocation(), "42"));
                }
            },
            OperationKind.Literal);
    }
}

/// <summary>Throws on every literal, to prove the verifier turns AD0001 into a failure.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [AnswerAnalyzer.Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(_ => throw new InvalidOperationException("boom"), OperationKind.Literal);
    }
}

/// <summary>Reports the literal 42 only when the whole compilation is seen: per-document analysis cannot agree.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class CompilationEndAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [AnswerAnalyzer.Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var found = new System.Collections.Concurrent.ConcurrentBag<Location>();
            start.RegisterOperationAction(
                c =>
                {
                    if (c.Operation.ConstantValue is { HasValue: true, Value: 42 })
                    {
                        found.Add(c.Operation.Syntax.GetLocation());
                    }
                },
                OperationKind.Literal);
            start.RegisterCompilationEndAction(end =>
            {
                foreach (Location location in found)
                {
                    end.ReportDiagnostic(Diagnostic.Create(AnswerAnalyzer.Rule, location, "42"));
                }
            });
        });
    }
}

/// <summary>Replaces 42 with 41, except in a method named <c>Keep</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp), Shared]
internal sealed class AnswerFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ["TEST01"];

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span) is not LiteralExpressionSyntax literal
            || literal.FirstAncestorOrSelf<MethodDeclarationSyntax>()?.Identifier.ValueText == "Keep")
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Use 41",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, literal.WithToken(SyntaxFactory.Literal(41)).WithTriviaFrom(literal)))),
                equivalenceKey: "Use41"),
            context.Diagnostics);
    }
}

/// <summary>Emits one constant per <c>[Marked]</c> class, with tracked steps.</summary>
internal sealed class MarkedGenerator : IIncrementalGenerator
{
    public const string NamesStep = "Names";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<string> names = context.SyntaxProvider
            .ForAttributeWithMetadataName("MarkedAttribute", (node, _) => node is ClassDeclarationSyntax, (c, _) => c.TargetSymbol.Name)
            .WithTrackingName(NamesStep);
        context.RegisterSourceOutput(names.Collect(), (output, all) =>
        {
            string body = string.Join(Environment.NewLine, all.Order(StringComparer.Ordinal).Select(n => $"    public const string {n} = \"{n}\";"));
            output.AddSource("Marked.g.cs", SourceText.From($"public static class Marked{Environment.NewLine}{{{Environment.NewLine}{body}{Environment.NewLine}}}{Environment.NewLine}", System.Text.Encoding.UTF8));
        });
    }
}

/// <summary>Carries the compilation through a step: the verifier must catch it.</summary>
internal sealed class LeakyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<Compilation> compilation = context.CompilationProvider.WithTrackingName("Leaky");
        context.RegisterSourceOutput(compilation, (_, _) => { });
    }
}
