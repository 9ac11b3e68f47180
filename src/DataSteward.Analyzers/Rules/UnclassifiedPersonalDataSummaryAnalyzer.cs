using System.Collections.Immutable;
using System.Threading;
using DataSteward.Analyzers.Classification;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Analyzers.Rules;

/// <summary>
/// DS0102: at the end of the compilation, one line with how many DS0100 suggestions the project has, because a
/// command-line build does not print suggestions. The suggestions are decided by
/// <see cref="UnclassifiedPersonalDataAnalyzer.Suggest"/>, so the count is exactly what DS0100 reports (less the
/// trees where DS0100 is turned off). A compilation-end diagnostic: it is a fact about the whole project.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnclassifiedPersonalDataSummaryAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnclassifiedPersonalDataSummary);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            CompilationModel model = CompilationModel.For(start.Compilation, start.Options);
            var count = new SuggestionCount();
            start.RegisterSymbolAction(
                c =>
                {
                    if (UnclassifiedPersonalDataAnalyzer.Suggest(c.Symbol, model.Classifier, model.Options) is { Location.SourceTree: { } tree }
                        && !IsSuppressed(c.Compilation, tree, c.CancellationToken))
                    {
                        count.Add();
                    }
                },
                SymbolKind.Property,
                SymbolKind.Field);
            start.RegisterCompilationEndAction(end =>
            {
                if (count.Value > 0)
                {
                    end.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.UnclassifiedPersonalDataSummary,
                        Location.None,
                        count.Value,
                        end.Compilation.AssemblyName ?? "this project"));
                }
            });
        });
    }

    // A DS0100 turned off (.editorconfig severity none) is not a suggestion anybody will see: not counted.
    private static bool IsSuppressed(Compilation compilation, SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (compilation.Options.SyntaxTreeOptionsProvider is { } provider
            && (provider.TryGetDiagnosticValue(tree, RuleIdentifiers.UnclassifiedPersonalData, cancellationToken, out ReportDiagnostic severity)
                || provider.TryGetGlobalDiagnosticValue(RuleIdentifiers.UnclassifiedPersonalData, cancellationToken, out severity)))
        {
            return severity == ReportDiagnostic.Suppress;
        }

        return compilation.Options.SpecificDiagnosticOptions.TryGetValue(RuleIdentifiers.UnclassifiedPersonalData, out ReportDiagnostic specific)
            && specific == ReportDiagnostic.Suppress;
    }

    private sealed class SuggestionCount
    {
        private int value;

        public int Value => Volatile.Read(ref value);

        public void Add() => Interlocked.Increment(ref value);
    }
}
