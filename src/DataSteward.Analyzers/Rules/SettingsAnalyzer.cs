using System.Collections.Immutable;
using DataSteward.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Analyzers.Rules;

/// <summary>
/// DS0900 and DS0901: the <c>datasteward.*</c> settings that the shared model could not use — a value not understood, a
/// documentation id that names nothing. Reported once per compilation (at its end: a setting belongs to no document),
/// naming the key and the entry, so a misconfigured source or sink is never silently dropped.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SettingsAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SettingNotUnderstood, Descriptors.ConfiguredIdMatchesNothing);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(compilation =>
        {
            foreach (SettingProblem problem in CompilationModel.For(compilation.Compilation, compilation.Options).Options.Problems)
            {
                compilation.ReportDiagnostic(problem.MatchesNothing
                    ? Diagnostic.Create(Descriptors.ConfiguredIdMatchesNothing, Location.None, problem.Key, problem.Entry)
                    : Diagnostic.Create(Descriptors.SettingNotUnderstood, Location.None, problem.Key, problem.Entry, problem.Reason));
            }
        });
    }
}
