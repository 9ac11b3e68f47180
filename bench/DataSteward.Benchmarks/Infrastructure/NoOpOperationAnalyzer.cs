using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Benchmarks.Infrastructure;

/// <summary>
/// Registers what DataSteward's analysers register (compilation start, operation block start with operation actions,
/// property and field symbol actions) and does nothing: the price any operation analyser pays for the driver and the
/// IOperation trees. DataSteward's own cost is what it adds on top of this.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoOpOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "NOOP01", "No-op", "No-op", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterOperationBlockStartAction(block =>
                block.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment, OperationKind.Return));
            start.RegisterSymbolAction(_ => { }, SymbolKind.Property, SymbolKind.Field);
        });
    }
}
