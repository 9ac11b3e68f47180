using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DataSteward.Analyzers.Baseline;
using DataSteward.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataSteward.Analyzers.Rules;

/// <summary>
/// DS0001–DS0005 and DS0101: personal data reaching a log, an export, an exception message or telemetry without
/// pseudonymisation. One analyser for all of them because they are one question — does this sink argument carry
/// personal data? — asked once per argument; the sink's kind and the data's level pick the rule.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataFlowAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.PersonalDataLogged,
        Descriptors.PersonalDataExported,
        Descriptors.SensitiveDataReachesSink,
        Descriptors.PersonalDataInExceptionMessage,
        Descriptors.PersonalDataInTelemetry,
        Descriptors.LikelyPersonalDataReachesSink);

    // Registered for every method body of the build: the kind lists are made once, not per block.
    // Invalid: a logging call that does not bind (a missing package, code being typed) is still read for its template.
    private static readonly ImmutableArray<OperationKind> SinkOperations = ImmutableArray.Create(OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment, OperationKind.Invalid);
    private static readonly ImmutableArray<OperationKind> ReturnOperations = ImmutableArray.Create(OperationKind.Return);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            CompilationModel flow = CompilationModel.For(start.Compilation, start.Options);
            ErrorSeverityBaseline? baseline = ErrorSeverityBaseline.For(start.Options, start.CancellationToken);

            // One analysis per type, so that a check needing a helper of the type the driver has not reached yet can
            // wait for the type's end instead of binding the helper first (TypeMemberBodies).
            start.RegisterSymbolStartAction(typeStart =>
            {
                var type = (INamedTypeSymbol)typeStart.Symbol;
                var bodies = new TypeMemberBodies(type);
                typeStart.RegisterOperationBlockStartAction(block =>
                {
                    // A nested type's members are its own analysis's.
                    if (!SymbolEqualityComparer.Default.Equals(block.OwningSymbol.ContainingType, type))
                    {
                        return;
                    }

                    if (!block.OperationBlocks.IsEmpty && block.OperationBlocks[0].SemanticModel is { } model)
                    {
                        bodies.Reached(block.OwningSymbol, model);
                    }

                    var sinks = new SinkCallAnalysis(flow, block.OwningSymbol, block.Options, block.CancellationToken, baseline?.NewScope(), bodies);
                    block.RegisterOperationAction(sinks.AnalyzeOperation, SinkOperations);
                    block.RegisterOperationAction(sinks.AnalyzeReturn, ReturnOperations);
                });
                typeStart.RegisterSymbolEndAction(end =>
                {
                    if (bodies.End() is { } checks)
                    {
                        RunAll(checks, end.ReportDiagnostic);
                    }
                });
            }, SymbolKind.NamedType);
        });
    }

    private static void RunAll(List<PendingCheck> checks, Action<Diagnostic> report)
    {
        foreach (PendingCheck check in checks)
        {
            check(report);
        }
    }
}
