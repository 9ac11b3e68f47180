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

            // The whole compilation (the build): a check needing a body the driver has not reached yet waits for the end
            // of that body's type, whichever type it is (CompilationMemberBodies); bodies never reached are bound at the end.
            var compilationBodies = new CompilationMemberBodies(start.Compilation);
            start.RegisterCompilationEndAction(end =>
            {
                if (compilationBodies.End() is { } checks)
                {
                    RunAll(checks, end.ReportDiagnostic);
                }
            });

            // One analysis per type. A symbol start without a filter tree belongs to the whole compilation's analysis;
            // with one, to a document's (the editor), where a check waits only for its own type's end (TypeMemberBodies).
            start.RegisterSymbolStartAction(typeStart =>
            {
                var type = (INamedTypeSymbol)typeStart.Symbol;
                TypeMemberBodies? typeBodies = typeStart.FilterTree is null ? null : new TypeMemberBodies(type, typeStart.Compilation);
                DriverBodies bodies = (DriverBodies?)typeBodies ?? compilationBodies;
                typeStart.RegisterOperationBlockStartAction(block =>
                {
                    // A nested type's members are its own analysis's.
                    if (!SymbolEqualityComparer.Default.Equals(block.OwningSymbol.ContainingType, type))
                    {
                        return;
                    }

                    SemanticModel? model = block.OperationBlocks.IsEmpty ? null : block.OperationBlocks[0].SemanticModel;
                    if (typeBodies is null)
                    {
                        compilationBodies.Reached(block.OwningSymbol, model);
                    }
                    else if (model is not null)
                    {
                        typeBodies.Reached(block.OwningSymbol, model);
                    }

                    var sinks = new SinkCallAnalysis(flow, block.OwningSymbol, block.Options, block.CancellationToken, baseline?.NewScope(), bodies);
                    block.RegisterOperationAction(sinks.AnalyzeOperation, SinkOperations);
                    block.RegisterOperationAction(sinks.AnalyzeReturn, ReturnOperations);
                });

                typeStart.RegisterSymbolEndAction(end =>
                {
                    if ((typeBodies is null ? compilationBodies.TypeEnded(type) : typeBodies.End()) is { } checks)
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
